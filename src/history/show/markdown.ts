// `history show` as markdown: every untrusted cell escaped; links only to well-formed commit and
// run URLs.
import { escapeMarkdown } from '../../report/escape.js';
import {
  commitUrl,
  count,
  decisionOf,
  DUE_WINDOW_DAYS,
  dueLabel,
  dueWhat,
  passRate,
  plural,
  runUrl,
  shortSha,
  type HistoryView,
} from './view.js';

export function renderMarkdown(view: HistoryView): string {
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
