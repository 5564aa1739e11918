// The decision and the stable order of findings: equal inputs give equal bytes.
import type { FailOn, Finding, Severity } from '../model.js';

// Evidence has one order, defined beside the scan that produces it.
export { compareEvidence, isLockfile, isUse } from '../detect/evidence.js';

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };
/** Code-unit order: never locale-dependent. */
const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    cmp(a.location?.line ?? 0, b.location?.line ?? 0) ||
    cmp(a.location?.column ?? 0, b.location?.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.vendor ?? '', b.vendor ?? '') ||
    cmp(a.condition ?? '', b.condition ?? '') ||
    cmp(a.message, b.message)
  );
}

export function decide(findings: Finding[], failOn: FailOn): 'pass' | 'fail' {
  if (failOn === 'never') return 'pass';
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 'fail' : 'pass';
}
