// Time-boxed waivers: a covered finding becomes a note until the waiver's expiry day (inclusive);
// after that the finding keeps its severity and `waiver-expired` says so.
import { compileGlob } from '../glob/glob.js';
import type { Finding, Located, Registry, Waiver } from '../model.js';
import { makeFinding } from './context.js';
import { dayNumber } from './dates.js';

/** Rules a waiver cannot cover: a broken manifest is never waved through. */
const UNWAIVABLE = new Set(['manifest-invalid', 'waiver-expired']);

export function waiverCovers(
  waiver: Waiver,
  finding: Finding,
  repository: string | undefined,
): boolean {
  if (UNWAIVABLE.has(finding.ruleId) || waiver.rule !== finding.ruleId) return false;
  if (waiver.vendor !== undefined && waiver.vendor !== finding.vendor) return false;
  if (waiver.repositories === undefined) return true;
  // A waiver scoped to repositories cannot cover a run whose repository is unknown: fail closed.
  if (!repository) return false;
  // The same bounded matcher as the manifest's `paths`; repository names ignore case on GitHub.
  return waiver.repositories.some((glob) => compileGlob(glob, { nocase: true })(repository));
}

export function isActive(waiver: Waiver, today: number): boolean {
  return dayNumber(waiver.expires) >= today;
}

export function waiverChecker(
  registry: Registry,
  today: number,
  repository: string | undefined,
): (finding: Finding) => boolean {
  const waivers = registry.waivers ?? [];
  return (finding) =>
    waivers.some((w) => isActive(w, today) && waiverCovers(w, finding, repository));
}

export function applyWaivers(
  findings: Finding[],
  registry: Located<Registry>,
  today: number,
  repository: string | undefined,
): Finding[] {
  const waivers = registry.data.waivers ?? [];
  const expiredUsed = new Set<number>();
  const out = findings.map((finding) => {
    const covering = waivers
      .map((waiver, index) => ({ waiver, index }))
      .filter(({ waiver }) => waiverCovers(waiver, finding, repository));
    const active = covering.find(({ waiver }) => isActive(waiver, today));
    if (active) {
      const { id, reason, approvedBy, expires } = active.waiver;
      return { ...finding, severity: 'note' as const, waived: { id, reason, approvedBy, expires } };
    }
    for (const { index } of covering) expiredUsed.add(index);
    return finding;
  });
  for (const index of [...expiredUsed].sort((a, b) => a - b)) {
    const waiver = waivers[index];
    out.push(
      makeFinding(
        'waiver-expired',
        `Waiver ${waiver.id} for ${waiver.rule}${waiver.vendor ? ` on ${waiver.vendor}` : ''} (approved by ${waiver.approvedBy}) expired on ${waiver.expires}, so the findings it covered count again: fix them, or ask ${waiver.approvedBy} to renew the waiver.`,
        { vendor: waiver.vendor, location: registry.locate(['waivers', index, 'expires']) },
      ),
    );
  }
  return out;
}
