// Bounded findings and scan gaps: a hostile manifest cannot flood the report, and a scan that
// read nothing says so.
import { describe, expect, it } from 'vitest';
import type { Finding, Location } from '../../src/model.js';
import { capFindings, FINDING_LIMITS } from '../../src/rules/cap.js';
import { compareFindings, decide } from '../../src/rules/decision.js';
import { evaluate } from '../../src/rules/index.js';
import { registryOf } from '../helpers.js';
import { MANIFEST, REGISTRY, run } from './fixtures.js';

const at = (file: string, line: number): Location => ({
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});
const finding = (
  file: string,
  line: number,
  ruleId: Finding['ruleId'] = 'manifest-invalid',
): Finding => ({
  ruleId,
  severity: 'error',
  message: `problem ${line}`,
  location: at(file, line),
  waived: null,
});

describe('capFindings', () => {
  it('keeps everything under the limits', () => {
    const few = Array.from({ length: 50 }, (_, i) => finding('m.yml', i + 1));
    expect(capFindings(few)).toEqual(few);
  });
  it('keeps 50 per rule and file, then one summary at the first elided place', () => {
    const many = Array.from({ length: 180 }, (_, i) => finding('m.yml', i + 1));
    const capped = capFindings(many);
    expect(capped).toHaveLength(51);
    const summary = capped[50];
    expect(summary).toMatchObject({ ruleId: 'manifest-invalid', severity: 'error' });
    expect(summary.location).toEqual(at('m.yml', 51));
    expect(summary.message).toContain('and 130 more manifest-invalid findings in m.yml');
  });
  it('counts rules and files apart', () => {
    const mixed = [
      ...Array.from({ length: 60 }, (_, i) => finding('a.yml', i + 1)),
      ...Array.from({ length: 60 }, (_, i) => finding('b.yml', i + 1)),
      ...Array.from({ length: 60 }, (_, i) => finding('a.yml', i + 1, 'vendor-unknown')),
    ].sort(compareFindings);
    const capped = capFindings(mixed);
    expect(capped).toHaveLength(153);
    const summaries = capped
      .filter((f) => f.message.startsWith('…and'))
      .map((f) => [f.ruleId, f.location?.file, f.location?.line, f.message.replace(/ \(.*$/s, '')]);
    expect(summaries).toEqual([
      ['manifest-invalid', 'a.yml', 51, '…and 10 more manifest-invalid findings in a.yml'],
      ['vendor-unknown', 'a.yml', 51, '…and 10 more vendor-unknown findings in a.yml'],
      ['manifest-invalid', 'b.yml', 51, '…and 10 more manifest-invalid findings in b.yml'],
    ]);
  });
  it('keeps at most about 1,000 in all, in linear time, whatever the spread', () => {
    const spread = Array.from({ length: 100_000 }, (_, i) => finding(`f${i}.yml`, 1));
    const started = Date.now();
    const capped = capFindings(spread);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(capped.length).toBeLessThanOrEqual(FINDING_LIMITS.total + 1);
    const summary = capped[capped.length - 1];
    expect(summary.message).toContain(`and ${100_000 - FINDING_LIMITS.total} more`);
    expect(summary.location?.file).toBe(`f${FINDING_LIMITS.total}.yml`);
  });
  it('the summary carries the highest severity elided, so the decision holds', () => {
    const notes: Finding[] = Array.from({ length: 60 }, (_, i) => ({
      ...finding('m.yml', i + 1),
      severity: 'note',
    }));
    notes[59] = { ...notes[59], severity: 'error' };
    const capped = capFindings(notes);
    expect(decide(capped, 'error')).toBe('fail');
    expect(capped[50].severity).toBe('error');
  });
});

describe('the engine caps what a hostile input gives', () => {
  it('100,000 manifest problems (an alias bomb the loader missed) give about a thousand findings', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      message: `Unknown key k${i % 1000}.`,
      location: at('.github/ai-vendors.yml', 5 + (i % 1000)),
    }));
    const { findings } = evaluate({
      registry: registryOf(REGISTRY),
      manifest: { problems },
      manifestFile: '.github/ai-vendors.yml',
      evidence: null,
      now: '2026-11-29',
    });
    expect(findings.length).toBeLessThanOrEqual(FINDING_LIMITS.total + 1);
    expect(findings[findings.length - 1].message).toMatch(/and \d+ more manifest-invalid/);
    expect(decide(findings, 'error')).toBe('fail');
  }, 60_000);
  it('200 unknown vendors give 50 findings and one summary', () => {
    const entries = Array.from(
      { length: 200 },
      (_, i) => `  - { vendor: v${i}, product: api, purpose: x, dataClassification: public }\n`,
    ).join('');
    const { findings } = run(REGISTRY, `version: 1\nowner: team\nvendors:\n${entries}`);
    expect(findings).toHaveLength(51);
    expect(findings[50].message).toContain('and 150 more vendor-unknown findings');
  });
});

describe('scan-empty', () => {
  const summary = (filesRead: number, excluded = 0) => ({
    listing: 'git' as const,
    filesRead,
    skippedCount: excluded,
    skippedByReason: excluded ? { 'excluded-all': excluded } : {},
  });
  it('warns when scan-exclude leaves no file', () => {
    const findings = run(REGISTRY, MANIFEST, { evidence: [], scan: summary(0, 12) }).findings;
    const empty = findings.filter((f) => f.ruleId === 'scan-empty');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ severity: 'warning', situation: 'excluded-all' });
    expect(empty[0].message).toContain('scan-exclude');
    expect(empty[0].location?.file).toBe('.github/ai-vendors.yml');
  });
  it('warns when the scan read no file at all', () => {
    const findings = run(REGISTRY, MANIFEST, { evidence: [], scan: summary(0) }).findings;
    expect(findings.find((f) => f.ruleId === 'scan-empty')).toMatchObject({
      situation: 'nothing-read',
    });
  });
  it('is quiet when the scan read files, or did not run', () => {
    const read = run(REGISTRY, MANIFEST, { evidence: [], scan: summary(3) }).findings;
    expect(read.map((f) => f.ruleId)).toEqual(['declaration-unused']);
    expect(run(REGISTRY, MANIFEST, { evidence: null, scan: null }).findings).toEqual([]);
  });
});
