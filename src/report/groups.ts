// Shapes shared by the human renderers: findings grouped by vendor, counts in words.
import type { Evidence, Finding, GateResult, VendorConditions } from '../model.js';

export interface FindingGroup {
  /** Vendor id, or null for findings about no vendor ("General"). */
  vendor: string | null;
  /** Registry name when the vendor is in use, else undefined. */
  name?: string;
  findings: Finding[];
}

/**
 * Findings by vendor: general findings first, then vendors in use in `result.vendors` order,
 * then any other vendor by id. Each group keeps the report's (sorted) order.
 */
export function groupFindings(result: GateResult): FindingGroup[] {
  const byVendor = new Map<string | null, Finding[]>();
  for (const finding of result.report.findings) {
    const key = finding.vendor ?? null;
    const list = byVendor.get(key) ?? [];
    list.push(finding);
    byVendor.set(key, list);
  }
  const known = new Map<string, VendorConditions>(result.vendors.map((v) => [v.vendor, v]));
  const order: (string | null)[] = [null, ...result.vendors.map((v) => v.vendor)];
  const others = [...byVendor.keys()]
    .filter((key): key is string => key !== null && !known.has(key))
    .sort(compareCodePoints);
  const groups: FindingGroup[] = [];
  for (const key of [...order, ...others]) {
    const findings = byVendor.get(key);
    if (!findings) continue;
    byVendor.delete(key);
    groups.push({ vendor: key, name: key === null ? undefined : known.get(key)?.name, findings });
  }
  return groups;
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

/** Whether a dependency was declared directly or arrived through another package. */
export function evidenceDirectness(item: Evidence): string {
  return item.direct ? 'direct' : 'transitive';
}
