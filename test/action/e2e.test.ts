// The bundled action (dist/index.js) run as the runner runs it: a child process with INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a pull_request event payload, a
// workspace, and GITHUB_API_URL pointing at a local server. Under Node 20 and Node 24.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  readFile,
  realpath,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inputVariable } from '../../src/action/inputs.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = path.join(ROOT, 'dist/index.js');
const NODE24 = path.join(ROOT, 'tools/node24/node_modules/.bin/node');
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const PWNED = '\n::error::pwned <img src=x onerror=alert(1)>';

const REGISTRY = `version: 1
organization: Example Corp
vendors:
  acme-ai:
    name: ${JSON.stringify(`Acme AI${PWNED}`)}
    status: approved
    review: { date: 2026-03-02 }
    profile: { processingRegions: [us] }
    products:
      api: { name: Acme API, status: approved }
      consumer:
        name: ${JSON.stringify(`Acme Chat${PWNED}`)}
        status: prohibited
        reason: ${JSON.stringify(`Personal accounts have no DPA.${PWNED}`)}
`;

const MANIFEST = `version: 1
owner: payments-platform
vendors:
  - vendor: acme-ai
    product: consumer
    purpose: ${JSON.stringify(`Draft replies${PWNED}`)}
    dataClassification: internal
`;

const FIXED_MANIFEST = `${MANIFEST.replace('product: consumer', 'product: api')}  - vendor: openai
    product: api
    purpose: Chat completions
    dataClassification: internal
`;

const FIXED_REGISTRY = REGISTRY.replace(
  'vendors:\n',
  `vendors:
  openai:
    name: OpenAI
    status: approved
    review: { date: 2026-03-02 }
    products:
      api: { name: OpenAI API, status: approved }
`,
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

let github: ActionFakeGitHub;
let base: string;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} does not exist: run "npm run build" before the end-to-end tests.`);
  }
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-e2e-')));
  github = new ActionFakeGitHub();
  await github.start();
});
afterAll(async () => {
  await github.stop();
  await rm(base, { recursive: true, force: true });
});
beforeEach(() => {
  github.comments.clear();
  github.checkRuns.length = 0;
  github.options.checkRunStatus = 403;
  github.options.commentWriteStatus = undefined;
});

let counter = 0;
async function fixtureRepo(): Promise<string> {
  const workspace = path.join(base, `ws-${++counter}`);
  await mkdir(path.join(workspace, '.github'), { recursive: true });
  await mkdir(path.join(workspace, 'src'));
  await writeFile(path.join(workspace, '.github/ai-vendors.yml'), MANIFEST);
  await writeFile(path.join(workspace, 'registry.yml'), REGISTRY);
  await writeFile(
    path.join(workspace, 'package.json'),
    JSON.stringify({ name: 'svc', dependencies: { openai: '^4.0.0' } }, null, 2),
  );
  await writeFile(
    path.join(workspace, 'src/app.ts'),
    "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n",
  );
  return workspace;
}

async function runAction(
  node: string,
  workspace: string,
  inputs: Record<string, string>,
  event: { baseSha?: string; headSha?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const outputFile = path.join(workspace, '..', `${path.basename(workspace)}.output`);
  const summaryFile = path.join(workspace, '..', `${path.basename(workspace)}.summary`);
  const eventFile = path.join(workspace, '..', `${path.basename(workspace)}.event.json`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(
    eventFile,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: event.baseSha ?? BASE_SHA, ref: 'main', repo: { full_name: 'acme/payments' } },
        head: {
          sha: event.headSha ?? HEAD_SHA,
          ref: 'feature',
          repo: { full_name: 'acme/payments' },
        },
      },
      repository: { full_name: 'acme/payments' },
    }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'AI vendor gate',
    GITHUB_JOB: 'gate',
    SOURCE_DATE_EPOCH: '1796000000',
    ...event.env,
  };
  for (const [name, value] of Object.entries({
    token: 'good-token',
    now: '2026-11-29',
    ...inputs,
  })) {
    env[inputVariable(name)] = value;
  }
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    execFile(node, [BUNDLE], { cwd: workspace, env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({
        code: error ? ((error as { code?: number }).code ?? null) : 0,
        stdout,
        stderr,
      }),
    );
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
  };
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER`, the value, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const end = lines.indexOf(match[2], i + 1);
    outputs[match[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

function expectNoInjection(run: Run): void {
  for (const line of run.stdout.split('\n')) {
    expect(line.trimStart()).not.toMatch(/^::error::pwned/);
    expect(line).not.toContain('##[');
  }
  expect(run.summary).not.toContain('<img');
}

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

/** A registry that rejects acme-ai, and a test fixture in the same commit that approves it. */
const REJECTING = REGISTRY.replace('status: approved\n    review', 'status: rejected\n    review');
const APPROVING_FIXTURE = REGISTRY.replace('product: consumer', 'product: api');

/**
 * A real repository: the base commit has the registry and a fixture; the pull request's head
 * commit replaces the registry with a link to the fixture (which would approve its vendor).
 */
async function swappedRegistryRepo(): Promise<{
  workspace: string;
  baseSha: string;
  headSha: string;
}> {
  const workspace = await fixtureRepo();
  await writeFile(path.join(workspace, 'registry.yml'), REJECTING);
  await writeFile(
    path.join(workspace, '.github/ai-vendors.yml'),
    MANIFEST.replace('product: consumer', 'product: api'),
  );
  await rm(path.join(workspace, 'package.json'));
  await rm(path.join(workspace, 'src/app.ts'));
  await mkdir(path.join(workspace, 'test/fixtures'), { recursive: true });
  await writeFile(path.join(workspace, 'test/fixtures/registry.yml'), APPROVING_FIXTURE);
  git(workspace, 'init', '-q');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'base');
  const baseSha = git(workspace, 'rev-parse', 'HEAD');
  await unlink(path.join(workspace, 'registry.yml'));
  await symlink('test/fixtures/registry.yml', path.join(workspace, 'registry.yml'));
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'approve acme-ai');
  return { workspace, baseSha, headSha: git(workspace, 'rev-parse', 'HEAD') };
}

/** Lines of the log a runner would take for a command that is not one of the gate's own. */
function foreignCommands(stdout: string): string[] {
  const own = /^::(error|warning|notice)( [^:]*)?::|^::add-mask::|^::debug::/;
  return stdout
    .split(/\r?\n|\r/)
    .filter((line) => (/^\s*::/.test(line) && !own.test(line)) || line.includes('##['));
}

const NODES: [string, string][] = [
  ['Node 20 (this process)', process.execPath],
  ['Node 24 (the runners)', NODE24],
];

describe.each(NODES)('the bundled action under %s', (_label, node) => {
  beforeAll(() => {
    if (!existsSync(node)) {
      throw new Error(`${node} does not exist: run "npm ci --prefix tools/node24".`);
    }
  });

  it('fails the step on an undeclared vendor and reports it everywhere', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    const run = await runAction(node, await fixtureRepo(), { registry: 'registry.yml' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    expect(run.outputs.decision).toBe('fail');
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(2);
    const findings = JSON.parse(run.outputs.findings) as { ruleId: string; location: unknown }[];
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['usage-undeclared', 'product-not-approved']),
    );
    expect(run.outputs['sarif-file']).toBe('ai-vendor-gate.sarif');
    expect(run.outputs['record-file']).toBe('ai-vendor-gate-record.json');
    expect(run.outputs['record-sha256']).toMatch(/^[0-9a-f]{64}$/);

    const sarif = JSON.parse(
      await readFile(path.join(run.workspace, 'ai-vendor-gate.sarif'), 'utf8'),
    );
    expect(sarif.version).toBe('2.1.0');
    const record = JSON.parse(
      await readFile(path.join(run.workspace, 'ai-vendor-gate-record.json'), 'utf8'),
    );
    expect(record.sha256).toBe(run.outputs['record-sha256']);
    expect(record).toMatchObject({
      decision: 'fail',
      repository: 'acme/payments',
      event: 'pull_request',
    });

    expect(run.stdout).toMatch(
      /^::error file=package\.json,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=usage-undeclared::/m,
    );
    expect(run.stdout).toMatch(
      /^::error file=\.github\/ai-vendors\.yml,line=\d+,endLine=\d+,.*title=product-not-approved::/m,
    );
    expect(run.stdout).toMatch(/^::error::AI vendor gate: fail \(\d+ errors/m);
    expect(run.stdout).toMatch(/^error usage-undeclared package\.json:\d+:\d+ /m);
    expect(run.stdout).toContain('No check run: the token may not create check runs');

    expect(run.summary).toContain('## ❌ AI vendor gate: fail');
    expect(run.summary).toContain('usage-undeclared');
    expectNoInjection(run);

    // The registry came from the base commit through the contents API (no git history here).
    expect(github.repoCalls('GET', 'contents/registry.yml').at(-1)?.query.get('ref')).toBe(
      BASE_SHA,
    );
    const [comment] = github.comments.get(7) ?? [];
    expect(comment.body.startsWith('<!-- ai-vendor-gate:sticky -->')).toBe(true);
    expect(comment.body).not.toContain('<img');
  });

  it('a pull request that changes the registry is judged by the base version', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    const workspace = await fixtureRepo();
    await writeFile(path.join(workspace, '.github/ai-vendors.yml'), FIXED_MANIFEST);
    await writeFile(path.join(workspace, 'registry.yml'), FIXED_REGISTRY);
    const run = await runAction(node, workspace, { registry: 'registry.yml' });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('fail');
    expect(run.stdout).toMatch(/^::warning file=registry\.yml,line=1,.*title=registry-changed::/m);
    expect(JSON.parse(run.outputs.findings)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'vendor-unknown', vendor: 'openai' }),
      ]),
    );
  });

  it('passes when all is declared, and the sticky comment then says so', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', FIXED_REGISTRY);
    const [old] = github.addComments(
      7,
      ['<!-- ai-vendor-gate:sticky -->\n\n## ❌ AI vendor gate: fail'],
      'github-actions[bot]',
    );
    const workspace = await fixtureRepo();
    await writeFile(path.join(workspace, '.github/ai-vendors.yml'), FIXED_MANIFEST);
    await writeFile(path.join(workspace, 'registry.yml'), FIXED_REGISTRY);
    const run = await runAction(node, workspace, { registry: 'registry.yml' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'pass', errors: '0' });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.summary).toContain('## ✅ AI vendor gate: pass');
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.comments.get(7)?.[0]).toMatchObject({ id: old.id });
    expect(github.comments.get(7)?.[0].body).toContain('✅ AI vendor gate: pass');
  });

  it('refuses a manifest outside the workspace, by path or by link, with one sentence', async () => {
    const workspace = await fixtureRepo();
    await writeFile(path.join(base, 'outside.yml'), MANIFEST);
    await symlink(path.join(base, 'outside.yml'), path.join(workspace, 'linked.yml'));
    for (const manifest of ['../outside.yml', 'linked.yml']) {
      const run = await runAction(node, workspace, { registry: 'registry.yml', manifest });
      expect(run.code).toBe(2);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toEqual([
        `::error::ai-vendor-gate could not evaluate: The manifest ${manifest} resolves outside the workspace, which the action does not read or write.`,
      ]);
      expect(run.stdout).not.toMatch(/^\s+at /m);
      expect(run.outputs).toEqual({ decision: 'error', 'sarif-file': 'ai-vendor-gate.sarif' });
      expect(run.summary).toContain('## ⛔ AI vendor gate: error');
    }
  });

  it('stops with exit 2 when the registry does not match its pin', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    const run = await runAction(node, await fixtureRepo(), {
      registry: 'registry.yml',
      'registry-sha256': '0'.repeat(64),
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error::ai-vendor-gate could not evaluate: The registry registry\.yml has SHA-256 [0-9a-f]{64}, but registry-sha256 pins 0{64}\.$/m,
    );
  });

  it('a pull request that swaps the registry for a link to a base fixture is caught', async () => {
    const { workspace, baseSha, headSha } = await swappedRegistryRepo();
    const before = github.requests.length;
    const run = await runAction(
      node,
      workspace,
      { registry: 'registry.yml' },
      { baseSha, headSha },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('fail');
    const findings = JSON.parse(run.outputs.findings) as { ruleId: string; vendor?: string }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'vendor-not-approved', vendor: 'acme-ai' }),
        expect.objectContaining({ ruleId: 'registry-changed' }),
      ]),
    );
    expect(run.stdout).toContain('Registry: registry.yml (base commit (git)).');
    expect(run.stdout).toMatch(/^::warning file=registry\.yml,.*title=registry-changed::/m);
    // Read from git: the API was not asked.
    expect(github.requests.slice(before).filter((r) => r.path.includes('/contents/'))).toEqual([]);
  });

  it('the same swap on a shallow checkout is caught through the contents API', async () => {
    const { workspace } = await swappedRegistryRepo();
    const base = 'a'.repeat(40);
    github.setRepoFile(base, 'registry.yml', REJECTING);
    github.setRepoFile(base, 'test/fixtures/registry.yml', APPROVING_FIXTURE);
    const run = await runAction(node, workspace, { registry: 'registry.yml' }, { baseSha: base });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Registry: registry.yml (base commit (API)).');
    const rules = (JSON.parse(run.outputs.findings) as { ruleId: string }[]).map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['vendor-not-approved', 'registry-changed']));
  });

  it('a base registry that is a folder, or absent, is exit 2 with the reason everywhere', async () => {
    const workspace = await fixtureRepo();
    github.setRepoFile(BASE_SHA, 'policies/registry.yml', REGISTRY);
    await mkdir(path.join(workspace, 'policies'));
    await writeFile(path.join(workspace, 'policies/registry.yml'), REGISTRY);
    const run = await runAction(node, workspace, { registry: 'policies' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error::ai-vendor-gate could not evaluate: The registry policies is a directory in the base commit bbbbbbbbbbbb, not a file\.$/m,
    );
    expect(run.outputs.decision).toBe('error');
    expect(run.summary).toContain('## ⛔ AI vendor gate: error');
    expect(run.summary).toContain('The registry policies is a directory');
    const sarif = JSON.parse(
      await readFile(path.join(run.workspace, 'ai-vendor-gate.sarif'), 'utf8'),
    );
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].results).toEqual([]);

    const absent = await runAction(node, workspace, { registry: 'policies/other.yml' });
    expect(absent.code).toBe(2);
    expect(absent.stdout).toContain(
      'The registry policies/other.yml does not exist in the base commit bbbbbbbbbbbb',
    );
  });

  it('file names that are workflow commands never reach the log, annotations or outputs as one', async () => {
    const workspace = await fixtureRepo();
    await rm(path.join(workspace, 'package.json'));
    await rm(path.join(workspace, 'src/app.ts'));
    // One vendor per file, so each file is the location of its own finding.
    const hostile: [string, string][] = [
      ['x ##[warning]y.js', 'api.openai.com'],
      ['::error::pwned.js', 'api.anthropic.com'],
      ['  ::warning::z.js', 'api.mistral.ai'],
    ];
    for (const [name, host] of hostile) {
      await writeFile(path.join(workspace, 'src', name), `const url = "https://${host}/v1";\n`);
    }
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    github.options.checkRunStatus = undefined;
    const run = await runAction(node, workspace, {
      registry: 'registry.yml',
      'pr-comment': 'always',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(foreignCommands(run.stdout)).toEqual([]);
    // The files are found and reported, only defused.
    const findings = JSON.parse(run.outputs.findings) as { location?: { file: string } }[];
    const files = findings.map((f) => f.location?.file);
    for (const [name] of hostile) expect(files).toContain(`src/${name}`);
    expect(run.stdout).toMatch(/^::error file=src\/x ##\u200d\[warning\]y\.js,/m);
    expect(run.stdout).toMatch(/^::error file=src\/%3A%3Aerror%3A%3Apwned\.js,/m);
    // The raw output file holds no command either (it is not JSON-escaped there).
    expect(
      await readFile(path.join(workspace, '..', `${path.basename(workspace)}.output`), 'utf8'),
    ).not.toContain('##[');
    expect(run.summary).not.toContain('##[');
    expect(run.summary).not.toMatch(/^\s*::/m);
    const [comment] = github.comments.get(7) ?? [];
    expect(comment.body).not.toContain('##[');
    expect(comment.body).not.toMatch(/^\s*::/m);
  });

  it('publishes the history head in the output, the check run and the sticky comment', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    github.options.checkRunStatus = undefined;
    const run = await runAction(node, await fixtureRepo(), { registry: 'registry.yml' });
    const head = run.outputs['record-sha256'];
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    expect(github.checkRuns.at(-1)?.summary).toContain(`\`${head}\``);
    const [comment] = github.comments.get(7) ?? [];
    expect(comment.body).toContain(`--head ${head}`);
    expect(run.summary).toContain(`\`${head}\``);
  });

  it('gives each matrix leg its own SARIF category, or the one asked for', async () => {
    github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
    const ids: string[] = [];
    const legs: Record<string, string>[] = [
      { matrix: '{"node":20}' },
      { matrix: '{"node":24}' },
      { 'sarif-category': 'gate/custom' },
    ];
    for (const inputs of legs) {
      const run = await runAction(node, await fixtureRepo(), {
        registry: 'registry.yml',
        'pr-comment': 'never',
        ...inputs,
      });
      const sarif = JSON.parse(
        await readFile(path.join(run.workspace, 'ai-vendor-gate.sarif'), 'utf8'),
      );
      ids.push(sarif.runs[0].automationDetails.id);
    }
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe('gate/custom/');
  });
});
