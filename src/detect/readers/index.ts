// Which reader reads which file. Lockfiles are read only by their readers (never by the text
// matcher); manifests are read by their reader and the text matcher.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { readBunLock } from './bun-lock.js';
import { readCargoLock } from './cargo-lock.js';
import { readCargoToml } from './cargo-toml.js';
import { readComposerJson, readComposerLock } from './composer.js';
import { readGemfile } from './gemfile.js';
import { readGemfileLock } from './gemfile-lock.js';
import { readGemspec } from './gemspec.js';
import { readGoMod } from './go-mod.js';
import { readGradle } from './gradle.js';
import { readPom } from './maven-pom.js';
import { readNuget } from './nuget.js';
import { readNugetLock } from './nuget-lock.js';
import { readPackageJson } from './package-json.js';
import { readPackageLock } from './package-lock.js';
import { readPipfile } from './pipfile.js';
import { readPipfileLock } from './pipfile-lock.js';
import { readPnpmLock } from './pnpm-lock.js';
import { readPoetryLock } from './poetry-lock.js';
import { readPyproject } from './pyproject.js';
import { includedFiles, readRequirements, type IncludedFile } from './requirements.js';
import { readUvLock } from './uv-lock.js';
import { readYarnLock } from './yarn-lock.js';

export type Reader = (file: string, text: string, catalog: Catalog) => Evidence[];
export type { IncludedFile };

export interface ReaderEntry {
  read: Reader | null;
  /** Lockfiles list what is installed; the text matcher skips them. */
  lockfile: boolean;
  /**
   * Other files this one pulls in (requirements `-r`/`-c`), relative to the root: the scan reads
   * a `-r` file with `readerFor`'s requirements reader even when its name is not one the scan
   * reads, and drops any dependency evidence of a `-c` file (constraints pin, never declare).
   */
  includes?: (file: string, text: string) => IncludedFile[];
}

const REQUIREMENTS: ReaderEntry = {
  read: readRequirements,
  lockfile: false,
  includes: includedFiles,
};
/** A pip constraints file pins versions of what something else requires: not a declaration. */
const CONSTRAINTS: ReaderEntry = { read: null, lockfile: true };

const BY_NAME: Record<string, ReaderEntry> = {
  'package.json': { read: readPackageJson, lockfile: false },
  'package-lock.json': { read: readPackageLock, lockfile: true },
  'npm-shrinkwrap.json': { read: readPackageLock, lockfile: true },
  'pnpm-lock.yaml': { read: readPnpmLock, lockfile: true },
  'yarn.lock': { read: readYarnLock, lockfile: true },
  'bun.lock': { read: readBunLock, lockfile: true },
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
  'packages.lock.json': { read: readNugetLock, lockfile: true },
  Gemfile: { read: readGemfile, lockfile: false },
  'gems.rb': { read: readGemfile, lockfile: false },
  'Gemfile.lock': { read: readGemfileLock, lockfile: true },
  'gems.locked': { read: readGemfileLock, lockfile: true },
  'Cargo.toml': { read: readCargoToml, lockfile: false },
  'Cargo.lock': { read: readCargoLock, lockfile: true },
  'composer.json': { read: readComposerJson, lockfile: false },
  'composer.lock': { read: readComposerLock, lockfile: true },
  // Lockfiles without a reader: not source, so not text either.
  'go.sum': { read: null, lockfile: true },
  'bun.lockb': { read: null, lockfile: true },
  'deno.lock': { read: null, lockfile: true },
  'Podfile.lock': { read: null, lockfile: true },
  'pubspec.lock': { read: null, lockfile: true },
  'mix.lock': { read: null, lockfile: true },
  'flake.lock': { read: null, lockfile: true },
};

/** The requirements reader, for files a requirements file includes with `-r`. */
export const requirementsReader: ReaderEntry = REQUIREMENTS;

export function readerFor(file: string): ReaderEntry | undefined {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  const known = Object.hasOwn(BY_NAME, base) ? BY_NAME[base] : undefined;
  if (known) return known;
  if (/^(?:[\w.-]*[-_.])?constraints(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base)) return CONSTRAINTS;
  if (
    /^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(file)
  ) {
    return REQUIREMENTS;
  }
  if (/\.(cs|fs|vb)proj$/i.test(base)) return { read: readNuget, lockfile: false };
  if (/\.gemspec$/.test(base)) return { read: readGemspec, lockfile: false };
  if (/\.versions\.toml$/.test(base)) return { read: readGradle, lockfile: false };
  return undefined;
}
