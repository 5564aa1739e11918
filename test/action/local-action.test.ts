// `npx @github/local-action . dist/index.js .env` runs the bundle as the README shows: the tool
// imports dist/index.js, calls its exported run(), and reports the outputs it saw. Offline: the
// example needs no GitHub API (push event, no token).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_ACTION = path.join(ROOT, 'node_modules/.bin/local-action');

let dir: string;
beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-local-action-')));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('@github/local-action', () => {
  it('runs dist/index.js once through its exported run() and reports the outputs', async () => {
    const workspace = path.join(dir, 'support-bot');
    await cp(path.join(ROOT, 'examples/support-bot'), workspace, { recursive: true });
    await cp(path.join(ROOT, 'examples/registry.yml'), path.join(workspace, 'registry.yml'));
    const env = path.join(dir, '.env');
    await writeFile(
      env,
      [
        'INPUT_REGISTRY=registry.yml',
        'INPUT_NOW=2026-11-29',
        'INPUT_PR-COMMENT=never',
        'INPUT_TOKEN=',
        `GITHUB_WORKSPACE=${workspace}`,
        'GITHUB_EVENT_NAME=push',
        'GITHUB_REPOSITORY=acme/support-bot',
        `GITHUB_SHA=${'a'.repeat(40)}`,
        `GITHUB_STEP_SUMMARY=${path.join(dir, 'summary.md')}`,
        '',
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'summary.md'), '');
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>(
      (resolve) => {
        execFile(
          LOCAL_ACTION,
          ['.', 'dist/index.js', env],
          {
            cwd: ROOT,
            timeout: 240_000,
            maxBuffer: 64 * 1024 * 1024,
            env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
          },
          (error, out) =>
            resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout: out }),
        );
      },
    );
    expect(code).toBe(0);
    // The action ran once (imported, not also started by its own top level).
    expect(stdout.match(/AI vendor gate: fail \(\d+ errors/g)).toHaveLength(1);
    const outputs = stdout.slice(stdout.indexOf('Action Outputs'));
    expect(outputs).toMatch(/'decision'\s*│\s*'fail'/);
    expect(outputs).toMatch(/'errors'\s*│\s*'[1-9]\d*'/);
    expect(outputs).toMatch(/'record-sha256'\s*│\s*'[0-9a-f]{64}'/);
    expect(outputs).toMatch(/'sarif-file'\s*│\s*'ai-vendor-gate\.sarif'/);
    const sarif = JSON.parse(await readFile(path.join(workspace, 'ai-vendor-gate.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  }, 300_000);
});
