// Renders a history for people: runs, decisions over time, findings by rule, vendors in use,
// what falls due. The HTML page is one self-contained file (inline CSS and SVG, no script, no
// remote resource) and deterministic: the only dates in it come from the records.
import { escapeHtml, escapeMarkdown, singleLine } from '../report/escape.js';
import { dayNumber } from '../rules/dates.js';
import type { DueItem, GateRecord } from './record.js';

export type HistoryFormat = 'text' | 'markdown' | 'json' | 'html';
export const HISTORY_FORMATS: readonly HistoryFormat[] = ['text', 'markdown', 'json', 'html'];

/** How far ahead "falling due" looks, in days from the latest record's `now`. */
export const DUE_WINDOW_DAYS = 90;
/** The charts show at most this many runs (the latest); the runs table shows all. */
export const CHART_RUNS = 120;

export function renderHistory(records: readonly GateRecord[], format: HistoryFormat): string {
  const view = summarize(records);
  switch (format) {
    case 'text':
      return renderText(view);
    case 'markdown':
      return renderMarkdown(view);
    case 'json':
      return `${JSON.stringify(renderJson(view), null, 2)}\n`;
    case 'html':
      return renderHtml(view);
  }
}

// ---- the view every format renders ----

interface RuleCount {
  ruleId: string;
  /** Findings across all runs. */
  findings: number;
  /** Runs with at least one. */
  runs: number;
  /** Findings in the latest run. */
  latest: number;
}

interface VendorUse {
  vendor: string;
  runs: number;
  /** 1-based run numbers. */
  first: number;
  last: number;
  inLatest: boolean;
}

interface DueView extends DueItem {
  /** Days from `asOf` (negative: overdue). */
  days: number;
}

interface View {
  records: readonly GateRecord[];
  pass: number;
  fail: number;
  repositories: string[];
  rules: RuleCount[];
  vendors: VendorUse[];
  due: DueView[];
  dueAsOf: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function summarize(records: readonly GateRecord[]): View {
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

function passRate(view: View): string {
  const total = view.pass + view.fail;
  return total === 0 ? 'n/a' : `${Math.round((view.pass / total) * 100)}%`;
}

/** The decision as one of its two words, whatever the record holds. */
const decisionOf = (r: GateRecord): 'pass' | 'fail' => (r.decision === 'pass' ? 'pass' : 'fail');

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function dueLabel(item: DueView): string {
  if (item.days < 0) return `overdue by ${plural(-item.days, 'day')}`;
  if (item.days === 0) return 'due today';
  return `in ${plural(item.days, 'day')}`;
}

function dueWhat(item: DueItem): string {
  return item.id === null ? item.kind : `${item.kind} ${item.id}`;
}

/** A count from a record, as a safe number. */
function count(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function shortSha(sha: string | null): string {
  return sha === null ? '' : sha.slice(0, 12);
}

// ---- links (only well-formed parts ever become an href) ----

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

// ---- text ----

function pad(value: string, width: number): string {
  return value.length >= width ? value : value + ' '.repeat(width - value.length);
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `  ${r.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd());
}

function renderText(view: View): string {
  const t = (s: string | null): string => (s === null ? '-' : singleLine(s));
  const out: string[] = [];
  const n = view.records.length;
  out.push(
    `ai-vendor-gate history: ${plural(n, 'run')}, ${view.pass} pass, ${view.fail} fail (pass rate ${passRate(view)})`,
  );
  if (view.repositories.length > 0) out.push(`Repository: ${view.repositories.map(t).join(', ')}`);
  const latest = view.records[n - 1];
  if (latest !== undefined) {
    out.push(`From ${t(view.records[0].timestamp)} to ${t(latest.timestamp)}`);
    out.push(
      `Latest: ${decisionOf(latest)} on ${t(latest.now)} (${plural(count(latest.summary.errors), 'error')}, ${plural(count(latest.summary.warnings), 'warning')}, ${plural(count(latest.summary.notes), 'note')})`,
    );
  }
  out.push('', 'Findings by rule (all runs):');
  if (view.rules.length === 0) out.push('  none');
  else {
    out.push(
      ...table([
        ['rule', 'findings', 'runs', 'latest run'],
        ...view.rules.map((r) => [t(r.ruleId), `${r.findings}`, `${r.runs}`, `${r.latest}`]),
      ]),
    );
  }
  out.push('', 'Vendors in use:');
  if (view.vendors.length === 0) out.push('  none');
  else {
    out.push(
      ...table([
        ['vendor', 'runs', 'first run', 'last run', 'in latest'],
        ...view.vendors.map((v) => [
          t(v.vendor),
          `${v.runs}`,
          `#${v.first}`,
          `#${v.last}`,
          v.inLatest ? 'yes' : 'no',
        ]),
      ]),
    );
  }
  out.push(
    '',
    view.dueAsOf === null
      ? 'Falling due: no record carries due dates.'
      : `Falling due within ${DUE_WINDOW_DAYS} days of ${t(view.dueAsOf)}:`,
  );
  if (view.dueAsOf !== null) {
    if (view.due.length === 0) out.push('  none');
    else {
      out.push(
        ...table([
          ['due', 'vendor', 'what', 'when'],
          ...view.due.map((d) => [t(d.due), t(d.vendor), t(dueWhat(d)), dueLabel(d)]),
        ]),
      );
    }
  }
  out.push('', 'Runs:');
  if (n === 0) out.push('  none');
  else {
    out.push(
      ...table([
        [
          '#',
          'timestamp',
          'now',
          'decision',
          'errors',
          'warnings',
          'notes',
          'commit',
          'ref',
          'event',
          'run',
        ],
        ...view.records.map((r, i) => [
          `${i + 1}`,
          t(r.timestamp),
          t(r.now),
          decisionOf(r),
          `${count(r.summary.errors)}`,
          `${count(r.summary.warnings)}`,
          `${count(r.summary.notes)}`,
          t(shortSha(r.sha) || null),
          t(r.ref),
          t(r.event),
          r.run.id === null ? '-' : t(`${r.run.id}/${r.run.attempt ?? '1'}`),
        ]),
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

// ---- markdown ----

function renderMarkdown(view: View): string {
  const m = (s: string | null): string => (s === null || s === '' ? '—' : escapeMarkdown(s));
  const link = (text: string, url: string | null): string =>
    url === null ? m(text) : `[${m(text)}](${url})`;
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const head = (cells: string[]): string[] => [row(cells), row(cells.map(() => '---'))];
  const n = view.records.length;
  const out: string[] = ['# ai-vendor-gate history', ''];
  const repos = view.repositories.length === 0 ? '' : ` for ${view.repositories.map(m).join(', ')}`;
  out.push(
    `${plural(n, 'run')}${repos}: **${view.pass} pass**, **${view.fail} fail**, pass rate ${passRate(view)}.`,
    '',
  );
  out.push('## Findings by rule', '');
  if (view.rules.length === 0) out.push('No findings.');
  else {
    out.push(...head(['Rule', 'Findings', 'Runs', 'Latest run']));
    for (const r of view.rules)
      out.push(row([m(r.ruleId), `${r.findings}`, `${r.runs}`, `${r.latest}`]));
  }
  out.push('', '## Vendors in use', '');
  if (view.vendors.length === 0) out.push('No vendors in use.');
  else {
    out.push(...head(['Vendor', 'Runs', 'First run', 'Last run', 'In latest run']));
    for (const v of view.vendors) {
      out.push(
        row([m(v.vendor), `${v.runs}`, `#${v.first}`, `#${v.last}`, v.inLatest ? 'yes' : 'no']),
      );
    }
  }
  out.push('', `## Falling due within ${DUE_WINDOW_DAYS} days`, '');
  if (view.dueAsOf === null) out.push('No record carries due dates.');
  else if (view.due.length === 0) out.push(`Nothing falls due as of ${m(view.dueAsOf)}.`);
  else {
    out.push(`As of ${m(view.dueAsOf)}.`, '', ...head(['Due', 'Vendor', 'What', 'When']));
    for (const d of view.due) out.push(row([m(d.due), m(d.vendor), m(dueWhat(d)), dueLabel(d)]));
  }
  out.push('', '## Runs', '');
  if (n === 0) out.push('No runs.');
  else {
    out.push(
      ...head([
        '#',
        'Timestamp',
        'Decision',
        'Errors',
        'Warnings',
        'Notes',
        'Commit',
        'Ref',
        'Run',
      ]),
    );
    view.records.forEach((r, i) => {
      out.push(
        row([
          `${i + 1}`,
          m(r.timestamp),
          decisionOf(r) === 'pass' ? 'pass' : '**fail**',
          `${count(r.summary.errors)}`,
          `${count(r.summary.warnings)}`,
          `${count(r.summary.notes)}`,
          r.sha === null ? '—' : link(shortSha(r.sha), commitUrl(r)),
          m(r.ref),
          r.run.id === null ? '—' : link(`${r.run.id}/${r.run.attempt ?? '1'}`, runUrl(r)),
        ]),
      );
    });
  }
  return `${out.join('\n')}\n`;
}

// ---- json ----

function renderJson(view: View): object {
  return {
    schemaVersion: 1,
    runs: view.records.length,
    pass: view.pass,
    fail: view.fail,
    passRate: view.records.length === 0 ? null : view.pass / view.records.length,
    repositories: view.repositories,
    findingsByRule: view.rules,
    vendors: view.vendors,
    due: { asOf: view.dueAsOf, windowDays: DUE_WINDOW_DAYS, items: view.due },
    records: view.records,
  };
}

// ---- html ----

const h = (s: string | null): string => (s === null ? '' : escapeHtml(singleLine(s)));

const COLORS = {
  pass: '#1a7f37',
  fail: '#cf222e',
  error: '#cf222e',
  warning: '#bf8700',
  note: '#8c959f',
  bar: '#0969da',
  grid: '#d0d7de',
  off: '#f6f8fa',
  ink: '#1f2328',
  muted: '#59636e',
};

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: ${COLORS.ink}; background: #fff; }
main { max-width: 1160px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid ${COLORS.grid}; }
.sub { color: ${COLORS.muted}; margin: 0 0 16px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.tile { border: 1px solid ${COLORS.grid}; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.tile b { display: block; font-size: 22px; }
.tile .label { display: block; color: ${COLORS.muted}; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.pass { color: ${COLORS.pass}; } .fail { color: ${COLORS.fail}; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; font-size: 12px; color: #fff; }
.badge.pass { background: ${COLORS.pass}; color: #fff; } .badge.fail { background: ${COLORS.fail}; color: #fff; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: ${COLORS.ink}; }
.legend { color: ${COLORS.muted}; font-size: 12px; margin: 4px 0 0; }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid ${COLORS.grid}; vertical-align: top; }
th { background: ${COLORS.off}; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: ${COLORS.bar}; }
.empty { color: ${COLORS.muted}; font-style: italic; }
footer { margin-top: 32px; color: ${COLORS.muted}; font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11px; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  th, td { padding: 2px 6px; }
}
`;

function renderHtml(view: View): string {
  const n = view.records.length;
  const latest = view.records[n - 1];
  const repoTitle = view.repositories.length === 1 ? ` — ${h(view.repositories[0])}` : '';
  const period =
    latest === undefined
      ? 'No runs recorded yet.'
      : `${plural(n, 'run')} from ${h(view.records[0].timestamp)} to ${h(latest.timestamp)}` +
        (view.repositories.length > 1 ? ` across ${view.repositories.map(h).join(', ')}` : '');
  const tiles = [
    tile('Runs', `${n}`),
    tile('Pass rate', passRate(view)),
    tile('Passed', `<span class="pass">${view.pass}</span>`),
    tile('Failed', `<span class="fail">${view.fail}</span>`),
    latest === undefined
      ? ''
      : tile('Latest decision', `<span class="${decisionOf(latest)}">${decisionOf(latest)}</span>`),
  ].join('');
  const body = [
    `<h1>AI vendor gate history${repoTitle}</h1>`,
    `<p class="sub">${period}</p>`,
    `<div class="tiles">${tiles}</div>`,
    section('decisions', 'Decisions over time', decisionsChart(view)),
    section('rules', 'Findings by rule', rulesChart(view)),
    section('vendors', 'Vendors in use over time', vendorsChart(view)),
    section(
      'due',
      `Reviews and attestations falling due within ${DUE_WINDOW_DAYS} days`,
      dueTable(view),
    ),
    section('runs', 'Runs', runsTable(view)),
    `<footer>Generated by ai-vendor-gate from ${plural(n, 'record')}${
      latest === undefined ? '' : `; latest record <code>${h(latest.sha256)}</code>`
    }. Verify the chain with <code>ai-vendor-gate history verify</code>.</footer>`,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>AI vendor gate history${repoTitle}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function tile(label: string, value: string): string {
  return `<div class="tile"><span class="label">${label}</span><b>${value}</b></div>`;
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}">\n<h2>${title}</h2>\n${content}\n</section>`;
}

/** The latest runs the charts show, with their 1-based numbers. */
function chartRuns(view: View): { record: GateRecord; number: number }[] {
  const start = Math.max(0, view.records.length - CHART_RUNS);
  return view.records.slice(start).map((record, i) => ({ record, number: start + i + 1 }));
}

function chartNote(view: View): string {
  return view.records.length > CHART_RUNS
    ? ` Showing the latest ${CHART_RUNS} of ${view.records.length} runs.`
    : '';
}

function runLabel(record: GateRecord, number: number): string {
  return `Run #${number}, ${record.timestamp}: ${decisionOf(record)}, ${plural(count(record.summary.errors), 'error')}, ${plural(count(record.summary.warnings), 'warning')}, ${plural(count(record.summary.notes), 'note')}`;
}

const W = 1120;

function decisionsChart(view: View): string {
  const runs = chartRuns(view);
  if (runs.length === 0) return '<p class="empty">No runs yet.</p>';
  const left = 44;
  const right = 12;
  const top = 12;
  const markH = 16;
  const barTop = top + markH + 14;
  const barH = 140;
  const height = barTop + barH + 28;
  const step = (W - left - right) / runs.length;
  const bw = Math.max(1, Math.min(28, step * 0.7));
  const max = Math.max(
    1,
    ...runs.map(
      ({ record: r }) =>
        count(r.summary.errors) + count(r.summary.warnings) + count(r.summary.notes),
    ),
  );
  const y = (v: number): number => barTop + barH - (v / max) * barH;
  const parts: string[] = [];
  // grid and axis
  for (const v of [0, Math.ceil(max / 2), max]) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="${COLORS.grid}"/>`,
      `<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text>`,
    );
  }
  parts.push(`<text x="${left - 6}" y="${top + 12}" text-anchor="end">gate</text>`);
  runs.forEach(({ record: r, number }, i) => {
    const cx = left + step * i + step / 2;
    const x = cx - bw / 2;
    const label = h(runLabel(r, number));
    const mark =
      decisionOf(r) === 'pass'
        ? `<circle cx="${fmt(cx)}" cy="${top + markH / 2}" r="${fmt(Math.min(7, bw / 2))}" fill="${COLORS.pass}"/>`
        : `<rect x="${fmt(x)}" y="${top}" width="${fmt(bw)}" height="${markH}" fill="${COLORS.fail}"/>`;
    let base = 0;
    const stacks: string[] = [];
    for (const [key, color] of [
      ['errors', COLORS.error],
      ['warnings', COLORS.warning],
      ['notes', COLORS.note],
    ] as const) {
      const v = count(r.summary[key]);
      if (v > 0) {
        stacks.push(
          `<rect x="${fmt(x)}" y="${fmt(y(base + v))}" width="${fmt(bw)}" height="${fmt(y(base) - y(base + v))}" fill="${color}"/>`,
        );
      }
      base += v;
    }
    parts.push(
      `<g class="run ${decisionOf(r)}"><title>${label}</title>${mark}${stacks.join('')}</g>`,
    );
  });
  // x labels: first and last run
  const first = runs[0];
  const last = runs[runs.length - 1];
  parts.push(
    `<text x="${left}" y="${height - 8}">#${first.number} ${h(first.record.timestamp.slice(0, 10))}</text>`,
  );
  if (runs.length > 1) {
    parts.push(
      `<text x="${W - right}" y="${height - 8}" text-anchor="end">#${last.number} ${h(last.record.timestamp.slice(0, 10))}</text>`,
    );
  }
  const summary = `${view.pass} of ${view.records.length} runs passed (${passRate(view)}).`;
  return (
    `<figure>${svg('decisions-chart', height, `Decisions over time: ${summary}`, parts)}` +
    `<p class="legend">Top row: decision per run (<i style="background:${COLORS.pass};border-radius:5px"></i>pass, <i style="background:${COLORS.fail}"></i>fail). Bars: findings per run` +
    `<i style="background:${COLORS.error}"></i>errors<i style="background:${COLORS.warning}"></i>warnings<i style="background:${COLORS.note}"></i>notes. ${summary}${chartNote(view)}</p></figure>`
  );
}

function rulesChart(view: View): string {
  if (view.rules.length === 0) return '<p class="empty">No findings in any run.</p>';
  const left = 230;
  const right = 150;
  const rowH = 24;
  const height = view.rules.length * rowH + 8;
  const max = Math.max(1, ...view.rules.map((r) => r.findings));
  const width = W - left - right;
  const parts = view.rules.map((r, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(2, (r.findings / max) * width);
    const label = h(r.ruleId);
    return (
      `<g class="rule"><title>${label}: ${plural(r.findings, 'finding')} in ${plural(r.runs, 'run')}, ${r.latest} in the latest run</title>` +
      `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${label}</text>` +
      `<rect x="${left}" y="${y + 3}" width="${fmt(w)}" height="${rowH - 8}" fill="${COLORS.bar}"/>` +
      `<text x="${fmt(left + w + 6)}" y="${y + 16}">${r.findings} (${plural(r.runs, 'run')}; latest ${r.latest})</text></g>`
    );
  });
  return `<figure>${svg('rules-chart', height, 'Findings by rule across all runs', parts)}<p class="legend">Findings per rule across all runs (runs with the rule; findings in the latest run).</p></figure>`;
}

function vendorsChart(view: View): string {
  if (view.vendors.length === 0) return '<p class="empty">No vendors in use in any run.</p>';
  const runs = chartRuns(view);
  const left = 180;
  const right = 12;
  const rowH = 22;
  const height = view.vendors.length * rowH + 26;
  const step = (W - left - right) / runs.length;
  const cw = Math.max(1, step - (step > 4 ? 2 : 0));
  const parts: string[] = [];
  view.vendors.forEach((v, row) => {
    const y = row * rowH + 4;
    const name = h(v.vendor);
    parts.push(`<text x="${left - 8}" y="${y + 14}" text-anchor="end">${name}</text>`);
    runs.forEach(({ record, number }, i) => {
      const used = record.vendors.includes(v.vendor);
      parts.push(
        `<rect class="${used ? 'used' : 'unused'}" x="${fmt(left + i * step)}" y="${y + 2}" width="${fmt(cw)}" height="${rowH - 6}" fill="${used ? COLORS.bar : COLORS.off}"><title>${name} in run #${number} (${h(record.timestamp)}): ${used ? 'in use' : 'not in use'}</title></rect>`,
      );
    });
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  const axisY = height - 6;
  parts.push(
    `<text x="${left}" y="${axisY}">#${first.number} ${h(first.record.timestamp.slice(0, 10))}</text>`,
  );
  if (runs.length > 1) {
    parts.push(
      `<text x="${W - right}" y="${axisY}" text-anchor="end">#${last.number} ${h(last.record.timestamp.slice(0, 10))}</text>`,
    );
  }
  const rows = view.vendors
    .map(
      (v) =>
        `<tr><td><code>${h(v.vendor)}</code></td><td class="n">${v.runs}</td><td class="n">#${v.first}</td><td class="n">#${v.last}</td><td>${v.inLatest ? 'yes' : 'no'}</td></tr>`,
    )
    .join('');
  return (
    `<figure>${svg('vendors-chart', height, 'Vendors in use per run', parts)}<p class="legend"><i style="background:${COLORS.bar}"></i>in use <i style="background:${COLORS.off};border:1px solid ${COLORS.grid}"></i>not in use.${chartNote(view)}</p></figure>` +
    `<table><thead><tr><th>Vendor</th><th class="n">Runs</th><th class="n">First run</th><th class="n">Last run</th><th>In latest run</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function dueTable(view: View): string {
  if (view.dueAsOf === null) return '<p class="empty">No record carries due dates.</p>';
  if (view.due.length === 0) {
    return `<p class="empty">Nothing falls due within ${DUE_WINDOW_DAYS} days of ${h(view.dueAsOf)}.</p>`;
  }
  const rows = view.due
    .map(
      (d) =>
        `<tr><td>${h(d.due)}</td><td><code>${h(d.vendor)}</code></td><td>${h(dueWhat(d))}</td><td class="${d.days < 0 ? 'fail' : ''}">${dueLabel(d)}</td></tr>`,
    )
    .join('');
  return `<p class="sub">As of ${h(view.dueAsOf)} (the latest record that states due dates).</p><table id="due-table"><thead><tr><th>Due</th><th>Vendor</th><th>What</th><th>When</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function runsTable(view: View): string {
  if (view.records.length === 0) return '<p class="empty">No runs yet.</p>';
  const rows = view.records
    .map((r, i) => ({ r, number: i + 1 }))
    .reverse()
    .map(({ r, number }) => {
      const commit = commitUrl(r);
      const run = runUrl(r);
      const sha = r.sha === null ? '' : `<code>${h(shortSha(r.sha))}</code>`;
      const attempt =
        r.run.attempt === null || r.run.attempt === '1' ? '' : ` (attempt ${r.run.attempt})`;
      const runText = r.run.id === null ? '' : h(`${r.run.id}${attempt}`);
      return (
        `<tr class="run-${decisionOf(r)}"><td class="n">${number}</td><td class="nowrap">${h(r.timestamp)}</td>` +
        `<td><span class="badge ${decisionOf(r)}">${decisionOf(r)}</span></td>` +
        `<td class="n">${count(r.summary.errors)}</td><td class="n">${count(r.summary.warnings)}</td><td class="n">${count(r.summary.notes)}</td>` +
        `<td>${commit === null ? sha : `<a href="${escapeHtml(commit)}">${sha}</a>`}</td>` +
        `<td>${h(r.ref)}</td><td>${h(r.event)}</td><td>${h(r.actor)}</td>` +
        `<td>${run === null ? runText : `<a href="${escapeHtml(run)}">${runText}</a>`}</td>` +
        `<td><code title="${h(r.sha256)}">${h(r.sha256.slice(0, 12))}</code></td></tr>`
      );
    })
    .join('\n');
  return (
    `<table id="runs-table"><thead><tr><th class="n">#</th><th>Timestamp</th><th>Decision</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Notes</th>` +
    `<th>Commit</th><th>Ref</th><th>Event</th><th>Actor</th><th>Workflow run</th><th>Record</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
  );
}

function svg(id: string, height: number, label: string, parts: string[]): string {
  return `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${fmt(height)}" width="${W}" height="${fmt(height)}" role="img" aria-label="${h(label)}"><title>${h(label)}</title>${parts.join('')}</svg>`;
}

/** Coordinates with at most two decimals, so the output is stable and small. */
function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}
