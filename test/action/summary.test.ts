import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown, writeSummary } from '../../src/action/summary.js';
import { finding, HOSTILE, many, result } from './fixtures.js';

describe('job summary', () => {
  it('says how many findings were not annotated', () => {
    const text = summaryMarkdown(result(many(12, 0, 0)), 3);
    expect(text).toContain('## ❌ AI vendor gate: fail');
    expect(text).toContain(
      '> 3 findings of 12 are listed here but not annotated: GitHub shows at most 10 error',
    );
    expect(summaryMarkdown(result(many(1, 0, 0)), 0)).not.toContain('not annotated');
    expect(summaryMarkdown(result(many(1, 0, 0)), null)).toContain('Annotations are turned off');
  });

  it('escapes untrusted strings and stays under 1 MiB', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding('vendor-unknown', 'error', i + 1, { message: `${HOSTILE} ${'z'.repeat(40)}` }),
    );
    const text = summaryMarkdown(result(findings), 19_990);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/^::error::pwned/m);
    expect(text).toContain('19990 findings of 20000');
  });

  it('appends to GITHUB_STEP_SUMMARY', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avg-summary-'));
    const file = path.join(dir, 'summary.md');
    await writeFile(file, '');
    const previous = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = file;
    try {
      expect(await writeSummary('# hello\n', process.env)).toBe(true);
      expect(await readFile(file, 'utf8')).toContain('# hello');
    } finally {
      process.env.GITHUB_STEP_SUMMARY = previous;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
