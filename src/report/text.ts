// The report for people in a terminal: decision first, then findings by vendor as
// `file:line:column  severity  ruleId  message` (terminals and editors link the location).
import type { Evidence, Finding, GateResult, Severity } from '../model.js';
import { defuseCommands, singleLine } from './escape.js';
import { evidenceUse, groupEvidence, groupFindings, plural, scanGaps } from './groups.js';

export interface TextOptions {
  /** ANSI colour; only when the caller knows the stream is a terminal and NO_COLOR is unset. */
  color: boolean;
}

/** Evidence items listed per vendor before "… N more". */
const EVIDENCE_PER_VENDOR = 10;

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Record<Style, string> = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
};
const RESET = '\u001b[0m';
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

export function renderText(result: GateResult, options: TextOptions = { color: false }): string {
  const paint = (style: Style, text: string): string =>
    options.color && text !== '' ? `${ANSI[style]}${text}${RESET}` : text;
  const { report } = result;
  const lines: string[] = [];

  const { errors, warnings, notes } = report.summary;
  const counts =
    errors + warnings + notes === 0
      ? 'no findings'
      : [plural(errors, 'error'), plural(warnings, 'warning'), plural(notes, 'note')].join(', ');
  const verdict = report.decision === 'fail' ? paint('red', '✖ FAIL') : paint('green', '✔ PASS');
  lines.push(
    `${paint('bold', verdict)}  ai-vendor-gate: ${counts} ${paint('dim', `(fail-on ${report.failOn}, ${report.now})`)}`,
  );
  const context = [result.repository, result.organization]
    .filter((part): part is string => part !== undefined && part !== '')
    .map(singleLine);
  if (context.length > 0) lines.push(`  ${paint('dim', context.join(' · '))}`);
  const gaps = scanGaps(report.scan);
  if (gaps !== null) lines.push(`  ${paint('yellow', gaps)}`);

  const located = (finding: Finding): string =>
    finding.location
      ? `${singleLine(finding.location.file)}:${finding.location.line}:${finding.location.column}`
      : singleLine(report.inputs.manifest.path);
  // A loop, not Math.max(...list): a spread of 100,000 findings overflows the call stack.
  const width = { location: 0, severity: 0, rule: 0 };
  for (const finding of report.findings) {
    width.location = Math.max(width.location, located(finding).length);
    width.severity = Math.max(width.severity, finding.severity.length);
    width.rule = Math.max(width.rule, finding.ruleId.length);
  }

  for (const group of groupFindings(result)) {
    lines.push('');
    const title =
      group.vendor === null
        ? 'General'
        : group.name !== undefined
          ? `${singleLine(group.name)} (${singleLine(group.vendor)})`
          : singleLine(group.vendor);
    lines.push(paint('bold', title));
    for (const finding of group.findings) {
      const waived = finding.waived
        ? ` ${paint('dim', `(waived by ${singleLine(finding.waived.id)} until ${singleLine(finding.waived.expires)})`)}`
        : '';
      lines.push(
        [
          '  ',
          located(finding).padEnd(width.location),
          '  ',
          paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(width.severity)),
          '  ',
          paint('dim', finding.ruleId.padEnd(width.rule)),
          '  ',
          singleLine(finding.message),
          waived,
        ].join(''),
      );
    }
  }

  if (report.evidence.length > 0) {
    lines.push('');
    const vendors = groupEvidence(report.evidence);
    lines.push(
      paint(
        'bold',
        `Evidence: ${plural(report.evidence.length, 'item')} for ${plural(vendors.length, 'vendor')}`,
      ),
    );
    for (const [vendor, items] of vendors) {
      const direct = items.filter((item) => item.direct).length;
      lines.push(
        `  ${singleLine(vendor)}: ${plural(items.length, 'item')} (${direct} direct, ${items.length - direct} transitive)`,
      );
      for (const item of items.slice(0, EVIDENCE_PER_VENDOR))
        lines.push(`    ${evidenceLine(item)}`);
      if (items.length > EVIDENCE_PER_VENDOR) {
        lines.push(
          `    ${paint('dim', `… ${items.length - EVIDENCE_PER_VENDOR} more (see --format json)`)}`,
        );
      }
    }
  }

  // The output boundary: every line, whatever a string above slipped through.
  return defuseCommands(`${lines.join('\n')}\n`);
}

function evidenceLine(item: Evidence): string {
  const what = item.ecosystem ? `${item.kind} ${singleLine(item.ecosystem)}` : item.kind;
  const column = item.column !== undefined ? `:${item.column}` : '';
  return `${singleLine(item.file)}:${item.line}${column}  ${what}  ${singleLine(item.name)}  (${evidenceUse(item)})`;
}
