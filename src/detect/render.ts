// The scan's own outputs: `scan --format json` (SPEC section 5) and the text listing.
import type { Evidence, ScanSummary, SkippedFile, SkipReason } from '../model.js';
import { safeJson, safeLogLine } from '../report/escape.js';
import { catalogVendor } from './catalog.js';

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
export const STRONG_CONTEXTS: ReadonlySet<string> = new Set(['runtime', 'ci']);

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

/** Evidence with its keys in one fixed order, so equal evidence prints equal bytes. */
function ordered(item: Evidence): Evidence {
  return {
    vendor: item.vendor,
    kind: item.kind,
    ...(item.ecosystem !== undefined ? { ecosystem: item.ecosystem } : {}),
    name: item.name,
    file: item.file,
    line: item.line,
    ...(item.column !== undefined ? { column: item.column } : {}),
    ...(item.endColumn !== undefined ? { endColumn: item.endColumn } : {}),
    direct: item.direct,
    context: item.context,
  };
}

/** What `scanJson` and `renderScanText` print besides the evidence. */
export interface ScanOutcome {
  evidence: Evidence[];
  skipped: SkippedFile[];
  summary: ScanSummary;
}

/** The scan's JSON (SPEC sections 5 and 9): evidence, vendors, skipped files and the summary. */
export function scanJson(root: string, result: ScanOutcome): string {
  const sorted = [...result.evidence].sort(compareEvidence).map(ordered);
  const body = {
    schemaVersion: 1,
    root,
    evidence: sorted,
    vendors: summarizeVendors(sorted),
    skipped: result.skipped.map(({ file, reason }) => ({ file, reason })),
    summary: {
      listing: result.summary.listing,
      filesRead: result.summary.filesRead,
      skippedCount: result.summary.skippedCount,
      skippedByReason: Object.fromEntries(
        Object.entries(result.summary.skippedByReason).sort(([a], [b]) => cmp(a, b)),
      ),
    },
  };
  return `${safeJson(body)}\n`;
}

/**
 * File names and matched text come from the scanned tree: shown, never obeyed. One line, no
 * control characters, and no workflow command can start in it (the scan runs in CI logs too).
 */
function clean(value: string): string {
  return safeLogLine(value);
}

const REASON_TEXT: Record<SkipReason, string> = {
  'too-large': 'larger than 2 MiB',
  binary: 'binary',
  unreadable: 'unreadable',
  'outside-root': 'a link leading outside the root',
  'excluded-all': 'every file excluded by the exclude globs',
  'gate-output': 'written by ai-vendor-gate (a report, record or history)',
};

/** `Skipped 3 files: 2 binary, 1 larger than 2 MiB.` and the files, or nothing. */
export function skippedText(skipped: SkippedFile[], summary: ScanSummary): string[] {
  if (summary.skippedCount === 0) return [];
  const reasons = (Object.keys(summary.skippedByReason) as SkipReason[])
    .sort()
    .map((reason) => `${summary.skippedByReason[reason]} ${REASON_TEXT[reason]}`);
  const lines = [
    `Skipped ${summary.skippedCount} file${summary.skippedCount === 1 ? '' : 's'}, not read: ${reasons.join(', ')}.`,
  ];
  for (const item of skipped) lines.push(`  ${clean(item.file)}  ${item.reason}`);
  if (skipped.length < summary.skippedCount) {
    lines.push(`  and ${summary.skippedCount - skipped.length} more`);
  }
  return lines;
}

export function renderScanText(result: ScanOutcome, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const { evidence } = result;
  const tail = skippedText(result.skipped, result.summary);
  const listing =
    result.summary.listing === 'walk'
      ? ['Files were listed by walking the tree (git could not list them here).']
      : [];
  if (evidence.length === 0) {
    return `${['No AI vendor use found.', ...tail, ...listing].join('\n')}\n`;
  }
  const sorted = [...evidence].sort(compareEvidence);
  const summary = summarizeVendors(sorted);
  const lines = [
    `AI vendor use: ${summary.length} vendor${summary.length === 1 ? '' : 's'}, ${sorted.length} item${sorted.length === 1 ? '' : 's'} of evidence`,
  ];
  for (const vendor of summary) {
    const info = catalogVendor(vendor.vendor);
    const traits = [
      vendor.direct ? 'direct' : 'transitive or docs only',
      ...(info?.intermediary ? ['intermediary'] : []),
      ...(info?.selfHosted ? ['self-hosted'] : []),
    ];
    lines.push('');
    lines.push(
      `${paint('1', clean(vendor.vendor))}${info ? ` (${info.name})` : ''}: ${traits.join(', ')}`,
    );
    for (const item of sorted.filter((e) => e.vendor === vendor.vendor)) {
      const marks = [item.direct ? 'direct' : 'transitive', item.context];
      const kind = item.ecosystem ? `${item.kind} (${item.ecosystem})` : item.kind;
      const where = `${item.line}${item.column !== undefined ? `:${item.column}` : ''}`;
      const text = `  ${clean(item.file)}:${where}  ${kind}  ${clean(item.name)}  [${marks.join(', ')}]`;
      lines.push(item.direct && STRONG_CONTEXTS.has(item.context) ? text : paint('2', text));
    }
  }
  if (tail.length > 0) lines.push('', ...tail);
  if (listing.length > 0) lines.push('', ...listing);
  return `${lines.join('\n')}\n`;
}
