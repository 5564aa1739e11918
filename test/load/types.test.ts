// One definition per format: the schemas. The rule enum follows RULE_IDS, loading narrows to the
// generated types through the compiled validators, and records are checked by the same means.
import { describe, expect, it } from 'vitest';
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import { loadRegistry } from '../../src/load/documents.js';
import { checkRecord } from '../../src/load/record.js';
import { validateRegistry } from '../../src/load/generated/validators.js';
import { RULE_IDS, type GateRecordDocument, type Registry } from '../../src/model.js';
import { REGISTRY } from '../helpers.js';

const enc = (text: string) => new TextEncoder().encode(text);
const WAIVER = (rule: string) =>
  `${REGISTRY}waivers:\n  - id: WVR-1\n    rule: ${rule}\n    reason: r\n    approvedBy: CISO\n    expires: 2027-01-15\n`;

describe('the waiver rule enum is RULE_IDS', () => {
  it('the schema file and the compiled validator list exactly the rule ids (run the build)', async () => {
    expect(registrySchema.$defs.waiver.properties.rule.enum).toEqual([...RULE_IDS]);
    const waiverFor = (rule: string): Registry =>
      ({
        version: 1,
        vendors: {},
        waivers: [{ id: 'W', rule, reason: 'r', approvedBy: 'a', expires: '2027-01-01' }],
      }) as unknown as Registry;
    for (const rule of RULE_IDS) expect(validateRegistry(waiverFor(rule))).toBe(true);
    expect(validateRegistry(waiverFor('review-stal'))).toBe(false);
  });

  it('a registry waiver for a rule that does not exist is a located error with a suggestion', async () => {
    const result = await loadRegistry(enc(WAIVER('review-stal')), 'r.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem.location).toMatchObject({ line: 12, column: 11, endLine: 12, endColumn: 22 });
    expect(problem.message).toMatch(/^waivers\[0\]\.rule must be one of manifest-invalid, /);
    expect(problem.message).toMatch(/not "review-stal": did you mean "review-stale"\?$/);
  });

  it('a waiver for an existing rule loads, typed as the rule id', async () => {
    const result = await loadRegistry(enc(WAIVER('review-stale')), 'r.yml');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const rule: (typeof RULE_IDS)[number] = result.document.data.waivers![0].rule;
    expect(rule).toBe('review-stale');
  });
});

describe('checkRecord: the compiled record validator', () => {
  const record: GateRecordDocument = {
    schemaVersion: 1,
    tool: { name: 'ai-vendor-gate', version: '0.1.0' },
    now: '2026-11-29',
    timestamp: '2026-11-29T10:00:00Z',
    repository: 'acme/app',
    serverUrl: null,
    sha: null,
    ref: null,
    event: null,
    run: { id: null, attempt: null },
    actor: null,
    workflow: null,
    inputs: {
      manifest: { path: '.github/ai-vendors.yml', sha256: null },
      registry: { source: 'registry.yml', sha256: 'a'.repeat(64) },
    },
    decision: 'pass',
    failOn: 'error',
    summary: { errors: 0, warnings: 0, notes: 0 },
    findings: [],
    vendors: [],
    previous: null,
    sha256: 'b'.repeat(64),
  };

  it('accepts a record of the schema, typed', async () => {
    const checked = checkRecord(JSON.parse(JSON.stringify(record)));
    expect(checked).toEqual({ ok: true, record });
  });

  it('names each field that breaks the schema, in plain sentences', async () => {
    const bad = {
      ...record,
      decision: 'maybe',
      summary: { errors: -1, warnings: 0 },
      findings: [{ ruleId: 'x', severity: 'fatal' }],
      extra: true,
    };
    const checked = checkRecord(bad);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual(
      expect.arrayContaining([
        'decision must be one of pass, fail, not "maybe".',
        'summary is missing the required property "notes".',
        'summary.errors must be at least 0.',
        'findings[0].severity must be one of error, warning, note, not "fatal".',
        'findings[0] is missing the required property "vendor".',
        expect.stringMatching(/^Unknown property "extra" in the document/),
      ]),
    );
    expect(checkRecord({ ...record, vendors: ['a', 'b', 'a'] })).toEqual({
      ok: false,
      problems: ['vendors lists the same item twice (items 0 and 2).'],
    });
    expect(checkRecord(null)).toEqual({
      ok: false,
      problems: ['the document must be a map, not null.'],
    });
  });
});
