// Lockfiles and manifests an attacker wrote: huge, nested deeper than any tool writes, one giant
// line, repeated literals. Every reader must finish (in linear time: the timeouts are generous
// on purpose, a quadratic reader takes minutes) and either read what is there or give nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/detect/catalog.js';
import { jsonKeySpans } from '../../src/detect/positions/json.js';
import { StringLiterals } from '../../src/detect/positions/literals.js';
import { LineIndex } from '../../src/detect/positions/lines.js';
import { TomlPositions } from '../../src/detect/positions/toml.js';
import { loadReaders, readerFor } from '../../src/detect/readers/index.js';
import type { Evidence } from '../../src/model.js';

const catalog = defaultCatalog();
const SLOW = 60_000;
/** Just under the scan's 2 MiB limit. */
const SIZE = 2 * 1024 * 1024 - 1024;

let readers: Awaited<ReturnType<typeof loadReaders>>;

function read(file: string, text: string): Evidence[] {
  const entry = readerFor(file);
  const reader = entry && readers.get(entry);
  if (!reader) throw new Error(`no reader for ${file}`);
  return reader(file, text, catalog);
}

const FILES = [
  'package.json',
  'package-lock.json',
  'bun.lock',
  'pnpm-lock.yaml',
  'yarn.lock',
  'pyproject.toml',
  'poetry.lock',
  'uv.lock',
  'Pipfile',
  'Pipfile.lock',
  'requirements.txt',
  'go.mod',
  'pom.xml',
  'build.gradle',
  'App.csproj',
  'packages.lock.json',
  'Gemfile',
  'x.gemspec',
  'Gemfile.lock',
  'Cargo.toml',
  'Cargo.lock',
  'composer.json',
  'composer.lock',
];

beforeAll(async () => {
  readers = await loadReaders(FILES);
});

describe('hostile shapes, every reader', () => {
  const shapes: [string, string][] = [
    ['nested arrays', '['.repeat(SIZE / 2)],
    ['nested objects', '{"a":'.repeat(SIZE / 5)],
    ['one giant line', `openai ${'x'.repeat(SIZE)}`],
    ['quotes without end', '"'.repeat(SIZE)],
    ['brackets and quotes', '["\\'.repeat(SIZE / 3)],
    ['xml nesting', '<dependency><groupId>'.repeat(SIZE / 21)],
    ['gem blocks', 'group :test do\n'.repeat(SIZE / 15)],
    ['continuations', 'openai\\\n'.repeat(SIZE / 8)],
  ];
  it.each(shapes)(
    '%s: every reader finishes without throwing',
    (_name, text) => {
      for (const file of FILES) {
        expect(() => read(file, text), file).not.toThrow();
      }
    },
    SLOW * 4,
  );
});

describe('hostile but valid documents are read whole, in linear time', () => {
  it(
    'package-lock v1 nested 5,000 deep: every entry found, deep ones without a position',
    () => {
      const depth = 5000;
      let body = '{}';
      for (let i = depth - 1; i >= 0; i--) {
        const name = i === depth - 1 ? 'openai' : `p${i}`;
        body = `{"${name}":{"version":"1.0.0","dependencies":${body}}}`;
      }
      const text = `{"lockfileVersion":1,"dependencies":${body}}`;
      const found = read('package-lock.json', text);
      expect(found.map((e) => [e.vendor, e.direct])).toEqual([['openai', false]]);
    },
    SLOW,
  );

  it(
    'pyproject.toml listing one requirement 100,000 times',
    () => {
      const items = Array.from({ length: 100_000 }, () => '"openai>=1"').join(',\n');
      const text = `[project]\nname = "x"\ndependencies = [\n${items}\n]\n`;
      const found = read('pyproject.toml', text);
      expect(found).toHaveLength(100_000);
      expect(found[99_999]?.line).toBe(100_003);
    },
    SLOW,
  );

  it(
    'package-lock v3 with 50,000 entries',
    () => {
      const entries = Array.from(
        { length: 50_000 },
        (_, i) => `"node_modules/p${i}/node_modules/openai":{"version":"1.0.0"}`,
      );
      const text = `{"lockfileVersion":3,"packages":{"":{"name":"x"},${entries.join(',')}}}`;
      const found = read('package-lock.json', text);
      expect(found).toHaveLength(50_000);
      expect(found.every((e) => e.line === 1 && e.column !== undefined)).toBe(true);
    },
    SLOW,
  );

  it(
    'pnpm-lock.yaml with 100,000 package entries (a YAML parser takes minutes here)',
    () => {
      const entries = Array.from(
        { length: 100_000 },
        (_, i) => `  /groq-sdk@0.${i}.0:\n    resolution: {integrity: sha512-x}\n    dev: true\n`,
      );
      const text = `lockfileVersion: '6.0'\n\npackages:\n${entries.join('\n')}`;
      const found = read('pnpm-lock.yaml', text);
      expect(found).toHaveLength(100_000);
      expect(found.every((e) => !e.direct && e.context === 'test')).toBe(true);
      expect(found[0]).toMatchObject({ line: 4, column: 4, endColumn: 12 });
    },
    SLOW,
  );

  it(
    'Cargo.lock with 20,000 array tables and sub-tables',
    () => {
      const parts: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        parts.push(
          `[[package]]\nname = "async-openai"\nversion = "0.${i}.0"\nsource = "registry"\n`,
        );
        parts.push(`[package.metadata.t${i}]\nx = 1\n`);
      }
      const found = read('Cargo.lock', parts.join('\n'));
      expect(found).toHaveLength(20_000);
    },
    SLOW,
  );

  it(
    'pom.xml with 20,000 plugins and one real dependency after them',
    () => {
      const plugins =
        '<plugin><dependencies><dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency></dependencies></plugin>\n'.repeat(
          20_000,
        );
      const text = `<project><build><plugins>${plugins}</plugins></build><dependencies><dependency><groupId>com.anthropic</groupId><artifactId>anthropic-java</artifactId></dependency></dependencies></project>`;
      expect(read('pom.xml', text).map((e) => e.vendor)).toEqual(['anthropic']);
    },
    SLOW,
  );
});

describe('position modules', () => {
  it('LineIndex: lines, columns and CRLF', () => {
    const lines = new LineIndex('a\r\nbc\n\nd');
    expect(lines.count).toBe(4);
    expect(lines.lineText(1)).toBe('a');
    expect(lines.lineText(2)).toBe('bc');
    expect(lines.lineText(4)).toBe('d');
    expect(lines.span(4, 2)).toEqual({ line: 2, column: 2, endColumn: 4 });
  });

  it('jsonKeySpans: keys inside quotes, array indexes, escapes kept as written', () => {
    const text = '{\n  "a": [ {"b": 1}, {"b": 2} ],\n  "c\\u0041": {}\n}';
    const spans = jsonKeySpans(text, () => true);
    expect(spans.get('a')).toEqual({ line: 2, column: 4, endColumn: 5 });
    expect(spans.get('a\u00001\u0000b')).toEqual({ line: 2, column: 22, endColumn: 23 });
    expect(spans.get('cA')).toEqual({ line: 3, column: 4, endColumn: 11 });
  });

  it('TomlPositions: quoted keys, array-table entries and sub-tables, multi-line arrays skipped', () => {
    const text = [
      '[[package]]',
      'name = "a"',
      'deps = [',
      '  "name = no",',
      ']',
      '[[package]]',
      '"name" = "b"',
      '[package.extra]',
      'name = "c"',
    ].join('\n');
    const toml = new TomlPositions(text);
    const names = toml.keys.filter((k) => k.key === 'name');
    expect(names.map((k) => [k.entry, k.span.line, k.span.column, k.stringColumn])).toEqual([
      [0, 2, 1, 9],
      [1, 7, 2, 11],
      [1, 9, 1, 9],
    ]);
  });

  it('StringLiterals: takes each occurrence once, from the anchor on', () => {
    const text = 'x = ["a"]\ny = ["a", "a"]';
    const lines = new LineIndex(text);
    const literals = new StringLiterals(text, lines);
    const from = lines.lineStart(2);
    expect(literals.take('a', from)?.line).toBe(2);
    expect(literals.take('a', from)).toEqual({ line: 2, column: 12, endColumn: 13 });
    expect(literals.take('a', from)?.line).toBe(1);
    expect(literals.take('a', from)).toBeUndefined();
  });
});
