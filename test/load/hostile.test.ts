// Hostile document shapes: what the loader reports, and that it reports it once, located.
// Time is asserted in bench/load.mjs; these tests assert correctness with generous timeouts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadManifest, loadRegistry, MAX_PROBLEMS } from '../../src/load/documents.js';
import type { Problem } from '../../src/load/yaml.js';
import { MANIFEST, REGISTRY } from '../helpers.js';

const enc = (text: string) => new TextEncoder().encode(text);
const manifestProblems = async (text: string): Promise<Problem[]> => {
  const result = await loadManifest(enc(text), 'm.yml');
  return result.ok ? [] : result.problems;
};
const at = (list: Problem[]) =>
  list.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
const HEAD = 'version: 1\nowner: t\nvendors: []\n';
const SLOW = 120_000;

/** An entry anchored with `unknown` extra keys, then repeated by `aliases` aliases. */
function aliasedEntry(unknown: number, aliases: number): string {
  let entry =
    '  - &e\n    vendor: a\n    product: b\n    purpose: c\n    dataClassification: public\n';
  for (let k = 0; k < unknown; k++) entry += `    k${k}: 1\n`;
  return 'version: 1\nowner: t\nvendors:\n' + entry + '  - *e\n'.repeat(aliases);
}

describe('nothing of the YAML library reaches stderr or process warnings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a key that is a flow sequence is a located problem that does not repeat the key', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const list = await manifestProblems(
      `${HEAD}? ["##[error]x"]\n: 1\n? { "::warning::y": 1 }\n: 2\n`,
    );
    expect(at(list)).toEqual([
      '4:3 A key must be a plain value, not a list or a map.',
      '6:3 A key must be a plain value, not a list or a map.',
    ]);
    expect(JSON.stringify(list)).not.toMatch(/##\[|::warning/);
    expect(emitWarning).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it('a key that is missing, or an alias of a list, is located too', async () => {
    expect(at(await manifestProblems(`${HEAD}? \n: 1\n`))[0]).toMatch(
      /^4:\d+ A map entry has no key\./,
    );
    expect(at(await manifestProblems(`${HEAD}x: &l [a]\n*l : 1\n`))).toEqual([
      '5:1 A key must be a plain value, not a list or a map.',
    ]);
  });
});

describe('work is bounded by the document, not by how it repeats itself', () => {
  it(
    'a 1 MiB manifest of unknown keys: the first problems, located, then one "more" problem',
    async () => {
      let text = HEAD;
      let keys = 0;
      while (text.length < 1024 * 1024 - 40) text += `unknown-key-${keys++}: 1\n`;
      const result = await loadManifest(enc(text), 'm.yml');
      expect(result).toMatchObject({ ok: false, omitted: keys - MAX_PROBLEMS });
      const list = result.ok ? [] : result.problems;
      expect(list).toHaveLength(MAX_PROBLEMS + 1);
      expect(at(list.slice(0, 2))).toEqual([
        '4:1 Unknown property "unknown-key-0" in the document; allowed: version, owner, contact, businessUnit, requirements, dataResidency, vendors.',
        '5:1 Unknown property "unknown-key-1" in the document; allowed: version, owner, contact, businessUnit, requirements, dataResidency, vendors.',
      ]);
      expect(list[MAX_PROBLEMS - 1].location.line).toBe(MAX_PROBLEMS + 3);
      expect(at([list[MAX_PROBLEMS]])).toEqual([
        `${MAX_PROBLEMS + 4}:1 ${keys - MAX_PROBLEMS} more problems not listed; fix the ones above first.`,
      ]);
    },
    SLOW,
  );

  it(
    'an entry with 1,000 unknown keys repeated by 99 aliases is reported once, at its anchor',
    async () => {
      const list = await manifestProblems(aliasedEntry(1000, 99));
      expect(list).toHaveLength(1000);
      expect(new Set(list.map((p) => p.location.line)).size).toBe(1000);
      expect(list.every((p) => p.message.includes('in vendors[0]'))).toBe(true);
      expect(at([list[0], list[999]])).toEqual([
        '9:5 Unknown property "k0" in vendors[0]; allowed: vendor, product, purpose, dataClassification, accounts, via, paths.',
        '1008:5 Unknown property "k999" in vendors[0]; allowed: vendor, product, purpose, dataClassification, accounts, via, paths.',
      ]);
    },
    SLOW,
  );

  it(
    'aliases expanding past the bound are one sentence at the alias that crossed it',
    async () => {
      // 30,000 keys repeated 20 times: 1.2 million nodes from 600 KB, over the 500,000 bound.
      const list = await manifestProblems(aliasedEntry(30_000, 20));
      expect(list).toHaveLength(1);
      expect(list[0].message).toBe(
        'The document expands YAML aliases to more than 500000 nodes (a possible alias bomb).',
      );
      expect(list[0].location.line).toBeGreaterThan(30_000);
    },
    SLOW,
  );

  it('an alias inside its own anchor, and an alias to no anchor, are located problems', async () => {
    expect(at(await manifestProblems(`${HEAD}x: &a [1, *a]\n`))).toEqual([
      '4:11 The alias *a refers to a node that contains it.',
    ]);
    expect(at(await manifestProblems(`${HEAD}x: *nowhere\n`))).toEqual([
      '4:4 The alias *nowhere refers to no anchor before it.',
    ]);
  });

  it('an invalid date reached through aliases is reported once', async () => {
    const registry =
      REGISTRY.replace('review: { date: 2026-03-02 }', 'review: &r { date: 2026-02-30 }') +
      '  beta-ai:\n    name: Beta\n    status: approved\n    review: *r\n    products: {}\n' +
      '  gamma-ai:\n    name: Gamma\n    status: approved\n    review: *r\n    products: {}\n';
    const result = await loadRegistry(enc(registry), 'r.yml');
    expect(result.ok ? [] : at(result.problems)).toEqual([
      '6:24 vendors.acme-ai.review.date is "2026-02-30", a day that does not exist.',
    ]);
  });
});

describe('duplicate keys, deep nesting and syntax errors stay located errors', () => {
  it(
    'a duplicate at the end of a large map is found, at the second key',
    async () => {
      let text = HEAD;
      for (let i = 0; i < 50_000; i++) text += `k${i}: 1\n`;
      text += 'k0: 2\n';
      const list = await manifestProblems(text);
      expect(at(list.filter((p) => p.message.startsWith('Duplicate')))).toEqual([
        '50004:1 Duplicate key: each key may appear once in a map.',
      ]);
    },
    SLOW,
  );

  it('keys that differ in YAML but not as plain keys are duplicates', async () => {
    expect(at(await manifestProblems(`${HEAD}1: a\n"1": b\n`))).toEqual([
      '5:1 Duplicate key: each key may appear once in a map.',
    ]);
  });

  it(
    'block nesting that would exhaust the parser is refused in one sentence',
    async () => {
      for (const text of ['- '.repeat(200_000) + 'x\n', '? '.repeat(100_000) + 'x\n']) {
        expect(at(await manifestProblems(text))).toEqual([
          '1:1 The document nests deeper than 32 levels.',
        ]);
      }
    },
    SLOW,
  );

  it('nesting past the limit by indentation is located at the node', async () => {
    let text = 'version: 1\nowner: t\nvendors: []\nx:\n';
    for (let i = 1; i <= 40; i++) text += `${'  '.repeat(i)}k:\n`;
    const [problem] = await manifestProblems(text);
    expect(problem.message).toBe('The document nests deeper than 32 levels.');
    expect(problem.location.line).toBeGreaterThan(30);
  });

  it('thousands of duplicate keys: the first 1,000 located, the rest counted', async () => {
    const result = await loadManifest(enc(`${HEAD}d: 1\n${'d: 2\n'.repeat(3000)}`), 'm.yml');
    expect(result).toMatchObject({ ok: false, omitted: 2000 });
    const list = result.ok ? [] : result.problems;
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(at([list[0], list[MAX_PROBLEMS]])).toEqual([
      '5:1 Duplicate key: each key may appear once in a map.',
      `${MAX_PROBLEMS + 5}:1 2000 more problems not listed; fix the ones above first.`,
    ]);
  });

  it('a cascade of syntax errors is capped', async () => {
    const list = await manifestProblems(`${HEAD}${'x: "\n'.repeat(5000)}`);
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  });
});

describe('only plain YAML values', () => {
  it('binary, sets, ordered maps and timestamps are refused at their node', async () => {
    for (const value of [
      '!!binary aGVsbG8=',
      '!!set {a}',
      '!!omap [a: 1]',
      '!!timestamp 2026-01-01',
    ]) {
      expect(at(await manifestProblems(`version: 1\nowner: ${value}\nvendors: []\n`))).toEqual([
        // At the value itself, just after its tag.
        `2:${8 + value.indexOf(' ') + 1} Only the standard YAML tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are accepted.`,
      ]);
    }
  });
  it('standard tags are values like any other', async () => {
    expect(
      await manifestProblems('version: !!int 1\nowner: !!str 42\nvendors: !!seq []\n'),
    ).toEqual([]);
  });
});

describe('locating nodes in a valid document', () => {
  it('a value reached through an alias is located at its anchor', async () => {
    const text =
      MANIFEST.replace('  - vendor: acme-ai', '  - &e\n    vendor: acme-ai') + '  - *e\n';
    const result = await loadManifest(enc(text), 'm.yml');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { locate, data } = result.document;
    expect(data.vendors).toHaveLength(2);
    expect(locate(['vendors', 1, 'purpose'])).toEqual(locate(['vendors', 0, 'purpose']));
    expect(locate(['vendors', 0, 'purpose']).line).toBe(7);
    expect(locate(['vendors', 0, 'purpose'], { key: true })).toMatchObject({ line: 7, column: 5 });
    // A path that stops resolving gives the deepest node it reached.
    expect(locate(['vendors', 0, 'nothing']).line).toBe(5);
  });
});
