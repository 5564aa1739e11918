// The scan's own outputs: `scan --format json` (SPEC section 5) and the text listing.
import type { Evidence } from '../model.js';
import { catalogVendor } from './catalog.js';

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of evidence everywhere: file, line, vendor, kind, name. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.vendor, b.vendor) ||
    cmp(a.kind, b.kind) ||
    cmp(a.name, b.name)
  );
}

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
    if (item.direct && !item.documentation) entry.direct = true;
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
    direct: item.direct,
    ...(item.documentation ? { documentation: true } : {}),
  };
}

export function scanJson(root: string, evidence: Evidence[]): string {
  const sorted = [...evidence].sort(compareEvidence).map(ordered);
  const body = { schemaVersion: 1, root, evidence: sorted, vendors: summarizeVendors(sorted) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Control characters, line breaks and bidi controls: never printed to a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** File names and matched text come from the scanned tree: shown, never obeyed. */
function clean(value: string): string {
  return value.replace(CONTROL, '?');
}

export function renderScanText(evidence: Evidence[], options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  if (evidence.length === 0) return 'No AI vendor use found.\n';
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
      const marks = [
        item.direct ? 'direct' : 'transitive',
        ...(item.documentation ? ['docs'] : []),
      ];
      const kind = item.ecosystem ? `${item.kind} (${item.ecosystem})` : item.kind;
      const text = `  ${clean(item.file)}:${item.line}  ${kind}  ${clean(item.name)}  [${marks.join(', ')}]`;
      lines.push(item.direct && !item.documentation ? text : paint('2', text));
    }
  }
  return `${lines.join('\n')}\n`;
}
