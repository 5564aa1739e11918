// Where the registry comes from. On pull requests and merge groups it is the blob the base
// commit has at the path, resolved inside the base tree with git's semantics; the pull request's
// working tree is never read for it, only compared with it (registry-changed).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import { resolveRegistry } from '../../src/action/registry-source.js';
import { GateError } from '../../src/errors.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';

const BASE_REGISTRY = 'version: 1\nvendors: {}\n';
const PR_REGISTRY = 'version: 1\nvendors: {}\n# approved by the PR itself\n';
const FIXTURE = 'version: 1\nvendors: {}\n# a test fixture that approves everything\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let github: ActionFakeGitHub;
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

/** The base commit: a registry, a fixture that approves more, links of every kind. */
beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-registry-')));
  git(dir, 'init', '-q');
  await writeFile(path.join(dir, 'registry.yml'), BASE_REGISTRY);
  await mkdir(path.join(dir, 'test/fixtures'), { recursive: true });
  await mkdir(path.join(dir, 'policies/current'), { recursive: true });
  await writeFile(path.join(dir, 'test/fixtures/approve-all.yml'), FIXTURE);
  await writeFile(path.join(dir, 'policies/current/registry.yml'), BASE_REGISTRY);
  await symlink('current', path.join(dir, 'policies/live'));
  await symlink('policies/current/registry.yml', path.join(dir, 'linked.yml'));
  await symlink('../../outside.yml', path.join(dir, 'policies/escape.yml'));
  await symlink('/etc/hostname', path.join(dir, 'policies/absolute.yml'));
  await symlink('loop-b.yml', path.join(dir, 'loop-a.yml'));
  await symlink('loop-a.yml', path.join(dir, 'loop-b.yml'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  baseSha = git(dir, 'rev-parse', 'HEAD');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = new ActionFakeGitHub();
  await github.start();
  await rm(path.join(dir, 'registry.yml'), { force: true });
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
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof GateError ? error.message : `not a GateError: ${error}`),
  );

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

  it('a registry swapped for a link to a base-commit fixture is read as the base has it', async () => {
    await unlink(path.join(dir, 'registry.yml'));
    await symlink('test/fixtures/approve-all.yml', path.join(dir, 'registry.yml'));
    const resolved = await resolve('registry.yml', context(pr(baseSha)));
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registryChanged).toEqual({ file: 'registry.yml', base: baseSha });
  });

  it('follows links of the base tree inside it, file and folder alike', async () => {
    for (const source of ['linked.yml', 'policies/live/registry.yml', './policies/../linked.yml']) {
      const resolved = await resolve(source, context(pr(baseSha)));
      expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
      // The working tree has the same links: nothing changed.
      expect(resolved.registryChanged).toBeUndefined();
    }
  });

  it('a link retargeted by the pull request is registry-changed, even to equal bytes', async () => {
    const link = path.join(dir, 'linked.yml');
    await unlink(link);
    await symlink('registry.yml', link);
    try {
      const resolved = await resolve('linked.yml', context(pr(baseSha)));
      expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
      expect(resolved.registryChanged).toEqual({ file: 'linked.yml', base: baseSha });
    } finally {
      await unlink(link);
      await symlink('policies/current/registry.yml', link);
    }
  });

  it('refuses base-commit links out of the repository, absolute ones and loops', async () => {
    const base = baseSha.slice(0, 12);
    expect(await refusal(resolve('policies/escape.yml', context(pr(baseSha))))).toBe(
      `The registry policies/escape.yml is a symbolic link in the base commit ${base} that points outside the repository, which the gate does not follow.`,
    );
    expect(await refusal(resolve('policies/absolute.yml', context(pr(baseSha))))).toMatch(
      /points outside the repository/,
    );
    expect(await refusal(resolve('loop-a.yml', context(pr(baseSha))))).toMatch(
      /goes through more than 40 symbolic links/,
    );
  });

  it('a directory, or a path the base lacks, is exit 2 with the repository path', async () => {
    const base = baseSha.slice(0, 12);
    expect(await refusal(resolve('policies', context(pr(baseSha))))).toBe(
      `The registry policies is a directory in the base commit ${base}, not a file.`,
    );
    await writeFile(path.join(dir, 'new-registry.yml'), PR_REGISTRY);
    expect(await refusal(resolve('new-registry.yml', context(pr(baseSha))))).toBe(
      `The registry new-registry.yml does not exist in the base commit ${base}, and a pull request cannot bring the registry it is checked against.`,
    );
    expect(await refusal(resolve(path.join(dir, '..', 'x.yml'), context(pr(baseSha))))).toMatch(
      /resolves outside the workspace/,
    );
  });

  it('a shallow checkout without the base commit reads it through the contents API', async () => {
    const missing = 'd'.repeat(40);
    github.setRepoFile(missing, 'registry.yml', BASE_REGISTRY);
    await writeFile(path.join(dir, 'registry.yml'), PR_REGISTRY);
    const resolved = await resolve(
      'registry.yml',
      context({ ...pr(missing), eventName: 'merge_group' }),
    );
    expect(resolved.origin).toBe('base commit (API)');
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registryChanged).toEqual({ file: 'registry.yml', base: missing });
    expect(github.repoCalls('GET', 'contents/')[0].query.get('ref')).toBe(missing);
  });

  it('through the API too, a base link is followed inside the base tree only', async () => {
    const missing = 'a'.repeat(40);
    github.setRepoFile(missing, 'policies/current/registry.yml', BASE_REGISTRY);
    github.setRepoFile(missing, 'test/fixtures/approve-all.yml', FIXTURE);
    github.setSymlink(missing, 'registry.yml', 'policies/current/registry.yml');
    github.setSymlink(missing, 'policies/escape.yml', '../../outside.yml');
    // The pull request points the link at the fixture: the base target still counts.
    await unlink(path.join(dir, 'registry.yml'));
    await symlink('test/fixtures/approve-all.yml', path.join(dir, 'registry.yml'));
    const resolved = await resolve('registry.yml', context(pr(missing)));
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registryChanged).toEqual({ file: 'registry.yml', base: missing });
    expect(github.repoCalls('GET', 'contents/').map((r) => r.path)).toEqual([
      '/repos/acme/payments/contents/registry.yml',
      '/repos/acme/payments/contents/policies/current/registry.yml',
    ]);
    expect(await refusal(resolve('policies/escape.yml', context(pr(missing))))).toMatch(
      /points outside the repository/,
    );
    expect(await refusal(resolve('policies', context(pr(missing))))).toMatch(/is a directory/);
  });

  it('a registry the base commit lacks cannot be evaluated, through the API too', async () => {
    expect(await refusal(resolve('registry.yml', context(pr('e'.repeat(40)))))).toBe(
      'The registry registry.yml does not exist in the base commit eeeeeeeeeeee, and a pull request cannot bring the registry it is checked against.',
    );
  });

  it('a pull request event without a base commit fails closed', async () => {
    await expect(
      resolve('registry.yml', context({ eventName: 'pull_request', isBaseEvent: true })),
    ).rejects.toThrow(/names no base commit/);
  });

  it('reads github:OWNER/REPO/PATH@REF through the contents API with the token', async () => {
    github.setRepoFile('main', 'policies/registry.yml', BASE_REGISTRY);
    const source = 'github:acme/payments/policies/registry.yml@main';
    const resolved = await resolve(source, context(pr(baseSha)), sha256(BASE_REGISTRY));
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(resolved.registry.file).toBe(source);
    expect(resolved.origin).toBe('remote');
  });

  it('waits out a rate limit on the contents API and carries on', async () => {
    github.setRepoFile('main', 'policies/registry.yml', BASE_REGISTRY);
    github.failAt(1, 'too-many-requests');
    const resolved = await resolve('github:acme/payments/policies/registry.yml@main', context());
    expect(text(resolved.registry.bytes)).toBe(BASE_REGISTRY);
    expect(github.requests.map((r) => r.status)).toEqual([429, 200]);
  }, 30_000);

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
