// The job summary: the markdown report (decision, each vendor's conditions, every finding with
// its fix, the evidence inventory, the findings the annotation caps left out), cut to fit the
// 1 MiB a step may write; and, when the gate could not evaluate, the reason instead.
import { core } from './toolkit.js';
import type { Finding, GateResult } from '../model.js';
import { defuseCommands, escapeMarkdown } from '../report/escape.js';
import { renderMarkdown, type MarkdownContext } from '../report/markdown.js';
import { headFooter } from './head.js';

/** GitHub rejects a step summary above 1 MiB; keep headroom for our own lines. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const HEADROOM_BYTES = 8 * 1024;
/** Detail lines of an exit-2 reason shown in the summary (a registry's schema problems). */
const DETAILS_SHOWN = 50;

export interface SummaryOptions {
  /** Findings without an annotation; null when annotations are turned off. */
  notAnnotated: readonly Finding[] | null;
  links?: MarkdownContext;
  /** The gate record's sha256, published as the history's head (SPEC 9). */
  recordSha256?: string;
}

export function summaryMarkdown(result: GateResult, options: SummaryOptions): string {
  const footer = options.recordSha256 ? headFooter(options.recordSha256) : '';
  const body = renderMarkdown(result, {
    maxBytes: SUMMARY_LIMIT_BYTES - HEADROOM_BYTES,
    notAnnotated: options.notAnnotated,
    ...(options.links ? { links: options.links } : {}),
  });
  return `${body.replace(/\n+$/, '')}${footer}\n`;
}

/** The summary of a run that could not evaluate (exit 2): what stopped it, never a pass. */
export function errorSummaryMarkdown(sentence: string, details: readonly string[]): string {
  const lines = [
    '## ⛔ AI vendor gate: error',
    '',
    '**The gate could not evaluate, so it did not pass.**',
    '',
    `> [!CAUTION]\n> ${escapeMarkdown(sentence)}`,
  ];
  if (details.length > 0) {
    lines.push('', ...details.slice(0, DETAILS_SHOWN).map((d) => `- ${escapeMarkdown(d)}`));
    if (details.length > DETAILS_SHOWN)
      lines.push(`- … and ${details.length - DETAILS_SHOWN} more`);
  }
  lines.push('', 'Fix the cause above and run the workflow again.');
  return `${defuseCommands(lines.join('\n'))}\n`;
}

/** Appends to GITHUB_STEP_SUMMARY; false (and a log line) where there is none. */
export async function writeSummary(markdown: string, env = process.env): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: GITHUB_STEP_SUMMARY is not set.');
    return false;
  }
  await core.summary.addRaw(markdown, true).write();
  return true;
}
