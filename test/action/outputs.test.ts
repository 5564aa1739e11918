import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendHistory,
  automationId,
  buildGateRecord,
  outputValues,
  writeFiles,
  type FileTargets,
} from '../../src/action/outputs.js';
import { recordHash } from '../../src/history/record.js';
import { FakeGitHub as HistoryFake } from '../history/github-fake.js';
import { many, result } from './fixtures.js';

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
    await writeFiles(gate, record, targets, ENV);
    const sarif = JSON.parse(await readFile(targets.sarif.path, 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('ai-vendor-gate/AI-vendor-gate/gate/');
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

  it('names the SARIF category by workflow and job', () => {
    expect(automationId({})).toBe('ai-vendor-gate/');
    expect(automationId({ GITHUB_WORKFLOW: 'CI / gate', GITHUB_JOB: 'x' })).toBe(
      'ai-vendor-gate/CI-gate/x/',
    );
  });

  it('appends the record to the history branch, or says why not', async () => {
    const fake = new HistoryFake({ token: 'good-token' });
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
      expect(fake.file('ai-gate-history')).toContain(record.tool.name);

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
