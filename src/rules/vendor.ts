// vendor-unknown, vendor-not-approved, and the vendor-level rules every usable vendor must pass.
import type { Finding, Location, Vendor } from '../model.js';
import {
  attestationOutcomes,
  conditionFindings,
  type ConditionOutcome,
  type ConditionUse,
} from './conditions.js';
import { makeFinding, type RuleContext } from './context.js';
import { certificationFindings, residencyFindings } from './profile.js';
import { reviewFindings } from './review.js';

export function unknownVendorFinding(
  ctx: RuleContext,
  vendorId: string,
  location: Location,
): Finding {
  const known = Object.keys(ctx.registry.data.vendors).sort();
  return makeFinding(
    'vendor-unknown',
    'error',
    `"${vendorId}" is not a vendor in the registry${known.length ? ` (known: ${known.join(', ')})` : ''}: fix the id, or ask Security to review the vendor before using it.`,
    { vendor: vendorId, location },
  );
}

export function notApprovedFinding(vendorId: string, vendor: Vendor, location: Location): Finding {
  const advice: Record<string, string> = {
    'under-review': 'wait for Security to finish the review before using it',
    rejected: 'Security rejected it; use an approved vendor instead',
    suspended: 'Security suspended its use; stop sending data and use an approved vendor',
  };
  return makeFinding(
    'vendor-not-approved',
    'error',
    `${vendor.name} is ${vendor.status}: ${advice[vendor.status] ?? 'use an approved vendor'}.`,
    { vendor: vendorId, location },
  );
}

export interface VendorCheck {
  findings: Finding[];
  outcomes: ConditionOutcome[];
}

/**
 * The rules that hold for a usable (approved or conditional) vendor: review cadence,
 * certifications, residency and attestation conditions. Used for direct uses and intermediaries.
 */
export function vendorChecks(
  ctx: RuleContext,
  vendorId: string,
  vendor: Vendor,
  uses: ConditionUse[],
): VendorCheck {
  const location = uses[0].location;
  const outcomes = attestationOutcomes(ctx, vendor, uses);
  return {
    outcomes,
    findings: [
      ...reviewFindings(ctx, vendorId, vendor, location),
      ...certificationFindings(ctx, vendorId, vendor, location),
      ...residencyFindings(ctx, vendorId, vendor, location),
      ...conditionFindings(ctx, vendorId, vendor, outcomes),
    ],
  };
}
