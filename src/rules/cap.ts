// Bounded findings (issue 9): a hostile manifest or tree must not turn into 100,000 findings.
// At most PER_FILE findings of one rule in one file, and TOTAL in all; what is left out is
// counted in one located summary finding of the same rule, at the first place left out, at the
// highest severity left out (so the decision never changes). One pass over sorted findings.
import type { Finding, RuleId, Severity } from '../model.js';
import { makeFinding } from './context.js';

export const FINDING_LIMITS = { perRulePerFile: 50, total: 1000 } as const;

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

interface Elided {
  first: Finding;
  count: number;
  severity: Severity;
  files: Set<string>;
  /** true for the bucket of findings past the total limit (one per rule). */
  overall: boolean;
}

/** `findings` must already be in report order: the first of each kind are the ones kept. */
export function capFindings(
  findings: Finding[],
  limits: { perRulePerFile: number; total: number } = FINDING_LIMITS,
): Finding[] {
  if (findings.length <= limits.total && findings.length <= limits.perRulePerFile) return findings;
  const kept: Finding[] = [];
  const perFile = new Map<string, number>();
  const buckets = new Map<string, Elided>();
  const order: Elided[] = [];
  const elide = (key: string, finding: Finding, overall: boolean) => {
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { first: finding, count: 0, severity: 'note', files: new Set(), overall };
      buckets.set(key, bucket);
      order.push(bucket);
    }
    bucket.count += finding.count ?? 1;
    if (RANK[finding.severity] > RANK[bucket.severity]) bucket.severity = finding.severity;
    bucket.files.add(finding.location?.file ?? '');
  };
  for (const finding of findings) {
    const file = finding.location?.file ?? '';
    const fileKey = `${finding.ruleId}\0${file}`;
    const seen = perFile.get(fileKey) ?? 0;
    if (seen >= limits.perRulePerFile && buckets.has(`file\0${fileKey}`)) {
      elide(`file\0${fileKey}`, finding, false);
    } else if (kept.length + order.length >= limits.total) {
      elide(`all\0${finding.ruleId}`, finding, true);
    } else if (seen >= limits.perRulePerFile) {
      elide(`file\0${fileKey}`, finding, false);
    } else {
      perFile.set(fileKey, seen + 1);
      kept.push(finding);
    }
  }
  return [...kept, ...order.map(summaryOf)];
}

function summaryOf(bucket: Elided): Finding {
  const { first } = bucket;
  const rule: RuleId = first.ruleId;
  const file = first.location?.file;
  const plural = bucket.count === 1 ? '' : 's';
  const where = bucket.overall
    ? `in ${bucket.files.size} file${bucket.files.size === 1 ? '' : 's'} (the report keeps ${FINDING_LIMITS.total} findings)`
    : `in ${file ?? 'the inputs'} (the report keeps ${FINDING_LIMITS.perRulePerFile} per rule and file)`;
  return makeFinding(
    rule,
    `…and ${bucket.count} more ${rule} finding${plural} ${where}, starting here: ${first.message}`,
    {
      severity: bucket.severity,
      vendor: first.vendor,
      product: first.product,
      condition: first.condition,
      location: first.location,
      situation: first.situation,
    },
  );
}
