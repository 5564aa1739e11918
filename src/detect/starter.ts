// `init`: a starter manifest (SPEC section 3) declaring each vendor the scan found in code or
// dependencies (documentation alone does not count), with placeholders to fill in.
import type { Evidence } from '../model.js';
import { catalogVendor } from './catalog.js';
import { compareEvidence } from './evidence.js';

const SCHEMA =
  'https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json';
const FILES_LISTED = 5;

export interface StarterRegistry {
  vendors: Record<string, { products: Record<string, { status: string }> }>;
}

/** One line of a YAML comment: no line breaks or control characters. */
function commentText(value: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

function productFor(vendor: string, registry: StarterRegistry | undefined): string {
  const entry =
    registry && Object.hasOwn(registry.vendors, vendor) ? registry.vendors[vendor] : undefined;
  if (!entry) return 'api';
  const approved = Object.entries(entry.products ?? {}).find(([, p]) => p?.status === 'approved');
  return approved ? approved[0] : 'api';
}

/** A plain YAML scalar when safe, else a double-quoted (JSON) string. */
function scalar(value: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(value) ? value : JSON.stringify(value);
}

export function starterManifest(evidence: Evidence[], registry?: StarterRegistry): string {
  const files = new Map<string, string[]>();
  for (const item of [...evidence].sort(compareEvidence)) {
    if (item.context === 'docs') continue;
    const list = files.get(item.vendor) ?? [];
    if (!list.includes(item.file)) list.push(item.file);
    files.set(item.vendor, list);
  }
  const vendors = [...files.keys()].sort();
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA}`,
    '# Starter manifest written by `ai-vendor-gate init` from what the scan found.',
    '# Replace every TODO, then run `ai-vendor-gate check`.',
    'version: 1',
    'owner: TODO-team # the team accountable for this repository',
  ];
  if (vendors.length === 0) {
    lines.push('vendors: [] # the scan found no AI vendor use');
    return `${lines.join('\n')}\n`;
  }
  lines.push('vendors:');
  for (const vendor of vendors) {
    const name = catalogVendor(vendor)?.name ?? vendor;
    const found = files.get(vendor) ?? [];
    const shown = found.slice(0, FILES_LISTED).map(commentText).join(', ');
    const more = found.length > FILES_LISTED ? ` and ${found.length - FILES_LISTED} more` : '';
    lines.push(`  # ${commentText(name)}: found in ${shown}${more}`);
    lines.push(`  - vendor: ${scalar(vendor)}`);
    lines.push(`    product: ${scalar(productFor(vendor, registry))}`);
    lines.push(`    purpose: ${JSON.stringify(`TODO: why this repository uses ${name}`)}`);
    lines.push(
      '    dataClassification: internal # TODO: the highest class of data sent: public, internal, confidential or restricted',
    );
  }
  return `${lines.join('\n')}\n`;
}
