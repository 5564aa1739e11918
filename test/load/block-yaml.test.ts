// The fast block-YAML reader against the library path: on any document it either gives up or
// gives the same value, the same location for every path (and every key), and the same
// problems. Random documents come from a small grammar of block YAML rendered in varied
// styles, with comments, blank lines, duplicates and hostile indentation; then unit cases for
// what it must refuse, and large inputs for linear time (asserted in bench/load.mjs, not here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, type ScalarTag } from 'yaml';
import { CORE_SCALAR_TESTS, parseBlockYaml } from '../../src/load/block-yaml.js';
import { MANIFEST_LIMITS } from '../../src/load/documents.js';
import { parseWithLibrary } from '../../src/load/yaml-library.js';
import { parseYamlText, type Limits, type ParseResult } from '../../src/load/yaml.js';
import type { DocPath } from '../../src/model.js';

const LIMITS: Limits = { ...MANIFEST_LIMITS, maxDepth: 8 };

const library = (text: string, limits = LIMITS): ParseResult =>
  parseWithLibrary(text, 'f.yml', limits);
const fast = (text: string, limits = LIMITS): ParseResult | undefined =>
  parseBlockYaml(text, 'f.yml', limits);

/** Every path into a value, in document order. */
function pathsOf(value: unknown, path: DocPath = [], out: DocPath[] = []): DocPath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
    }
  }
  return out;
}

/**
 * Whether the fast reader agrees with the library on `text` (true), or gave up (undefined).
 * Paths that do not resolve (a missing key, an index past the end) are located too.
 */
function agrees(text: string, limits = LIMITS): boolean | undefined {
  const got = fast(text, limits);
  if (got === undefined) return undefined;
  const want = library(text, limits);
  expect(got.ok, text).toBe(want.ok);
  if (!got.ok || !want.ok) {
    expect(!got.ok && got.problems, text).toEqual(!want.ok && want.problems);
    return true;
  }
  const { value } = want.parsed;
  expect(got.parsed.value, text).toEqual(value);
  expect(JSON.stringify(got.parsed.value), text).toBe(JSON.stringify(value));
  const found = pathsOf(value);
  const paths = [...found, ['missing'], [0], [99], ['missing', 'deeper']];
  for (const path of found.slice(0, 100)) paths.push([...path, 'nope'], [...path, 5]);
  for (const path of paths) {
    for (const key of [false, true]) {
      expect(got.parsed.locate(path, { key }), `${text}\nlocate ${JSON.stringify(path)}`).toEqual(
        want.parsed.locate(path, { key }),
      );
    }
  }
  return true;
}

// ---- a small grammar of block YAML ----

type Tree =
  | { t: 'map'; entries: [string, Tree][] }
  | { t: 'seq'; items: Tree[] }
  | { t: 'scalar'; text: string }
  | { t: 'empty' };

const KEYS = [
  'a',
  'b',
  'vendor',
  'x y',
  '1',
  '0x1F',
  '1.0',
  'true',
  'False',
  '__proto__',
  'constructor',
  'a#b',
  'url:x',
  '-k',
  '"q"',
  '"a b"',
  "'s'",
  "''",
  '"esc\\"aped"',
  'é',
  '日本',
  '.inf',
];
/** Keys the library words a problem for, or that the subset leaves out. */
const OTHER_KEYS = ['null', '~', 'k ', '[k]', '? k', '&a k', '"\\x41"'];
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 12 },
  fc.constantFrom(...OTHER_KEYS),
);

/** Scalars of the subset, typed every way the core schema types them. */
const SCALARS = [
  'text',
  'two words',
  'http://example.com/a?b=c#d',
  'a#b',
  'x # not this',
  "don't",
  'a, b',
  '1',
  '-2',
  '+3',
  '007',
  '0x1F',
  '0o17',
  '1.5',
  '-0',
  '.5',
  '1e3',
  '-1.5E-3',
  '.inf',
  '-.Inf',
  '.nan',
  '99999999999999999999',
  'true',
  'True',
  'TRUE',
  'false',
  'yes',
  'null',
  'Null',
  '~',
  '2026-02-30',
  '1_000',
  "'single'",
  "'it''s'",
  "''",
  '""',
  '"double"',
  '"with \\"escapes\\" \\\\ \\n \\/"',
  "'[brackets]'",
  '"{braces}"',
  '[]',
  '{}',
  '[us, eu]',
  '[ a ,b ]',
  '{ k: v, k2: [x] }',
  `["@x/y", 'z']`,
  '{a: 1, a: 2}',
  '[[1], {}, [true, null, ~]]',
  '[-1, -x, .5, 0x1F, 1e3]',
  '{ "q": 1, 1: one }',
  '{__proto__: {x: 1}}',
  '[a b, c  d]',
  'é',
  'naïve café',
  'x ',
  'x  # comment',
];
/** Scalars and values outside the subset (or not valid YAML at all). */
const OUTSIDE = [
  'Summaries: weekly',
  '"unicode \\u00e9"',
  '"x" trailing',
  '[1, 2]',
  '[ ]',
  '{a: 1}',
  '[x: 1]',
  '{a}',
  '[a,]',
  '[a, # c]',
  '{a:1}',
  '[http://x]',
  '{null: 1}',
  '[a#b]',
  '[a, [b, {c: [d]}]]',
  '{ k : v }',
  '[a',
  '[a]]',
  '[a] b',
  "['a' 'b']",
  '&anchor x',
  '*alias',
  '!tag x',
  '!!str 1',
  '|',
  '>',
  '@at',
  '`tick',
  '%pct',
  '? q',
  ': c',
  '- d',
  '-',
  'tab\there',
  '\u2028',
  '<< ',
  '---',
  '...',
];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    {
      arbitrary: fc.constantFrom(...SCALARS).map((text): Tree => ({ t: 'scalar', text })),
      weight: 8,
    },
    fc.constantFrom(...OUTSIDE).map((text): Tree => ({ t: 'scalar', text })),
    fc.constant<Tree>({ t: 'empty' }),
    fc
      .array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 })
      .map((entries): Tree => ({ t: 'map', entries })),
    fc
      .array(tie('node'), { minLength: 1, maxLength: 4 })
      .map((items): Tree => ({ t: 'seq', items })),
  ),
})).node;

const rootTree: fc.Arbitrary<Tree> = fc.oneof(
  fc
    .array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 })
    .map((entries): Tree => ({ t: 'map', entries })),
  fc.array(tree, { minLength: 1, maxLength: 4 }).map((items): Tree => ({ t: 'seq', items })),
);

/** Style choices, read in turn from a tape of random numbers. */
class Tape {
  private i = 0;
  constructor(private readonly values: number[]) {}
  pick(n: number): number {
    if (this.values.length === 0) return 0;
    return this.values[this.i++ % this.values.length] % n;
  }
  chance(percent: number): boolean {
    return this.pick(100) < percent;
  }
}

const COMMENTS = ['# c', '#', '# key: value', '#- x'];

/** Render a tree as block YAML lines, in styles the tape chooses. */
function render(root: Tree, tape: Tape): string[] {
  const lines: string[] = [];
  const pad = (n: number) => ' '.repeat(Math.max(0, n));
  const step = () => 1 + tape.pick(4);
  const trailer = () =>
    (tape.chance(15) ? ' '.repeat(1 + tape.pick(2)) + COMMENTS[tape.pick(4)] : '') +
    (tape.chance(5) ? ' ' : '');
  // `head` is what the line holds before the node: `key:`, `-`, or `- key:` for compact maps.
  function node(value: Tree, indent: number, head: string, headIndent: number, inSeq: boolean) {
    if (value.t === 'scalar') {
      lines.push(pad(headIndent) + head + ' ' + value.text + trailer());
    } else if (value.t === 'empty') {
      lines.push(pad(headIndent) + head + trailer());
    } else if (value.t === 'map') {
      if (inSeq && tape.chance(60)) {
        // compact: the first key on the dash's line
        const gap = 1 + tape.pick(3);
        const column = headIndent + head.length + gap;
        value.entries.forEach(([key, item], i) => {
          if (i === 0) entry(key, item, column, head + pad(gap), headIndent);
          else entry(key, item, column, '', column);
        });
        return;
      }
      lines.push(pad(headIndent) + head + trailer());
      const inner = indent + step();
      for (const [key, item] of value.entries) entry(key, item, inner, '', inner);
    } else {
      if (inSeq && tape.chance(40)) {
        const gap = 1 + tape.pick(2);
        const column = headIndent + head.length + gap;
        value.items.forEach((item, i) => {
          if (i === 0) node(item, column, head + pad(gap) + '-', headIndent, true);
          else node(item, column, '-', column, true);
        });
        return;
      }
      lines.push(pad(headIndent) + head + trailer());
      const inner = !inSeq && tape.chance(40) ? indent : indent + step();
      for (const item of value.items) node(item, inner, '-', inner, true);
    }
  }
  function entry(key: string, item: Tree, indent: number, prefix: string, prefixIndent: number) {
    node(item, indent, prefix + key + ':', prefixIndent, false);
  }
  if (root.t === 'map') for (const [key, item] of root.entries) entry(key, item, 0, '', 0);
  else if (root.t === 'seq') for (const item of root.items) node(item, 0, '-', 0, true);
  return lines;
}

/** Comment lines, blank lines and indentation changes scattered through the lines. */
function disturb(lines: string[], tape: Tape): string {
  const out: string[] = [];
  for (const line of lines) {
    // Bounded: the tape repeats, so `while (chance)` could loop for ever.
    for (let n = 0; n < 3 && tape.chance(12); n++) {
      const kind = tape.pick(3);
      if (kind === 0) out.push('');
      else if (kind === 1) out.push(' '.repeat(tape.pick(4)));
      else out.push(' '.repeat(tape.pick(9)) + COMMENTS[tape.pick(4)]);
    }
    const shift = tape.chance(6) ? tape.pick(3) - 1 : 0;
    out.push(shift < 0 ? line.replace(/^ /, '') : ' '.repeat(shift) + line);
  }
  for (let n = 0; n < 3 && tape.chance(20); n++)
    out.push(' '.repeat(tape.pick(6)) + (tape.chance(60) ? '# end' : ''));
  const ending = tape.pick(3);
  return out.join('\n') + (ending === 0 ? '' : ending === 1 ? '\n' : '\n\n');
}

const documents = fc
  .tuple(rootTree, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }))
  .map(([root, values]) => {
    const tape = new Tape(values);
    return disturb(render(root, tape), tape);
  });

describe('the fast block-YAML reader agrees with the library, or gives up', () => {
  it('random block documents: same value, same locations, same problems', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        if (agrees(text)) answered++;
      }),
      // BLOCK_YAML_RUNS=100000 searches longer.
      { numRuns: Number(process.env.BLOCK_YAML_RUNS ?? 3000) },
    );
    if (process.env.BLOCK_YAML_RUNS) console.log(`answered ${answered} of ${runs}`);
    // The property means little if the reader gives up on everything.
    expect(answered / runs).toBeGreaterThan(0.25);
  });

  it('documents with many duplicate keys and problems', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', '1', '"a"', "'b'", 'true'), fc.nat(3)), {
          minLength: 1,
          maxLength: 30,
        }),
        (entries) => {
          const text = entries
            .map(([key, depth]) => `${'  '.repeat(depth)}${key}: ${depth}`)
            .join('\n');
          agrees(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** One-line flow collections with random items and spacing, the shapes registries use. */
const FLOW_SCALARS = [
  'a',
  'us',
  'two words',
  '1',
  '-2',
  '.5',
  'true',
  '~',
  'null',
  '"q"',
  "'s'",
  '"a, b"',
  "'[x]'",
  'x.example.com',
  'é',
  'a#b',
];
const FLOW_KEYS = ['a', 'b', 'products', '1', '"k"', "'k k'", 'true', '__proto__'];
const flowTree: fc.Arbitrary<string> = fc.letrec<{ flow: string }>((tie) => ({
  flow: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(
        fc.array(
          fc.oneof({ arbitrary: fc.constantFrom(...FLOW_SCALARS), weight: 3 }, tie('flow')),
          { maxLength: 4 },
        ),
        fc.array(fc.constantFrom('', ' ', '  '), { minLength: 8, maxLength: 8 }),
      )
      .map(
        ([items, gaps]) =>
          `[${gaps[0]}${items.map((x, i) => x + gaps[(i % 3) + 1]).join(`,${gaps[5]}`)}${gaps[6]}]`,
      ),
    fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.constantFrom(...FLOW_KEYS),
            fc.oneof({ arbitrary: fc.constantFrom(...FLOW_SCALARS), weight: 3 }, tie('flow')),
          ),
          { maxLength: 4 },
        ),
        fc.array(fc.constantFrom('', ' ', '  '), { minLength: 8, maxLength: 8 }),
      )
      .map(
        ([pairs, gaps]) =>
          `{${gaps[0]}${pairs.map(([k, v], i) => `${k}:${gaps[i % 2 ? 7 : 1] || ' '}${v}${gaps[(i % 3) + 2]}`).join(`,${gaps[5]}`)}${gaps[6]}}`,
      ),
  ),
})).flow;

describe('one-line flow collections: the fast reader agrees with the library, or gives up', () => {
  it('random flow values under keys and in lists', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(flowTree, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' # c', '  #'),
        (flows, trailer) => {
          runs++;
          const text = `k:\n${flows.map((f, i) => `  f${i}: ${f}${trailer}\n  l${i}:\n    - ${f}`).join('\n')}\n`;
          if (agrees(text)) answered++;
        },
      ),
      { numRuns: Number(process.env.BLOCK_YAML_RUNS ?? 2000) },
    );
    expect(answered / runs).toBeGreaterThan(0.25);
  });
});

describe('documents the fast reader answers, checked against the library', () => {
  const cases: Record<string, string> = {
    'a plain map': 'version: 1\nowner: team\n',
    'nested maps and lists': 'a:\n  b:\n    - 1\n    - x: y\n      z: ~\nc: [ignored]\n'.replace(
      'c: [ignored]\n',
      'c: d\n',
    ),
    'a list at the same indent as its key': 'vendors:\n- vendor: a\n  product: b\nowner: t\n',
    'compact nested lists': '- - a\n  - b\n- - - c\n',
    'empty values': 'a:\nb:   \nc:\n- \n-\n',
    'trailing comments on values': 'a: 1 # one\nb: x  # two\n',
    'a comment indented past a scalar joins it': '- a\n  # c\n- b\n',
    'a comment at a nested map’s indent stays with it':
      'a:\n  b:\n    c: 1\n    # k\n  # j\nd: 1\n',
    'comments between a key and its block': 'a: # c\n  # d\n\n  b: 1\n',
    'quoted keys and values': `"a b": 'it''s'\n'c': "d \\"e\\" \\\\ \\t"\n"": ''\n`,
    'typed scalars': 'a: 0x1F\nb: -.inf\nc: 1e3\nd: True\ne: ~\nf: null\n1.50: x\ntrue: y\n',
    'duplicate keys': 'a: 1\nb:\n  a: 1\n  a: 2\na: 3\n1: x\n"1": y\n',
    '__proto__ is an own key': '__proto__:\n  polluted: true\n',
    'no newline at the end': 'a:\n  b: 1',
    'a list root': '- 1\n- two\n-\n- - x\n',
    'every one-character escape in double quotes':
      'a: "\\0\\a\\b\\e\\f\\n\\r\\t\\v\\N\\_\\L\\P\\ \\"\\/\\\\"\n',
    'empty flow collections': 'a: []\nb: {} # c\nc:\n  - []\n    # d\n',
    'flow collections as a registry writes them':
      'anthropic:\n  profile: { processingRegions: [us, eu], trainsOnCustomerData: false }\n' +
      '  detect:\n    npm: ["@acme/internal-claude-wrapper"] # ours\n' +
      '    hosts: [claude-proxy.internal.example.com]\n' +
      '  conditions:\n    - appliesTo: { products: [enterprise] }\n      id: dpa\n',
    'flow collections in a list': '- [a, b]\n- {k: v, n: [1, {x: y}]}\n- - []\n',
    'a duplicate key in a flow map': 'a: {x: 1, y: 2, x: 3}\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => expect(agrees(text)).toBe(true));
  }
});

describe('typing plain scalars', () => {
  it("types them with the library's own core-schema tests, in its order", () => {
    // A yaml upgrade that changes the core schema's tags fails here before it can change a value.
    const tags = parseDocument('').schema.tags.filter(
      (tag): tag is ScalarTag => !tag.collection && tag.default === true && tag.test !== undefined,
    );
    expect(tags.map((tag) => String(tag.test))).toEqual(CORE_SCALAR_TESTS);
    expect(parseDocument('').schema.compat).toBeFalsy();
  });

  it('gives the value the library gives to any short plain scalar', () => {
    const chars = [...'0123456789+-.eExXoOabfinNtTuUrRlLsSAF_~'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (parts) => {
        // As a value and as a key (a key of a number type is its text).
        agrees(`k: ${parts.join('')}\n`);
        agrees(`${parts.join('')}: v\n`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the fast reader gives up on what is outside its subset', () => {
  const cases: Record<string, string> = {
    'a tab': 'a:\tb\n',
    'a CR': 'a: b\r\nc: d\r\n',
    'a BOM': '\uFEFFa: b\n',
    'a flow collection over two lines': 'a: [1,\n  2]\n',
    'an empty item in a flow sequence': 'a: [1, , 2]\n',
    'a trailing comma': 'a: [1, 2,]\n',
    'a comment inside a flow collection': 'a: [1, # c\n]\n',
    'a pair in a flow sequence': 'a: [b: 1]\n',
    'a key without a value in a flow map': 'a: {b}\n',
    'a flow collection as a key': '[a]: 1\n',
    'flow nesting deeper than the limit': `a: ${'['.repeat(9)}x${']'.repeat(9)}\n`,
    'an anchor': 'a: &x 1\n',
    'an alias': 'a: 1\nb: *x\n',
    'a tag': 'a: !!str 1\n',
    'a literal block scalar': 'a: |\n  text\n',
    'a folded block scalar': 'a: >\n  text\n',
    'a multi-line plain scalar': 'a: one\n  two\n',
    'a multi-line quoted scalar': 'a: "one\n  two"\n',
    'an explicit key': '? a\n: b\n',
    'a document start marker': '---\na: b\n',
    'a document end marker': 'a: b\n...\n',
    'a directive': '%YAML 1.2\n---\na: b\n',
    'a merge key': 'a: 1\n<<: b\n',
    'an indented root': '  a: b\n',
    'odd indentation': 'a:\n    b: 1\n  c: 2\n',
    'a key without a value indicator': 'a: 1\nb\n',
    'a map on the key’s line': 'a: b: c\n',
    'a list on the key’s line': 'a: - b\n',
    'a value on the line after its key': 'a:\n  b\n',
    'a space before the colon': 'a : b\n',
    'a null key': 'null: a\n',
    'a unicode escape': 'a: "\\u00e9"\n',
    'a comment with a null value': 'a:\n# c\nb: 1\n',
    'a trailing comment on a null value': 'a: # c\nb: 1\n',
    'a scalar root': 'just text\n',
    'an empty document': '# only a comment\n\n',
    'a reserved indicator': 'a: @b\n',
    'a plain key of over 1,000 characters': `${'k'.repeat(1100)}: 1\n`,
    'a quoted key of over 1,000 characters': `"${'k'.repeat(1100)}": 1\n`,
    'nesting deeper than the limit': Array.from(
      { length: 10 },
      (_, i) => `${'  '.repeat(i)}k${i}:`,
    ).join('\n'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => expect(fast(text)).toBeUndefined());
  }
});

describe('large documents take the fast path, with the same result (time is in the bench)', () => {
  const SLOW = 120_000;
  const unknownKeys = (bytes: number) => {
    const lines = ['version: 1', 'owner: bench', 'vendors: []'];
    for (let i = 0, size = 40; size < bytes; i++) {
      const line = `unknown-key-${i}: 1`;
      lines.push(line);
      size += line.length + 1;
    }
    return `${lines.join('\n')}\n`;
  };

  it(
    'a 1 MiB manifest of unknown keys',
    () => {
      const text = unknownKeys(1024 * 1024 - 40);
      expect(fast(text, MANIFEST_LIMITS)).toBeDefined();
      expect(agrees(text, MANIFEST_LIMITS)).toBe(true);
    },
    SLOW,
  );

  it(
    'the loader takes the fast path, for small documents too',
    async () => {
      const text = unknownKeys(2000);
      const viaLoader = await parseYamlText(text, 'f.yml', MANIFEST_LIMITS);
      const viaFast = fast(text, MANIFEST_LIMITS);
      expect(viaFast).toBeDefined();
      expect(viaLoader.ok && viaFast?.ok).toBe(true);
      if (viaLoader.ok && viaFast?.ok) expect(viaLoader.parsed.value).toEqual(viaFast.parsed.value);
    },
    SLOW,
  );

  it(
    'hostile shapes stay linear: duplicates, comments, deep-then-shallow, long lines, flow',
    () => {
      const shapes = [
        'a: 1\n'.repeat(50_000),
        'a:\n' + '  - x\n    # c\n'.repeat(10_000),
        Array.from(
          { length: 1_000 },
          () => Array.from({ length: 8 }, (_, d) => `${'  '.repeat(d)}k${d}:`).join('\n') + ' v\n',
        ).join(''),
        `a: ${'x'.repeat(500_000)}\nb: '${'y'.repeat(500_000)}'\n`,
        '- - - - - - - x\n'.repeat(10_000),
        `a: [${'x, '.repeat(100_000)}x]\nb: {${'k: [1, {v: w}], '.repeat(20_000)}z: 1}\n`,
        'c: [[[[[[1], 2]]]]]\n'.repeat(20_000).replace(/^c/gm, (_, at: number) => `c${at}`),
      ];
      for (const text of shapes) {
        const limits = { ...MANIFEST_LIMITS, maxBytes: 4 * 1024 * 1024 };
        expect(fast(text, limits), text.slice(0, 40)).toBeDefined();
        expect(agrees(text, limits)).toBe(true);
      }
    },
    SLOW,
  );
});
