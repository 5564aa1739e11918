// intermediary-not-approved, and the intermediary's data ceiling: a gateway in the path sees the
// data too (seed: "verify that any third-party API middleware or integrations do not reintroduce
// data sharing"). Reasons are built from the intermediary's outcomes, never from message text.
import { CLASSIFICATION_RANK, type Classification, type Finding, type Vendor } from '../model.js';
import {
  entryLocation,
  isUsable,
  makeFinding,
  own,
  type RuleContext,
  type Use,
} from './context.js';
import { ruleInfo } from './table.js';
import type { VendorVerdict } from './vendor.js';

/** The intermediary as the registry has it, and its verdict when it is usable. */
export interface IntermediaryCheck {
  id: string;
  vendor: Vendor | undefined;
  verdict: VendorVerdict | null;
}

/** The ceiling that applies to data sent through an intermediary (see docs/rules.md). */
interface Ceiling {
  product: string;
  name: string;
  max: Classification;
}

/**
 * The intermediary's own product with the entry's product id when it has one; else the
 * strictest ceiling among its approved products. null when nothing limits the data.
 */
export function intermediaryCeiling(intermediary: Vendor, productId: string): Ceiling | null {
  const same = own(intermediary.products, productId);
  if (same) {
    return same.maxClassification
      ? { product: productId, name: same.name, max: same.maxClassification }
      : null;
  }
  let strictest: Ceiling | null = null;
  for (const [id, product] of Object.entries(intermediary.products)) {
    if (product.status !== 'approved' || !product.maxClassification) continue;
    const rank = CLASSIFICATION_RANK[product.maxClassification];
    if (!strictest || rank < CLASSIFICATION_RANK[strictest.max]) {
      strictest = { product: id, name: product.name, max: product.maxClassification };
    }
  }
  return strictest;
}

export function intermediaryFindings(
  ctx: RuleContext,
  use: Use,
  check: IntermediaryCheck,
  isWaived: (finding: Finding) => boolean,
): Finding[] {
  const { entry } = use;
  const via = check.id;
  const location = entryLocation(ctx, use, 'via');
  const fields = { vendor: entry.vendor, product: entry.product, location };
  const fail = (why: string) => [
    makeFinding(
      'intermediary-not-approved',
      `The intermediary "${via}" ${why}: route the traffic directly to the vendor, or ask Security to approve the intermediary.`,
      fields,
    ),
  ];
  const intermediary = check.vendor;
  if (!intermediary) return fail('is not a vendor in the registry');
  if (intermediary.intermediary !== true)
    return fail(`(${intermediary.name}) is not registered as an intermediary`);
  if (!isUsable(intermediary)) return fail(`(${intermediary.name}) is ${intermediary.status}`);
  const same = own(intermediary.products, entry.product);
  if (same && same.status !== 'approved') {
    return fail(`(${intermediary.name}) has its product ${same.name} ${same.status}`);
  }
  const failed = (check.verdict?.findings ?? []).filter(
    (finding) => finding.severity === 'error' && !isWaived(finding),
  );
  if (failed.length > 0) {
    const reasons = failed.map(
      (finding) =>
        `${ruleInfo(finding.ruleId).title.toLowerCase()}${finding.condition ? ` (${finding.condition})` : ''} [${finding.ruleId}]`,
    );
    return fail(`(${intermediary.name}) fails vendor rules: ${[...new Set(reasons)].join('; ')}`);
  }
  const ceiling = intermediaryCeiling(intermediary, entry.product);
  if (ceiling && CLASSIFICATION_RANK[entry.dataClassification] > CLASSIFICATION_RANK[ceiling.max]) {
    return [
      makeFinding(
        'classification-exceeded',
        `${entry.dataClassification} data may not go through ${ceiling.name} (${intermediary.name}), which is approved up to ${ceiling.max}: send only ${ceiling.max} or lower data through it, call the vendor directly, or ask Security to review the intermediary for ${entry.dataClassification} data.`,
        {
          vendor: via,
          product: ceiling.product,
          location: entryLocation(ctx, use, 'dataClassification'),
        },
      ),
    ];
  }
  return [];
}
