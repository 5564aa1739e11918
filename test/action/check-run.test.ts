import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import { publishCheckRun } from '../../src/action/check-run.js';
import { createGitHubClient } from '../../src/github/client.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import { finding, many, result } from './fixtures.js';

let github: ActionFakeGitHub;
beforeEach(async () => {
  github = new ActionFakeGitHub();
  await github.start();
});
afterEach(() => github.stop());

const SHA = 'c'.repeat(40);
const client = () =>
  createGitHubClient({ apiUrl: github.url, token: 'good-token', writeSpacingMs: 0 });

describe('check run', () => {
  it('carries every annotation, 50 per request, and completes with the decision', async () => {
    const findings = [
      ...many(60, 40, 20),
      finding('review-stale', 'error', 1, {
        location: {
          file: 'github:acme/gov/r.yml@main',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      }),
    ];
    const gate = result(findings);
    const outcome = await publishCheckRun({
      client: client(),
      repository: 'acme/payments',
      headSha: SHA,
      result: gate,
      annotations: planAnnotations(findings).all,
    });
    expect(outcome).toMatchObject({ published: true, annotations: 120, requests: 3 });
    const [run] = github.checkRuns;
    expect(run).toMatchObject({
      name: 'ai-vendor-gate',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations[0]).toMatchObject({
      path: '.github/ai-vendors.yml',
      annotation_level: 'failure',
      title: 'vendor-unknown',
      start_line: 1,
      start_column: 5,
    });
    expect((github.repoCalls('POST', 'check-runs')[0].body as { status: string }).status).toBe(
      'in_progress',
    );
    expect(github.repoCalls('PATCH', 'check-runs')).toHaveLength(2);
  });

  it('creates a completed run in one request when it fits', async () => {
    const outcome = await publishCheckRun({
      client: client(),
      repository: 'acme/payments',
      headSha: SHA,
      result: result([]),
      annotations: [],
    });
    expect(outcome).toMatchObject({ published: true, requests: 1 });
    expect(github.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it("publishes the history head (the record's sha256) in the run's summary", async () => {
    const head = 'ab'.repeat(32);
    await publishCheckRun({
      client: client(),
      repository: 'acme/payments',
      headSha: SHA,
      result: result([]),
      annotations: [],
      recordSha256: head,
    });
    expect(github.checkRuns[0].summary).toContain(
      `Gate record SHA-256 (history head): \`${head}\``,
    );
  });

  it('without checks: write, reports why and publishes nothing', async () => {
    github.options.checkRunStatus = 403;
    const outcome = await publishCheckRun({
      client: client(),
      repository: 'acme/payments',
      headSha: SHA,
      result: result(many(1, 0, 0)),
      annotations: planAnnotations(many(1, 0, 0)).all,
    });
    expect(outcome.published).toBe(false);
    expect(outcome.published === false && outcome.reason).toMatch(/checks: write.*HTTP 403/);
    expect(github.checkRuns).toHaveLength(0);
  });
});
