// Which reader reads which file. Lockfiles are read only by their readers (never by the text
// matcher); manifests are read by their reader and the text matcher.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { readCargoLock } from './cargo-lock.js';
import { readCargoToml } from './cargo-toml.js';
import { readGemfile } from './gemfile.js';
import { readGemfileLock } from './gemfile-lock.js';
import { readGoMod } from './go-mod.js';
import { readGradle } from './gradle.js';
import { readPom } from './maven-pom.js';
import { readNuget } from './nuget.js';
import { readPackageJson } from './package-json.js';
import { readPackageLock } from './package-lock.js';
import { readPipfile } from './pipfile.js';
import { readPipfileLock } from './pipfile-lock.js';
import { readPnpmLock } from './pnpm-lock.js';
import { readPoetryLock } from './poetry-lock.js';
import { readPyproject } from './pyproject.js';
import { readRequirements } from './requirements.js';
import { readUvLock } from './uv-lock.js';
import { readYarnLock } from './yarn-lock.js';

export type Reader = (file: string, text: string, catalog: Catalog) => Evidence[];

export interface ReaderEntry {
  read: Reader | null;
  /** Lockfiles list what is installed; the text matcher skips them. */
  lockfile: boolean;
}

const BY_NAME: Record<string, ReaderEntry> = {
  'package.json': { read: readPackageJson, lockfile: false },
  'package-lock.json': { read: readPackageLock, lockfile: true },
  'npm-shrinkwrap.json': { read: readPackageLock, lockfile: true },
  'pnpm-lock.yaml': { read: readPnpmLock, lockfile: true },
  'yarn.lock': { read: readYarnLock, lockfile: true },
  'pyproject.toml': { read: readPyproject, lockfile: false },
  'poetry.lock': { read: readPoetryLock, lockfile: true },
  'uv.lock': { read: readUvLock, lockfile: true },
  Pipfile: { read: readPipfile, lockfile: false },
  'Pipfile.lock': { read: readPipfileLock, lockfile: true },
  'go.mod': { read: readGoMod, lockfile: false },
  'pom.xml': { read: readPom, lockfile: false },
  'build.gradle': { read: readGradle, lockfile: false },
  'build.gradle.kts': { read: readGradle, lockfile: false },
  'packages.config': { read: readNuget, lockfile: false },
  Gemfile: { read: readGemfile, lockfile: false },
  'gems.rb': { read: readGemfile, lockfile: false },
  'Gemfile.lock': { read: readGemfileLock, lockfile: true },
  'gems.locked': { read: readGemfileLock, lockfile: true },
  'Cargo.toml': { read: readCargoToml, lockfile: false },
  'Cargo.lock': { read: readCargoLock, lockfile: true },
  // Lockfiles without a reader: not source, so not text either.
  'go.sum': { read: null, lockfile: true },
  'bun.lock': { read: null, lockfile: true },
  'composer.lock': { read: null, lockfile: true },
  'packages.lock.json': { read: null, lockfile: true },
  'deno.lock': { read: null, lockfile: true },
  'Podfile.lock': { read: null, lockfile: true },
  'pubspec.lock': { read: null, lockfile: true },
  'mix.lock': { read: null, lockfile: true },
  'flake.lock': { read: null, lockfile: true },
};

export function readerFor(file: string): ReaderEntry | undefined {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  const known = Object.hasOwn(BY_NAME, base) ? BY_NAME[base] : undefined;
  if (known) return known;
  if (
    /^requirements.*\.(txt|in)$/i.test(base) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(file)
  ) {
    return { read: readRequirements, lockfile: false };
  }
  if (/\.(cs|fs|vb)proj$/i.test(base)) return { read: readNuget, lockfile: false };
  if (/\.gemspec$/.test(base)) return { read: readGemfile, lockfile: false };
  if (/\.versions\.toml$/.test(base)) return { read: readGradle, lockfile: false };
  return undefined;
}
