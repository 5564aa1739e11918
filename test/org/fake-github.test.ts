// The shared fake behaves like GitHub where the client depends on it: pagination, the tarball
// redirect to another origin (which must not receive the token), rate limits and retries.
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../support/fake-github.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
});
afterEach(async () => {
  await fake.stop();
});

const client = (token = 'good-token') =>
  createGitHubClient({ apiUrl: fake.url, token, timeoutMs: 10_000 });

describe('fake GitHub', () => {
  it('paginates the organization listing with Link headers', async () => {
    for (let i = 0; i < 7; i++) fake.addRepo(`acme/r${i}`, { archived: i === 3 });
    const repos = await client().paginate('GET /orgs/{org}/repos', { org: 'acme', per_page: 3 });
    expect(repos.map((r) => r.name)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(repos.find((r) => r.name === 'r3')?.archived).toBe(true);
    expect(fake.calls('GET', '/orgs/acme/repos')).toHaveLength(3);
  });

  it('rejects a bad token', async () => {
    await expect(
      client('wrong').request('GET /orgs/{org}/repos', { org: 'acme' }),
    ).rejects.toMatchObject({
      status: 401,
    });
  });

  it('redirects the tarball to another origin that never sees the token', async () => {
    fake.addRepo('acme/app', { files: { 'README.md': 'hello' } });
    const response = await client().request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner: 'acme',
      repo: 'app',
      ref: 'main',
    });
    const bytes = gunzipSync(Buffer.from(response.data as ArrayBuffer));
    expect(bytes.toString('latin1')).toContain('acme-app-');
    const download = fake.requests.find((r) => r.server === 'codeload');
    expect(download?.path).toBe('/acme/app/legacy.tar.gz/main');
    expect(download?.authorization).toBeUndefined();
    expect(fake.requests.find((r) => r.server === 'api')?.authorization).toBe('token good-token');
  });

  it('injected rate limits, a 429 and a 502 are waited out and retried by the client', async () => {
    fake.addRepo('acme/app');
    fake.failAt(1, 'secondary-rate-limit');
    fake.failAt(2, 'too-many-requests');
    fake.failAt(3, 'bad-gateway');
    fake.failAt(4, 'rate-limit');
    const response = await client().request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'app',
    });
    expect(response.data.full_name).toBe('acme/app');
    expect(fake.requests.map((r) => r.status)).toEqual([403, 429, 502, 403, 200]);
  }, 60_000);

  it('lists issues with state=all, newest first, including ones created since', async () => {
    fake.addIssue('acme/gov', { title: 'old', state: 'closed' });
    const api = client();
    await api.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'gov',
      title: 'new',
    });
    const all = await api.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'gov',
      state: 'all',
      per_page: 1,
    });
    expect(all.map((i) => [i.number, i.title, i.state])).toEqual([
      [2, 'new', 'open'],
      [1, 'old', 'closed'],
    ]);
    await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'acme',
      repo: 'gov',
      issue_number: 2,
      state: 'closed',
    });
    expect(fake.issuesOf('acme/gov').map((i) => i.state)).toEqual(['closed', 'closed']);
  });
});
