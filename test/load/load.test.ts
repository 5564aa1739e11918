import { describe, expect, it } from 'vitest';
import { loadManifest, loadRegistry } from '../../src/load/documents.js';
import type { Problem } from '../../src/load/yaml.js';
import { MANIFEST, REGISTRY } from '../helpers.js';

const enc = (text: string) => new TextEncoder().encode(text);
async function problems(
  text: string | Uint8Array,
  kind: 'manifest' | 'registry' = 'manifest',
): Promise<Problem[]> {
  const bytes = typeof text === 'string' ? enc(text) : text;
  const result =
    kind === 'manifest' ? await loadManifest(bytes, 'm.yml') : await loadRegistry(bytes, 'r.yml');
  return result.ok ? [] : result.problems;
}
const at = (list: Problem[]) =>
  list.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);

describe('schema problems are located at their node', () => {
  it('accepts the valid documents', async () => {
    expect(await problems(MANIFEST)).toEqual([]);
    expect(await problems(REGISTRY, 'registry')).toEqual([]);
  });
  it('an unknown key points at the key and suggests the right one', async () => {
    expect(at(await problems(MANIFEST.replace('purpose:', 'purpsoe:')))).toEqual([
      '4:5 vendors[0] is missing the required property "purpose".',
      '6:5 Unknown property "purpsoe" in vendors[0]: did you mean "purpose"?',
    ]);
  });
  it('a missing required property points at the object that lacks it', async () => {
    const list = await problems(MANIFEST.replace('owner: team\n', ''));
    expect(at(list)).toEqual(['1:1 the document is missing the required property "owner".']);
  });
  it('a wrong enum value names the allowed values, with the end position', async () => {
    const [p] = await problems(
      MANIFEST.replace('dataClassification: internal', 'dataClassification: secret'),
    );
    expect(p.message).toBe(
      'vendors[0].dataClassification must be one of public, internal, confidential, restricted, not "secret".',
    );
    expect(p.location).toEqual({ file: 'm.yml', line: 7, column: 25, endLine: 7, endColumn: 31 });
  });
  it('wrong types everywhere', async () => {
    expect(at(await problems('version: 1\nowner: [a]\nvendors: {}\n'))).toEqual([
      '2:8 owner must be a string, not a list.',
      '3:10 vendors must be a list, not a map.',
    ]);
  });
  it('a document that is a list or a scalar', async () => {
    expect(at(await problems('- a\n- b\n'))).toEqual([
      '1:1 the document must be a map, not a list.',
    ]);
    expect(at(await problems('hello\n'))).toEqual([
      '1:1 the document must be a map, not a string.',
    ]);
  });
  it('dates that do not exist', async () => {
    const registry = REGISTRY.replace('2026-03-02', '2026-02-30');
    expect(at(await problems(registry, 'registry'))).toEqual([
      '6:21 vendors.acme-ai.review.date is "2026-02-30", a day that does not exist.',
    ]);
  });
  it('an unknown key under a definition or in a list names what that place allows', async () => {
    const registry =
      REGISTRY.replace('    status: approved\n    review:', '    stauts: approved\n    review:') +
      '    conditions:\n      - { id: x, title: X, check: review-cadence, note: n }\n';
    const list = (await problems(registry, 'registry')).map((p) => p.message);
    expect(list).toContain('Unknown property "stauts" in vendors.acme-ai: did you mean "status"?');
    expect(list).toContainEqual(
      expect.stringMatching(
        /^Unknown property "note" in vendors\.acme-ai\.conditions\[0\]; allowed: id, title, /,
      ),
    );
  });
  it('a condition needs exactly one of evidence or check', async () => {
    const registry =
      REGISTRY +
      '    conditions:\n      - { id: x, title: X, evidence: attestation, check: review-cadence }\n';
    expect(at(await problems(registry, 'registry'))).toEqual([
      '11:9 vendors.acme-ai.conditions[0] must have exactly one of "evidence" (met by an attestation) or "check" (a built-in rule).',
    ]);
  });
  it('ids with look-alike or bidirectional-control characters are rejected', async () => {
    const cyrillic = MANIFEST.replace('vendor: acme-ai', 'vendor: acme-аi');
    expect(at(await problems(cyrillic))[0]).toMatch(
      /^4:13 vendors\[0\]\.vendor must be a lowercase kebab-case id/,
    );
    const bidi = REGISTRY.replace('  acme-ai:', '  acme\u202e-ai:');
    expect(at(await problems(bidi, 'registry'))[0]).toMatch(
      /^3:3 The key ".*" in vendors must be a lowercase kebab-case id/,
    );
  });
  it('__proto__ and constructor keys are rejected, and nothing is polluted', async () => {
    const list = await problems(
      'version: 1\nowner: x\nvendors: []\n__proto__: { polluted: true }\nconstructor: 1\n',
    );
    expect(at(list)).toEqual([
      '4:1 Unknown property "__proto__" in the document; allowed: version, owner, contact, businessUnit, requirements, dataResidency, vendors.',
      '5:1 Unknown property "constructor" in the document; allowed: version, owner, contact, businessUnit, requirements, dataResidency, vendors.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const vendors = await problems(REGISTRY.replace('  acme-ai:', '  __proto__:'), 'registry');
    expect(vendors[0].message).toMatch(
      /The key "__proto__" in vendors must be a lowercase kebab-case id/,
    );
  });
});

describe('YAML-level problems', () => {
  it('a duplicate key is located at the second key', async () => {
    expect(at(await problems('version: 1\nowner: a\nowner: b\nvendors: []\n'))).toEqual([
      '3:1 Duplicate key: each key may appear once in a map.',
    ]);
  });
  it('a syntax error is located', async () => {
    const [p] = await problems('version: 1\nowner: "unclosed\nvendors: []\n');
    expect(p.message).toMatch(/^YAML syntax error/);
    expect(p.location.line).toBeGreaterThanOrEqual(2);
  });
  it('an empty document', async () => {
    expect(at(await problems(''))).toEqual(['1:1 The document is empty.']);
    expect(at(await problems('# only a comment\n'))).toEqual(['1:1 The document is empty.']);
  });
  it('a billion-laughs alias bomb fails fast with one located sentence', async () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const list = await problems(bomb);
    expect(list).toHaveLength(1);
    expect(list[0].message).toBe(
      'The document expands YAML aliases to more than 500000 nodes (a possible alias bomb).',
    );
    expect(list[0].location.line).toBe(6); // the alias that crossed the bound
  });
  it('more aliases than allowed is one sentence, whatever they point at', async () => {
    const text =
      'version: 1\nowner: &o t\nvendors: []\nx: [' + Array(101).fill('*o').join(', ') + ']\n';
    expect(at(await problems(text))).toEqual([
      '4:5 The document uses YAML aliases more than 100 times (a possible alias bomb).'.replace(
        '4:5',
        `4:${5 + 4 * 100}`,
      ),
    ]);
  });
  it('deep nesting', async () => {
    const deep = 'version: 1\nowner: x\nvendors: ' + '['.repeat(200) + ']'.repeat(200) + '\n';
    const list = await problems(deep);
    expect(list[0].message).toBe('The document nests deeper than 32 levels.');
  });
  it('binary and non-UTF-8 bytes', async () => {
    expect(at(await problems(new Uint8Array([0x76, 0x00, 0x01])))).toEqual([
      '1:1 m.yml is binary, not YAML text.',
    ]);
    expect(at(await problems(new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a])))).toEqual([
      '1:1 m.yml is not UTF-8 text.',
    ]);
  });
  it('size limits: manifest 1 MiB, registry 5 MiB, checked before parsing', async () => {
    const big = enc('#'.repeat(1024 * 1024 + 1));
    const started = performance.now();
    expect(at(await problems(big))).toEqual(['1:1 m.yml is larger than the 1 MiB limit.']);
    expect((await problems(big, 'registry'))[0].message).toBe('The document is empty.');
    expect(at(await problems(enc('#'.repeat(5 * 1024 * 1024 + 1)), 'registry'))).toEqual([
      '1:1 r.yml is larger than the 5 MiB limit.',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('custom tags are refused', async () => {
    expect(
      (await problems('version: 1\nowner: !!js/function "x"\nvendors: []\n'))[0].message,
    ).toMatch(/custom YAML tags/);
  });
  it('JSON is accepted', async () => {
    expect(await problems('{"version": 1, "owner": "t", "vendors": []}')).toEqual([]);
  });
});
