// Markdown for the CLI (`--format markdown`), the job summary and the PR comment: decision
// first, then each vendor's conditions, every finding with its fix, the evidence inventory.
// Built from whole blocks (a heading, a paragraph, a complete table) so a size limit cuts
// between blocks, never inside a table.
import type { ConditionState, Evidence, Finding, GateResult, Severity } from '../model.js';
import { fixFor } from '../rules/table.js';
import { defuseCommands, escapeMarkdown } from './escape.js';
import {
  bySeverity,
  evidenceUse,
  groupEvidence,
  groupFindings,
  plural,
  repoRelativePath,
  scanGaps,
  vendorName,
} from './groups.js';

/**
 * Where the checked files live on GitHub, so locations link to the file at the commit and line.
 * Only trusted parts (the runner's server URL, repository and sha) make a link; when any is
 * missing or malformed, locations stay plain text.
 */
export interface MarkdownContext {
  serverUrl?: string;
  repository?: string;
  sha?: string;
}

export interface MarkdownOptions {
  /** Size limit in UTF-8 bytes (job summary: 1 MiB per step; PR comment: 65,536 characters). */
  maxBytes?: number;
  /** Heading text after the decision emoji; default `AI vendor gate`. */
  title?: string;
  /** Emitted first, verbatim (e.g. `<!-- ai-vendor-gate -->` to find a sticky comment). */
  marker?: string;
  /** Link locations to the file at this commit. */
  links?: MarkdownContext;
  /**
   * Findings that got no annotation (the platform's caps): named in a note after the findings.
   * null when annotations are turned off; undefined when the caller has none to report.
   */
  notAnnotated?: readonly Finding[] | null;
}

/** Findings named in the "not annotated" note before "… and N more". */
export const NOT_ANNOTATED_LISTED = 20;

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
  const linkBase = blobBase(options.links);
  const blocks = [
    ...notAnnotatedBlocks(result, options.notAnnotated, linkBase),
    ...conditionBlocks(result),
    ...findingBlocks(result, linkBase),
    ...evidenceBlocks(result, linkBase),
  ].map((block) => ({ ...block, text: defuseCommands(block.text) }));
  // The output boundary: no line of the document can be a workflow command.
  return assemble(defuseCommands(head.join('\n\n')), blocks, options.maxBytes);
}

/**
 * The summary when the gate could not evaluate (exit 2): the decision is `error`, never a pass,
 * and the reason is shown as text (it may quote the registry or a path).
 */
export function renderErrorMarkdown(
  reason: string,
  options: Pick<MarkdownOptions, 'title' | 'marker'> = {},
): string {
  const lines: string[] = [];
  if (options.marker !== undefined) lines.push(options.marker, '');
  lines.push(
    `## ⛔ ${escapeMarkdown(options.title ?? 'AI vendor gate')}: error`,
    '',
    'The gate could not evaluate this commit, so it did not pass:',
    '',
    `> ${escapeMarkdown(reason) || 'no reason was given.'}`,
  );
  return defuseCommands(`${lines.join('\n')}\n`);
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
  const gaps = scanGaps(report.scan);
  if (gaps !== null) lines.push('', `> [!WARNING]\n> ${gaps}`);
  return lines.join('\n');
}

/**
 * The note naming the findings that have no annotation, placed first so a reviewer who came
 * from the annotations sees what they did not show.
 */
function notAnnotatedBlocks(
  result: GateResult,
  notAnnotated: readonly Finding[] | null | undefined,
  linkBase: string | null,
): Block[] {
  const total = result.report.findings.length;
  if (notAnnotated === undefined || total === 0) return [];
  if (notAnnotated === null) {
    return [
      {
        text: '> [!NOTE]\n> Annotations are turned off (input `annotations: false`): the findings are listed here only.',
        findings: 0,
        evidence: 0,
      },
    ];
  }
  if (notAnnotated.length === 0) return [];
  const listed = bySeverity(notAnnotated)
    .slice(0, NOT_ANNOTATED_LISTED)
    .map((finding) => {
      const vendor =
        finding.vendor === undefined
          ? ''
          : ` (${escapeMarkdown(vendorName(result, finding.vendor) ?? finding.vendor)})`;
      const where = finding.location ? ` at ${locationCell(finding, '', linkBase)}` : '';
      return `> - ${SEVERITY[finding.severity]} \`${finding.ruleId}\`${vendor}${where}`;
    });
  const more = notAnnotated.length - listed.length;
  const lines = [
    '> [!NOTE]',
    `> ${plural(notAnnotated.length, 'finding')} of ${total} ${notAnnotated.length === 1 ? 'has' : 'have'} ` +
      'no annotation (GitHub shows at most 10 error, 10 warning and 10 notice annotations per ' +
      'step); every finding is in the tables below:',
    ...listed,
    ...(more > 0 ? [`> - … and ${more} more`] : []),
  ];
  return [{ text: lines.join('\n'), findings: 0, evidence: 0 }];
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

function findingBlocks(result: GateResult, linkBase: string | null): Block[] {
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
      const rows = chunk.map((finding) => findingRow(finding, manifest, linkBase));
      const body = table(['Severity', 'Rule', 'Location', 'Finding'], rows);
      let text = index === 0 ? `${heading}\n\n${body}` : body;
      if (blocks.length === 0) text = `### Findings (${findings.length})\n\n${text}`;
      blocks.push({ text, findings: chunk.length, evidence: 0 });
    });
  }
  blocks.push({ text: `### How to fix\n\n${fixList(result)}`, findings: 0, evidence: 0 });
  return blocks;
}

/**
 * One line per rule and fix, naming the vendors it is for: the fix follows each finding's
 * situation (a rejected vendor is not told to declare itself), errors first.
 */
function fixList(result: GateResult): string {
  const entries = new Map<string, { ruleId: string; fix: string; vendors: Set<string> }>();
  for (const group of groupFindings(result)) {
    for (const finding of group.findings) {
      const fix = fixFor(finding);
      const key = `${finding.ruleId}\u0000${fix}`;
      const entry = entries.get(key) ?? { ruleId: finding.ruleId, fix, vendors: new Set() };
      if (finding.vendor !== undefined) {
        entry.vendors.add(escapeMarkdown(vendorName(result, finding.vendor) ?? finding.vendor));
      }
      entries.set(key, entry);
    }
  }
  return [...entries.values()]
    .map(({ ruleId, fix, vendors }) => {
      const who = vendors.size > 0 ? ` (${[...vendors].join(', ')})` : '';
      return `- \`${ruleId}\`${who}: ${trustedInline(fix)}`;
    })
    .join('\n');
}

/** Text from the rule table (trusted markdown): kept on one line and inside a table cell. */
function trustedInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * `https://github.com/OWNER/NAME/blob/SHA/` from trusted parts only, or null: the server URL
 * must be an http(s) origin, the repository OWNER/NAME, the sha 40 or 64 hex digits.
 */
function blobBase(context: MarkdownContext | undefined): string | null {
  if (!context?.serverUrl || !context.repository || !context.sha) return null;
  let origin: string;
  try {
    const url = new URL(context.serverUrl);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
      return null;
    }
    origin = url.origin;
  } catch {
    return null;
  }
  const repository = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(context.repository)
    ? context.repository
    : null;
  if (repository === null || repository.split('/').some((part) => /^\.+$/.test(part))) return null;
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(context.sha)) return null;
  return `${origin}/${repository}/blob/${context.sha.toLowerCase()}/`;
}

/** Each segment percent-encoded, `(`, `)` and friends too, so the URL cannot end a link early. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** `file:line`, linked to the file at the commit and line when it is a repository path. */
function locationCell(finding: Finding, manifest: string, linkBase: string | null): string {
  if (!finding.location) return escapeMarkdown(manifest);
  return fileLine(finding.location.file, finding.location.line, linkBase);
}

function fileLine(file: string, line: number, linkBase: string | null): string {
  const text = `${escapeMarkdown(file)}:${line}`;
  const path = linkBase === null ? null : repoRelativePath(file);
  if (path === null) return text;
  const anchor = Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `[${text}](${linkBase}${encodePath(path)}${anchor})`;
}

function findingRow(finding: Finding, manifest: string, linkBase: string | null): string[] {
  const location = locationCell(finding, manifest, linkBase);
  let message = escapeMarkdown(finding.message);
  if (finding.waived) {
    const { id, expires, reason, approvedBy } = finding.waived;
    message +=
      ` — _waived by ${escapeMarkdown(id)} until ${escapeMarkdown(expires)}: ` +
      `${escapeMarkdown(reason)} (approved by ${escapeMarkdown(approvedBy)})_`;
  }
  return [SEVERITY[finding.severity], `\`${finding.ruleId}\``, location, message];
}

function evidenceBlocks(result: GateResult, linkBase: string | null): Block[] {
  const { evidence } = result.report;
  if (evidence.length === 0) return [];
  const vendors = groupEvidence(evidence);
  const items = vendors.flatMap(([, list]) => list);
  return chunks(items).map((chunk, index) => {
    const body = table(
      ['Vendor', 'Kind', 'Name', 'Location', 'Use'],
      chunk.map((item) => evidenceRow(item, linkBase)),
    );
    const text =
      index === 0
        ? `### Evidence (${plural(evidence.length, 'item')}, ${plural(vendors.length, 'vendor')})\n\n${body}`
        : body;
    return { text, findings: 0, evidence: chunk.length };
  });
}

function evidenceRow(item: Evidence, linkBase: string | null): string[] {
  const kind = item.ecosystem ? `${item.kind} (${escapeMarkdown(item.ecosystem)})` : item.kind;
  return [
    escapeMarkdown(item.vendor),
    kind,
    escapeMarkdown(item.name),
    fileLine(item.file, item.line, linkBase),
    evidenceUse(item),
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
