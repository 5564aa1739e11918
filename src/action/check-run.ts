// A check run named `ai-vendor-gate` that carries every annotation, for workflows that grant
// `checks: write`. The Checks API takes 50 annotations per request: the run is created with the
// first 50 and updated with the rest. Without the permission (403) the gate carries on.
import type { GateResult } from '../model.js';
import { renderMarkdown, type MarkdownContext } from '../report/markdown.js';
import { plural } from '../report/groups.js';
import type { Annotation } from './annotations.js';
import type { GitHubClient } from '../github/client.js';
import { call, describeFailure } from './github-api.js';
import { headFooter } from './head.js';

export const CHECK_NAME = 'ai-vendor-gate';
export const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API caps `output.summary` at 65,535 characters. */
const SUMMARY_BYTES = 60_000;

export interface CheckRunRequest {
  client: GitHubClient;
  repository: string;
  headSha: string;
  result: GateResult;
  annotations: readonly Annotation[];
  links?: MarkdownContext;
  /** The gate record's sha256 (the history head), shown in the run's summary. */
  recordSha256?: string;
}

export type CheckRunOutcome =
  | { published: true; id: number; annotations: number; requests: number }
  | { published: false; reason: string };

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

export async function publishCheckRun(request: CheckRunRequest): Promise<CheckRunOutcome> {
  const { client, repository, result } = request;
  const batches = chunk(request.annotations.flatMap(toCheckAnnotation), ANNOTATIONS_PER_REQUEST);
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  if (batches.length === 0) batches.push([]);
  const output = (annotations: CheckAnnotation[]) => ({
    title: title(result),
    summary:
      renderMarkdown(result, {
        maxBytes: SUMMARY_BYTES,
        ...(request.links ? { links: request.links } : {}),
      }).replace(/\n+$/, '') + (request.recordSha256 ? headFooter(request.recordSha256) : ''),
    annotations,
  });
  const completion = {
    status: 'completed',
    conclusion: result.report.decision === 'pass' ? 'success' : 'failure',
    completed_at: new Date().toISOString(),
  };

  const created = await call<{ id?: number }>(client, 'POST', `/repos/${repository}/check-runs`, {
    name: CHECK_NAME,
    head_sha: request.headSha,
    ...(batches.length === 1 ? completion : { status: 'in_progress' }),
    output: output(batches[0]),
  });
  if (!created.ok || typeof created.body?.id !== 'number') {
    return { published: false, reason: reasonOf(created.status, describeFailure(created)) };
  }
  const id = created.body.id;
  let requests = 1;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await call(client, 'PATCH', `/repos/${repository}/check-runs/${id}`, {
      ...(last ? completion : {}),
      output: output(batches[index]),
    });
    requests++;
    if (!updated.ok) {
      return { published: false, reason: reasonOf(updated.status, describeFailure(updated)) };
    }
  }
  return { published: true, id, annotations: total, requests };
}

function reasonOf(status: number, failure: string): string {
  return status === 403
    ? `the token may not create check runs (grant "checks: write" to publish one): ${failure}`
    : `the Checks API answered ${failure}`;
}

function title(result: GateResult): string {
  const { decision, summary } = result.report;
  return `AI vendor gate: ${decision} — ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')}`;
}

/** Only findings on a repository file can be check annotations (the API requires a path). */
function toCheckAnnotation(annotation: Annotation): CheckAnnotation[] {
  const where = annotation.location;
  if (!where) return [];
  return [
    {
      path: where.file,
      start_line: where.line,
      end_line: where.endLine,
      ...(where.line === where.endLine
        ? { start_column: where.column, end_column: where.endColumn }
        : {}),
      annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
      message: annotation.message.slice(0, 60_000),
      title: annotation.title,
    },
  ];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
