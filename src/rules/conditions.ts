// condition-unmet and condition-expired: conditions of approval met by attestations.
import type { Condition, ConditionState, Finding, Location, Vendor } from '../model.js';
import { isPast, makeFinding, own, type RuleContext } from './context.js';

/** One use of a vendor that a condition may apply to (no product for an intermediary hop). */
export interface ConditionUse {
  product?: string;
  location: Location;
  /** The entry's accounts, for `check: personal-accounts` (absent for an intermediary hop). */
  accounts?: 'organization' | 'personal';
}

export function conditionApplies(
  ctx: RuleContext,
  condition: Condition,
  use: ConditionUse,
): boolean {
  const scope = condition.appliesTo;
  if (!scope) return true;
  if (scope.products && !(use.product !== undefined && scope.products.includes(use.product))) {
    return false;
  }
  if (scope.requirements) {
    const listed = ctx.manifest.data.requirements ?? [];
    if (!scope.requirements.some((requirement) => listed.includes(requirement))) return false;
  }
  return true;
}

export interface ConditionOutcome {
  condition: Condition;
  state: ConditionState;
  /** The first use it applies to: where its finding is located. */
  use?: ConditionUse;
}

/** The state of each attestation condition across all uses of the vendor. */
export function attestationOutcomes(
  ctx: RuleContext,
  vendor: Vendor,
  uses: ConditionUse[],
): ConditionOutcome[] {
  return (vendor.conditions ?? [])
    .filter((condition) => condition.evidence === 'attestation')
    .map((condition) => {
      const use = uses.find((candidate) => conditionApplies(ctx, condition, candidate));
      if (!use) return { condition, state: 'not applicable' as const };
      const attestation = own(vendor.attestations, condition.id);
      if (!attestation) return { condition, state: 'unmet' as const, use };
      if (attestation.expires && isPast(attestation.expires, ctx)) {
        return { condition, state: 'expired' as const, use };
      }
      return { condition, state: 'met' as const, use };
    });
}

function whatToDo(condition: Condition): string {
  const owner = condition.owner ?? 'Security';
  const task = condition.description
    ? condition.description.replace(/\s+$/, '').replace(/\.$/, '')
    : `${owner} must meet it`;
  const lead =
    condition.description && condition.owner && !task.startsWith(condition.owner)
      ? `${owner}: ${task}`
      : task;
  return `${lead}, then record attestations.${condition.id} in the registry.`;
}

export function conditionFindings(
  ctx: RuleContext,
  vendorId: string,
  vendor: Vendor,
  outcomes: ConditionOutcome[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { condition, state, use } of outcomes) {
    if (!use || (state !== 'unmet' && state !== 'expired')) continue;
    const fields = { vendor: vendorId, condition: condition.id, location: use.location };
    if (state === 'unmet') {
      findings.push(
        makeFinding(
          'condition-unmet',
          `${vendor.name} condition "${condition.title}" (${condition.id}) is not met: ${whatToDo(condition)}`,
          fields,
        ),
      );
    } else {
      const attestation = own(vendor.attestations, condition.id);
      findings.push(
        makeFinding(
          'condition-expired',
          `${vendor.name} condition "${condition.title}" (${condition.id}) lapsed: its attestation expired on ${attestation?.expires}. ${condition.owner ?? 'Security'} must renew it and update attestations.${condition.id} in the registry.`,
          fields,
        ),
      );
    }
  }
  return findings;
}
