// `registry diff --format markdown`: for the governance pull request's job summary and its
// sticky comment. Every registry and inventory string passes the escaping boundary; the hidden
// marker lets a workflow find its own comment again.
import { escapeMarkdown as md } from '../report/escape.js';
import type { RegistryChange, RegistryDiff } from './diff.js';

export const DIFF_MARKER = '<!-- ai-vendor-gate:registry-diff -->';
const ROWS = 200;
const CELL = 300;

const AREA: Record<RegistryChange['area'], string> = {
  vendor: 'vendor',
  status: 'status',
  intermediary: 'intermediary',
  product: 'product',
  condition: 'condition',
  attestation: 'attestation',
  review: 'review',
  'vendor-change': 'vendor change',
  profile: 'profile',
  certification: 'certification',
  detect: 'detection signatures',
  waiver: 'waiver',
  defaults: 'defaults',
};

const cell = (value: string | undefined) =>
  value === undefined ? '—' : md(value.length > CELL ? `${value.slice(0, CELL)}…` : value);

export function renderDiffMarkdown(diff: RegistryDiff): string {
  const out = [
    DIFF_MARKER,
    '## AI vendor registry change',
    '',
    `Base \`${diff.base.sha256.slice(0, 12)}\` → head \`${diff.head.sha256.slice(0, 12)}\`.`,
    '',
  ];
  if (diff.changes.length === 0) out.push('_The registries are equivalent: nothing changes._');
  else {
    out.push('| Vendor | What | Change | Before | After |', '| --- | --- | --- | --- | --- |');
    for (const c of diff.changes.slice(0, ROWS)) {
      const what = c.id ? `${AREA[c.area]} ${md(c.id)}` : AREA[c.area];
      out.push(
        `| ${c.vendor ? md(c.vendor) : '—'} | ${what} | ${c.kind} | ${cell(c.before)} | ${cell(c.after)} |`,
      );
    }
    if (diff.changes.length > ROWS)
      out.push('', `_${diff.changes.length - ROWS} more changes not shown._`);
  }
  const impact = diff.impact;
  out.push('', '### Impact on repositories', '');
  if (!impact)
    out.push(
      '_No inventory given: run with --inventory to see which repositories change decision._',
    );
  else {
    out.push(
      `Re-evaluated ${impact.repositories} repositories of the inventory as of ${impact.now}: **${impact.changed.length}** change decision.`,
      '',
    );
    if (impact.changed.length > 0) {
      out.push('| Repository | Decision | Why |', '| --- | --- | --- |');
      for (const c of impact.changed.slice(0, ROWS)) {
        const why = [
          ...c.added.slice(0, 3).map((f) => `+ ${md(f.ruleId)}: ${md(f.message)}`),
          ...c.removed.slice(0, 3).map((f) => `− ${md(f.ruleId)}: ${md(f.message)}`),
        ].join('<br>');
        out.push(
          `| ${md(c.repository)} | ${c.before} → **${c.after}**${c.approximate ? ' (approximate)' : ''} | ${why || '—'} |`,
        );
      }
      if (impact.changed.length > ROWS)
        out.push('', `_${impact.changed.length - ROWS} more repositories not shown._`);
    }
    if (impact.unknown.length > 0) {
      out.push(
        '',
        `${impact.unknown.length} repositories could not be evaluated in the sweep; their impact is unknown: ${impact.unknown.slice(0, 50).map(md).join(', ')}${impact.unknown.length > 50 ? ', …' : ''}.`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
