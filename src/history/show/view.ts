// The view of a history that every format renders: pure data computed from the records (pass
// and fail counts, findings by rule, vendors over time, what falls due), and the few derived
// strings the formats share. No escaping here: each renderer escapes for its own format.
import { dayNumber } from '../../rules/dates.js';
import type { DueItem, GateRecord } from '../record.js';

/** How far ahead "falling due" looks, in days from the latest record's `now`. */
export const DUE_WINDOW_DAYS = 90;
/** The charts show at most this many runs (the latest); the runs table shows all. */
export const CHART_RUNS = 120;

export interface RuleCount {
  ruleId: string;
  /** Findings across all runs. */
  findings: number;
  /** Runs with at least one. */
  runs: number;
  /** Findings in the latest run. */
  latest: number;
}

export interface VendorUse {
  vendor: string;
  runs: number;
  /** 1-based run numbers. */
  first: number;
  last: number;
  inLatest: boolean;
}

export interface DueView extends DueItem {
  /** Days from `dueAsOf` (negative: overdue). */
  days: number;
}

export interface HistoryView {
  records: readonly GateRecord[];
  pass: number;
  fail: number;
  repositories: string[];
  rules: RuleCount[];
  vendors: VendorUse[];
  due: DueView[];
  /** The `now` of the latest record that carries due dates; null when none does. */
  dueAsOf: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function historyView(records: readonly GateRecord[]): HistoryView {
  const rules = new Map<string, RuleCount>();
  const vendors = new Map<string, VendorUse>();
  const repositories = new Set<string>();
  let pass = 0;
  records.forEach((record, index) => {
    if (record.decision === 'pass') pass++;
    if (record.repository !== null) repositories.add(record.repository);
    const isLatest = index === records.length - 1;
    const seenRules = new Set<string>();
    for (const finding of record.findings) {
      const count = rules.get(finding.ruleId) ?? {
        ruleId: finding.ruleId,
        findings: 0,
        runs: 0,
        latest: 0,
      };
      count.findings++;
      if (!seenRules.has(finding.ruleId)) count.runs++;
      if (isLatest) count.latest++;
      seenRules.add(finding.ruleId);
      rules.set(finding.ruleId, count);
    }
    for (const vendor of new Set(record.vendors)) {
      const use = vendors.get(vendor) ?? {
        vendor,
        runs: 0,
        first: index + 1,
        last: index + 1,
        inLatest: false,
      };
      use.runs++;
      use.last = index + 1;
      use.inLatest ||= isLatest;
      vendors.set(vendor, use);
    }
  });

  const carrier = [...records].reverse().find((r) => r.reviewsDue !== undefined);
  const due: DueView[] = [];
  if (carrier !== undefined && DATE.test(carrier.now)) {
    const today = dayNumber(carrier.now);
    for (const item of carrier.reviewsDue ?? []) {
      if (!DATE.test(item.due)) continue;
      const days = dayNumber(item.due) - today;
      if (days <= DUE_WINDOW_DAYS) due.push({ ...item, days });
    }
    due.sort((a, b) => a.days - b.days || cmp(a.vendor, b.vendor) || cmp(a.kind, b.kind));
  }

  return {
    records,
    pass,
    fail: records.length - pass,
    repositories: [...repositories].sort(cmp),
    rules: [...rules.values()].sort((a, b) => b.findings - a.findings || cmp(a.ruleId, b.ruleId)),
    vendors: [...vendors.values()].sort((a, b) => cmp(a.vendor, b.vendor)),
    due,
    dueAsOf: carrier?.now ?? null,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- derived strings the formats share ----

export function passRate(view: HistoryView): string {
  const total = view.pass + view.fail;
  return total === 0 ? 'n/a' : `${Math.round((view.pass / total) * 100)}%`;
}

/** The decision as one of its two words, whatever the record holds. */
export const decisionOf = (r: GateRecord): 'pass' | 'fail' =>
  r.decision === 'pass' ? 'pass' : 'fail';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function dueLabel(item: DueView): string {
  if (item.days < 0) return `overdue by ${plural(-item.days, 'day')}`;
  if (item.days === 0) return 'due today';
  return `in ${plural(item.days, 'day')}`;
}

export function dueWhat(item: DueItem): string {
  return item.id === null ? item.kind : `${item.kind} ${item.id}`;
}

/** A count from a record, as a safe number. */
export function count(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

export function shortSha(sha: string | null): string {
  return sha === null ? '' : sha.slice(0, 12);
}

// ---- links (only well-formed parts ever become a URL) ----

const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^[0-9a-fA-F]{7,64}$/;
const RUN_ID = /^\d{1,20}$/;

function repoUrl(record: GateRecord): string | null {
  const { serverUrl, repository } = record;
  if (serverUrl === null || repository === null) return null;
  if (!SERVER.test(serverUrl) || !REPOSITORY.test(repository)) return null;
  return `${serverUrl}/${repository}`;
}

export function commitUrl(record: GateRecord): string | null {
  const repo = repoUrl(record);
  return repo === null || record.sha === null || !COMMIT.test(record.sha)
    ? null
    : `${repo}/commit/${record.sha}`;
}

export function runUrl(record: GateRecord): string | null {
  const repo = repoUrl(record);
  return repo === null || record.run.id === null || !RUN_ID.test(record.run.id)
    ? null
    : `${repo}/actions/runs/${record.run.id}`;
}
