import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorSummaryMarkdown, summaryMarkdown, writeSummary } from '../../src/action/summary.js';
import { finding, HOSTILE, many, result } from './fixtures.js';

describe('job summary', () => {
  it('names the findings that were not annotated', () => {
    const findings = many(12, 0, 0);
    const text = summaryMarkdown(result(findings), { notAnnotated: findings.slice(9) });
    expect(text).toContain('## ❌ AI vendor gate: fail');
    expect(text).toContain('3 findings of 12 have no annotation');
    const none = summaryMarkdown(result(many(1, 0, 0)), { notAnnotated: [] });
    expect(none).not.toContain('no annotation');
    expect(summaryMarkdown(result(many(1, 0, 0)), { notAnnotated: null })).toContain(
      'Annotations are turned off',
    );
  });

  it('escapes untrusted strings and stays under 1 MiB', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding('vendor-unknown', 'error', i + 1, { message: `${HOSTILE} ${'z'.repeat(40)}` }),
    );
    const text = summaryMarkdown(result(findings), {
      notAnnotated: findings.slice(10),
      recordSha256: 'e'.repeat(64),
    });
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/^\s*::error::pwned/m);
    expect(text).not.toContain('##[');
    expect(text).toContain('19990 findings of 20000');
    expect(text).toContain(`\`${'e'.repeat(64)}\``);
  });

  it('on exit 2 says why, escaped, and that the gate did not pass', () => {
    const text = errorSummaryMarkdown(`The registry r.yml is invalid: ${HOSTILE}`, [
      `r.yml:3:1: ${HOSTILE}`,
    ]);
    expect(text).toMatch(/^## ⛔ AI vendor gate: error\n/);
    expect(text).toContain('could not evaluate, so it did not pass');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('##[');
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).toContain('r.yml:3:1:');
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
