// Which reader reads which file. Lockfiles are read only by their readers (never by the text
// matcher); manifests are read by their reader and the text matcher.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { readGemfile } from './gemfile.js';
import { readGemfileLock } from './gemfile-lock.js';
import { readGemspec } from './gemspec.js';
import { readGoMod } from './go-mod.js';
import { readGradle } from './gradle.js';
import { readPnpmLock } from './pnpm-lock.js';
import { includedFiles, readRequirements, type IncludedFile } from './requirements.js';

export type Reader = (file: string, text: string, catalog: Catalog) => Evidence[];
export type { IncludedFile };

export interface ReaderEntry {
  /**
   * The reader, or null for a lockfile nothing reads. A reader built on a large parser (JSONC,
   * TOML, XML, yarn.lock) is imported the first time a scan lists a file it reads, so a command
   * pays start-up only for the parsers the tree needs: see `loadReaders`.
   */
  load: (() => Promise<Reader>) | null;
  /** Lockfiles list what is installed; the text matcher skips them. */
  lockfile: boolean;
  /**
   * Other files this one pulls in (requirements `-r`/`-c`), relative to the root: the scan reads
   * a `-r` file with `readerFor`'s requirements reader even when its name is not one the scan
   * reads, and drops any dependency evidence of a `-c` file (constraints pin, never declare).
   */
  includes?: (file: string, text: string) => IncludedFile[];
}

/** A reader already in the bundle's first chunk: line-based, no parser of its own. */
const ready = (read: Reader) => () => Promise.resolve(read);

/** A reader imported on first use, once. */
function lazy(load: () => Promise<Reader>): () => Promise<Reader> {
  let once: Promise<Reader> | undefined;
  return () => (once ??= load());
}

const REQUIREMENTS: ReaderEntry = {
  load: ready(readRequirements),
  lockfile: false,
  includes: includedFiles,
};
/** A pip constraints file pins versions of what something else requires: not a declaration. */
const CONSTRAINTS: ReaderEntry = { load: null, lockfile: true };

const packageJson = lazy(() => import('./package-json.js').then((m) => m.readPackageJson));
const packageLock = lazy(() => import('./package-lock.js').then((m) => m.readPackageLock));
const yarnLock = lazy(() => import('./yarn-lock.js').then((m) => m.readYarnLock));
const bunLock = lazy(() => import('./bun-lock.js').then((m) => m.readBunLock));
const pyproject = lazy(() => import('./pyproject.js').then((m) => m.readPyproject));
const poetryLock = lazy(() => import('./poetry-lock.js').then((m) => m.readPoetryLock));
const uvLock = lazy(() => import('./uv-lock.js').then((m) => m.readUvLock));
const pipfile = lazy(() => import('./pipfile.js').then((m) => m.readPipfile));
const pipfileLock = lazy(() => import('./pipfile-lock.js').then((m) => m.readPipfileLock));
const pom = lazy(() => import('./maven-pom.js').then((m) => m.readPom));
const nuget = lazy(() => import('./nuget.js').then((m) => m.readNuget));
const nugetLock = lazy(() => import('./nuget-lock.js').then((m) => m.readNugetLock));
const cargoToml = lazy(() => import('./cargo-toml.js').then((m) => m.readCargoToml));
const cargoLock = lazy(() => import('./cargo-lock.js').then((m) => m.readCargoLock));
const composerJson = lazy(() => import('./composer.js').then((m) => m.readComposerJson));
const composerLock = lazy(() => import('./composer.js').then((m) => m.readComposerLock));
const workflow = lazy(() => import('../workflows.js').then((m) => m.readWorkflow));

const BY_NAME: Record<string, ReaderEntry> = {
  'package.json': { load: packageJson, lockfile: false },
  'package-lock.json': { load: packageLock, lockfile: true },
  'npm-shrinkwrap.json': { load: packageLock, lockfile: true },
  'pnpm-lock.yaml': { load: ready(readPnpmLock), lockfile: true },
  'yarn.lock': { load: yarnLock, lockfile: true },
  'bun.lock': { load: bunLock, lockfile: true },
  'pyproject.toml': { load: pyproject, lockfile: false },
  'poetry.lock': { load: poetryLock, lockfile: true },
  'uv.lock': { load: uvLock, lockfile: true },
  Pipfile: { load: pipfile, lockfile: false },
  'Pipfile.lock': { load: pipfileLock, lockfile: true },
  'go.mod': { load: ready(readGoMod), lockfile: false },
  'pom.xml': { load: pom, lockfile: false },
  'build.gradle': { load: ready(readGradle), lockfile: false },
  'build.gradle.kts': { load: ready(readGradle), lockfile: false },
  'packages.config': { load: nuget, lockfile: false },
  'packages.lock.json': { load: nugetLock, lockfile: true },
  Gemfile: { load: ready(readGemfile), lockfile: false },
  'gems.rb': { load: ready(readGemfile), lockfile: false },
  'Gemfile.lock': { load: ready(readGemfileLock), lockfile: true },
  'gems.locked': { load: ready(readGemfileLock), lockfile: true },
  'Cargo.toml': { load: cargoToml, lockfile: false },
  'Cargo.lock': { load: cargoLock, lockfile: true },
  'composer.json': { load: composerJson, lockfile: false },
  'composer.lock': { load: composerLock, lockfile: true },
  // Lockfiles without a reader: not source, so not text either.
  'go.sum': { load: null, lockfile: true },
  'bun.lockb': { load: null, lockfile: true },
  'deno.lock': { load: null, lockfile: true },
  'Podfile.lock': { load: null, lockfile: true },
  'pubspec.lock': { load: null, lockfile: true },
  'mix.lock': { load: null, lockfile: true },
  'flake.lock': { load: null, lockfile: true },
};

/** The requirements reader, for files a requirements file includes with `-r`. */
export const requirementsReader: ReaderEntry = REQUIREMENTS;

const DOTNET_PROJECT: ReaderEntry = { load: nuget, lockfile: false };
const GEMSPEC: ReaderEntry = { load: ready(readGemspec), lockfile: false };
const VERSION_CATALOG: ReaderEntry = { load: ready(readGradle), lockfile: false };

/**
 * A workflow or an action, read by the workflow reader (on the YAML library) as well as by
 * `readerFor`'s reader, if any, and the text matcher.
 */
export function isWorkflowFile(file: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) || /(?:^|\/)action\.ya?ml$/.test(file);
}

/** The workflow reader's entry in `loadReaders`' map. */
export const workflowReader: ReaderEntry = { load: workflow, lockfile: false };

/** The extensions of the files `readerFor` recognizes by a pattern rather than a name. */
const PATTERNED_EXTENSIONS = new Set([
  'txt',
  'in',
  'csproj',
  'fsproj',
  'vbproj',
  'gemspec',
  'toml',
]);

export function readerFor(file: string): ReaderEntry | undefined {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  const known = Object.hasOwn(BY_NAME, base) ? BY_NAME[base] : undefined;
  if (known) return known;
  // Every other reader goes by extension: most files have none of these, and are done here.
  const dot = base.lastIndexOf('.');
  if (dot === -1 || !PATTERNED_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())) return undefined;
  if (/^(?:[\w.-]*[-_.])?constraints(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base)) return CONSTRAINTS;
  if (
    /^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(file)
  ) {
    return REQUIREMENTS;
  }
  if (/\.(cs|fs|vb)proj$/i.test(base)) return DOTNET_PROJECT;
  if (/\.gemspec$/.test(base)) return GEMSPEC;
  if (/\.versions\.toml$/.test(base)) return VERSION_CATALOG;
  return undefined;
}

/** The reader of each listed file that has one, every parser they need imported first. */
export async function loadReaders(files: Iterable<string>): Promise<Map<ReaderEntry, Reader>> {
  const entries = new Set<ReaderEntry>([REQUIREMENTS]);
  for (const file of files) {
    const entry = readerFor(file);
    if (entry?.load) entries.add(entry);
    if (isWorkflowFile(file)) entries.add(workflowReader);
  }
  const loaded = new Map<ReaderEntry, Reader>();
  await Promise.all(
    [...entries].map(async (entry) => {
      if (entry.load) loaded.set(entry, await entry.load());
    }),
  );
  return loaded;
}
