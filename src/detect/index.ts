// Detection (SPEC sections 5 and 9): the evidence of AI vendor use in a repository tree.
// Files are listed once (git or a .gitignore-honouring walk) and read in order, on large trees
// by a second thread while this one matches (see files.ts); each is given to its ecosystem
// reader, the workflow reader, the one-pass text matcher and the import matcher, every item at
// the file's context; requirements files' `-r` and `-c` files are followed. What is not read is
// reported with its reason. The result is sorted and deduplicated so that equal trees give
// equal evidence, whatever the file-system order.
import { realpathSync } from 'node:fs';
import type { DetectExtension, Evidence, ScanSummary, SkippedFile, SkipReason } from '../model.js';
import {
  buildCatalog,
  defaultCatalog,
  packageKey,
  type Catalog,
  type Ecosystem,
  type NotImportSignature,
} from './catalog.js';
import { contextOf } from './context.js';
import { mentionsOnly } from './mentions.js';
import {
  decodeText,
  isGateOutput,
  listFiles,
  ReadAhead,
  readEach,
  readInside,
  type ListedFile,
  type ReadResult,
} from './files.js';
import { buildImportMatcher, type ImportMatcher } from './imports.js';
import {
  isWorkflowFile,
  loadReaders,
  readerFor,
  requirementsReader,
  workflowReader,
  type IncludedFile,
  type Reader,
  type ReaderEntry,
} from './readers/index.js';
import { compareEvidence } from './evidence.js';
import { buildTextMatcher, type TextMatcher } from './text.js';

export { catalogVendor, catalogVendorIds } from './catalog.js';
export { contextOf } from './context.js';
export { summarizeVendors } from './evidence.js';
export { starterManifest } from './starter.js';

/** Files larger than this are not read (SPEC section 5). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many skipped files are listed; the summary counts them all. */
export const SKIPPED_LISTED = 100;

export interface ScanOptions {
  /** Globs (src/glob) of paths to leave out, relative to the root. */
  exclude?: string[];
  /** The registry's `detect:` blocks by vendor id: signatures added to the catalog. */
  extensions?: Record<string, DetectExtension>;
  /**
   * Root-relative paths that are never evidence: the registry file and the files the gate
   * writes (SARIF, record, history). The caller knows them.
   */
  ignore?: string[];
  /** The listing, when the caller started it early (same root and `exclude`): see startListing. */
  listing?: PendingListing;
}

/** A file listing under way, and the reading thread a large tree starts meanwhile. */
export interface PendingListing {
  listed: ReturnType<typeof listFiles>;
  ahead(): ReadAhead | null;
  /** Ends the reading thread, if any; the caller's `finally`, whether or not it scanned. */
  stop(): void;
}

/**
 * Starts listing the files under `root` now: git runs in its own process while the caller
 * reads the registry and the manifest, and a large tree's reading thread boots meanwhile.
 */
export function startListing(root: string, exclude?: string[]): PendingListing {
  let ahead: ReadAhead | null = null;
  const listed = listFiles(root, exclude, () => (ahead = ReadAhead.start()));
  listed.catch(() => undefined); // awaited by scan; a failure must not go unhandled meanwhile
  return { listed, ahead: () => ahead, stop: () => ahead?.stop() };
}

/** What the scan found, what it did not read and why (SPEC section 9). */
export interface ScanResult {
  evidence: Evidence[];
  /** Sorted by file, at most SKIPPED_LISTED; `summary` counts every one. */
  skipped: SkippedFile[];
  summary: ScanSummary;
}

interface Matchers {
  text: TextMatcher;
  imports: ImportMatcher;
}
let defaultMatchers: Matchers | undefined;

function safely(read: () => Evidence[]): Evidence[] {
  try {
    return read();
  } catch {
    return []; // an unparsable file gives no evidence; the scan goes on
  }
}

interface FileResult {
  file: string;
  evidence: Evidence[];
  lockfile: boolean;
  /** Files a requirements file pulls in with `-r` / `-c`. */
  includes?: IncludedFile[];
  /** The catalog's `notImports` modules the file imports (what a package is taken for). */
  notImports?: NotImportSignature[];
}

/** Evidence of one file's text, each item at the file's context (a reader's hint refined). */
function scanText(
  file: string,
  text: string,
  catalog: Catalog,
  matchers: Matchers,
  readers: Map<ReaderEntry, Reader>,
): FileResult {
  const context = contextOf(file);
  const entry = readerFor(file);
  const evidence: Evidence[] = [];
  const read = entry && readers.get(entry);
  if (read) {
    for (const item of safely(() => read(file, text, catalog))) {
      evidence.push({ ...item, context: contextOf(file, item.context) });
    }
  }
  const readWorkflow = isWorkflowFile(file) ? readers.get(workflowReader) : undefined;
  if (readWorkflow) {
    for (const item of safely(() => readWorkflow(file, text, catalog))) {
      evidence.push({ ...item, context: contextOf(file, item.context) });
    }
  }
  const notImports: NotImportSignature[] = [];
  if (!entry?.lockfile) {
    evidence.push(...mentionsOnly(file, text, matchers.text.match(file, text, context)));
    const heard = (notImport: NotImportSignature) => notImports.push(notImport);
    evidence.push(...safely(() => matchers.imports.match(file, text, context, heard)));
  }
  const result: FileResult = { file, evidence, lockfile: entry?.lockfile === true };
  if (notImports.length > 0) result.notImports = notImports;
  const includes = entry?.includes;
  if (includes) {
    try {
      result.includes = includes(file, text);
    } catch {
      // an unparsable file includes nothing
    }
  }
  return result;
}

/**
 * Requirements files pull others in: a `-r` file is read as requirements whatever its name (and
 * its own `-r` files in turn), a `-c` file only pins versions, so no dependency it lists is a
 * declaration. Only files the listing holds are followed: .gitignore, `exclude` and the root
 * bound them as they bound every other file.
 */
function followIncludes(
  found: FileResult[],
  listed: Map<string, ListedFile>,
  readOne: (entry: ListedFile) => string | null,
  catalog: Catalog,
  readers: Map<ReaderEntry, Reader>,
): FileResult[] {
  const constraints = new Set<string>();
  const queue: string[] = [];
  const seen = new Set<string>();
  const take = (result: FileResult) => {
    for (const include of result.includes ?? []) {
      if (include.constraints) constraints.add(include.file);
      else if (!seen.has(include.file)) {
        seen.add(include.file);
        queue.push(include.file);
      }
    }
  };
  found.forEach(take);
  const out = [...found];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const entry = listed.get(file);
    // Read already as requirements by its name, or not a file of this scan.
    if (!entry || readerFor(file) === requirementsReader) continue;
    const text = readOne(entry);
    const read = readers.get(requirementsReader);
    if (text === null || !read) continue;
    const evidence = safely(() => read(file, text, catalog)).map((item) => ({
      ...item,
      context: contextOf(file, item.context),
    }));
    const result: FileResult = { file, evidence, lockfile: false };
    try {
      result.includes = requirementsReader.includes?.(file, text);
    } catch {
      // an unparsable file includes nothing
    }
    take(result);
    out.push(result);
  }
  if (constraints.size === 0) return out;
  return out.map((result) =>
    constraints.has(result.file)
      ? { ...result, evidence: result.evidence.filter((item) => item.kind !== 'dependency') }
      : result,
  );
}

const dirOf = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/**
 * Lockfiles that cannot tell direct from transitive (yarn 1, Pipfile.lock, poetry.lock, npm v1)
 * are completed by the manifests: a lockfile entry that a manifest in the lockfile's directory,
 * or below it (workspaces), declares is direct. Then transitive entries of packages that other
 * libraries pull in for unrelated reasons (catalog `ignoreTransitive`) are dropped.
 */
function settleDirect(results: FileResult[], catalog: Catalog): Evidence[] {
  const key = (item: Evidence) => packageKey(item.ecosystem as Ecosystem, item.name);
  const declaredIn = new Map<string, string[]>();
  for (const result of results) {
    if (result.lockfile) continue;
    for (const item of result.evidence) {
      if (item.kind !== 'dependency' || !item.direct || !item.ecosystem) continue;
      const dirs = declaredIn.get(key(item)) ?? [];
      dirs.push(dirOf(item.file));
      declaredIn.set(key(item), dirs);
    }
  }
  const out: Evidence[] = [];
  for (const result of results) {
    for (const item of result.evidence) {
      let settled = item;
      if (result.lockfile && item.kind === 'dependency' && !item.direct && item.ecosystem) {
        const dir = dirOf(item.file);
        const dirs = declaredIn.get(key(item)) ?? [];
        if (dirs.some((d) => d === dir || dir === '' || d.startsWith(`${dir}/`))) {
          settled = { ...item, direct: true };
        }
      }
      if (
        settled.kind === 'dependency' &&
        !settled.direct &&
        settled.ecosystem &&
        catalog.ignoresTransitive(settled.ecosystem as Ecosystem, settled.name)
      ) {
        continue;
      }
      out.push(settled);
    }
  }
  return out;
}

/**
 * Sorted like the findings (file, line, column, vendor, kind, name); one item per key, direct if
 * any copy is, at the strongest context any copy has.
 */
export function normalizeEvidence(evidence: Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = [item.file, item.line, item.column ?? 0, item.vendor, item.kind, item.name].join(
      '\0',
    );
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...item });
    else {
      seen.direct ||= item.direct;
      if (item.context === 'runtime') seen.context = 'runtime';
    }
  }
  return [...byKey.values()].sort(compareEvidence);
}

const byFile = (a: SkippedFile, b: SkippedFile) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : 1;

export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const realRoot = realpathSync(root);
  // The listing starts first (unless the caller started it earlier): git runs while the
  // matchers are built.
  const pending = options.listing ?? startListing(root, options.exclude);
  try {
    const extended = options.extensions && Object.keys(options.extensions).length > 0;
    const catalog = extended ? buildCatalog(options.extensions) : defaultCatalog();
    const matchers: Matchers = extended
      ? { text: buildTextMatcher(catalog), imports: buildImportMatcher(catalog) }
      : (defaultMatchers ??= {
          text: buildTextMatcher(catalog),
          imports: buildImportMatcher(catalog),
        });
    const ignored = new Set(
      (options.ignore ?? []).map((file) =>
        file
          .split('\\')
          .join('/')
          .replace(/^(\.\/)+/, ''),
      ),
    );
    const listing = await pending.listed;
    const found: FileResult[] = [];
    const skipped: SkippedFile[] = [];
    const skip = (file: string, reason: SkipReason) => skipped.push({ file, reason });
    let filesRead = 0;
    if (listing.excludedAll) skip('.', 'excluded-all');
    const files = listing.files.filter((entry) => !ignored.has(entry.file));
    // The parsers load while the reading thread reads the first files.
    let readers = new Map<ReaderEntry, Reader>();
    const ready = loadReaders(files.map((entry) => entry.file)).then((loaded) => {
      readers = loaded;
    });
    const visit = (entry: ListedFile, read: ReadResult) => {
      const result = scanRead(entry, read, catalog, matchers, readers);
      if (result === null) return;
      if ('skipped' in result) {
        skip(entry.file, result.skipped);
        return;
      }
      filesRead++;
      if (
        result.evidence.length > 0 ||
        result.lockfile ||
        result.includes?.length ||
        result.notImports
      ) {
        found.push(result);
      }
    };
    await readEach(realRoot, root, files, MAX_FILE_BYTES, visit, {
      ahead: pending.ahead(),
      ready,
    });
    const readOne = (entry: ListedFile) => {
      const read = readInside(realRoot, root, entry, MAX_FILE_BYTES);
      return read === null || 'skipped' in read ? null : decodeText(read.bytes);
    };
    const byName = new Map(files.map((entry) => [entry.file, entry]));
    const all = found.some((result) => result.includes?.length)
      ? followIncludes(found, byName, readOne, catalog, readers)
      : found;
    return settle(all, skipped, catalog, listing.listing, filesRead);
  } finally {
    pending.stop();
  }
}

/**
 * A repository that takes only the Azure clients from the OpenAI SDK (`from openai import
 * AzureOpenAI`), and has no other trace of OpenAI itself (no other import, host, key name or
 * action), sends its data to Azure OpenAI: its declaration of the SDK is Azure OpenAI's too.
 */
function azureThroughOpenAiSdk(evidence: Evidence[], catalog: Catalog): Evidence[] {
  if (evidence.some((item) => item.vendor === 'openai' && item.kind !== 'dependency')) {
    return evidence;
  }
  const viaSdk = evidence.some(
    (item) =>
      item.vendor === 'azure-openai' &&
      item.kind === 'import' &&
      catalog.isAzureClientsModule(item.name),
  );
  if (!viaSdk) return evidence;
  return evidence.map((item) => {
    const sdk =
      item.vendor === 'openai' &&
      item.kind === 'dependency' &&
      item.ecosystem !== undefined &&
      catalog.shipsAzureClients(item.ecosystem as Ecosystem, item.name);
    return sdk ? { ...item, vendor: 'azure-openai' } : item;
  });
}

/**
 * A package the code imports only through modules that are not its vendor's (the catalog's
 * `notImports`: `from langchain_aws.graphs import NeptuneGraph` is Amazon Neptune), in a
 * repository with no other trace of that vendor (no import, host, key name or action, in any
 * file), is declared for those modules: its declarations are no evidence of the vendor. One
 * import of the vendor's own modules (`from langchain_aws import ChatBedrock`) keeps them all.
 */
function takenForOtherModules(evidence: Evidence[], heard: NotImportSignature[]): Evidence[] {
  if (heard.length === 0) return evidence;
  const explained = new Set(heard.map((n) => packageKey(n.package.ecosystem, n.package.name)));
  const isExplained = (item: Evidence) =>
    item.kind === 'dependency' &&
    item.ecosystem !== undefined &&
    explained.has(packageKey(item.ecosystem as Ecosystem, item.name));
  const otherTrace = new Set(evidence.filter((item) => !isExplained(item)).map((i) => i.vendor));
  return evidence.filter((item) => otherTrace.has(item.vendor) || !isExplained(item));
}

function settle(
  found: FileResult[],
  skipped: SkippedFile[],
  catalog: Catalog,
  listing: ScanSummary['listing'],
  filesRead: number,
): ScanResult {
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const { reason } of skipped) skippedByReason[reason] = (skippedByReason[reason] ?? 0) + 1;
  return {
    evidence: normalizeEvidence(
      takenForOtherModules(
        azureThroughOpenAiSdk(settleDirect(found, catalog), catalog),
        found.flatMap((result) => result.notImports ?? []),
      ),
    ),
    skipped: skipped.sort(byFile).slice(0, SKIPPED_LISTED),
    summary: {
      listing,
      filesRead,
      skippedCount: skipped.length,
      skippedByReason,
    },
  };
}

/** One file read: told binary or not, kept from the gate's own outputs, and matched. */
function scanRead(
  entry: ListedFile,
  read: ReadResult,
  catalog: Catalog,
  matchers: Matchers,
  readers: Map<ReaderEntry, Reader>,
): FileResult | { skipped: SkipReason } | null {
  if (read === null || 'skipped' in read) return read;
  const text = decodeText(read.bytes);
  if (text === null) return { skipped: 'binary' };
  // A report, record or history of an earlier run is not evidence, but it is said: a file
  // dressed as gate output must not hide in silence.
  if (isGateOutput(entry.file, text)) return { skipped: 'gate-output' };
  return scanText(entry.file, text, catalog, matchers, readers);
}
