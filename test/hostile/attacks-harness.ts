// The red team's harness: the bundled CLI and the bundled action run exactly as users and the
// runner run them (child processes, INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_EVENT_PATH, GITHUB_WORKSPACE), plus the checks every attack shares: no line a runner
// would take as a foreign workflow command, no stack trace, markdown that renders no link,
// image, mention or HTML from untrusted text.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { inputVariable } from '../../src/action/inputs.js';
import type { ActionFakeGitHub } from '../support/fake-github-action.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist/cli/index.js');
export const ACTION = path.join(ROOT, 'dist/index.js');
export const EXAMPLE_REGISTRY = path.join(ROOT, 'examples/registry.yml');
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const NOW = '2026-11-29';

export function requireBundles(): void {
  for (const file of [CLI, ACTION]) {
    if (!existsSync(file)) throw new Error(`${file} does not exist: run "npm run build" first.`);
  }
}

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A child process that never blocks this one (the fake GitHub answers from here). */
export function spawnNode(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

export function cli(
  argv: string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  return spawnNode([CLI, ...argv], options);
}

export async function tempDir(prefix: string): Promise<string> {
  return realpath(await mkdtemp(path.join(tmpdir(), `avg-attack-${prefix}-`)));
}

/** Writes files below `root` (parents created); Buffer values are written as bytes. */
export async function writeTree(root: string, files: Record<string, string | Buffer>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

export function git(cwd: string, ...args: string[]): string {
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

/**
 * Lines a runner would execute as a workflow command that is not one of the gate's own
 * (`::` after leading white space; `##[` anywhere). Any line separator the runner honours splits.
 */
export function foreignCommands(log: string): string[] {
  const own = /^::(error|warning|notice)( [^:\n]*)?::|^::add-mask::|^::debug::/;
  return log
    .split(/\r\n|\n|\r/)
    .filter((line) => (/^\s*::/.test(line) && !own.test(line)) || line.includes('##['));
}

/** Any workflow command at all (for places that must carry none: summary, comment, outputs). */
export function anyCommands(text: string): string[] {
  return text.split(/\r\n|\n|\r/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

export function stackTrace(text: string): boolean {
  return /\n\s+at .+[(:]\d+/.test(text) || /^\s+at /m.test(text);
}

/** GitHub-flavoured markdown as GitHub renders it (raw HTML kept, so it shows). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/**
 * What untrusted text must never become when rendered: a link or image to the attacker's
 * host, a raw HTML element, a mention. `needles` are the attacker's markers.
 */
export function markdownEscapes(markdown: string, needles: string[]): string[] {
  const html = renderGfm(markdown);
  const problems: string[] = [];
  for (const match of html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
    // The gate's own links (to files on the server, anchors) are fine; a link to a host or
    // scheme the attacker wrote is not.
    const href = match[1].replace(/&amp;/g, '&');
    let host = '';
    try {
      const url = new URL(href, 'https://github.com/');
      host = url.protocol === 'http:' || url.protocol === 'https:' ? url.host : url.protocol;
    } catch {
      host = href;
    }
    if (needles.some((n) => host.toLowerCase().includes(n.toLowerCase().replace(/^@/, '')))) {
      problems.push(`link ${href}`);
    }
    if (/^(javascript|mailto|xmpp|data|vbscript):/i.test(host)) problems.push(`link ${href}`);
  }
  for (const match of html.matchAll(/<img [^>]*src="([^"]*)"/g)) problems.push(`image ${match[1]}`);
  for (const tag of ['<details', '<script', '<iframe', '<svg', '<style', '<summary', '<b>']) {
    if (html.includes(tag)) problems.push(`html ${tag}`);
  }
  // GitHub turns @org/team and @user in text into mentions (not in code).
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  for (const needle of needles.filter((n) => n.startsWith('@'))) {
    if (text.includes(needle)) problems.push(`mention ${needle}`);
  }
  return problems;
}

export interface ActionRun extends Outcome {
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  workspace: string;
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER`, the value, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
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

export interface EventOptions {
  eventName?: string;
  baseSha?: string;
  headSha?: string;
  headRef?: string;
  env?: Record<string, string>;
  node?: string;
  timeoutMs?: number;
}

/** dist/index.js as the runner runs it, on a pull_request (or `eventName`) event. */
export async function runAction(
  github: ActionFakeGitHub,
  workspace: string,
  inputs: Record<string, string>,
  event: EventOptions = {},
): Promise<ActionRun> {
  const side = path.join(path.dirname(workspace), `${path.basename(workspace)}.runner`);
  await mkdir(side, { recursive: true });
  const outputFile = path.join(side, 'output');
  const summaryFile = path.join(side, 'summary');
  const eventFile = path.join(side, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const eventName = event.eventName ?? 'pull_request';
  const baseSha = event.baseSha ?? BASE_SHA;
  const headSha = event.headSha ?? HEAD_SHA;
  const payload =
    eventName === 'merge_group'
      ? {
          merge_group: {
            base_sha: baseSha,
            head_sha: headSha,
            head_ref: event.headRef ?? 'refs/heads/gh-readonly-queue/main/pr-7',
            base_ref: 'refs/heads/main',
          },
          repository: { full_name: 'acme/payments' },
        }
      : {
          action: 'synchronize',
          number: 7,
          pull_request: {
            number: 7,
            base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/payments' } },
            head: {
              sha: headSha,
              ref: event.headRef ?? 'feature',
              repo: { full_name: 'acme/payments' },
            },
          },
          repository: { full_name: 'acme/payments' },
        };
  await writeFile(eventFile, JSON.stringify(payload));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_REF:
      eventName === 'merge_group' ? 'refs/heads/gh-readonly-queue/main/pr-7' : 'refs/pull/7/merge',
    GITHUB_HEAD_REF: event.headRef ?? 'feature',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'AI vendor gate',
    GITHUB_JOB: 'gate',
    SOURCE_DATE_EPOCH: '1796000000',
    ...event.env,
  };
  for (const [name, value] of Object.entries({ token: 'good-token', now: NOW, ...inputs })) {
    env[inputVariable(name)] = value;
  }
  const run = await spawnNode([ACTION], {
    cwd: workspace,
    env,
    timeoutMs: event.timeoutMs ?? 120_000,
  });
  const rawOutputs = await readFile(outputFile, 'utf8');
  return {
    ...run,
    outputs: parseOutputs(rawOutputs),
    outputFile: rawOutputs,
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
  };
}

/** A small registry the attacks share: acme-ai approved, its consumer product prohibited. */
export const REGISTRY = `version: 1
organization: Example Corp
vendors:
  acme-ai:
    name: Acme AI
    status: approved
    review: { date: 2026-03-02 }
    profile: { processingRegions: [us] }
    products:
      api: { name: Acme API, status: approved }
      consumer: { name: Acme Chat, status: prohibited, reason: No DPA. }
  openai:
    name: OpenAI
    status: rejected
    review: { date: 2026-03-02 }
    products:
      api: { name: OpenAI API, status: approved }
`;

export const CLEAN_MANIFEST = `version: 1
owner: payments-platform
vendors:
  - vendor: acme-ai
    product: api
    purpose: Draft replies
    dataClassification: internal
`;
