// Red team, paths and symbolic links: what a pull request can commit (links, `..`, folders where
// files should be) thrown at the bundled action and CLI. Each case asserts the defended outcome.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import {
  CLEAN_MANIFEST,
  REGISTRY,
  cli,
  foreignCommands,
  git,
  requireBundles,
  runAction,
  stackTrace,
  tempDir,
  writeTree,
  type ActionRun,
} from './attacks-harness.js';

const REJECTING = REGISTRY.replace('status: approved\n    review', 'status: rejected\n    review');
const APPROVING = REGISTRY;
const TIMEOUT = 120_000;

let github: ActionFakeGitHub;
let outside: string;

beforeAll(async () => {
  requireBundles();
  github = new ActionFakeGitHub();
  await github.start();
  outside = await tempDir('outside');
});
afterAll(async () => {
  await github.stop();
});
beforeEach(() => {
  github.options.checkRunStatus = 403;
});

async function workspace(files: Record<string, string | Buffer> = {}): Promise<string> {
  const root = await tempDir('ws');
  await writeTree(root, {
    '.github/ai-vendors.yml': CLEAN_MANIFEST,
    'registry.yml': REGISTRY,
    ...files,
  });
  return root;
}

function findingRules(run: ActionRun): string[] {
  return (JSON.parse(run.outputs.findings ?? '[]') as { ruleId: string }[]).map((f) => f.ruleId);
}

function expectCouldNotEvaluate(run: ActionRun, sentence: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.outputs.decision).toBe('error');
  expect(stackTrace(run.stdout + run.stderr)).toBe(false);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors.join('\n')).toMatch(sentence);
  expect(foreignCommands(run.stdout)).toEqual([]);
}

/** Base commit: registry rejects acme-ai; fixture approves it. Head: `mutate` applied, committed. */
async function pullRequestRepo(
  mutate: (root: string) => Promise<void>,
  layout: Record<string, string> = {},
): Promise<{ root: string; baseSha: string; headSha: string }> {
  const root = await tempDir('pr');
  await writeTree(root, {
    '.github/ai-vendors.yml': CLEAN_MANIFEST,
    'registry.yml': REJECTING,
    'test/fixtures/registry.yml': APPROVING,
    'test/fixtures/sub/readme.md': 'fixture\n',
    ...layout,
  });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD');
  await mutate(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');
  return { root, baseSha, headSha: git(root, 'rev-parse', 'HEAD') };
}

describe('registry provenance on pull requests and merge queues', () => {
  const swaps: [string, string, (root: string) => Promise<void>, Record<string, string>?][] = [
    [
      'the registry becomes a link to an approving base fixture',
      'registry.yml',
      async (root) => {
        await unlink(path.join(root, 'registry.yml'));
        await symlink('test/fixtures/registry.yml', path.join(root, 'registry.yml'));
      },
    ],
    [
      "the registry's folder becomes a link to the fixtures folder",
      'policies/registry.yml',
      async (root) => {
        await rm(path.join(root, 'policies'), { recursive: true });
        await symlink('test/fixtures', path.join(root, 'policies'));
      },
      { 'policies/registry.yml': REJECTING },
    ],
    [
      'a `..` input walks through a folder the pull request turns into a link',
      'test/fixtures/sub/../../../registry.yml',
      async (root) => {
        // Lexically this is registry.yml; through the working tree's links it is the fixture.
        await rm(path.join(root, 'test/fixtures/sub'), { recursive: true });
        await mkdir(path.join(root, 'test/fixtures/a'), { recursive: true });
        await symlink('a', path.join(root, 'test/fixtures/sub'));
        await writeFile(path.join(root, 'test/fixtures/a/x'), '');
        await writeFile(path.join(root, 'test/registry.yml'), APPROVING);
      },
    ],
    [
      'the registry is deleted by the pull request',
      'registry.yml',
      async (root) => {
        await unlink(path.join(root, 'registry.yml'));
      },
    ],
    [
      'the registry is replaced by a folder holding an approving registry',
      'registry.yml',
      async (root) => {
        await unlink(path.join(root, 'registry.yml'));
        await writeTree(root, { 'registry.yml/registry.yml': APPROVING });
      },
    ],
  ];

  for (const eventName of ['pull_request', 'pull_request_target', 'merge_group']) {
    for (const [name, input, mutate, layout] of swaps) {
      it(
        `${eventName}: ${name} — the base registry decides`,
        async () => {
          const { root, baseSha, headSha } = await pullRequestRepo(mutate, layout);
          const run = await runAction(
            github,
            root,
            { registry: input, 'pr-comment': 'never' },
            { eventName, baseSha, headSha },
          );
          expect(stackTrace(run.stdout + run.stderr)).toBe(false);
          expect(run.code).toBe(1);
          expect(run.outputs.decision).toBe('fail');
          const rules = findingRules(run);
          expect(rules).toContain('vendor-not-approved');
        },
        TIMEOUT,
      );
    }
  }

  it(
    'a registry absent from the base commit (the pull request brings it) is exit 2',
    async () => {
      const { root, baseSha, headSha } = await pullRequestRepo(async (r) => {
        await writeTree(r, { 'new/registry.yml': APPROVING });
      });
      const run = await runAction(
        github,
        root,
        { registry: 'new/registry.yml', 'pr-comment': 'never' },
        { baseSha, headSha },
      );
      expectCouldNotEvaluate(run, /new\/registry\.yml does not exist in the base commit/);
    },
    TIMEOUT,
  );

  it(
    'a registry that is a link out of the repository in the base commit is exit 2',
    async () => {
      const root = await tempDir('pr-abs');
      await writeTree(root, { '.github/ai-vendors.yml': CLEAN_MANIFEST });
      await writeFile(path.join(outside, 'approving.yml'), APPROVING);
      await symlink(path.join(outside, 'approving.yml'), path.join(root, 'registry.yml'));
      git(root, 'init', '-q');
      git(root, 'add', '.');
      git(root, 'commit', '-q', '-m', 'base');
      const sha = git(root, 'rev-parse', 'HEAD');
      const run = await runAction(
        github,
        root,
        { registry: 'registry.yml', 'pr-comment': 'never' },
        { baseSha: sha, headSha: sha },
      );
      expectCouldNotEvaluate(run, /registry\.yml is a symbolic link .* outside the repository/);
    },
    TIMEOUT,
  );

  it(
    'an event that names no base commit never falls back to the working tree',
    async () => {
      const root = await workspace({ 'registry.yml': APPROVING });
      const run = await runAction(
        github,
        root,
        { registry: 'registry.yml', 'pr-comment': 'never' },
        { eventName: 'merge_group', baseSha: '' },
      );
      expect(run.code).toBe(2);
      expect(run.outputs.decision).toBe('error');
      expect(stackTrace(run.stdout + run.stderr)).toBe(false);
    },
    TIMEOUT,
  );
});

describe('paths the action reads and writes stay in the workspace', () => {
  for (const [input, value] of [
    ['manifest', '../outside.yml'],
    ['manifest', '/etc/passwd'],
    ['registry', '/etc/passwd'],
    ['sarif-file', '../escaped.sarif'],
    ['sarif-file', '/tmp/avg-attack-escaped.sarif'],
    ['record-file', '../escaped-record.json'],
  ] as const) {
    it(
      `${input}: ${JSON.stringify(value)} is exit 2 and nothing is written outside`,
      async () => {
        const root = await workspace();
        await writeFile(path.join(path.dirname(root), 'outside.yml'), CLEAN_MANIFEST);
        const run = await runAction(
          github,
          root,
          {
            registry: 'registry.yml',
            'pr-comment': 'never',
            [input]: value,
          },
          { eventName: 'push' },
        );
        expect(run.code).toBe(2);
        expect(run.outputs.decision).toBe('error');
        expect(stackTrace(run.stdout + run.stderr)).toBe(false);
        expect(foreignCommands(run.stdout)).toEqual([]);
        expect(existsSync(path.join(path.dirname(root), 'escaped.sarif'))).toBe(false);
        expect(existsSync(path.join(path.dirname(root), 'escaped-record.json'))).toBe(false);
        expect(existsSync('/tmp/avg-attack-escaped.sarif')).toBe(false);
      },
      TIMEOUT,
    );
  }

  it(
    'a committed link named like the SARIF file cannot make the gate write outside',
    async () => {
      const root = await workspace();
      const target = path.join(outside, `victim-${Date.now()}.txt`);
      await writeFile(target, 'precious\n');
      await symlink(target, path.join(root, 'ai-vendor-gate.sarif'));
      await symlink(
        path.join(outside, 'created.json'),
        path.join(root, 'ai-vendor-gate-record.json'),
      );
      const run = await runAction(
        github,
        root,
        { registry: 'registry.yml', 'pr-comment': 'never' },
        { eventName: 'push' },
      );
      expect(run.code).toBe(2);
      expect(await readFile(target, 'utf8')).toBe('precious\n');
      expect(existsSync(path.join(outside, 'created.json'))).toBe(false);
    },
    TIMEOUT,
  );

  // A pull request that commits `ai-vendor-gate.sarif -> .git/config` (or a record link to the
  // registry, or to a script a later step runs) must not have the gate overwrite that file.
  it(
    'a committed link named like the SARIF file cannot make the gate overwrite .git/config',
    async () => {
      const root = await workspace();
      git(root, 'init', '-q');
      const config = await readFile(path.join(root, '.git/config'), 'utf8');
      await symlink('.git/config', path.join(root, 'ai-vendor-gate.sarif'));
      await symlink('registry.yml', path.join(root, 'ai-vendor-gate-record.json'));
      const run = await runAction(
        github,
        root,
        { registry: 'registry.yml', 'pr-comment': 'never' },
        { eventName: 'push' },
      );
      expect(run.code === 1 || run.code === 2).toBe(true);
      expect(await readFile(path.join(root, '.git/config'), 'utf8')).toBe(config);
      expect(await readFile(path.join(root, 'registry.yml'), 'utf8')).toBe(REGISTRY);
    },
    TIMEOUT,
  );

  for (const [name, make] of [
    ['a folder', async (m: string) => mkdir(m)],
    ['a link to a folder', async (m: string) => symlink('.', m)],
    ['a link to itself', async (m: string) => symlink('ai-vendors.yml', m)],
    ['a dangling link', async (m: string) => symlink('nowhere.yml', m)],
  ] as const) {
    it(
      `a manifest that is ${name} is never a pass`,
      async () => {
        const root = await workspace();
        const manifest = path.join(root, '.github/ai-vendors.yml');
        await unlink(manifest);
        await make(manifest);
        const run = await runAction(
          github,
          root,
          { registry: 'registry.yml', 'pr-comment': 'never' },
          { eventName: 'push' },
        );
        expect(run.code).not.toBe(0);
        expect(run.outputs.decision).not.toBe('pass');
        expect(stackTrace(run.stdout + run.stderr)).toBe(false);
        expect(foreignCommands(run.stdout)).toEqual([]);
      },
      TIMEOUT,
    );
  }
});

describe('the scan through links, special files and loops', () => {
  it(
    'never reads outside the root, never hangs on a FIFO or a device, and says what it skipped',
    async () => {
      const root = await tempDir('scan');
      await writeFile(path.join(outside, 'secret.ts'), 'fetch("https://api.openai.com/v1")\n');
      await writeTree(root, { 'src/app.ts': 'export {};\n' });
      await symlink(path.join(outside, 'secret.ts'), path.join(root, 'src/out.ts'));
      await symlink(outside, path.join(root, 'src/outdir'));
      await symlink('/proc/self/environ', path.join(root, 'src/environ.ts'));
      await symlink('/proc/self', path.join(root, 'src/proc'));
      await symlink('/dev/zero', path.join(root, 'src/zero.ts'));
      await symlink('/dev/urandom', path.join(root, 'src/random.ts'));
      await symlink('/', path.join(root, 'src/rootfs'));
      await symlink('..', path.join(root, 'src/loop'));
      await symlink('b', path.join(root, 'src/a'));
      await symlink('a', path.join(root, 'src/b'));
      execFileSync('mkfifo', [path.join(root, 'src/pipe.ts')]);
      execFileSync('mkfifo', [path.join(root, 'package.json')]);
      const run = await cli(['scan', '--root', root, '--format', 'json'], {
        env: { OPENAI_API_KEY: 'sk-live-do-not-read' },
        timeoutMs: 60_000,
      });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(0);
      expect(stackTrace(run.stderr)).toBe(false);
      const report = JSON.parse(run.stdout) as {
        evidence: { vendor: string; file: string }[];
        skipped: { file: string; reason: string }[];
      };
      // Nothing from outside the root became evidence (the linked secret.ts, the environment).
      expect(report.evidence).toEqual([]);
      const skipped = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
      expect(skipped['src/out.ts']).toBe('outside-root');
      expect(skipped['src/environ.ts']).toBe('outside-root');
      expect(skipped['src/zero.ts']).toBe('outside-root');
      // The FIFOs are named, not silently dropped and not waited on.
      expect(skipped['src/pipe.ts']).toBeDefined();
      expect(skipped['package.json']).toBeDefined();
      expect(run.stdout).not.toContain('sk-live-do-not-read');
    },
    TIMEOUT,
  );

  it(
    'a symbolic link inside the root is evidence once, at its own path or its target',
    async () => {
      const root = await tempDir('scan-in');
      await writeTree(root, { 'lib/real.ts': 'fetch("https://api.openai.com/v1")\n' });
      await symlink('../lib', path.join(root, 'src'));
      const run = await cli(['scan', '--root', root, '--format', 'json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { evidence: { vendor: string; file: string }[] };
      expect(report.evidence.map((e) => e.vendor)).toContain('openai');
    },
    TIMEOUT,
  );

  it(
    'a root that is a FIFO, a device or absent is exit 2 with one sentence',
    async () => {
      const dir = await tempDir('scan-root');
      execFileSync('mkfifo', [path.join(dir, 'pipe')]);
      for (const root of [path.join(dir, 'pipe'), '/dev/zero', path.join(dir, 'absent')]) {
        const run = await cli(['scan', '--root', root], { timeoutMs: 30_000 });
        expect(run.signal).toBeNull();
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(stackTrace(run.stderr)).toBe(false);
      }
    },
    TIMEOUT,
  );

  it(
    'a manifest or registry given as a FIFO or a device never hangs the CLI',
    async () => {
      const dir = await tempDir('cli-fifo');
      await writeTree(dir, { 'registry.yml': REGISTRY, 'm.yml': CLEAN_MANIFEST });
      execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
      for (const [manifest, registry] of [
        [path.join(dir, 'pipe.yml'), path.join(dir, 'registry.yml')],
        ['/dev/zero', path.join(dir, 'registry.yml')],
        [path.join(dir, 'm.yml'), path.join(dir, 'pipe.yml')],
        [path.join(dir, 'm.yml'), '/dev/zero'],
        [path.join(dir, 'm.yml'), '/dev/urandom'],
        [path.join(dir, 'm.yml'), dir],
      ]) {
        const run = await cli(
          ['check', '--root', dir, '--no-scan', '--manifest', manifest, '--registry', registry],
          { timeoutMs: 30_000 },
        );
        expect(run.signal, `${manifest} ${registry}`).toBeNull();
        expect(run.code, `${manifest} ${registry}`).not.toBe(0);
        expect(stackTrace(run.stderr)).toBe(false);
      }
    },
    TIMEOUT,
  );
});
