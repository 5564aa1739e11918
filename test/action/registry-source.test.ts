import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import { resolveRegistry } from '../../src/action/registry-source.js';
import { GateError } from '../../src/errors.js';
import { FakeGitHub } from './fake-github.js';

const BASE_REGISTRY = 'version: 1\nvendors: {}\n';
const PR_REGISTRY = 'version: 1\nvendors: {}\n# approved by the PR itself\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let github: FakeGitHub;
let dir: string;
let baseSha: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-registry-')));
  git(dir, 'init', '-q');
  await writeFile(path.join(dir, 'registry.yml'), BASE_REGISTRY);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  baseSha = git(dir, 'rev-parse', 'HEAD');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = new FakeGitHub();
  await github.start();
  await writeFile(path.join(dir, 'registry.yml'), BASE_REGISTRY);
});
afterEach(() => github.stop());

const context = (overrides: Partial<ActionContext> = {}): ActionContext => ({
  workspace: dir,
  repository: 'acme/payments',
  apiUrl: github.url,
  eventName: 'push',
  isBaseEvent: false,
  ...overrides,
});
const pr = (base: string): Partial<ActionContext> => ({
  eventName: 'pull_request',
  isBaseEvent: true,
  baseSha: base,
});
const resolve = (source: string, ctx: ActionContext, pin?: string) =>
  resolveRegistry({ source, workspace: dir, context: ctx, token: 'good-token', pin });
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('registry source', () => {
  it('on push reads the working tree as it is', async () => {
    await writeFile(path.join(dir, 'registry.yml'), PR_REGISTRY);
    const resolved = await resolve('registry.yml', context());
    expect(text(resolved.registry.bytes)).toBe(PR_REGISTRY);
    expect(resolved.registryChanged).toBeUndefined();
    expect(resolved.registry.file).toBe('registry.yml');
  });

  it('on a pull request that changes it, reads the base commit from git history', async () => {
    await writeFile(path.join(dir, 'registry.yml'), PR_REGISTRY);
    const resolved = await resolve('registry.yml', context(pr(baseSha)));
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.origin).toBe('base commit (git)');
    expect(resolved.registryChanged).toEqual({ file: 'registry.yml', base: baseSha });
  });

  it('an unchanged registry gives no registry-changed warning', async () => {
    const resolved = await resolve('registry.yml', context(pr(baseSha)));
    expect(resolved.registryChanged).toBeUndefined();
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
  });

  it('a shallow checkout without the base commit reads it through the contents API', async () => {
    const missing = 'd'.repeat(40);
    github.setFile(missing, 'registry.yml', BASE_REGISTRY);
    await writeFile(path.join(dir, 'registry.yml'), PR_REGISTRY);
    const resolved = await resolve(
      'registry.yml',
      context({ ...pr(missing), eventName: 'merge_group' }),
    );
    expect(resolved.origin).toBe('base commit (API)');
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registryChanged).toEqual({ file: 'registry.yml', base: missing });
    expect(github.calls('GET', '/contents/')[0].query).toBe(`?ref=${missing}`);
  });

  it('a registry the base commit lacks cannot be evaluated', async () => {
    await expect(resolve('registry.yml', context(pr('e'.repeat(40))))).rejects.toThrow(
      /could not be read from the base commit eeeeeeeeeeee through the API/,
    );
    await writeFile(path.join(dir, 'new-registry.yml'), PR_REGISTRY);
    await expect(resolve('new-registry.yml', context(pr(baseSha)))).rejects.toThrow(
      /does not exist in the base commit/,
    );
  });

  it('a pull request event without a base commit fails closed', async () => {
    await expect(
      resolve('registry.yml', context({ eventName: 'pull_request', isBaseEvent: true })),
    ).rejects.toThrow(/names no base commit/);
  });

  it('reads github:OWNER/REPO/PATH@REF through the contents API with the token', async () => {
    github.setFile('main', 'policies/registry.yml', BASE_REGISTRY);
    const source = 'github:acme/payments/policies/registry.yml@main';
    const resolved = await resolve(source, context(pr(baseSha)), sha256(BASE_REGISTRY));
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registry.file).toBe(source);
    expect(resolved.origin).toBe('remote');
  });

  it('a pinned digest that does not match names both hashes', async () => {
    const pin = 'f'.repeat(64);
    const error = await resolve('registry.yml', context(), pin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toBe(
      `The registry registry.yml has SHA-256 ${sha256(BASE_REGISTRY)}, but registry-sha256 pins ${pin}.`,
    );
  });

  it('a registry path outside the workspace is refused', async () => {
    await expect(resolve('../registry.yml', context())).rejects.toThrow(
      /resolves outside the workspace/,
    );
  });
});
