// `history show` as plain text: aligned tables, every untrusted string on one line.
import { singleLine } from '../../report/escape.js';
import {
  count,
  decisionOf,
  DUE_WINDOW_DAYS,
  dueLabel,
  dueWhat,
  passRate,
  plural,
  shortSha,
  type HistoryView,
} from './view.js';

function pad(value: string, width: number): string {
  return value.length >= width ? value : value + ' '.repeat(width - value.length);
}

function table(rows: string[][]): string[] {
  // A loop, not Math.max(...): a long history would overflow the argument list.
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  return rows.map((r) => `  ${r.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd());
}

export function renderText(view: HistoryView): string {
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
