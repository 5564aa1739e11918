// review-missing, review-stale, review-due-soon, review-invalidated (seed condition 05:
// re-review annually and after any significant vendor change).
import type { Finding, Location, Vendor } from '../model.js';
import { makeFinding, type RuleContext } from './context.js';
import { addDays, dayNumber } from './dates.js';

export const DEFAULT_CADENCE_DAYS = 365;
export const DEFAULT_WARNING_DAYS = 30;

export function reviewDueDate(ctx: RuleContext, vendor: Vendor): string | undefined {
  const date = vendor.review?.date;
  if (!date) return undefined;
  const cadence =
    vendor.review?.cadenceDays ??
    ctx.registry.data.defaults?.reviewCadenceDays ??
    DEFAULT_CADENCE_DAYS;
  return addDays(date, cadence);
}

/** The condition that this rule family enforces, when the registry lists one. */
function cadenceCondition(vendor: Vendor) {
  return vendor.conditions?.find((c) => c.check === 'review-cadence');
}

export function reviewFindings(
  ctx: RuleContext,
  vendorId: string,
  vendor: Vendor,
  location: Location,
): Finding[] {
  const condition = cadenceCondition(vendor);
  const owner = condition?.owner ?? vendor.review?.reviewer ?? 'Security';
  const fields = { vendor: vendorId, condition: condition?.id, location };
  const date = vendor.review?.date;
  if (!date) {
    return [
      makeFinding(
        'review-missing',
        `${vendor.name} is ${vendor.status} but the registry records no completed review: ${owner} must review the vendor and set review.date.`,
        fields,
      ),
    ];
  }
  const findings: Finding[] = [];
  const due = reviewDueDate(ctx, vendor) as string;
  const daysLeft = dayNumber(due) - ctx.today;
  if (daysLeft < 0) {
    findings.push(
      makeFinding(
        'review-stale',
        `${vendor.name}'s review of ${date} fell due on ${due}: ${owner} must re-review the vendor and update review.date.`,
        fields,
      ),
    );
  } else {
    const warningDays = ctx.registry.data.defaults?.reviewWarningDays ?? DEFAULT_WARNING_DAYS;
    if (daysLeft <= warningDays) {
      findings.push(
        makeFinding(
          'review-due-soon',
          `${vendor.name}'s review falls due on ${due} (${daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}): ${owner} should schedule the re-review.`,
          fields,
        ),
      );
    }
  }
  const reviewDay = dayNumber(date);
  const invalidating = (vendor.changes ?? [])
    .filter((change) => change.significant !== false)
    .filter((change) => dayNumber(change.date) > reviewDay && dayNumber(change.date) <= ctx.today)
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  if (invalidating.length > 0) {
    const first = invalidating[0];
    const more =
      invalidating.length > 1
        ? ` (and ${invalidating.length - 1} more change${invalidating.length > 2 ? 's' : ''})`
        : '';
    findings.push(
      makeFinding(
        'review-invalidated',
        `${vendor.name} made a significant change on ${first.date} ("${first.summary}")${more} after its review of ${date}: ${owner} must re-review the vendor.`,
        fields,
      ),
    );
  }
  return findings;
}
