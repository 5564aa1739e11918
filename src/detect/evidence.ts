// Evidence, ordered and summed up: one order for every output (file, line, column, vendor, kind,
// name) and one summary per vendor.
import type { Evidence, EvidenceContext } from '../model.js';
import { readerFor } from './readers/index.js';

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of evidence everywhere: file, line, column, vendor, kind, name. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column ?? 0, b.column ?? 0) ||
    cmp(a.vendor, b.vendor) ||
    cmp(a.kind, b.kind) ||
    cmp(a.name, b.name)
  );
}

/** Contexts whose evidence shows the repository's own use (SPEC section 9). */
const IN_USE: ReadonlySet<EvidenceContext> = new Set(['runtime', 'ci']);

/**
 * Evidence of use: direct, in runtime code or CI. Anything else (tests, docs, examples…) makes
 * `usage-undeclared` only a note, and the scan listing shows it dimmed.
 */
export const isUse = (item: Evidence): boolean => item.direct && IN_USE.has(item.context);

/**
 * One entry per vendor, sorted by id. `direct` is true when any evidence outside documentation
 * is direct; `count` counts every item.
 */
export function summarizeVendors(
  evidence: Evidence[],
): { vendor: string; direct: boolean; count: number }[] {
  const byVendor = new Map<string, { vendor: string; direct: boolean; count: number }>();
  for (const item of evidence) {
    const entry = byVendor.get(item.vendor) ?? { vendor: item.vendor, direct: false, count: 0 };
    entry.count++;
    if (item.direct && item.context !== 'docs') entry.direct = true;
    byVendor.set(item.vendor, entry);
  }
  return [...byVendor.values()].sort((a, b) => cmp(a.vendor, b.vendor));
}

/** Whether a file is a lockfile (what was installed), not a manifest (what was asked for). */
export function isLockfile(file: string): boolean {
  return readerFor(file)?.lockfile === true;
}
