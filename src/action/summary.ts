// The job summary: the markdown report (decision, each vendor's conditions, every finding with
// its fix, the evidence inventory), cut to fit the 1 MiB a step may write, and a line saying how
// many findings the annotation caps left out.
import * as core from '@actions/core';
import type { GateResult } from '../model.js';
import { plural } from '../report/groups.js';
import { renderMarkdown } from '../report/markdown.js';

/** GitHub rejects a step summary above 1 MiB; keep headroom for our own lines. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const HEADROOM_BYTES = 8 * 1024;

/** `notAnnotated`: findings without an annotation; null when annotations are turned off. */
export function summaryMarkdown(result: GateResult, notAnnotated: number | null): string {
  const body = renderMarkdown(result, { maxBytes: SUMMARY_LIMIT_BYTES - HEADROOM_BYTES });
  const total = result.report.findings.length;
  const line =
    total === 0 || notAnnotated === 0
      ? ''
      : notAnnotated === null
        ? 'Annotations are turned off (input `annotations: false`): the findings are listed here only.'
        : `${plural(notAnnotated, 'finding')} of ${total} ${notAnnotated === 1 ? 'is' : 'are'} ` +
          'listed here but not annotated: GitHub shows at most 10 error, 10 warning and 10 notice ' +
          'annotations per step.';
  return `${body.replace(/\n+$/, '')}${line ? `\n\n> [!NOTE]\n> ${line}` : ''}\n`;
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
