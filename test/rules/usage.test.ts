import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model.js';
import { fixFor } from '../../src/rules/table.js';
import { strongestEvidence } from '../../src/rules/usage.js';
import { ids } from '../helpers.js';
import { edit, ev, MANIFEST, REGISTRY, run } from './fixtures.js';

const undeclared = (evidence: Evidence[], registry = REGISTRY, manifest = MANIFEST) =>
  run(registry, manifest, { evidence: [ev('acme-ai'), ...evidence] }).findings.filter(
    (f) => f.ruleId === 'usage-undeclared',
  );

describe('usage-undeclared severity follows the evidence context', () => {
  it('is an error for runtime or ci evidence', () => {
    expect(undeclared([ev('openai')]).map((f) => f.severity)).toEqual(['error']);
    const ci = ev('openai', {
      kind: 'workflow',
      name: 'openai/action',
      file: '.github/workflows/ai.yml',
      context: 'ci',
    });
    expect(undeclared([ci]).map((f) => f.severity)).toEqual(['error']);
  });
  for (const context of [
    'test',
    'example',
    'docs',
    'config-template',
    'fixture',
    'vendored',
    'generated',
  ] as const) {
    it(`is a note when the only evidence is ${context}`, () => {
      const [finding] = undeclared([ev('openai', { context, file: `x/${context}.ts` })]);
      expect(finding.severity).toBe('note');
      expect(finding.message).toContain(context);
    });
  }
  it('is an error when any one item is runtime, whatever else there is', () => {
    const found = undeclared([
      ev('openai', { context: 'test', file: 'test/a.ts' }),
      ev('openai', { context: 'docs', file: 'README.md' }),
      ev('openai', { kind: 'import', context: 'runtime', file: 'src/a.ts' }),
    ]);
    expect(found.map((f) => [f.severity, f.location?.file])).toEqual([['error', 'src/a.ts']]);
  });
  it('is a note when the only evidence is a transitive lockfile entry', () => {
    const [finding] = undeclared([ev('openai', { direct: false, file: 'package-lock.json' })]);
    expect(finding.severity).toBe('note');
    expect(finding.message).toContain('transitive');
  });
  it('a self-hosted vendor is never above note, even at runtime', () => {
    const findings = run(REGISTRY, MANIFEST, {
      evidence: [ev('acme-ai'), ev('ollama', { kind: 'endpoint', name: 'localhost:11434' })],
      isSelfHosted: (id) => id === 'ollama',
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.situation])).toEqual([
      ['usage-undeclared', 'note', 'self-hosted'],
    ]);
  });
});

describe('the strongest evidence', () => {
  const ci = ev('openai', {
    kind: 'env',
    name: 'OPENAI_API_KEY',
    file: '.github/workflows/a.yml',
    line: 1,
    context: 'ci',
  });
  const example = ev('openai', {
    kind: 'endpoint',
    file: '.env.example',
    line: 1,
    context: 'config-template',
  });
  const test = ev('openai', { kind: 'import', file: 'a/test/x.py', line: 1, context: 'test' });
  const runtimeImport = ev('openai', {
    kind: 'import',
    name: 'openai',
    file: 'src/z.py',
    line: 7,
    column: 8,
    endColumn: 14,
  });
  const runtimeHost = ev('openai', { kind: 'endpoint', file: 'src/a.ts', line: 2 });
  const declaration = ev('openai', { file: 'z/package.json', line: 9, column: 5, endColumn: 15 });
  const devDependency = ev('openai', { file: 'a/package.json', line: 4, context: 'test' });

  it('is a direct dependency declaration first, then runtime import, then runtime source', () => {
    const all = [ci, example, test, runtimeHost, runtimeImport, devDependency, declaration];
    expect(strongestEvidence(all)).toBe(declaration);
    expect(strongestEvidence(all.filter((e) => e !== declaration))).toBe(runtimeImport);
    expect(strongestEvidence([ci, example, test, runtimeHost, devDependency])).toBe(runtimeHost);
    expect(strongestEvidence([example, test, ci, devDependency])).toBe(ci);
    expect(strongestEvidence([example, test, devDependency])).toBe(devDependency);
  });
  it('is the manifest over the lockfile that records it, whatever their order', () => {
    const lock = ev('openai', { file: 'Cargo.lock', line: 40, column: 9, endColumn: 21 });
    const poetry = ev('openai', { file: 'poetry.lock', line: 3 });
    const manifest = ev('openai', { file: 'Cargo.toml', line: 12, column: 1, endColumn: 13 });
    const pyproject = ev('openai', { file: 'pyproject.toml', line: 20 });
    expect(strongestEvidence([lock, manifest])).toBe(manifest);
    expect(strongestEvidence([poetry, pyproject])).toBe(pyproject);
    // A lockfile still beats an import when no manifest declares the package.
    expect(strongestEvidence([runtimeImport, lock])).toBe(lock);
  });
  it('breaks ties by file order', () => {
    const later = ev('openai', { kind: 'import', file: 'src/b.py', line: 1 });
    const earlier = ev('openai', { kind: 'import', file: 'src/a.py', line: 9 });
    expect(strongestEvidence([later, earlier])).toBe(earlier);
  });
  it('locates the finding on the matched text, or the line when no span is known', () => {
    const [finding] = undeclared([ci, example, runtimeImport]);
    expect(finding.location).toEqual({
      file: 'src/z.py',
      line: 7,
      column: 8,
      endLine: 7,
      endColumn: 14,
    });
    expect(finding.message).toContain('imports openai');
    expect(finding.message).toContain('2 more places');
    const [plain] = undeclared([ci, runtimeHost]);
    expect(plain.location).toEqual({
      file: 'src/a.ts',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 1,
    });
  });
});

describe('the fix fits the vendor', () => {
  const withOpenAi = (status: string) =>
    REGISTRY +
    `  openai:\n    name: OpenAI\n    status: ${status}\n    review: { date: 2026-03-02 }\n    products:\n      api: { name: OpenAI API, status: approved }\n`;
  for (const status of ['rejected', 'suspended', 'under-review']) {
    it(`never says "declare it" for a ${status} vendor`, () => {
      const [finding] = undeclared([ev('openai')], withOpenAi(status));
      expect(finding.situation).toBe(`vendor-${status}`);
      expect(finding.message).not.toMatch(/declare it/i);
      expect(finding.message).toMatch(/remove the use/);
      expect(fixFor(finding)).not.toMatch(/declare/i);
    });
  }
  it('says "declare it" for an approved vendor, and asks for a review of an unknown one', () => {
    const [approved] = undeclared([ev('openai')], withOpenAi('approved'));
    expect(approved.situation).toBeUndefined();
    expect(approved.message).toContain('Declare it in .github/ai-vendors.yml');
    const [unknown] = undeclared([ev('openai')]);
    expect(unknown.situation).toBe('vendor-unknown');
    expect(unknown.message).toMatch(/ask security for a review/);
  });
});

describe('paths: a declaration covers only the evidence under its globs', () => {
  const scoped = edit(
    MANIFEST,
    '    dataClassification: internal\n',
    '    dataClassification: internal\n    paths: ["services/summarizer/**"]\n',
  );
  const inside = ev('acme-ai', { kind: 'import', file: 'services/summarizer/main.py', line: 1 });
  const outside = ev('acme-ai', { kind: 'import', file: 'services/billing/bill.py', line: 4 });

  it('evidence under the paths is declared', () => {
    expect(run(REGISTRY, scoped, { evidence: [inside] }).findings).toEqual([]);
  });
  it('evidence elsewhere is undeclared, and the message names the paths', () => {
    const findings = run(REGISTRY, scoped, { evidence: [inside, outside] }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.location?.file, f.situation])).toEqual([
      ['usage-undeclared', 'error', 'services/billing/bill.py', 'outside-paths'],
    ]);
    expect(findings[0].message).toContain('services/summarizer/**');
  });
  it('declaration-unused respects paths, at the paths line', () => {
    const findings = run(REGISTRY, scoped, { evidence: [outside] }).findings;
    expect(ids(findings)).toEqual(['declaration-unused@8', 'usage-undeclared@4']);
    expect(findings.find((f) => f.ruleId === 'declaration-unused')?.message).toContain(
      'services/summarizer/**',
    );
  });
  it('a dependency file covers the declared paths below it, not a sibling package', () => {
    const root = ev('acme-ai', { file: 'package.json', line: 7 });
    const parent = ev('acme-ai', { file: 'services/package.json', line: 2 });
    const sibling = ev('acme-ai', { file: 'services/billing/package.json', line: 5 });
    expect(run(REGISTRY, scoped, { evidence: [root, parent] }).findings).toEqual([]);
    const findings = run(REGISTRY, scoped, { evidence: [root, sibling] }).findings;
    expect(findings.map((f) => [f.ruleId, f.location?.file])).toEqual([
      ['usage-undeclared', 'services/billing/package.json'],
    ]);
    // Only a dependency file is read this way: a host name at the root is still outside.
    const host = ev('acme-ai', { kind: 'endpoint', file: 'config.ts', line: 1 });
    expect(ids(run(REGISTRY, scoped, { evidence: [root, host] }).findings)).toEqual([
      'usage-undeclared@1',
    ]);
  });
  it('a second entry without paths covers everything', () => {
    const both =
      scoped +
      '  - { vendor: acme-ai, product: api, purpose: Other, dataClassification: internal }\n';
    expect(run(REGISTRY, both, { evidence: [inside, outside] }).findings).toEqual([]);
  });
  it('an entry with via covers the intermediary evidence under the same paths', () => {
    const gateway =
      REGISTRY +
      '  gw:\n    name: Gateway\n    status: approved\n    intermediary: true\n    review: { date: 2026-05-01 }\n    profile: { processingRegions: [us] }\n    products:\n      api: { name: GW, status: approved }\n';
    const via = scoped + '    via: gw\n';
    const gwInside = ev('gw', { kind: 'endpoint', file: 'services/summarizer/x.py' });
    const gwOutside = ev('gw', { kind: 'endpoint', file: 'web/x.ts' });
    expect(run(gateway, via, { evidence: [inside, gwInside] }).findings).toEqual([]);
    expect(
      run(gateway, via, { evidence: [inside, gwInside, gwOutside] }).findings.map((f) => [
        f.ruleId,
        f.vendor,
      ]),
    ).toEqual([['usage-undeclared', 'gw']]);
  });
});

describe('declaration-unused and manifest-missing', () => {
  it('declaration-unused warns at the entry when the scan found nothing, not without a scan', () => {
    expect(ids(run(REGISTRY, MANIFEST, { evidence: [] }).findings)).toEqual([
      'declaration-unused@4',
    ]);
    expect(run(REGISTRY, MANIFEST, { evidence: null }).findings).toEqual([]);
  });
  it('manifest-missing is an error with runtime use, a note with none or only tests', () => {
    const rulesAndSeverities = (evidence: Evidence[]) =>
      run(REGISTRY, null, { evidence }).findings.map((f) => [f.ruleId, f.severity]);
    expect(rulesAndSeverities([])).toEqual([['manifest-missing', 'note']]);
    expect(rulesAndSeverities([ev('openai')])).toEqual([
      ['manifest-missing', 'error'],
      ['usage-undeclared', 'error'],
    ]);
    expect(rulesAndSeverities([ev('openai', { context: 'test', file: 'test/a.ts' })])).toEqual([
      ['manifest-missing', 'note'],
      ['usage-undeclared', 'note'],
    ]);
  });
});
