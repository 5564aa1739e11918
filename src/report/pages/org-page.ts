// The organization page (`org report --format html`): one self-contained page, in the style of
// the history page, built with the auto-escaping `html` template, so a hostile repository,
// vendor or message name is text on the page and nothing else.
import type { Inventory } from '../../org/inventory.js';
import { barChart, legend } from './charts.js';
import { empty, section, table, tile, tiles } from './components.js';
import { html, type Html } from './html.js';
import { dueWhen, DUE_WINDOW_DAYS, orgView, type OrgView } from './org-view.js';
import { page } from './page.js';

const ORG_CSS = `
.grid td.use { text-align: center; white-space: nowrap; }
.grid td.use span { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; font-size: 12px; }
.c-public { background: #dafbe1; } .c-internal { background: #ddf4ff; }
.c-confidential { background: #fff8c5; } .c-restricted { background: #ffebe9; }
.c-undeclared { background: #cf222e; color: #fff; font-weight: 600; }
.grid th.v { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; }
ul.why { margin: 0; padding-left: 18px; }
tr.overdue td { color: #cf222e; }
`;

const CLASS_NAMES = ['public', 'internal', 'confidential', 'restricted'];
const HEADER_MAX = 32;

const repositories = (n: number) => `${n} ${n === 1 ? 'repository' : 'repositories'}`;
const shorten = (text: string) =>
  text.length > HEADER_MAX ? `${text.slice(0, HEADER_MAX - 1)}…` : text;

function useCell(cell: OrgView['grid'][number]['cells'][number]): Html {
  if (cell === null) return html``;
  if (!cell.declared)
    return html`<span class="c-undeclared" title="found, not declared">undeclared</span>`;
  const known = cell.classification !== null && CLASS_NAMES.includes(cell.classification);
  const cls = known ? `c-${cell.classification}` : 'c-internal';
  return html`<span class="${cls}">${cell.classification ?? 'declared'}</span>`;
}

function decisionBadge(decision: string): Html {
  const cls = decision === 'pass' ? 'pass' : decision === 'fail' ? 'fail' : 'error';
  return html`<span class="badge ${cls}">${decision}</span>`;
}

function gridTable(view: OrgView): Html {
  if (view.grid.length === 0) return empty('No repository declares or uses an AI vendor.');
  const head = view.vendors.map(
    (v) => html`<th class="v" title="${v.name}">${shorten(v.vendor)}</th>`,
  );
  const rows = view.grid.map(
    (row) =>
      html`<tr><td>${row.repository}</td><td>${decisionBadge(row.decision)}</td>${row.cells.map(
        (cell) => html`<td class="use">${useCell(cell)}</td>`,
      )}</tr>\n`,
  );
  return html`<div class="scroll"><table id="grid" class="grid"><thead><tr><th>Repository</th><th>Decision</th>${head}</tr></thead><tbody>
${rows}</tbody></table></div>
${legend([], 'Each cell: the highest data classification the repository declares for the vendor; "undeclared": the scan found use the manifest does not declare.')}`;
}

export function renderOrgPage(inventory: Inventory): string {
  const view = orgView(inventory);
  const { totals } = view;
  const body = html`<h1>AI vendors at ${view.organization}</h1>
<p class="sub">As of ${view.now} · registry ${view.registry.source} · sha256 <code>${view.registry.sha256.slice(0, 12)}</code></p>
${tiles([
  tile('Repositories', totals.repositories),
  tile('Pass', html`<span class="pass">${totals.pass}</span>`),
  tile('Fail', html`<span class="fail">${totals.fail}</span>`),
  tile(
    'Could not evaluate',
    html`<span class="${totals.error > 0 ? 'fail' : ''}">${totals.error}</span>`,
  ),
  tile('Without a manifest', totals.noManifest),
  tile(`Due in ${DUE_WINDOW_DAYS} days`, view.due.length),
])}
${section(
  'vendors',
  'Vendors by number of repositories',
  html`${barChart(
    'vendor-chart',
    'Repositories per vendor',
    view.vendors.map((v) => ({
      label: v.name,
      value: v.repositories,
      note: `${repositories(v.repositories)}${v.undeclared ? `, ${v.undeclared} undeclared` : ''}`,
    })),
    { emptyText: 'No AI vendor is declared or found.' },
  )}
${table(
  'vendor-table',
  [
    { label: 'Vendor' },
    { label: 'Id' },
    { label: 'Registry status' },
    { label: 'Repositories', numeric: true },
    { label: 'Undeclared in', numeric: true },
    { label: 'Highest classification' },
  ],
  view.vendors.map((v) => ({
    cells: [
      v.name,
      html`<code>${v.vendor}</code>`,
      v.status,
      v.repositories,
      v.undeclared,
      v.highestClassification ?? '—',
    ],
  })),
)}`,
)}
${section('usage', 'Repositories × vendors', gridTable(view))}
${section(
  'failing',
  'Failing repositories and why',
  view.failing.length === 0
    ? empty('Every evaluated repository passes.')
    : table(
        'failing-table',
        [{ label: 'Repository' }, { label: 'Decision' }, { label: 'Why' }],
        view.failing.map((f) => ({
          cells: [
            f.repository,
            decisionBadge(f.decision),
            html`<ul class="why">${f.reasons.map(
              (r) => html`<li><code>${r.ruleId}</code> ${r.message}</li>`,
            )}${f.more ? html`<li>and ${f.more} more</li>` : ''}</ul>`,
          ],
        })),
      ),
)}
${section(
  'no-manifest',
  'Repositories without a manifest',
  view.noManifest.length === 0
    ? empty('Every repository has a manifest.')
    : table(
        'no-manifest-table',
        [{ label: 'Repository' }, { label: 'AI vendors found by the scan' }],
        view.noManifest.map((r) => ({ cells: [r.repository, r.vendors.join(', ') || '—'] })),
      ),
)}
${section(
  'due',
  `Falling due in the next ${DUE_WINDOW_DAYS} days`,
  !view.calendarKnown
    ? empty('The inventory does not carry its registry, so the calendar is unknown.')
    : view.due.length === 0
      ? empty('Nothing falls due.')
      : table(
          'due-table',
          [
            { label: 'Due' },
            { label: 'When' },
            { label: 'Kind' },
            { label: 'What' },
            { label: 'Owner' },
          ],
          view.due.map((d) => ({
            className: d.daysLeft < 0 ? 'overdue' : undefined,
            cells: [
              html`<span class="nowrap">${d.due}</span>`,
              dueWhen(d),
              d.kind,
              d.title,
              d.owner,
            ],
          })),
        ),
)}
<footer>ai-vendor-gate organization report · ${repositories(totals.repositories)} · generated from the inventory of ${view.now}</footer>`;
  return page({ title: `AI vendors at ${view.organization}`, body, css: ORG_CSS });
}
