import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';

let dir: string;
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avg-context-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function event(name: string, payload: unknown) {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_WORKSPACE: dir };
}

describe('action context', () => {
  it('reads the base and head of a pull request, and whether it comes from a fork', async () => {
    const context = readContext({
      ...(await event('pull_request', {
        pull_request: {
          number: 12,
          base: { sha: BASE, repo: { full_name: 'acme/app' } },
          head: { sha: HEAD, repo: { full_name: 'mallory/app' } },
        },
      })),
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
    });
    expect(context).toMatchObject({
      isBaseEvent: true,
      baseSha: BASE,
      headSha: HEAD,
      pullRequest: { number: 12, fromFork: true },
      apiUrl: 'https://ghe.example.com/api/v3',
      repository: 'acme/app',
    });
  });

  it('takes a merge group base from merge_group.base_sha', async () => {
    const context = readContext(
      await event('merge_group', { merge_group: { base_sha: BASE, head_sha: HEAD } }),
    );
    expect(context).toMatchObject({ isBaseEvent: true, baseSha: BASE, headSha: HEAD });
    expect(context.pullRequest).toBeUndefined();
  });

  it('on push uses the tree as it is', async () => {
    const context = readContext({ ...(await event('push', {})), GITHUB_SHA: HEAD });
    expect(context).toMatchObject({
      isBaseEvent: false,
      headSha: HEAD,
      apiUrl: 'https://api.github.com',
    });
    expect(context.baseSha).toBeUndefined();
  });
});
