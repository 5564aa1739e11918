// scripts/real-repos.mjs on a tiny generated checkout, so the real-repository check cannot rot:
// a vendor found, one missed, one falsely an error, a proposed vendor, hostile file names, bad
// input. It runs the bundled CLI (dist/), as the script does.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeLogLine } from '../../src/report/escape.js';
import { main, safeLine } from '../../scripts/real-repos.mjs';
import { tree } from './helpers.js';

const SLOW = 120_000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

interface Entry {
  name: string;
  commit: string;
  mustFind?: Record<string, string>;
  mayNote?: Record<string, string>;
  mustNotError?: Record<string, string>;
  proposed?: { id: string }[];
}

/** A folder holding a checkout named `app` (the given files) and a ground truth for it. */
function setup(files: Record<string, string>, entry: Omit<Entry, 'name' | 'commit'>) {
  const made = tree({});
  cleanups.push(made.cleanup);
  const checkout = path.join(made.root, 'checkouts', 'app');
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(checkout, ...file.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  const expected = path.join(made.root, 'expected.json');
  const repositories: Entry[] = [{ name: 'app', commit: 'a'.repeat(40), ...entry }];
  writeFileSync(expected, JSON.stringify({ schemaVersion: 1, repositories }));
  return { folder: path.join(made.root, 'checkouts'), checkout, expected };
}

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, {
    out: (text: string) => {
      out += text;
      return true;
    },
    err: (text: string) => {
      err += text;
      return true;
    },
  });
  return { code, out, err };
}

const APP = {
  'package.json': JSON.stringify({ dependencies: { openai: '^4.0.0' } }),
  'src/index.ts': 'import OpenAI from "openai";\nexport const client = new OpenAI();\n',
  // A string the scan takes for use at runtime; the ground truth may say it is not.
  'src/blocked.ts': 'export const blocked = ["https://api.deepseek.com"];\n',
  'examples/demo.ts': 'const key = process.env.GROQ_API_KEY;\n',
};

describe('scripts/real-repos.mjs', () => {
  it(
    'passes when every used vendor is found and nothing unused is an error',
    () => {
      const { folder, expected } = setup(APP, {
        mustFind: { openai: 'package.json' },
        mayNote: { groq: 'examples only' },
      });
      const { code, out } = run(['--from', folder, '--expected', expected]);
      expect(out).toContain('app @ aaaaaaaaaaaa');
      expect(out).toMatch(/found 1 of 1: openai \(error at [^)]+\)/);
      expect(out).toContain('found 1 of 1 vendors really used (100%); 1 of them at error');
      expect(out).toContain('false errors: 0');
      // deepseek is an error the ground truth does not list: shown for review, not counted.
      expect(out).toContain('errors not in the ground truth (review): deepseek');
      expect(code).toBe(0);
    },
    SLOW,
  );

  it(
    'fails on a missed vendor and on a vendor falsely raised as an error',
    () => {
      const { checkout, expected } = setup(APP, {
        mustFind: { openai: 'package.json', mistral: 'nowhere in the tree' },
        mustNotError: { deepseek: 'a deny-list' },
        proposed: [{ id: 'anthropic' }, { id: 'not-a-cataloged-vendor' }],
      });
      const { code, out } = run([checkout, '--expected', expected]);
      // anthropic is in the catalog, so the proposal counts as a vendor that must be found.
      expect(out).toContain('missed: anthropic, mistral');
      expect(out).toContain('false errors: deepseek');
      expect(out).toContain('not in the catalog yet: not-a-cataloged-vendor');
      expect(out).toContain('found 1 of 3 vendors really used (33.3%)');
      expect(code).toBe(1);

      const json = run([checkout, '--expected', expected, '--json']);
      const parsed = JSON.parse(json.out) as {
        results: { missed: string[]; falseErrors: string[] }[];
      };
      expect(parsed.results[0]).toMatchObject({
        missed: ['anthropic', 'mistral'],
        falseErrors: ['deepseek'],
      });
    },
    SLOW,
  );

  it(
    'prints hostile file names from the scanned tree as inert single lines',
    () => {
      const hostile = 'src/##[error]pwned\u202e::set-output x::.ts';
      const { folder, expected } = setup(
        { [hostile]: 'const u = "https://api.mistral.ai/v1";\n' },
        { mustFind: { mistral: hostile } },
      );
      const { code, out } = run(['--from', folder, '--expected', expected]);
      expect(code).toBe(0);
      expect(out).toContain('mistral (error at src/##\u200d[error]pwned ::set-output x::.ts:1)');
      expect(out).not.toContain('##[');
      expect(out).not.toContain('\u202e');
      for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/);
    },
    SLOW,
  );

  it('escapes exactly as the report boundary does', () => {
    const samples = [
      '::error::x',
      ' \u00a0::warning file=a::b',
      'a\n::add-mask::b',
      'x ##[group]y',
      'bidi \u202eevil\u2066 end',
      'tab\tand\r\nbreaks   wide',
      'plain text',
    ];
    for (const sample of samples) expect(safeLine(sample)).toBe(safeLogLine(sample));
  });

  it('gives one plain sentence and exit 2 on bad input', () => {
    const { checkout, expected } = setup(APP, { mustFind: { openai: 'package.json' } });
    const unknown = run([path.join(checkout, '..', '..'), '--expected', expected]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^real-repos: \S+ has no entry in the ground truth \(app\)\.\n$/);
    const nothing = run(['--expected', expected]);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toBe('real-repos: no checkout to measure: give DIR... or --from FOLDER.\n');
    const broken = run([checkout, '--expected', path.join(checkout, 'package.json.missing')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('real-repos: cannot read the ground truth');
    expect(broken.err).not.toContain('    at ');
  });
});
