import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendHistory,
  buildGateRecord,
  FINDINGS_OUTPUT_LIMIT_BYTES,
  findingsOutput,
  outputValues,
  sarifCategory,
  writeFiles,
  type FileTargets,
} from '../../src/action/outputs.js';
import { recordHash } from '../../src/history/record.js';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import { finding, many, result } from './fixtures.js';

const ENV = {
  GITHUB_REPOSITORY: 'acme/payments',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_WORKFLOW: 'AI vendor gate',
  GITHUB_JOB: 'gate',
  SOURCE_DATE_EPOCH: '1796000000',
};
const registry = { source: 'registry.yml', file: 'registry.yml', bytes: new Uint8Array() };

let dir: string;
beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-outputs-')));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('outputs and files', () => {
  it('writes SARIF and the record, and gives the outputs of SPEC 7', async () => {
    const gate = result(many(2, 1, 0));
    const record = buildGateRecord(gate, registry, ENV);
    const targets: FileTargets = {
      sarif: { path: path.join(dir, 'out/gate.sarif'), input: 'out/gate.sarif' },
      record: { path: path.join(dir, 'out/record.json'), input: 'out/record.json' },
    };
    await writeFiles(gate, record, targets, 'ai-vendor-gate/ci.yml:gate');
    const sarif = JSON.parse(await readFile(targets.sarif.path, 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('ai-vendor-gate/ci.yml:gate/');
    const written = JSON.parse(await readFile(targets.record.path, 'utf8'));
    expect(written.sha256).toBe(recordHash(written));
    expect(written).toMatchObject({ timestamp: '2026-11-30T00:53:20Z', event: 'pull_request' });

    const outputs = outputValues(gate, record, targets);
    expect(outputs).toMatchObject({
      decision: 'fail',
      errors: '2',
      warnings: '1',
      'sarif-file': 'out/gate.sarif',
      'record-file': 'out/record.json',
      'record-sha256': written.sha256,
    });
    expect(JSON.parse(outputs.findings)).toHaveLength(3);
  });

  it('derives a SARIF category per workflow file, job, matrix leg and manifest', () => {
    const env = {
      GITHUB_WORKFLOW_REF: 'acme/payments/.github/workflows/ci.yml@refs/heads/main',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'gate',
    };
    const leg = (matrix: Record<string, string>, manifest = '.github/ai-vendors.yml') =>
      sarifCategory({ manifest, matrix }, env);
    expect(leg({})).toBe(
      'ai-vendor-gate/.github/workflows/ci.yml:gate/manifest:.github/ai-vendors.yml',
    );
    expect(leg({ node: '20' })).not.toBe(leg({ node: '24' }));
    expect(leg({}, 'a/ai-vendors.yml')).not.toBe(leg({}, 'b/ai-vendors.yml'));
    expect(sarifCategory({ manifest: 'm.yml', matrix: {} }, { GITHUB_WORKFLOW: 'CI' })).toBe(
      'ai-vendor-gate/CI:/manifest:m.yml',
    );
    expect(sarifCategory({ manifest: 'm.yml', matrix: {}, sarifCategory: 'mine' }, env)).toBe(
      'mine',
    );
  });

  it('keeps the findings output under 1 MB, valid JSON that says how many it left out', () => {
    const hostile = 'x ##[warning]y.js ::error::z';
    const findings = Array.from({ length: 12_000 }, (_, i) =>
      finding(
        i % 10 === 0 ? 'vendor-unknown' : 'declaration-unused',
        i % 10 === 0 ? 'error' : 'warning',
        i + 1,
        {
          message: `${hostile} ${'m'.repeat(100)}`,
        },
      ),
    );
    const text = findingsOutput(findings);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(FINDINGS_OUTPUT_LIMIT_BYTES);
    expect(text).not.toContain('##[');
    expect(text).not.toContain('::');
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    const tail = parsed.at(-1) as { truncated: boolean; omitted: number };
    expect(tail.truncated).toBe(true);
    expect(parsed.length - 1 + tail.omitted).toBe(findings.length);
    // The most severe are kept: every error is listed before any warning.
    expect(parsed.filter((f) => f.severity === 'error')).toHaveLength(1200);
    expect(parsed[1200].severity).toBe('warning');
    expect((parsed[0] as { message: string }).message).toContain(hostile);
    // Small enough: all of them, in the report's order, no marker.
    expect(JSON.parse(findingsOutput(findings.slice(0, 3)))).toHaveLength(3);
  });

  it('appends the record to the history branch, or says why not', async () => {
    const fake = new ActionFakeGitHub();
    const apiUrl = await fake.start();
    try {
      const record = buildGateRecord(result([]), registry, ENV);
      const appended = await appendHistory({
        apiUrl,
        token: 'good-token',
        repository: 'acme/payments',
        branch: 'ai-gate-history',
        record,
      });
      expect(appended.ok).toBe(true);
      expect(fake.text('ai-gate-history')).toContain(record.tool.name);

      const refused = await appendHistory({
        apiUrl,
        token: 'bad-token',
        repository: 'acme/payments',
        branch: 'ai-gate-history',
        record,
      });
      expect(refused.ok).toBe(false);
      expect(
        await appendHistory({ apiUrl, token: '', repository: undefined, branch: 'b', record }),
      ).toEqual({ ok: false, reason: 'GITHUB_REPOSITORY is not set' });
    } finally {
      await fake.stop();
    }
  });
});
