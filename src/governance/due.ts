// The registry's calendar: every review, attestation, certification and waiver with the day it
// falls due and the owner the registry names. The organization page, `remind` and the AI-BOM
// read it from here, so they can never disagree about what is due.
import type { Registry } from '../model.js';
import { addDays, dayNumber } from '../rules/dates.js';
import { DEFAULT_CADENCE_DAYS } from '../rules/review.js';

export type DueKind = 'review' | 'attestation' | 'certification' | 'waiver';

export interface DueItem {
  /** Stable identity across runs: `review:anthropic`, `attestation:anthropic:dpa`, … */
  key: string;
  kind: DueKind;
  vendor?: string;
  vendorName?: string;
  /** Attestation/condition id, certification name or waiver id. */
  id?: string;
  /** What falls due, in words built from registry values (untrusted: escape on output). */
  title: string;
  /** YYYY-MM-DD. */
  due: string;
  /** Days from `now` (negative: overdue). */
  daysLeft: number;
  owner: string;
}

const byDueThenKey = (a: DueItem, b: DueItem) =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Everything in the registry with a due date, overdue or not, sorted by date then key. */
export function registryCalendar(registry: Registry, now: string): DueItem[] {
  const today = dayNumber(now);
  const items: DueItem[] = [];
  const push = (item: Omit<DueItem, 'daysLeft'>) =>
    items.push({ ...item, daysLeft: dayNumber(item.due) - today });
  for (const [vendorId, vendor] of Object.entries(registry.vendors)) {
    const cadenceCondition = vendor.conditions?.find((c) => c.check === 'review-cadence');
    const reviewOwner = cadenceCondition?.owner ?? vendor.review?.reviewer ?? 'Security';
    const reviewDate = vendor.review?.date;
    if (reviewDate) {
      const cadence =
        vendor.review?.cadenceDays ?? registry.defaults?.reviewCadenceDays ?? DEFAULT_CADENCE_DAYS;
      let due = addDays(reviewDate, cadence);
      let title = `Review of ${vendor.name} (last reviewed ${reviewDate})`;
      // A significant change after the review makes a re-review due on the change's day.
      const change = (vendor.changes ?? [])
        .filter((c) => c.significant !== false && c.date > reviewDate)
        .map((c) => c.date)
        .sort()[0];
      if (change !== undefined && change < due) {
        due = change;
        title = `Re-review of ${vendor.name} after a significant change on ${change}`;
      }
      push({
        key: `review:${vendorId}`,
        kind: 'review',
        vendor: vendorId,
        vendorName: vendor.name,
        title,
        due,
        owner: reviewOwner,
      });
    }
    for (const [id, attestation] of Object.entries(vendor.attestations ?? {})) {
      if (!attestation.expires) continue;
      const condition = vendor.conditions?.find((c) => c.id === id);
      push({
        key: `attestation:${vendorId}:${id}`,
        kind: 'attestation',
        vendor: vendorId,
        vendorName: vendor.name,
        id,
        title: `Attestation "${condition?.title ?? id}" for ${vendor.name} expires`,
        due: attestation.expires,
        owner: condition?.owner ?? attestation.by,
      });
    }
    for (const certification of vendor.profile?.certifications ?? []) {
      if (certification.status !== 'verified' || !certification.expires) continue;
      push({
        key: `certification:${vendorId}:${certification.name}`,
        kind: 'certification',
        vendor: vendorId,
        vendorName: vendor.name,
        id: certification.name,
        title: `Certification ${certification.name} of ${vendor.name} expires`,
        due: certification.expires,
        owner: reviewOwner,
      });
    }
  }
  for (const waiver of registry.waivers ?? []) {
    push({
      key: `waiver:${waiver.id}`,
      kind: 'waiver',
      vendor: waiver.vendor,
      vendorName: waiver.vendor ? registry.vendors[waiver.vendor]?.name : undefined,
      id: waiver.id,
      title: `Waiver ${waiver.id} of ${waiver.rule}${waiver.vendor ? ` for ${waiver.vendor}` : ''} expires`,
      due: waiver.expires,
      owner: waiver.approvedBy,
    });
  }
  return items.sort(byDueThenKey);
}

/** What falls due on or before `now + withinDays` (overdue items included). */
export function fallingDue(registry: Registry, now: string, withinDays: number): DueItem[] {
  return registryCalendar(registry, now).filter((item) => item.daysLeft <= withinDays);
}
