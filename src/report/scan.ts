// The scan's own outputs: `scan --format json` (SPEC section 5) and the text listing. Evidence,
// skipped files and the summary are serialized by the report's JSON functions, so `scan` and
// `check` print them alike.
import { compareEvidence, isUse, summarizeVendors } from '../detect/evidence.js';
import { catalogVendor } from '../detect/catalog.js';
import type { Evidence, ScanSummary, SkippedFile, SkipReason } from '../model.js';
import { safeJson, safeLogLine } from './escape.js';
import { SKIP_REASON_WORDS, WALK_LISTING } from './groups.js';
import { evidenceJson, scanSummaryJson, skippedJson } from './json.js';

/** What `scanJson` and `renderScanText` print besides the evidence. */
export interface ScanOutcome {
  evidence: Evidence[];
  skipped: SkippedFile[];
  summary: ScanSummary;
}

/** The scan's JSON (SPEC sections 5 and 9): evidence, vendors, skipped files and the summary. */
export function scanJson(root: string, result: ScanOutcome): string {
  const sorted = [...result.evidence].sort(compareEvidence);
  const body = {
    schemaVersion: 1,
    root,
    evidence: sorted.map(evidenceJson),
    vendors: summarizeVendors(sorted),
    skipped: result.skipped.map(skippedJson),
    summary: scanSummaryJson(result.summary),
  };
  return `${safeJson(body)}
`;
}

/**
 * File names and matched text come from the scanned tree: shown, never obeyed. One line, no
 * control characters, and no workflow command can start in it (the scan runs in CI logs too).
 */
function clean(value: string): string {
  return safeLogLine(value);
}

/** `Skipped 3 files: 2 binary, 1 larger than 2 MiB.` and the files, or nothing. */
export function skippedText(skipped: SkippedFile[], summary: ScanSummary): string[] {
  if (summary.skippedCount === 0) return [];
  const reasons = (Object.keys(summary.skippedByReason) as SkipReason[])
    .sort()
    .map((reason) => `${summary.skippedByReason[reason]} ${SKIP_REASON_WORDS[reason]}`);
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
  const listing = result.summary.listing === 'walk' ? [WALK_LISTING] : [];
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
      lines.push(isUse(item) ? text : paint('2', text));
    }
  }
  if (tail.length > 0) lines.push('', ...tail);
  if (listing.length > 0) lines.push('', ...listing);
  return `${lines.join('\n')}\n`;
}
