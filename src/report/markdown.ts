// Markdown for the CLI (`--format markdown`), the job summary and the PR comment: decision
// first, then each vendor's conditions, every finding with its fix, the evidence inventory.
// Built from whole blocks (a heading, a paragraph, a complete table) so a size limit cuts
// between blocks, never inside a table.
import type { ConditionState, Evidence, Finding, GateResult, Severity } from '../model.js';
import { escapeMarkdown } from './escape.js';
import { evidenceDirectness, groupEvidence, groupFindings, plural } from './groups.js';
import { ruleInfo } from './rules.js';

export interface MarkdownOptions {
  /** Size limit in UTF-8 bytes (job summary: 1 MiB per step; PR comment: 65,536 characters). */
  maxBytes?: number;
  /** Heading text after the decision emoji; default `AI vendor gate`. */
  title?: string;
  /** Emitted first, verbatim (e.g. `<!-- ai-vendor-gate -->` to find a sticky comment). */
  marker?: string;
}

/** Rows per table: long lists become several tables, so a cut can fall between them. */
export const ROWS_PER_TABLE = 50;

interface Block {
  text: string;
  findings: number;
  evidence: number;
}

const SEVERITY: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  note: 'ℹ️ note',
};
const STATE: Record<ConditionState, string> = {
  met: '✅ met',
  unmet: '❌ unmet',
  expired: '⌛ expired',
  'not applicable': '➖ not applicable',
};

export function renderMarkdown(result: GateResult, options: MarkdownOptions = {}): string {
  const head: string[] = [];
  if (options.marker !== undefined) head.push(options.marker);
  head.push(headline(result, options.title ?? 'AI vendor gate'));
  const blocks = [...conditionBlocks(result), ...findingBlocks(result), ...evidenceBlocks(result)];
  return assemble(head.join('\n\n'), blocks, options.maxBytes);
}

function headline(result: GateResult, title: string): string {
  const { report } = result;
  const failed = report.decision === 'fail';
  const { errors, warnings, notes } = report.summary;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notes, 'note')];
  const lines = [
    `## ${failed ? '❌' : '✅'} ${escapeMarkdown(title)}: ${report.decision}`,
    '',
    `**${counts.join(' · ')}** — fail-on ${report.failOn} · ${report.now} · ` +
      `ai-vendor-gate ${escapeMarkdown(report.tool.version)}`,
  ];
  const context = [
    result.repository ? `Repository: ${escapeMarkdown(result.repository)}` : '',
    result.organization ? `Organization: ${escapeMarkdown(result.organization)}` : '',
  ].filter((part) => part !== '');
  if (context.length > 0) lines.push('', context.join(' · '));
  return lines.join('\n');
}

function conditionBlocks(result: GateResult): Block[] {
  return result.vendors.map((vendor, index) => {
    const heading =
      `#### ${escapeMarkdown(vendor.name)} (${escapeMarkdown(vendor.vendor)}) · ` +
      escapeMarkdown(vendor.status);
    const body =
      vendor.conditions.length === 0
        ? '_No conditions._'
        : table(
            ['Condition', 'Owner', 'State'],
            vendor.conditions.map((condition) => [
              `${escapeMarkdown(condition.title)} (${escapeMarkdown(condition.id)})`,
              condition.owner ? escapeMarkdown(condition.owner) : '—',
              STATE[condition.state],
            ]),
          );
    const text = `${heading}\n\n${body}`;
    return {
      text: index === 0 ? `### Vendor conditions\n\n${text}` : text,
      findings: 0,
      evidence: 0,
    };
  });
}

function findingBlocks(result: GateResult): Block[] {
  const { findings } = result.report;
  if (findings.length === 0)
    return [{ text: '### Findings\n\nNo findings.', findings: 0, evidence: 0 }];
  const manifest = result.report.inputs.manifest.path;
  const blocks: Block[] = [];
  for (const group of groupFindings(result)) {
    const heading =
      group.vendor === null
        ? '#### General'
        : `#### ${group.name !== undefined ? `${escapeMarkdown(group.name)} (${escapeMarkdown(group.vendor)})` : escapeMarkdown(group.vendor)}`;
    chunks(group.findings).forEach((chunk, index) => {
      const rows = chunk.map((finding) => findingRow(finding, manifest));
      const body = table(['Severity', 'Rule', 'Location', 'Finding'], rows);
      let text = index === 0 ? `${heading}\n\n${body}` : body;
      if (blocks.length === 0) text = `### Findings (${findings.length})\n\n${text}`;
      blocks.push({ text, findings: chunk.length, evidence: 0 });
    });
  }
  const used = [...new Set(findings.map((finding) => finding.ruleId))];
  const fixes = used.map((id) => `- \`${id}\`: ${ruleInfo(id).help}`);
  blocks.push({ text: `### How to fix\n\n${fixes.join('\n')}`, findings: 0, evidence: 0 });
  return blocks;
}

function findingRow(finding: Finding, manifest: string): string[] {
  const location = finding.location
    ? `${escapeMarkdown(finding.location.file)}:${finding.location.line}`
    : escapeMarkdown(manifest);
  let message = escapeMarkdown(finding.message);
  if (finding.waived) {
    const { id, expires, reason, approvedBy } = finding.waived;
    message +=
      ` — _waived by ${escapeMarkdown(id)} until ${escapeMarkdown(expires)}: ` +
      `${escapeMarkdown(reason)} (approved by ${escapeMarkdown(approvedBy)})_`;
  }
  return [SEVERITY[finding.severity], `\`${finding.ruleId}\``, location, message];
}

function evidenceBlocks(result: GateResult): Block[] {
  const { evidence } = result.report;
  if (evidence.length === 0) return [];
  const vendors = groupEvidence(evidence);
  const items = vendors.flatMap(([, list]) => list);
  return chunks(items).map((chunk, index) => {
    const body = table(['Vendor', 'Kind', 'Name', 'Location', 'Use'], chunk.map(evidenceRow));
    const text =
      index === 0
        ? `### Evidence (${plural(evidence.length, 'item')}, ${plural(vendors.length, 'vendor')})\n\n${body}`
        : body;
    return { text, findings: 0, evidence: chunk.length };
  });
}

function evidenceRow(item: Evidence): string[] {
  const kind = item.ecosystem ? `${item.kind} (${escapeMarkdown(item.ecosystem)})` : item.kind;
  const use = evidenceDirectness(item) + (item.documentation ? ', documentation' : '');
  return [
    escapeMarkdown(item.vendor),
    kind,
    escapeMarkdown(item.name),
    `${escapeMarkdown(item.file)}:${item.line}`,
    use,
  ];
}

/** A GFM table; every cell is already escaped (no `|`, no line break). */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_TABLE)
    out.push(items.slice(i, i + ROWS_PER_TABLE));
  return out;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function truncationNote(findings: number, evidence: number): string {
  const what =
    findings + evidence > 0
      ? `${plural(findings, 'finding')} / ${plural(evidence, 'evidence item')} not shown`
      : 'the rest of this report is not shown';
  return `> … ${what}; see the SARIF / JSON report.`;
}

/**
 * Joins the head and as many whole blocks as fit in `maxBytes`; the first block that does not
 * fit ends the document, followed by a note saying what was left out. The head is always kept.
 */
function assemble(head: string, blocks: Block[], maxBytes: number | undefined): string {
  const full = [head, ...blocks.map((block) => block.text)].join('\n\n') + '\n';
  if (maxBytes === undefined || bytes(full) <= maxBytes) return full;

  const totalFindings = blocks.reduce((sum, block) => sum + block.findings, 0);
  const totalEvidence = blocks.reduce((sum, block) => sum + block.evidence, 0);
  const reserve = bytes(`\n\n${truncationNote(totalFindings, totalEvidence)}\n`);
  const parts = [head];
  let size = bytes(head);
  let kept = 0;
  for (const block of blocks) {
    const extra = bytes(block.text) + 2;
    if (size + extra + reserve > maxBytes) break;
    parts.push(block.text);
    size += extra;
    kept += 1;
  }
  const dropped = blocks.slice(kept);
  const findings = dropped.reduce((sum, block) => sum + block.findings, 0);
  const evidence = dropped.reduce((sum, block) => sum + block.evidence, 0);
  parts.push(truncationNote(findings, evidence));
  return parts.join('\n\n') + '\n';
}
