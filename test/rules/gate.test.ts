// The engine end to end on a real tree: the gate never scans itself, and a scan that reads
// nothing is a finding, not a silent pass.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayPath, gateOwnFiles, runGate, type GateOptions } from '../../src/gate.js';
import { MANIFEST, REGISTRY } from './fixtures.js';

const REGISTRY_WITH_HOSTS =
  REGISTRY +
  '  other:\n    name: Other AI\n    status: rejected\n    products: {}\n    detect: { hosts: [api.other-ai.example] }\n';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'avg-gate-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function options(root: string, extra: Partial<GateOptions> = {}): GateOptions {
  const registryPath = path.join(root, 'policy/registry.yml');
  return {
    root,
    manifestPath: '.github/ai-vendors.yml',
    registry: {
      source: registryPath,
      file: displayPath(root, registryPath),
      bytes: readFileSync(registryPath),
    },
    scan: true,
    now: '2026-11-29',
    failOn: 'error',
    ...extra,
  };
}

describe('the gate never scans itself', () => {
  it('leaves out the registry inside the root and the files the caller will write', () => {
    const root = tree({
      'policy/registry.yml': REGISTRY_WITH_HOSTS,
      '.github/ai-vendors.yml': MANIFEST,
      'src/app.ts': 'fetch("https://acme.example/v1")\n',
      'out/previous-report.txt': 'usage-undeclared at https://api.other-ai.example/v1\n',
    });
    const result = runGate(
      options(root, { outputFiles: [path.join(root, 'out/previous-report.txt')] }),
    );
    return result.then(({ report }) => {
      expect(report.evidence.filter((e) => e.vendor === 'other')).toEqual([]);
      expect(report.findings.filter((f) => f.vendor === 'other')).toEqual([]);
      expect(report.scan?.filesRead).toBeGreaterThan(0);
    });
  });
  it('without being told, the same files are evidence (the test above would catch a regression)', async () => {
    const root = tree({
      'policy/registry.yml': REGISTRY_WITH_HOSTS,
      '.github/ai-vendors.yml': MANIFEST,
      'out/previous-report.txt': 'https://api.other-ai.example/v1\n',
    });
    const { report } = await runGate(options(root));
    expect(
      report.findings.filter((f) => f.ruleId === 'usage-undeclared').map((f) => f.location?.file),
    ).toEqual(['out/previous-report.txt']);
    expect(report.findings.find((f) => f.ruleId === 'usage-undeclared')?.situation).toBe(
      'vendor-rejected',
    );
  });
  it('lists the registry (by path and display path) and outputs inside the root, not outside', () => {
    const root = '/repo';
    const own = gateOwnFiles({
      root,
      manifestPath: '.github/ai-vendors.yml',
      registry: {
        source: '/repo/policy/registry.yml',
        file: 'policy/registry.yml',
        bytes: new Uint8Array(),
      },
      scan: true,
      now: '2026-11-29',
      failOn: 'error',
      outputFiles: [
        '/repo/ai-vendor-gate.sarif',
        'records/history.jsonl',
        '/elsewhere/x.json',
        '../up.json',
      ],
    });
    expect(own).toEqual(['ai-vendor-gate.sarif', 'policy/registry.yml', 'records/history.jsonl']);
    const remote = gateOwnFiles({
      root,
      manifestPath: '.github/ai-vendors.yml',
      registry: {
        source: 'github:acme/policy/registry.yml@main',
        file: 'registry.yml',
        bytes: new Uint8Array(),
      },
      scan: true,
      now: '2026-11-29',
      failOn: 'error',
    });
    expect(remote).toEqual([]);
  });
});

describe('scan gaps in the report', () => {
  it('scan-exclude that leaves nothing is a scan-empty warning, with the skip recorded', async () => {
    const root = tree({
      'policy/registry.yml': REGISTRY,
      '.github/ai-vendors.yml': MANIFEST,
      'src/app.ts': 'fetch("https://api.openai.com/v1")\n',
    });
    const { report } = await runGate(options(root, { scanExclude: ['**'] }));
    const empty = report.findings.filter((f) => f.ruleId === 'scan-empty');
    expect(empty.map((f) => [f.severity, f.situation])).toEqual([['warning', 'excluded-all']]);
    expect(report.scan?.filesRead).toBe(0);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(1);
    const failing = await runGate(options(root, { scanExclude: ['**'], failOn: 'warning' }));
    expect(failing.report.decision).toBe('fail');
  });
  it('a scan that reads files gives no scan-empty, and the report carries skipped and scan', async () => {
    const root = tree({
      'policy/registry.yml': REGISTRY,
      '.github/ai-vendors.yml': MANIFEST,
      'src/app.ts': 'import Acme from "acme"\n',
    });
    const { report } = await runGate(options(root));
    expect(report.findings.filter((f) => f.ruleId === 'scan-empty')).toEqual([]);
    expect(Array.isArray(report.skipped)).toBe(true);
    expect(report.scan).toMatchObject({ filesRead: expect.any(Number) });
  });
  it('--no-scan leaves scan null and skipped empty', async () => {
    const root = tree({ 'policy/registry.yml': REGISTRY, '.github/ai-vendors.yml': MANIFEST });
    const { report } = await runGate(options(root, { scan: false }));
    expect(report.scan).toBeNull();
    expect(report.skipped).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
