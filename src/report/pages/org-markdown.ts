// The organization report as markdown, for a job summary: every string from the inventory
// (repository names, vendor names, messages, owners) passes through the escaping boundary.
import type { Inventory } from '../../org/inventory.js';
import { escapeMarkdown as md } from '../escape.js';
import { dueWhen, DUE_WINDOW_DAYS, orgView } from './org-view.js';

/** Rows shown per table; the rest is counted (a job summary is capped at 1 MiB). */
const ROWS = 200;

const cut = (total: number, what: string) =>
  total > ROWS ? [`\n_${total - ROWS} more ${what} not shown; see the HTML report._`] : [];

export function renderOrgMarkdown(inventory: Inventory): string {
  const view = orgView(inventory);
  const { totals } = view;
  const out: string[] = [
    `## AI vendor inventory: ${md(view.organization)}`,
    '',
    `As of ${view.now}: **${totals.repositories}** repositories, **${totals.pass}** pass, **${totals.fail}** fail, **${totals.error}** could not be evaluated, **${totals.noManifest}** without a manifest.`,
    '',
    `Registry \`${view.registry.sha256.slice(0, 12)}\` (${md(view.registry.source)}).`,
    '',
    '### Vendors by number of repositories',
    '',
  ];
  if (view.vendors.length === 0) out.push('_No AI vendor is declared or found._');
  else {
    out.push(
      '| Vendor | Registry status | Repositories | Undeclared in | Highest classification |',
    );
    out.push('| --- | --- | ---: | ---: | --- |');
    for (const v of view.vendors.slice(0, ROWS)) {
      out.push(
        `| ${md(v.name)} (\`${md(v.vendor)}\`) | ${md(v.status)} | ${v.repositories} | ${v.undeclared} | ${md(v.highestClassification ?? '—')} |`,
      );
    }
    out.push(...cut(view.vendors.length, 'vendors'));
  }
  out.push('', '### Failing repositories', '');
  if (view.failing.length === 0) out.push('_None._');
  else {
    out.push('| Repository | Decision | Why |', '| --- | --- | --- |');
    for (const f of view.failing.slice(0, ROWS)) {
      const why = f.reasons.map((r) => `${md(r.ruleId)}: ${md(r.message)}`).join('<br>');
      out.push(
        `| ${md(f.repository)} | ${f.decision} | ${why}${f.more ? `<br>and ${f.more} more` : ''} |`,
      );
    }
    out.push(...cut(view.failing.length, 'repositories'));
  }
  out.push('', '### Repositories without a manifest', '');
  if (view.noManifest.length === 0) out.push('_None._');
  else {
    out.push('| Repository | Vendors found |', '| --- | --- |');
    for (const r of view.noManifest.slice(0, ROWS)) {
      out.push(`| ${md(r.repository)} | ${r.vendors.map(md).join(', ') || '—'} |`);
    }
    out.push(...cut(view.noManifest.length, 'repositories'));
  }
  out.push('', `### Falling due in the next ${DUE_WINDOW_DAYS} days`, '');
  if (!view.calendarKnown) out.push('_The inventory does not carry its registry._');
  else if (view.due.length === 0) out.push('_Nothing falls due._');
  else {
    out.push('| Due | When | What | Owner |', '| --- | --- | --- | --- |');
    for (const d of view.due.slice(0, ROWS)) {
      out.push(`| ${d.due} | ${dueWhen(d)} | ${md(d.title)} | ${md(d.owner)} |`);
    }
    out.push(...cut(view.due.length, 'items'));
  }
  return `${out.join('\n')}\n`;
}
