// Detection (SPEC section 5): the evidence of AI vendor use in a repository tree.
// Files are listed once (git or a .gitignore-honouring walk), read with bounded concurrency,
// given to their ecosystem reader and to the one-pass text matcher; the result is sorted and
// deduplicated so that equal trees give equal evidence, whatever the file-system order.
import { realpath } from 'node:fs/promises';
import type { DetectExtension, Evidence } from '../model.js';
import { buildCatalog, defaultCatalog, type Catalog, type Ecosystem } from './catalog.js';
import { listFiles, readInside } from './files.js';
import { stripBom } from './locate.js';
import { readerFor } from './readers/index.js';
import { compareEvidence } from './render.js';
import { buildTextMatcher, type TextMatcher } from './text.js';
import { isWorkflowFile, readWorkflow } from './workflows.js';

export { catalogVendor, catalogVendorIds } from './catalog.js';
export { renderScanText, scanJson, summarizeVendors } from './render.js';
export { starterManifest } from './starter.js';

/** Files larger than this are not read (SPEC section 5). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Bytes checked for a NUL to tell a binary file. */
const BINARY_PROBE = 8192;
const CONCURRENCY = 32;
/** Documentation: evidence found there counts at `note`. */
const DOCUMENTATION = /\.(md|mdx|markdown|rst|adoc)$/i;
/** Generated copies of code found elsewhere. */
const SKIPPED_TEXT = /\.(map|min\.js)$/i;

export interface ScanOptions {
  /** Globs (picomatch) of paths to leave out, relative to the root. */
  exclude?: string[];
  /** The registry's `detect:` blocks by vendor id: signatures added to the catalog. */
  extensions?: Record<string, DetectExtension>;
}

let defaultMatcher: TextMatcher | undefined;

async function eachLimit<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function safely(read: () => Evidence[]): Evidence[] {
  try {
    return read();
  } catch {
    return []; // an unparsable file gives no evidence; the scan goes on
  }
}

interface FileResult {
  evidence: Evidence[];
  lockfile: boolean;
}

async function scanFile(
  realRoot: string,
  root: string,
  file: string,
  catalog: Catalog,
  matcher: TextMatcher,
): Promise<FileResult | null> {
  const bytes = await readInside(realRoot, root, file, MAX_FILE_BYTES);
  if (!bytes) return null;
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return null;
  const text = stripBom(bytes.toString('utf8'));
  const entry = readerFor(file);
  const evidence: Evidence[] = [];
  const read = entry?.read;
  if (read) evidence.push(...safely(() => read(file, text, catalog)));
  if (isWorkflowFile(file)) evidence.push(...safely(() => readWorkflow(file, text, catalog)));
  if (!entry?.lockfile && !SKIPPED_TEXT.test(file)) {
    evidence.push(...matcher.match(file, text, DOCUMENTATION.test(file)));
  }
  return { evidence, lockfile: entry?.lockfile === true };
}

const dirOf = (file: string) => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/**
 * Lockfiles that cannot tell direct from transitive (yarn 1, Pipfile.lock, poetry.lock, npm v1)
 * are completed by the manifests: a lockfile entry that a manifest in the lockfile's directory,
 * or below it (workspaces), declares is direct. Then transitive entries of packages that other
 * libraries pull in for unrelated reasons (catalog `ignoreTransitive`) are dropped.
 */
function settleDirect(results: FileResult[], catalog: Catalog): Evidence[] {
  const key = (item: Evidence) =>
    `${item.ecosystem}\0${catalog.normalize(item.ecosystem as Ecosystem, item.name)}`;
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

/** Sorted by (file, line, vendor, kind, name); one item per key, direct if any copy is. */
export function normalizeEvidence(evidence: Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = [item.file, item.line, item.vendor, item.kind, item.name].join('\0');
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...item });
    else {
      seen.direct ||= item.direct;
      if (!item.documentation) delete seen.documentation;
    }
  }
  return [...byKey.values()].sort(compareEvidence);
}

export async function scan(root: string, options: ScanOptions = {}): Promise<Evidence[]> {
  const extended = options.extensions && Object.keys(options.extensions).length > 0;
  const catalog = extended ? buildCatalog(options.extensions) : defaultCatalog();
  const matcher = extended
    ? buildTextMatcher(catalog)
    : (defaultMatcher ??= buildTextMatcher(catalog));
  const realRoot = await realpath(root);
  const files = await listFiles(root, options.exclude);
  const results: (FileResult | null)[] = new Array(files.length).fill(null);
  await eachLimit(files, CONCURRENCY, async (file, index) => {
    results[index] = await scanFile(realRoot, root, file, catalog, matcher);
  });
  const found = results.filter((r): r is FileResult => r !== null);
  return normalizeEvidence(settleDirect(found, catalog));
}
