// vendor-unknown, vendor-not-approved, and the vendor-level rules every usable vendor must pass.
// The checks return a verdict: the findings, and the state of each of the vendor's conditions
// decided from the same outcomes, so the conditions table cannot disagree with the findings.
import type {
  ConditionState,
  Finding,
  FixSituation,
  Location,
  Vendor,
  VendorConditions,
} from '../model.js';
import {
  attestationOutcomes,
  conditionApplies,
  conditionFindings,
  type ConditionUse,
} from './conditions.js';
import { isUsable, makeFinding, type RuleContext } from './context.js';
import { certificationFindings, residencyFindings } from './profile.js';
import { reviewFindings } from './review.js';

export function unknownVendorFinding(
  ctx: RuleContext,
  vendorId: string,
  location: Location,
): Finding {
  const known = Object.keys(ctx.registry.data.vendors).sort();
  const listed = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ');
  return makeFinding(
    'vendor-unknown',
    `"${vendorId}" is not a vendor in the registry${known.length ? ` (known: ${listed})` : ''}: fix the id, or ask Security to review the vendor before using it.`,
    { vendor: vendorId, location, situation: 'vendor-unknown' },
  );
}

/** The fix situation of a vendor the registry does not allow (or undefined when it does). */
export function notAllowedSituation(vendor: Vendor | undefined): FixSituation | undefined {
  if (!vendor) return 'vendor-unknown';
  if (vendor.status === 'under-review') return 'vendor-under-review';
  if (vendor.status === 'rejected') return 'vendor-rejected';
  if (vendor.status === 'suspended') return 'vendor-suspended';
  return undefined;
}

export function notApprovedFinding(vendorId: string, vendor: Vendor, location: Location): Finding {
  const advice: Record<string, string> = {
    'under-review': 'wait for Security to finish the review before using it',
    rejected: 'Security rejected it; use an approved vendor instead',
    suspended: 'Security suspended its use; stop sending data and use an approved vendor',
  };
  return makeFinding(
    'vendor-not-approved',
    `${vendor.name} is ${vendor.status}: ${advice[vendor.status] ?? 'use an approved vendor'}.`,
    { vendor: vendorId, location, situation: notAllowedSituation(vendor) },
  );
}

export interface VendorVerdict {
  findings: Finding[];
  /** Each of the vendor's conditions and its state, from the same outcomes as the findings. */
  conditions: VendorConditions['conditions'];
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
): VendorVerdict {
  const location = uses[0].location;
  const attestations = attestationOutcomes(ctx, vendor, uses);
  const review = reviewFindings(ctx, vendorId, vendor, location);
  const findings = [
    ...review,
    ...certificationFindings(ctx, vendorId, vendor, location),
    ...residencyFindings(ctx, vendorId, vendor, location),
    ...conditionFindings(ctx, vendorId, vendor, attestations),
  ];
  const reviewFired = new Set(review.map((finding) => finding.ruleId));
  const byCondition = new Map(attestations.map((outcome) => [outcome.condition, outcome.state]));
  const conditions = (vendor.conditions ?? []).map((condition) => {
    const applicable = uses.filter((use) => conditionApplies(ctx, condition, use));
    let state: ConditionState;
    if (applicable.length === 0) state = 'not applicable';
    else if (condition.check === 'review-cadence') {
      state = reviewFired.has('review-stale')
        ? 'expired'
        : reviewFired.has('review-missing') || reviewFired.has('review-invalidated')
          ? 'unmet'
          : 'met';
    } else if (condition.check === 'personal-accounts') {
      state = applicable.some((use) => use.accounts === 'personal') ? 'unmet' : 'met';
    } else state = byCondition.get(condition) ?? 'unmet';
    return { id: condition.id, title: condition.title, owner: condition.owner, state };
  });
  return { findings, conditions };
}

/** The conditions of a vendor that cannot be used at all: none of them can be met. */
export function blockedConditions(vendor: Vendor): VendorConditions['conditions'] {
  return (vendor.conditions ?? []).map((condition) => ({
    id: condition.id,
    title: condition.title,
    owner: condition.owner,
    state: 'unmet' as const,
  }));
}

export function vendorRow(
  vendorId: string,
  vendor: Vendor | undefined,
  conditions: VendorConditions['conditions'],
): VendorConditions {
  return vendor
    ? { vendor: vendorId, name: vendor.name, status: vendor.status, conditions }
    : { vendor: vendorId, name: vendorId, status: 'unknown', conditions: [] };
}

export { isUsable };
