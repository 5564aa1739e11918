// Schema problems are described when read: each says what describing it at once would say, a
// serialized problem carries its message, and deduplication (a node reached through aliases is
// reported once) stays linear, however many problems share a line.
import { readFileSync } from 'node:fs';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS } from '../../src/load/documents.js';
import { validateManifest } from '../../src/load/generated/validators.js';
import { PATTERN_HINTS, schemaProblems, schemaSentences } from '../../src/load/schema.js';
import type { ParsedYaml, Problem } from '../../src/load/yaml.js';
import { parseNow } from '../helpers.js';

function parsed(text: string): ParsedYaml {
  const result = parseNow(new TextEncoder().encode(text), 'm.yml', MANIFEST_LIMITS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.parsed;
}

function problemsOf(text: string): Problem[] {
  const document = parsed(text);
  expect(validateManifest(document.value)).toBe(false);
  return schemaProblems(validateManifest.errors ?? [], document, manifestSchema);
}

const HEAD = 'version: 1\nowner: t\n';
const ENTRY = 'vendor: a, product: b, purpose: c, dataClassification: public';

describe('schema problems are described when read', () => {
  it('each message is the sentence describing the error at once gives', () => {
    const text =
      HEAD +
      'vendors:\n  - vendor: A\n    product: b\n    purpsoe: c\n    dataClassification: secret\n' +
      'contcat: x\n';
    const document = parsed(text);
    validateManifest(document.value);
    const errors = validateManifest.errors ?? [];
    const problems = schemaProblems(errors, document, manifestSchema);
    expect(problems.map((p) => p.message)).toEqual(
      errors
        .filter((e) => !e.schemaPath.includes('/oneOf/') && e.keyword !== 'propertyNames')
        .flatMap((e) => schemaSentences([e], document.value, manifestSchema)),
    );
    expect(problems.map((p) => p.message)).toContain(
      'Unknown property "contcat" in the document: did you mean "contact"?',
    );
  });

  it('a problem serialized or spread after reading carries its message and location', () => {
    const [problem] = problemsOf(`${HEAD}vendors: []\nunknown: 1\n`);
    const message = 'Unknown property "unknown" in the document; allowed: ';
    expect(JSON.parse(JSON.stringify(problem))).toEqual({
      message: expect.stringContaining(message),
      location: { file: 'm.yml', line: 4, column: 1, endLine: 4, endColumn: 8 },
    });
    expect(Object.keys(JSON.parse(JSON.stringify(problem)))).toEqual(['message', 'location']);
    expect({ ...problem }).toEqual({
      location: problem.location,
      message: expect.stringContaining(message),
    });
  });
});

describe('a node reached through aliases is reported once', () => {
  it('an aliased entry with unknown keys: one problem per key, at the anchor', () => {
    const keys = Array.from({ length: 3 }, (_, k) => `    k${k}: 1\n`).join('');
    const text = `${HEAD}vendors:\n  - &e\n    ${ENTRY.replace(/, /g, '\n    ')}\n${keys}  - *e\n  - *e\n`;
    const problems = problemsOf(text);
    expect(
      problems.map((p) => `${p.location.line}:${p.location.column} ${p.message.split(';')[0]}`),
    ).toEqual([
      '9:5 Unknown property "k0" in vendors[0]',
      '10:5 Unknown property "k1" in vendors[0]',
      '11:5 Unknown property "k2" in vendors[0]',
    ]);
  });

  it('many problems on one line (a flow map): each once, in linear time', () => {
    const unknown = Array.from({ length: 5000 }, (_, k) => `k${k}: 1`).join(', ');
    const text = `${HEAD}vendors: [&e {${ENTRY}, ${unknown}}, *e, *e]\n`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(5000);
    expect(new Set(problems.map((p) => p.location.column)).size).toBe(5000);
    expect(problems.every((p) => p.location.line === 3)).toBe(true);
    expect(problems[4999].message).toMatch(/^Unknown property "k4999" in vendors\[0\]/);
  }, 60_000);
});

describe('pattern problems are worded', () => {
  it('every pattern of every schema has its words', () => {
    const patterns = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.add(value);
          else walk(value);
        }
      }
    };
    for (const kind of ['manifest', 'registry', 'record']) {
      walk(JSON.parse(readFileSync(`schemas/${kind}.schema.json`, 'utf8')));
    }
    expect([...patterns].filter((pattern) => !Object.hasOwn(PATTERN_HINTS, pattern))).toEqual([]);
  });
});

describe('every keyword the schemas use has its own sentence', () => {
  it('no schema keyword falls back to the generic sentence', () => {
    // Keywords that describe, group or point, and raise no error of their own.
    const structural = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description']);
    // Keywords src/load/schema.ts words (`describe`), or leaves to the nested error.
    const worded = new Set([
      ...['type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'const'],
      ...['pattern', 'minLength', 'maxLength', 'maxItems', 'minimum', 'maximum'],
      ...['minProperties', 'uniqueItems', 'oneOf', 'propertyNames'],
    ]);
    const used = new Set<string>();
    const walk = (node: unknown, inNames = false): void => {
      if (Array.isArray(node)) node.forEach((item) => walk(item));
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (!inNames) used.add(key);
          walk(value, !inNames && (key === 'properties' || key === '$defs'));
        }
      }
    };
    for (const kind of ['manifest', 'registry', 'record']) {
      walk(JSON.parse(readFileSync(`schemas/${kind}.schema.json`, 'utf8')));
    }
    expect([...used].filter((key) => !structural.has(key) && !worded.has(key))).toEqual([]);
  });
});
