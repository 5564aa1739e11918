// Random documents and random mutations of valid ones: the engine never throws, never passes a
// schema-invalid manifest, and every finding it returns is located.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/rules/decision.js';
import { EVIDENCE_CONTEXTS, type Evidence } from '../../src/model.js';
import { evaluate } from '../../src/rules/index.js';
import { loadManifestNow, loadRegistryNow, MANIFEST, registryOf } from '../helpers.js';

const enc = (text: string) => new TextEncoder().encode(text);
const exampleRegistry = registryOf(readFileSync('examples/registry.yml', 'utf8'));

const evidence: fc.Arbitrary<Evidence[]> = fc.array(
  fc.record({
    vendor: fc.constantFrom('anthropic', 'openai', 'mistral', 'ollama', 'nope'),
    kind: fc.constantFrom('dependency', 'workflow', 'endpoint', 'env', 'import'),
    name: fc.string(),
    file: fc.constantFrom('package.json', 'src/a.ts', 'README.md', 'services/x/a.py'),
    line: fc.integer({ min: 1, max: 500 }),
    direct: fc.boolean(),
    context: fc.constantFrom(...EVIDENCE_CONTEXTS),
  }),
  { maxLength: 5 },
);

function gate(bytes: Uint8Array, ev: Evidence[], now: string) {
  const loaded = loadManifestNow(bytes, 'm.yml');
  const result = evaluate({
    registry: exampleRegistry,
    manifest: loaded.ok ? loaded.document : { problems: loaded.problems },
    manifestFile: 'm.yml',
    evidence: ev,
    now,
    repository: 'acme/x',
  });
  return { loaded, findings: result.findings };
}

const day = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A JSON-ish value tree, for random documents and mutations. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      'anthropic',
      'api',
      'personal',
      'restricted',
      '2026-02-30',
      '__proto__',
      'constructor',
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'vendor',
        'product',
        'purpose',
        'dataClassification',
        'accounts',
        'via',
        '__proto__',
        'x',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('the engine under random input', () => {
  it('never throws on random bytes, and a document that fails the schema never passes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), evidence, day, (bytes, ev, now) => {
        const { loaded, findings } = gate(bytes, ev, now);
        if (!loaded.ok) {
          expect(decide(findings, 'error')).toBe('fail');
          expect(findings.every((f) => f.ruleId === 'manifest-invalid' && f.location)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mutations of a valid manifest; every finding is located', () => {
    const base = {
      version: 1,
      owner: 'team',
      vendors: [
        { vendor: 'anthropic', product: 'api', purpose: 'x', dataClassification: 'internal' },
      ],
    };
    const path = fc.array(
      fc.oneof(
        fc.constantFrom('version', 'owner', 'vendors', 'requirements', 'dataResidency'),
        fc.nat(2),
        fc.constantFrom('vendor', 'product', 'dataClassification', 'accounts', 'via'),
      ),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(path, anyValue, evidence, day, (where, value, ev, now) => {
        const doc = structuredClone(base) as Record<string | number, unknown>;
        let node: Record<string | number, unknown> = doc;
        for (const key of where.slice(0, -1)) {
          const next = node[key];
          if (next === null || typeof next !== 'object') break;
          node = next as Record<string | number, unknown>;
        }
        node[where[where.length - 1]] = value;
        const { loaded, findings } = gate(enc(stringify(doc)), ev, now);
        for (const finding of findings) {
          if (finding.ruleId !== 'manifest-missing')
            expect(finding.location, finding.ruleId).toBeDefined();
          expect(finding.message.length).toBeGreaterThan(0);
        }
        if (!loaded.ok) expect(decide(findings, 'error')).toBe('fail');
      }),
      { numRuns: 400 },
    );
  });

  it('random registries are either rejected with located problems or evaluated without throwing', () => {
    fc.assert(
      fc.property(anyValue, day, (vendorValue, now) => {
        const text = stringify({ version: 1, vendors: { anthropic: vendorValue } });
        const loaded = loadRegistryNow(enc(text), 'r.yml');
        if (!loaded.ok) {
          expect(loaded.problems.length).toBeGreaterThan(0);
          return;
        }
        const manifest = loadManifestNow(enc(MANIFEST.replace('acme-ai', 'anthropic')), 'm.yml');
        if (!manifest.ok) throw new Error('fixture');
        evaluate({
          registry: loaded.document,
          manifest: manifest.document,
          manifestFile: 'm.yml',
          evidence: [],
          now,
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Random manifests over the example registry's real vendors, products, accounts and routes. */
const entry = fc.record({
  vendor: fc.constantFrom('anthropic', 'openai', 'google', 'openrouter', 'mistral', 'deepseek'),
  product: fc.constantFrom('api', 'enterprise', 'consumer', 'vertex-ai', 'chatgpt-enterprise'),
  purpose: fc.constant('x'),
  dataClassification: fc.constantFrom('public', 'internal', 'confidential', 'restricted'),
  accounts: fc.constantFrom('organization', 'personal'),
  via: fc.option(fc.constantFrom('openrouter', 'vercel-ai-gateway', 'openai', 'nope'), {
    nil: undefined,
  }),
});
const manifests = fc.record({
  requirements: fc.subarray(['iso27001', 'gdpr']),
  vendors: fc.array(entry, { maxLength: 4 }),
});

describe('the engine agrees with itself', () => {
  it('the conditions table and the findings say the same, for any use and any day', () => {
    fc.assert(
      fc.property(manifests, evidence, day, (doc, ev, now) => {
        const text = stringify({ version: 1, owner: 'team', ...doc });
        const { loaded, findings } = gate(enc(text), ev, now);
        if (!loaded.ok) return;
        const result = evaluate({
          registry: exampleRegistry,
          manifest: loaded.document,
          manifestFile: 'm.yml',
          evidence: ev,
          now,
        });
        const direct = new Set<string>(doc.vendors.map((e) => e.vendor));
        const fired = (rule: string, vendor: string, condition?: string) =>
          findings.some(
            (f) =>
              f.ruleId === rule &&
              f.vendor === vendor &&
              (condition === undefined || f.condition === condition),
          );
        for (const row of result.vendors) {
          if (!direct.has(row.vendor) || row.status === 'unknown') continue;
          const vendor = exampleRegistry.data.vendors[row.vendor];
          if (vendor.status !== 'approved' && vendor.status !== 'conditional') {
            expect(row.conditions.every((c) => c.state === 'unmet')).toBe(true);
            continue;
          }
          for (const condition of row.conditions) {
            const spec = vendor.conditions!.find((c) => c.id === condition.id)!;
            if (condition.state === 'not applicable') continue;
            if (spec.evidence === 'attestation') {
              expect(condition.state === 'unmet', condition.id).toBe(
                fired('condition-unmet', row.vendor, spec.id),
              );
              expect(condition.state === 'expired', condition.id).toBe(
                fired('condition-expired', row.vendor, spec.id),
              );
            } else if (spec.check === 'review-cadence') {
              expect(condition.state === 'expired').toBe(fired('review-stale', row.vendor));
              expect(condition.state === 'met').toBe(
                !fired('review-stale', row.vendor) &&
                  !fired('review-missing', row.vendor) &&
                  !fired('review-invalidated', row.vendor),
              );
            } else if (spec.check === 'personal-accounts') {
              expect(condition.state === 'unmet').toBe(fired('personal-account', row.vendor));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('usage-undeclared is an error only with runtime or CI evidence of a hosted vendor', () => {
    fc.assert(
      fc.property(evidence, day, (ev, now) => {
        const manifest = loadManifestNow(enc(MANIFEST.replace('acme-ai', 'anthropic')), 'm.yml');
        if (!manifest.ok) throw new Error('fixture');
        const { findings } = evaluate({
          registry: exampleRegistry,
          manifest: manifest.document,
          manifestFile: 'm.yml',
          evidence: ev,
          now,
          isSelfHosted: (id) => id === 'ollama',
        });
        for (const f of findings.filter((x) => x.ruleId === 'usage-undeclared')) {
          const inUse = ev.some(
            (e) =>
              e.vendor === f.vendor && e.direct && (e.context === 'runtime' || e.context === 'ci'),
          );
          expect(f.severity === 'error').toBe(inUse && f.vendor !== 'ollama' && !f.waived);
          expect(ev.some((e) => e.vendor === f.vendor && e.file === f.location?.file)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
