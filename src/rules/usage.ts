// usage-undeclared, declaration-unused and manifest-missing: the manifest against what the scan
// found, so that not declaring a vendor is no way around the gate.
import type { Evidence, Finding, Located, Manifest } from '../model.js';
import { makeFinding } from './context.js';

export interface UsageInput {
  manifest: Located<Manifest> | null;
  manifestFile: string;
  /** null when the scan did not run. */
  evidence: Evidence[] | null;
  isSelfHosted: (vendor: string) => boolean;
  vendorName: (vendor: string) => string;
}

const strength = (item: Evidence): number => (item.documentation ? 0 : 2) + (item.direct ? 1 : 0);

function byVendor(evidence: Evidence[]): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const group = groups.get(item.vendor) ?? [];
    group.push(item);
    groups.set(item.vendor, group);
  }
  return groups;
}

export function usageFindings(input: UsageInput): Finding[] {
  const { manifest, evidence } = input;
  const findings: Finding[] = [];
  const groups = byVendor(evidence ?? []);
  if (!manifest) {
    const used = (evidence ?? []).some(
      (item) => !item.documentation && !input.isSelfHosted(item.vendor),
    );
    findings.push(
      makeFinding(
        'manifest-missing',
        used ? 'error' : 'note',
        used
          ? `No manifest at ${input.manifestFile}, yet the scan found AI vendor use (${[...groups.keys()].sort().join(', ')}): declare each vendor, product, purpose and data classification there (ai-vendor-gate init writes a starter).`
          : `No manifest at ${input.manifestFile}; the scan found no AI vendor use. Add one when the repository starts using an AI vendor.`,
      ),
    );
  }
  if (evidence === null) return findings;
  const declared = new Set<string>();
  for (const entry of manifest?.data.vendors ?? []) {
    declared.add(entry.vendor);
    if (entry.via) declared.add(entry.via);
  }
  for (const [vendor, items] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (declared.has(vendor)) continue;
    // Locate at the strongest evidence: code over docs, direct over transitive, then first in order.
    const best = [...items].sort((a, b) => strength(b) - strength(a))[0];
    const weak =
      items.every((item) => item.documentation || !item.direct) || input.isSelfHosted(vendor);
    const others =
      items.length > 1 ? ` (and ${items.length - 1} more place${items.length > 2 ? 's' : ''})` : '';
    const how =
      best.kind === 'dependency'
        ? `depends on ${best.name}`
        : best.kind === 'workflow'
          ? `uses the action ${best.name}`
          : best.kind === 'endpoint'
            ? `calls ${best.name}`
            : `reads ${best.name}`;
    findings.push(
      makeFinding(
        'usage-undeclared',
        weak ? 'note' : 'error',
        `${input.vendorName(vendor)} is used but not declared: ${best.file} ${how}${others}. Declare it in ${input.manifestFile} with its product, purpose and data classification, or remove the use.`,
        {
          vendor,
          location: {
            file: best.file,
            line: best.line,
            column: 1,
            endLine: best.line,
            endColumn: 1,
          },
        },
      ),
    );
  }
  manifest?.data.vendors.forEach((entry, index) => {
    if (groups.has(entry.vendor)) return;
    const already =
      manifest.data.vendors.findIndex((other) => other.vendor === entry.vendor) < index;
    if (already) return;
    findings.push(
      makeFinding(
        'declaration-unused',
        'warning',
        `${input.vendorName(entry.vendor)} is declared but the scan found no use of it: remove the entry if the repository no longer uses it, or list where the use lives in paths.`,
        {
          vendor: entry.vendor,
          product: entry.product,
          location: manifest.locate(['vendors', index, 'vendor']),
        },
      ),
    );
  });
  return findings;
}
