import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { cleanFixture, fixture, HOSTILE } from './fixture.js';
import { commandLines } from './golden.js';

interface Json {
  findings: { message: string }[];
  evidence: Record<string, unknown>[];
  skipped: { file: string; reason: string }[];
  scan: Record<string, unknown> | null;
}

describe('renderJson', () => {
  it('has the keys of SPEC sections 6 and 9, in order', () => {
    expect(Object.keys(JSON.parse(renderJson(fixture())))).toEqual([
      'schemaVersion',
      'tool',
      'decision',
      'now',
      'failOn',
      'summary',
      'findings',
      'evidence',
      'skipped',
      'scan',
      'inputs',
    ]);
  });

  it('gives each evidence item its context and span, and no `documentation` flag', () => {
    const { evidence } = JSON.parse(renderJson(fixture())) as Json;
    expect(evidence[0]).toEqual({
      vendor: 'anthropic',
      kind: 'dependency',
      ecosystem: 'npm',
      name: '@anthropic-ai/sdk',
      file: 'package.json',
      line: 12,
      column: 5,
      endColumn: 22,
      direct: true,
      context: 'runtime',
    });
    expect(evidence[2]).toMatchObject({ context: 'docs' });
    expect(evidence[2]).not.toHaveProperty('documentation');
    expect(evidence[2]).not.toHaveProperty('column');
  });

  it('lists the skipped files and the scan summary; null without a scan', () => {
    const report = JSON.parse(renderJson(fixture())) as Json;
    expect(report.skipped).toEqual([
      { file: 'assets/model.bin', reason: 'binary' },
      { file: `data/${HOSTILE}.json`, reason: 'too-large' },
    ]);
    expect(report.scan).toEqual({
      listing: 'walk',
      filesRead: 42,
      skippedCount: 3,
      skippedByReason: { binary: 1, 'too-large': 2 },
    });
    const unscanned = cleanFixture();
    unscanned.report.scan = null;
    expect((JSON.parse(renderJson(unscanned)) as Json).scan).toBeNull();
  });

  it('keeps hostile strings exact once parsed, with no workflow command in any line', () => {
    const text = renderJson(fixture());
    expect(commandLines(text)).toEqual([]);
    expect(text).not.toContain('::');
    expect(text).toContain('\\u0023#[error]boom');
    const report = JSON.parse(text) as Json;
    expect(report.findings[3].message).toBe(`Vendor evil-ai is under review: ${HOSTILE}`);
  });
});
