// product-unknown, product-not-approved, classification-exceeded.
import { CLASSIFICATION_RANK, type Finding, type Vendor } from '../model.js';
import { entryLocation, makeFinding, own, type RuleContext, type Use } from './context.js';

export function productFindings(ctx: RuleContext, use: Use, vendor: Vendor): Finding[] {
  const { entry } = use;
  const fields = { vendor: entry.vendor, product: entry.product };
  const product = own(vendor.products, entry.product);
  const approved = Object.entries(vendor.products)
    .filter(([, p]) => p.status === 'approved')
    .map(([id]) => id);
  const alternatives =
    approved.length > 0
      ? `approved products: ${approved.join(', ')}`
      : 'the vendor has no approved product';
  if (!product) {
    return [
      makeFinding(
        'product-unknown',
        `${vendor.name} has no product "${entry.product}" in the registry (${alternatives}): fix the product id, or ask Security to review the product.`,
        { ...fields, location: entryLocation(ctx, use, 'product') },
      ),
    ];
  }
  if (product.status !== 'approved') {
    const why = product.reason ? ` ${product.reason.replace(/\s+$/, '')}` : '';
    const state = product.status === 'prohibited' ? 'prohibited' : 'still under review';
    return [
      makeFinding(
        'product-not-approved',
        `${product.name} (${vendor.name}) is ${state}.${why.endsWith('.') || !why ? why : `${why}.`} Use an approved product instead (${alternatives}).`,
        {
          ...fields,
          location: entryLocation(ctx, use, 'product'),
          situation:
            product.status === 'prohibited' ? 'product-prohibited' : 'product-under-review',
        },
      ),
    ];
  }
  const ceiling = product.maxClassification;
  if (ceiling && CLASSIFICATION_RANK[entry.dataClassification] > CLASSIFICATION_RANK[ceiling]) {
    return [
      makeFinding(
        'classification-exceeded',
        `${entry.dataClassification} data may not be sent to ${product.name} (${vendor.name}), which is approved up to ${ceiling}: send only ${ceiling} or lower data, or ask Security to review the product for ${entry.dataClassification} data.`,
        { ...fields, location: entryLocation(ctx, use, 'dataClassification') },
      ),
    ];
  }
  return [];
}
