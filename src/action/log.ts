// The step log: one line per finding, and the failure sentence. Every untrusted string passes
// through safeLogLine, so no line can start a workflow command (`::…`) or hold `##[…]`.
import { GateError } from '../errors.js';
import type { Finding, GateResult } from '../model.js';
import { safeLogLine } from '../report/escape.js';
import { plural } from '../report/groups.js';

export function findingLine(finding: Finding): string {
  const where = finding.location
    ? `${finding.location.file}:${finding.location.line}:${finding.location.column}`
    : '-';
  const waived = finding.waived ? ` (waived by ${finding.waived.id})` : '';
  return safeLogLine(`${finding.severity} ${finding.ruleId} ${where} ${finding.message}${waived}`);
}

export function decisionLine(result: GateResult): string {
  const { decision, failOn, summary } = result.report;
  return safeLogLine(
    `AI vendor gate: ${decision} (${plural(summary.errors, 'error')}, ` +
      `${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')}; fail-on ${failOn}).`,
  );
}

/** The sentence `core.setFailed` gets when the gate could not evaluate (exit 2). */
export function couldNotEvaluate(error: unknown): { sentence: string; details: string[] } {
  if (error instanceof GateError) {
    return {
      sentence: safeLogLine(`ai-vendor-gate could not evaluate: ${error.message}`),
      details: error.details.map(safeLogLine),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    sentence: safeLogLine(
      `ai-vendor-gate failed with an internal error: ${message.split('\n')[0]}`,
    ),
    details: [],
  };
}

/** The stack of an unexpected error, as safe log lines (only shown in debug runs). */
export function stackLines(error: unknown): string[] {
  return error instanceof Error && error.stack ? error.stack.split('\n').map(safeLogLine) : [];
}
