// Hostile files thrown at the bundled CLI: a clear outcome for each, no stack trace, no hang.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../cli/harness.js';

const REGISTRY = path.resolve('examples/registry.yml');
const NOW = ['--now', '2026-11-29'];

function repo(manifest: string | Buffer | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avg-hostile-'));
  if (manifest !== null) {
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github/ai-vendors.yml'), manifest);
  }
  return dir;
}

interface Report {
  decision: string;
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    location: { line: number } | null;
  }[];
}

function check(dir: string, registry = REGISTRY, extra: string[] = []) {
  const started = performance.now();
  const out = bundled([
    'check',
    '--root',
    dir,
    '--registry',
    registry,
    '--no-scan',
    '--format',
    'json',
    ...NOW,
    ...extra,
  ]);
  const ms = performance.now() - started;
  expect(out.stderr).not.toMatch(/\n\s+at /);
  return { ...out, ms, report: out.code === 2 ? null : (JSON.parse(out.stdout) as Report) };
}

const BILLION_LAUGHS = (() => {
  let text = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < 10; i++)
    text += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return text;
})();

const MANIFEST_CASES: [string, string | Buffer, string][] = [
  ['an empty document', '', 'The document is empty.'],
  ['a list', '- a\n- b\n', 'the document must be a map, not a list.'],
  ['a scalar', 'just text\n', 'the document must be a map, not a string.'],
  [
    'binary bytes',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    '.github/ai-vendors.yml is binary, not YAML text.',
  ],
  [
    'non-UTF-8 bytes',
    Buffer.from('version: 1\nowner: caf\xe9\n', 'latin1'),
    '.github/ai-vendors.yml is not UTF-8 text.',
  ],
  [
    'an alias bomb',
    BILLION_LAUGHS,
    'The document expands YAML aliases more than 100 times (a possible alias bomb).',
  ],
  [
    'deep nesting',
    `version: 1\nowner: x\nvendors: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    'The document nests deeper than 32 levels.',
  ],
  [
    'a __proto__ key',
    'version: 1\nowner: x\nvendors: []\n__proto__: { isAdmin: true }\n',
    'Unknown property "__proto__" in the document',
  ],
  [
    'a look-alike vendor id',
    'version: 1\nowner: x\nvendors:\n  - { vendor: "аnthropic", product: api, purpose: x, dataClassification: internal }\n',
    'vendors[0].vendor must be a lowercase kebab-case id',
  ],
  [
    'a bidi control in an id',
    'version: 1\nowner: x\nvendors:\n  - { vendor: "anthropic\u202e", product: api, purpose: x, dataClassification: internal }\n',
    'vendors[0].vendor must be a lowercase kebab-case id',
  ],
  ['wrong types', 'version: "1"\nowner: 7\nvendors: yes\n', 'version must be 1, not "1".'],
  [
    'a duplicate key',
    'version: 1\nowner: a\nowner: b\nvendors: []\n',
    'Duplicate key: each key may appear once in a map.',
  ],
];

describe('hostile manifests: manifest-invalid with one plain sentence, fast', () => {
  for (const [name, content, sentence] of MANIFEST_CASES) {
    it(name, () => {
      const out = check(repo(content));
      expect(out.code).toBe(1);
      expect(out.report?.decision).toBe('fail');
      const messages = out.report?.findings.map((f) => `${f.ruleId} ${f.message}`) ?? [];
      expect(
        messages.some((m) => m.startsWith('manifest-invalid') && m.includes(sentence)),
        messages.join('\n'),
      ).toBe(true);
      expect(out.ms).toBeLessThan(5000); // a process start; the parse itself is bounded in test/load
    });
  }
  it('a manifest over 1 MiB is refused from its size', () => {
    const out = check(repo(`version: 1\nowner: x\nvendors: []\n#${'x'.repeat(1024 * 1024)}\n`));
    expect(out.code).toBe(1);
    expect(out.report?.findings[0].message).toBe(
      '.github/ai-vendors.yml is larger than the 1 MiB limit.',
    );
  });
});

describe('hostile registries: exit 2 with one sentence', () => {
  const registry = (content: string | Buffer) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'avg-reg-')), 'registry.yml');
    writeFileSync(file, content);
    return file;
  };
  for (const [name, content, sentence] of [
    [
      'over 5 MiB',
      `version: 1\nvendors: {}\n#${'x'.repeat(5 * 1024 * 1024)}\n`,
      'is larger than the 5 MiB limit.',
    ],
    [
      'an alias bomb',
      BILLION_LAUGHS.replace(/^/, 'version: 1\nvendors: {}\n'),
      'expands YAML aliases more than 1000 times',
    ],
    ['empty', '', 'The document is empty.'],
    ['not a map', '[1, 2]\n', 'the document must be a map, not a list.'],
    [
      'a prototype key',
      'version: 1\nvendors:\n  __proto__: { name: x, status: approved, products: {} }\n',
      'The key "__proto__" in vendors must be a lowercase kebab-case id',
    ],
  ] as const) {
    it(name, () => {
      const out = check(repo('version: 1\nowner: x\nvendors: []\n'), registry(content));
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.split('\n')[0]).toMatch(/^ai-vendor-gate: .+\.$/);
      expect(out.stderr).toContain(sentence);
    });
  }
  it('a registry that is a directory, or a symlink loop', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avg-reg-'));
    expect(check(repo(null), dir).stderr).toBe(
      `ai-vendor-gate: The registry ${dir} is not a file.\n`,
    );
    const loop = path.join(dir, 'loop.yml');
    symlinkSync(loop, loop);
    const out = check(repo(null), loop);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`ai-vendor-gate: The registry ${loop} cannot be read.\n`);
  });
});

describe('hostile strings never reach a terminal as commands', () => {
  it('a purpose with a newline and a workflow command stays data', () => {
    const manifest =
      'version: 1\nowner: "x\\n::error::pwned"\nvendors:\n  - { vendor: anthropic, product: api, purpose: "a\\n::error file=x::pwned", dataClassification: restricted }\n';
    const out = bundled([
      'check',
      '--root',
      repo(manifest),
      '--registry',
      REGISTRY,
      '--no-scan',
      ...NOW,
    ]);
    expect(out.code).toBe(1);
    for (const line of out.stdout.split('\n'))
      expect(line.trimStart().startsWith('::')).toBe(false);
  });
});
