// Shapes shared by the human renderers: findings grouped by vendor (most severe first), vendor
// names, repository paths, the scan's gaps in words, counts in words.
import { catalogVendor } from '../detect/catalog.js';
import type {
  Evidence,
  Finding,
  GateResult,
  ScanSummary,
  Severity,
  SkipReason,
  VendorConditions,
} from '../model.js';

export interface FindingGroup {
  /** Vendor id, or null for findings about no vendor ("General"). */
  vendor: string | null;
  /** The vendor's name from the registry or the built-in catalog; undefined when neither has it. */
  name?: string;
  findings: Finding[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Errors, then warnings, then notes; the report's (sorted) order within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/**
 * Findings by vendor, errors before warnings before notes within each group, and groups by their
 * most severe finding; among equals, general findings first, then vendors in use in
 * `result.vendors` order, then any other vendor by id.
 */
export function groupFindings(result: GateResult): FindingGroup[] {
  const byVendor = new Map<string | null, Finding[]>();
  for (const finding of result.report.findings) {
    const key = finding.vendor ?? null;
    const list = byVendor.get(key) ?? [];
    list.push(finding);
    byVendor.set(key, list);
  }
  const known = new Set(result.vendors.map((v) => v.vendor));
  const order: (string | null)[] = [null, ...result.vendors.map((v) => v.vendor)];
  const others = [...byVendor.keys()]
    .filter((key): key is string => key !== null && !known.has(key))
    .sort(compareCodePoints);
  const groups: FindingGroup[] = [];
  for (const key of [...order, ...others]) {
    const findings = byVendor.get(key);
    if (!findings) continue;
    byVendor.delete(key);
    groups.push({
      vendor: key,
      name: key === null ? undefined : vendorName(result, key),
      findings: bySeverity(findings),
    });
  }
  const worst = (group: FindingGroup) =>
    Math.min(...group.findings.map((finding) => SEVERITY_RANK[finding.severity]));
  return groups
    .map((group, index) => ({ group, index, worst: worst(group) }))
    .sort((a, b) => a.worst - b.worst || a.index - b.index)
    .map(({ group }) => group);
}

/** A vendor's name: as evaluated, else from the registry, else from the built-in catalog. */
export function vendorName(result: GateResult, id: string): string | undefined {
  const inUse = result.vendors.find((vendor: VendorConditions) => vendor.vendor === id);
  if (inUse) return inUse.name;
  const vendors = result.registry?.vendors;
  if (vendors && Object.hasOwn(vendors, id)) return vendors[id].name;
  return catalogVendor(id)?.name;
}

/** Evidence by vendor, vendors by id, items in the report's order. */
export function groupEvidence(evidence: Evidence[]): [string, Evidence[]][] {
  const byVendor = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const list = byVendor.get(item.vendor) ?? [];
    list.push(item);
    byVendor.set(item.vendor, list);
  }
  return [...byVendor.entries()].sort(([a], [b]) => compareCodePoints(a, b));
}

/** `1 error`, `2 errors`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Locale-independent string order. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How an evidence item stands: direct or transitive, and where (runtime, test, docs, …). */
export function evidenceUse(item: Evidence): string {
  return `${item.direct ? 'direct' : 'transitive'}, ${item.context}`;
}

/**
 * `file` as a path inside the repository (`/` separators, no leading `./`), or null when it is
 * not one: absolute, a URI or `github:` source, or escaping with `..`.
 */
export function repoRelativePath(file: string): string | null {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const inside =
    path !== '' &&
    !path.startsWith('/') &&
    !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) &&
    !path.split('/').includes('..');
  return inside ? path : null;
}

/** Why a file was not read, in words: the one wording of every human format. */
export const SKIP_REASON_WORDS: Record<SkipReason, string> = {
  'too-large': 'larger than 2 MiB',
  binary: 'binary',
  unreadable: 'unreadable',
  'outside-root': 'a link leading outside the root',
  'excluded-all': 'excluded by the exclude globs',
  'gate-output': 'written by ai-vendor-gate (a report, record or history)',
};

export const WALK_LISTING =
  'Files were listed by walking the tree, honouring .gitignore (git did not list them).';

/**
 * What the scan did not read, in words, or null when it read everything through git:
 * "3 files not scanned: 2 larger than 2 MiB, 1 binary. Files listed by walking the tree (git
 * could not list them)." Plain text, no untrusted string.
 */
export function scanGaps(scan: ScanSummary | null | undefined): string | null {
  if (!scan) return null;
  const parts: string[] = [];
  if (scan.skippedCount > 0) {
    const reasons = (Object.keys(SKIP_REASON_WORDS) as SkipReason[])
      .filter((reason) => (scan.skippedByReason[reason] ?? 0) > 0)
      .map((reason) => `${scan.skippedByReason[reason]} ${SKIP_REASON_WORDS[reason]}`);
    parts.push(
      `${plural(scan.skippedCount, 'file')} not scanned` +
        (reasons.length > 0 ? `: ${reasons.join(', ')}.` : '.'),
    );
  }
  if (scan.listing !== 'git') {
    parts.push(WALK_LISTING);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
