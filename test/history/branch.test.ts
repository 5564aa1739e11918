import { afterEach, describe, expect, it } from 'vitest';
import { appendToHistoryBranch, type HistoryBranchOptions } from '../../src/history/branch.js';
import { verifyHistory } from '../../src/history/chain.js';
import { buildRecord, serializeRecord } from '../../src/history/record.js';
import { chainOf, makeResult, runContext, staleFinding } from './fixtures.js';
import { createGitHubClient } from '../../src/github/client.js';
import { ActionFakeGitHub, type ActionFakeOptions } from '../support/fake-github-action.js';

let fake: ActionFakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function serve(options: ActionFakeOptions = {}) {
  fake = new ActionFakeGitHub(options);
  const apiUrl = await fake.start();
  return { fake, apiUrl };
}

const BRANCH = 'ai-vendor-gate-history';
/** A branch holding these files. */
function branch(github: ActionFakeGitHub, files: [string, string][], name = BRANCH): void {
  const map = github.refFilesOf(name, true) as Map<string, Buffer>;
  for (const [path, text] of files) map.set(path, Buffer.from(text));
}
const count = (github: ActionFakeGitHub, method: string, rest: string) =>
  github.repoCalls(method, rest).length;
/** A client per run, as each job has; writes unspaced for a local server. */
const clientFor = (apiUrl: string, token = 'good-token') =>
  createGitHubClient({ apiUrl, token, writeSpacingMs: 0 });

function options(apiUrl: string, extra: Partial<HistoryBranchOptions> = {}): HistoryBranchOptions {
  return {
    apiUrl,
    token: 'good-token',
    repository: 'acme/payments',
    branch: BRANCH,
    record: chainOf(1)[0],
    baseDelayMs: 1,
    maxDelayMs: 20,
    ...extra,
    client: clientFor(apiUrl, extra.token),
  };
}

const lines = (text: string | undefined): string[] =>
  (text ?? '').split('\n').filter((l) => l !== '');

describe('appendToHistoryBranch', () => {
  it('20 concurrent appenders: 20 records, chain intact, on an orphan branch', async () => {
    const { fake, apiUrl } = await serve({ jitterMs: 3 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendToHistoryBranch(
          options(apiUrl, {
            record: (previous) =>
              buildRecord(makeResult(i % 4 === 0 ? [staleFinding] : []), runContext(i), previous),
            // the default 10 attempts; delays scaled down from 250 ms / 8 s
            baseDelayMs: 20,
            maxDelayMs: 640,
          }),
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const text = fake.text(BRANCH);
    expect(verifyHistory(text ?? '')).toEqual({ ok: true, count: 20 });
    const runIds = lines(text).map((l) => (JSON.parse(l) as { run: { id: string } }).run.id);
    expect(new Set(runIds).size).toBe(20);
    // Contention really happened: stale shas were refused and retried.
    expect(
      fake.requests.filter((r) => r.status === 409 || r.status === 422).length,
    ).toBeGreaterThan(0);
    expect(Math.max(...results.map((r) => (r.ok ? r.attempts : 0)))).toBeGreaterThan(1);
    // The branch began as one commit without parents.
    expect(count(fake, 'POST', 'git/refs')).toBeGreaterThanOrEqual(1);
    expect([...(fake.refFiles.get('acme/payments')?.keys() ?? [])]).toEqual([BRANCH]);
    const roots = [...fake.commits.values()];
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.every((c) => c.parents.length === 0 && c.message.includes('[skip ci]'))).toBe(
      true,
    );
    // Each result reports the record as written.
    const written = new Set(lines(text).map((l) => (JSON.parse(l) as { sha256: string }).sha256));
    for (const r of results) if (r.ok) expect(written.has(r.record.sha256)).toBe(true);
  });

  it('appends to an existing history, chained to its last line', async () => {
    const { fake, apiUrl } = await serve();
    const existing = chainOf(3);
    branch(fake, [['history.jsonl', existing.map((r) => `${serializeRecord(r)}\n`).join('')]]);
    const result = await appendToHistoryBranch(options(apiUrl, { record: chainOf(4)[3] }));
    expect(result).toMatchObject({ ok: true, attempts: 1, previous: existing[2].sha256 });
    expect(verifyHistory(fake.text(BRANCH) ?? '')).toEqual({
      ok: true,
      count: 4,
    });
  });

  it('creates the file on an existing branch that lacks it', async () => {
    const { fake, apiUrl } = await serve();
    branch(fake, [['README.md', 'hi\n']]);
    const result = await appendToHistoryBranch(options(apiUrl, { path: 'audit/history.jsonl' }));
    expect(result).toMatchObject({ ok: true, previous: null });
    expect(verifyHistory(fake.text(BRANCH, 'audit/history.jsonl') ?? '')).toEqual({
      ok: true,
      count: 1,
    });
    expect(count(fake, 'POST', 'git/refs')).toBe(0);
  });

  it('reads files above the inline limit through the blobs API', async () => {
    const { fake, apiUrl } = await serve({ inlineLimit: 10 });
    const existing = chainOf(2);
    branch(fake, [['history.jsonl', existing.map((r) => `${serializeRecord(r)}\n`).join('')]]);
    const result = await appendToHistoryBranch(options(apiUrl, { record: chainOf(3)[2] }));
    expect(result).toMatchObject({ ok: true, previous: existing[1].sha256 });
    expect(count(fake, 'GET', 'git/blobs')).toBe(1);
    expect(verifyHistory(fake.text(BRANCH) ?? '')).toEqual({
      ok: true,
      count: 3,
    });
  });

  it.each([
    [401, { token: 'bad' }],
    [404, { repository: 'acme/elsewhere' }],
    [403, { putStatus: 403 }],
  ] as const)('gives up at once on %i', async (status, setup) => {
    const { fake, apiUrl } = await serve('putStatus' in setup ? setup : {});
    if ('putStatus' in setup) branch(fake, []);
    const result = await appendToHistoryBranch(
      options(apiUrl, 'putStatus' in setup ? {} : (setup as Partial<HistoryBranchOptions>)),
    );
    expect(result).toMatchObject({ ok: false, status });
    if (!result.ok)
      expect(result.reason).toMatch(/^GitHub answered \d{3} to \w+ [\w/.]+(: .*)?\.$/);
    expect(fake.calls('PUT').length).toBeLessThanOrEqual(1);
  });

  it('retries conflicts with jittered exponential back-off, then gives up', async () => {
    const { fake, apiUrl } = await serve({ putStatus: 409 });
    branch(fake, []);
    const sleeps: number[] = [];
    const result = await appendToHistoryBranch(
      options(apiUrl, {
        maxAttempts: 4,
        baseDelayMs: 100,
        maxDelayMs: 300,
        random: () => 0.5,
        sleep: async (ms) => void sleeps.push(ms),
      }),
    );
    expect(sleeps).toEqual([50, 100, 150]);
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (!result.ok)
      expect(result.reason).toMatch(
        /^Gave up after 4 attempts; the last one failed: GitHub answered 409/,
      );
    expect(count(fake, 'PUT', 'contents')).toBe(4);
  });

  it('does not append twice when a write went through but its answer was lost', async () => {
    const { fake, apiUrl } = await serve();
    branch(fake, []);
    let lost = false;
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && !lost) {
        lost = true;
        throw new TypeError('socket hang up');
      }
      return response;
    };
    const result = await appendToHistoryBranch({
      ...options(apiUrl, { sleep: async () => undefined }),
      client: createGitHubClient({
        apiUrl,
        token: 'good-token',
        writeSpacingMs: 0,
        fetch: fetchImpl,
      }),
    });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(verifyHistory(fake.text(BRANCH) ?? '')).toEqual({
      ok: true,
      count: 1,
    });
  });

  it('refuses to chain onto a branch history whose last line is not a record', async () => {
    const { fake, apiUrl } = await serve();
    branch(fake, [['history.jsonl', 'garbage\n']]);
    const result = await appendToHistoryBranch(options(apiUrl));
    expect(result).toMatchObject({ ok: false, status: 0 });
    expect(count(fake, 'PUT', 'contents')).toBe(0);
  });

  it('rejects a repository that is not OWNER/NAME', async () => {
    const result = await appendToHistoryBranch(
      options('http://127.0.0.1:9', { repository: '../x' }),
    );
    expect(result).toMatchObject({ ok: false, status: 0 });
  });
});
