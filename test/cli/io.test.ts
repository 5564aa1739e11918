import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withOutputBoundary, type Io } from '../../src/cli/io.js';
import { tree } from '../detect/helpers.js';
import { BUNDLE } from './harness.js';

describe('withOutputBoundary', () => {
  it('defuses workflow commands on stdout and stderr, even split across writes', () => {
    const written = { stdout: '', stderr: '' };
    const io: Io = withOutputBoundary({
      stdout: (text) => void (written.stdout += text),
      stderr: (text) => void (written.stderr += text),
      env: {},
      cwd: '/',
      color: false,
    });
    io.stdout('::error::a\n  ');
    io.stdout('::warning::b ##');
    io.stdout('[c]\n');
    io.stderr('ai-vendor-gate: bad\n  ::error::detail\r::x');
    for (const text of [written.stdout, written.stderr]) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        expect(line.trimStart().startsWith('::'), line).toBe(false);
        expect(line).not.toContain('##[');
      }
    }
    expect(written.stdout.replace(/\u200d/g, '')).toBe('::error::a\n  ::warning::b ##[c]\n');
  });
});

describe('the bundled CLI writes its report whole', () => {
  it('to a reader that holds back (a full pipe), and to one that reads at once', async () => {
    // Over 2,000 evidence items: several times what a pipe buffers, so the writer must wait.
    const files: Record<string, string> = {};
    for (let i = 0; i < 2500; i++) files[`src/m${i}.py`] = 'key = os.environ["OPENAI_API_KEY"]\n';
    const made = tree(files);
    try {
      const args = [BUNDLE, 'scan', '--root', made.root, '--format', 'json'];
      const run = (holdMs: number) =>
        new Promise<{ code: number | null; bytes: Buffer }>((resolve) => {
          const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
          const chunks: Buffer[] = [];
          child.stdout.pause();
          setTimeout(() => {
            child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
            child.stdout.resume();
          }, holdMs);
          child.on('close', (code) => resolve({ code, bytes: Buffer.concat(chunks) }));
        });
      const held = await run(1000);
      const direct = await run(0);
      expect(held.code).toBe(0);
      expect(held.bytes.length).toBeGreaterThan(200_000);
      expect(held.bytes.equals(direct.bytes)).toBe(true);
      expect(JSON.parse(held.bytes.toString('utf8')).evidence).toHaveLength(2500);
    } finally {
      made.cleanup();
    }
  }, 60_000);
});
