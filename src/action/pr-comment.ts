// One sticky pull-request comment, found by a hidden marker and updated in place, never
// duplicated. `on-failure` creates it only when the gate fails, but a comment left by a failing
// run is updated once the gate passes. Missing permission (403/404, e.g. a fork's read-only
// token) is a warning for the log, never a failure of the gate.
import type { GateResult } from '../model.js';
import { renderMarkdown, type MarkdownContext } from '../report/markdown.js';
import type { GitHubClient } from '../github/client.js';
import { call, describeFailure, listAll, type ApiResponse } from './github-api.js';
import { headFooter } from './head.js';
import type { PrCommentMode } from './inputs.js';
import { tokenLogin, writtenByGateOnly } from '../github/authorship.js';

export const STICKY_MARKER = '<!-- ai-vendor-gate:sticky -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;
const COMMENT_BUDGET_BYTES = COMMENT_MAX_CHARS - 1_536;

export interface CommentRequest {
  client: GitHubClient;
  repository: string;
  pullNumber: number;
  mode: PrCommentMode;
  result: GateResult;
  /** The PR comes from a fork: a failure to write is explained as its read-only token. */
  fromFork?: boolean;
  links?: MarkdownContext;
  /** The gate record's sha256 (the history head), in the comment's footer. */
  recordSha256?: string;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; removedDuplicates: number }
  | { action: 'skipped'; reason: string }
  | { action: 'warning'; reason: string };

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

export function commentBody(
  result: GateResult,
  options: { links?: MarkdownContext; recordSha256?: string } = {},
): string {
  const body = renderMarkdown(result, {
    maxBytes: COMMENT_BUDGET_BYTES,
    marker: STICKY_MARKER,
    ...(options.links ? { links: options.links } : {}),
  });
  const footer = `${options.recordSha256 ? headFooter(options.recordSha256) : ''}\n`;
  const start = body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}\n\n${body}`;
  const text = start.replace(/\n+$/, '');
  if (text.length + footer.length <= COMMENT_MAX_CHARS) return `${text}${footer}`;
  // Characters, not bytes: cut on a line boundary and say so; the footer always stays.
  const notice = '\n\n_The report was cut to fit a comment; the job summary has all of it._';
  const cut = text.slice(0, COMMENT_MAX_CHARS - notice.length - footer.length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf('\n'), STICKY_MARKER.length))}${notice}${footer}`;
}

export async function upsertStickyComment(request: CommentRequest): Promise<CommentOutcome> {
  const { client, repository, pullNumber, mode, result } = request;
  if (mode === 'never') return { action: 'skipped', reason: 'pr-comment is never' };
  const failing = result.report.decision === 'fail';

  const listed = await listAll<IssueComment>(
    client,
    `/repos/${repository}/issues/${pullNumber}/comments`,
  );
  if (!listed.ok) return warning(request, 'list the comments of', listed);
  const marked = listed.body.filter(
    (comment) => typeof comment.body === 'string' && comment.body.startsWith(STICKY_MARKER),
  );
  const sticky = await writtenByGateOnly(marked, () => tokenLogin(client));

  const [existing, ...duplicates] = sticky;
  if (existing === undefined && mode === 'on-failure' && !failing) {
    return { action: 'skipped', reason: 'the gate passes and no earlier comment needs updating' };
  }
  const body = commentBody(result, {
    ...(request.links ? { links: request.links } : {}),
    ...(request.recordSha256 ? { recordSha256: request.recordSha256 } : {}),
  });
  let id: number;
  let action: 'created' | 'updated';
  if (existing !== undefined) {
    const updated = await call(
      client,
      'PATCH',
      `/repos/${repository}/issues/comments/${existing.id}`,
      { body },
    );
    if (!updated.ok) return warning(request, 'update the gate comment on', updated);
    id = existing.id;
    action = 'updated';
  } else {
    const created = await call<{ id?: number }>(
      client,
      'POST',
      `/repos/${repository}/issues/${pullNumber}/comments`,
      { body },
    );
    if (!created.ok || typeof created.body?.id !== 'number') {
      return warning(request, 'comment on', created);
    }
    id = created.body.id;
    action = 'created';
  }
  // Concurrent runs may each have created one: keep the first, remove the others.
  let removedDuplicates = 0;
  for (const duplicate of duplicates) {
    const removed = await call(
      client,
      'DELETE',
      `/repos/${repository}/issues/comments/${duplicate.id}`,
    );
    if (removed.ok || removed.status === 404) removedDuplicates++;
  }
  return { action, id, removedDuplicates };
}

function warning(request: CommentRequest, what: string, response: ApiResponse): CommentOutcome {
  const why =
    response.status === 403 || response.status === 404
      ? request.fromFork
        ? 'the pull request comes from a fork, whose token is read-only'
        : 'the token lacks "pull-requests: write"'
      : 'the API refused';
  return {
    action: 'warning',
    reason: `Could not ${what} pull request #${request.pullNumber}: ${why} (${describeFailure(response)}); the gate result stands.`,
  };
}
