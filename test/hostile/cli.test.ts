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
  ['an alias bomb', BILLION_LAUGHS, 'The document expands YAML aliases to more than'],
  [
    'deep nesting',
    `version: 1\nowner: x\nvendors: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    'The document nests deeper than 32 levels.',
  ],
  [
    'deep nesting after a # that is text, not a comment',
    `version: 1\nowner: x\nvendors: [a#b, ${'['.repeat(200_000)}${']'.repeat(200_000)}]\n`,
    'The document nests deeper than 32 levels.',
  ],
  [
    'deep nesting after a quote that is text, not a quoted scalar',
    `version: 1\nowner: don't\nvendors: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
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
  [
    'a duplicate key in a one-line flow map (the fast reader)',
    'version: 1\nowner: a\nvendors: [{ vendor: anthropic, vendor: openai }]\n',
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
      'expands YAML aliases to more than',
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

/**
 * A repository whose every untrusted string tries to be a workflow command: registry vendor,
 * product and condition names, the manifest's owner and purpose, and two scanned file names
 * that the scan reports as evidence of an undeclared vendor.
 */
function commandRepo(): { dir: string; registry: string } {
  const dir = repo(
    [
      'version: 1',
      'owner: "##[error]owner-field ::error::o"',
      'vendors:',
      '  - vendor: evil-ai',
      '    product: api',
      '    purpose: "##[error]purpose-field\\n::error::purpose"',
      '    dataClassification: restricted',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'x ##[warning]y.js'), 'fetch("https://api.openai.com/v1/chat")\n');
  writeFileSync(path.join(dir, '::error::z.js'), 'const key = process.env.OPENAI_API_KEY;\n');
  const registry = path.join(dir, '.github', 'registry.yml');
  writeFileSync(
    registry,
    [
      'version: 1',
      'vendors:',
      '  evil-ai:',
      '    name: "Evil ##[error]vendor-name"',
      '    status: conditional',
      '    review: { date: 2026-06-01 }',
      '    profile: { processingRegions: [us] }',
      '    products:',
      '      api: { name: "API ##[error]product-name", status: approved, maxClassification: internal }',
      '    conditions:',
      '      - id: dpa',
      '        title: "DPA ##[error]condition-title"',
      '        owner: "::error::owner"',
      '        evidence: attestation',
      '  openai:',
      '    name: "OpenAI ##[error]openai-name"',
      '    status: approved',
      '    review: { date: 2026-06-01 }',
      '    products:',
      '      api: { name: API, status: approved }',
      '',
    ].join('\n'),
  );
  return { dir, registry };
}

/** Lines a runner would take as workflow commands (it splits lines at \r and \n). */
function commandLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => /^[\s\u0085\u180e\u200b\ufeff]*::/.test(line) || line.includes('##['));
}

describe('hostile strings never reach a terminal or a report as workflow commands', () => {
  const checkAs = (format: string) => {
    const { dir, registry } = commandRepo();
    const out = bundled([
      'check',
      '--root',
      dir,
      '--registry',
      registry,
      '--format',
      format,
      ...NOW,
    ]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    expect(commandLines(out.stdout)).toEqual([]);
    return out.stdout;
  };

  it('text prints the file names and registry names, defused', () => {
    const text = checkAs('text');
    expect(text).toContain('x ##\u200d[warning]y.js');
    expect(text).toContain('::error::z.js');
    expect(text).toContain('Evil ##\u200d[error]vendor-name');
  });

  it('json keeps the exact strings in valid JSON, escaped with \\u sequences', () => {
    const text = checkAs('json');
    const report = JSON.parse(text) as {
      findings: { message: string; location: { file: string } | null }[];
      evidence: { file: string }[];
    };
    const files = report.evidence.map((item) => item.file);
    expect(files).toContain('x ##[warning]y.js');
    expect(files).toContain('::error::z.js');
    const hostile = ['x ##[warning]y.js', '::error::z.js'];
    expect(report.findings.some((f) => hostile.includes(f.location?.file ?? ''))).toBe(true);
    expect(report.findings.map((f) => f.message).join('\n')).toContain('Evil ##[error]vendor-name');
    expect(text).toContain('x \\u0023#[warning]y.js');
    expect(text).toContain('\\u003a:error\\u003a:z.js');
  });

  it('sarif is valid JSON with the files as encoded URIs and the names in messages', () => {
    const text = checkAs('sarif');
    const log = JSON.parse(text) as {
      runs: {
        results: {
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const uris = log.runs[0].results.map(
      (r) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(
      uris.some((uri) => ['x%20%23%23%5Bwarning%5Dy.js', '%3A%3Aerror%3A%3Az.js'].includes(uri)),
    ).toBe(true);
    expect(log.runs[0].results.map((r) => r.message.text).join('\n')).toContain('##[error]');
  });

  it('markdown prints them escaped', () => {
    const text = checkAs('markdown');
    expect(text).toContain('x ##\\[warning\\]y.js');
    expect(text).toContain('Evil ##\\[error\\]vendor-name');
  });

  it('stderr: a registry named like a command gives a defused sentence; sarif says exit 2', () => {
    const { dir } = commandRepo();
    const bad = path.join(dir, 'reg ##[error]x.yml');
    writeFileSync(bad, 'version: 2\nvendors: {}\n');
    for (const format of ['text', 'sarif']) {
      const out = bundled(['check', '--root', dir, '--registry', bad, '--format', format, ...NOW]);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(
        /^ai-vendor-gate: The registry .*reg ##\u200d\[error\]x\.yml is invalid/,
      );
      expect(commandLines(out.stderr)).toEqual([]);
      expect(commandLines(out.stdout)).toEqual([]);
      if (format === 'sarif') {
        const log = JSON.parse(out.stdout) as {
          runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[];
        };
        expect(log.runs[0].results).toEqual([]);
        expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
      } else {
        expect(out.stdout).toBe('');
      }
    }
  });

  it('stderr: the detail lines of an invalid registry named ::error:: start no command', () => {
    const { dir } = commandRepo();
    writeFileSync(path.join(dir, '::error::reg.yml'), 'version: 2\nvendors: []\n');
    const out = bundled(['check', '--registry', '::error::reg.yml', ...NOW], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n').length).toBeGreaterThan(2);
    expect(out.stderr).toMatch(/\n {2}:\u200d:error::reg\.yml:1:/);
    expect(commandLines(out.stderr)).toEqual([]);
  });
});
