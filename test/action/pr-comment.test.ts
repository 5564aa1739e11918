import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COMMENT_MAX_CHARS,
  commentBody,
  STICKY_MARKER,
  upsertStickyComment,
  type CommentRequest,
} from '../../src/action/pr-comment.js';
import { createGitHubClient } from '../../src/github/client.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import { finding, HOSTILE, many, result } from './fixtures.js';

let github: ActionFakeGitHub;
beforeEach(async () => {
  github = new ActionFakeGitHub();
  await github.start();
});
afterEach(() => github.stop());

const PR = 7;
const failing = result(many(2, 1, 0));
const passing = result(many(0, 1, 0));
const request = (overrides: Partial<CommentRequest> = {}): CommentRequest => ({
  client: createGitHubClient({ apiUrl: github.url, token: 'good-token', writeSpacingMs: 0 }),
  repository: 'acme/payments',
  pullNumber: PR,
  mode: 'on-failure',
  result: failing,
  ...overrides,
});
const chatter = (n: number) => Array.from({ length: n }, (_, i) => `comment ${i}`);

describe('sticky PR comment', () => {
  it('finds the sticky comment on page 3 and updates it in place', async () => {
    github.addComments(PR, chatter(230));
    const [sticky] = github.addComments(PR, [`${STICKY_MARKER}\nold`], 'github-actions[bot]');
    github.addComments(PR, chatter(5));

    const outcome = await upsertStickyComment(request());
    expect(outcome).toEqual({ action: 'updated', id: sticky.id, removedDuplicates: 0 });
    expect(github.repoCalls('GET', 'issues/7/comments').map((r) => `?${r.query}`)).toEqual([
      '?per_page=100',
      '?per_page=100&page=2',
      '?per_page=100&page=3',
    ]);
    expect(github.calls('POST')).toHaveLength(0);
    expect(github.comments.get(PR)?.find((c) => c.id === sticky.id)?.body).toMatch(
      /^<!-- ai-vendor-gate:sticky -->\n\n## ❌ AI vendor gate: fail/,
    );
  });

  it('creates one when the gate fails and none exists, and never duplicates it', async () => {
    github.addComments(PR, chatter(3));
    expect((await upsertStickyComment(request())).action).toBe('created');
    expect((await upsertStickyComment(request())).action).toBe('updated');
    const sticky = github.comments.get(PR)?.filter((c) => c.body.startsWith(STICKY_MARKER));
    expect(sticky).toHaveLength(1);
  });

  it('on-failure: no comment for a passing gate, but an earlier one says it passes now', async () => {
    expect(await upsertStickyComment(request({ result: passing }))).toMatchObject({
      action: 'skipped',
    });
    expect(github.calls('POST')).toHaveLength(0);

    await upsertStickyComment(request());
    const outcome = await upsertStickyComment(request({ result: passing }));
    expect(outcome.action).toBe('updated');
    const [comment] = github.comments.get(PR) ?? [];
    expect(comment.body).toContain('✅ AI vendor gate: pass');
  });

  it('always comments; never does not even list', async () => {
    expect((await upsertStickyComment(request({ mode: 'always', result: passing }))).action).toBe(
      'created',
    );
    const before = github.requests.length;
    expect((await upsertStickyComment(request({ mode: 'never' }))).action).toBe('skipped');
    expect(github.requests).toHaveLength(before);
  });

  it('removes duplicates left by concurrent runs', async () => {
    const [first, second] = github.addComments(
      PR,
      [`${STICKY_MARKER}\na`, `${STICKY_MARKER}\nb`],
      'github-actions[bot]',
    );
    const outcome = await upsertStickyComment(request());
    expect(outcome).toEqual({ action: 'updated', id: first.id, removedDuplicates: 1 });
    expect(github.calls('DELETE')[0].path).toBe(
      `/repos/acme/payments/issues/comments/${second.id}`,
    );
  });

  it('a read-only token (fork) is a warning, never a failure', async () => {
    github.options.commentWriteStatus = 403;
    const outcome = await upsertStickyComment(request({ fromFork: true }));
    expect(outcome.action).toBe('warning');
    expect(outcome.action === 'warning' && outcome.reason).toBe(
      'Could not comment on pull request #7: the pull request comes from a fork, whose token is read-only (HTTP 403 (Resource not accessible by integration)); the gate result stands.',
    );
  });

  it('a 404 on listing is a warning', async () => {
    github.options.commentListStatus = 404;
    const outcome = await upsertStickyComment(request());
    expect(outcome.action === 'warning' && outcome.reason).toMatch(
      /list the comments of pull request #7: the token lacks "pull-requests: write" \(HTTP 404/,
    );
  });

  it('keeps the body within 65,536 characters and escapes untrusted text', () => {
    const huge = Array.from({ length: 3000 }, (_, i) =>
      finding('vendor-unknown', 'error', i + 1, { message: `${HOSTILE} ${'y'.repeat(60)}` }),
    );
    const body = commentBody(result(huge));
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/^::error::pwned/m);
  });

  it('does not follow a Link to another host, so the token stays with the API', async () => {
    github.route('GET', /^\/repos\/acme\/payments\/issues\/7\/comments$/, ({ send }) =>
      send(200, [{ id: 1, body: 'x' }], {
        link: '<https://evil.example/x?page=2>; rel="next"',
      }),
    );
    const outcome = await upsertStickyComment(request());
    expect(outcome.action).toBe('warning');
    expect(github.requests.every((r) => r.server === 'api')).toBe(true);
  });

  it('ends the comment with the history head', () => {
    const head = 'cd'.repeat(32);
    const body = commentBody(failing, { recordSha256: head });
    expect(body.trimEnd().endsWith(`--head ${head}\`</sub>`)).toBe(true);
    const huge = Array.from({ length: 3000 }, (_, i) =>
      finding('vendor-unknown', 'error', i + 1, { message: 'y'.repeat(80) }),
    );
    const cut = commentBody(result(huge), { recordSha256: head });
    expect(cut.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(cut).toContain(`history head): \`${head}\``);
  });
});
