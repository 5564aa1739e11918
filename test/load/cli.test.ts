// Loading through the bundled CLI, as users and the runner run it: hostile manifests and a
// registry waiver that names no rule. Needs `npm run build` (the global setup runs it).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled, ROOT } from '../cli/harness.js';

const REGISTRY = path.join(ROOT, 'examples/registry.yml');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repoWith(manifest: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avg-load-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github/ai-vendors.yml'), manifest);
  return dir;
}

const check = (dir: string, registry = REGISTRY, format = 'json') =>
  bundled([
    'check',
    '--root',
    dir,
    '--registry',
    registry,
    '--no-scan',
    '--now',
    '2026-11-29',
    '--format',
    format,
  ]);

interface JsonFinding {
  ruleId: string;
  message: string;
  location?: { line: number; column: number };
}
const findingsOf = (stdout: string): JsonFinding[] =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

const VALID = 'version: 1\nowner: t\nvendors: []\n';

describe('a manifest key that is a flow sequence', () => {
  const dir = repoWith(`${VALID}? ["##[error]x"]\n: 1\n`);

  it.each(['text', 'json', 'sarif', 'markdown'])(
    'is a located manifest-invalid finding, and nothing prints the key (%s)',
    (format) => {
      const run = check(dir, REGISTRY, format);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      for (const output of [run.stdout, run.stderr]) {
        expect(output).not.toContain('##[');
        expect(output).not.toContain('error]x');
        expect(output).not.toMatch(/Warning|stringified/);
      }
      if (format === 'json') {
        expect(
          findingsOf(run.stdout).map(
            (f) => `${f.ruleId}@${f.location?.line}:${f.location?.column}`,
          ),
        ).toEqual(['manifest-invalid@4:3']);
      }
    },
    60_000,
  );
});

describe('hostile sizes and aliases through the CLI', () => {
  // The report caps findings per rule and file (its "N more" finding is the report's); what
  // matters here is that every finding shown is located, in order, and none is repeated.
  it('a 1 MiB manifest of unknown keys gives located findings in file order and a "more" finding', () => {
    let text = VALID;
    let keys = 0;
    while (text.length < 1024 * 1024 - 40) text += `unknown-key-${keys++}: 1\n`;
    const run = check(repoWith(text));
    expect(run.code).toBe(1);
    const findings = findingsOf(run.stdout);
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.length).toBeLessThanOrEqual(1001);
    expect(findings.every((f) => f.ruleId === 'manifest-invalid')).toBe(true);
    const lines = findings.map((f) => f.location?.line ?? 0);
    expect(lines.slice(0, 3)).toEqual([4, 5, 6]);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(findings.at(-1)?.message).toMatch(/more/);
  }, 120_000);

  it('one entry with 1,000 unknown keys repeated by 99 aliases is reported at the anchor only', () => {
    let entry = '  - &e\n    vendor: anthropic\n    product: api\n    purpose: x\n';
    entry += '    dataClassification: internal\n';
    for (let k = 0; k < 1000; k++) entry += `    k${k}: 1\n`;
    const run = check(repoWith(`version: 1\nowner: t\nvendors:\n${entry}${'  - *e\n'.repeat(99)}`));
    expect(run.code).toBe(1);
    const invalid = findingsOf(run.stdout).filter((f) => f.ruleId === 'manifest-invalid');
    expect(invalid.length).toBeGreaterThan(10);
    const lines = invalid.map((f) => f.location?.line ?? 0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.every((line) => line >= 9 && line <= 1008)).toBe(true);
    expect(invalid.some((f) => /vendors\[[1-9]/.test(f.message))).toBe(false);
  }, 120_000);
});

describe('registry waivers name a rule the gate has', () => {
  const registryWith = (rule: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avg-registry-'));
    dirs.push(dir);
    const file = path.join(dir, 'registry.yml');
    const text = readFileSync(REGISTRY, 'utf8');
    const replaced = text.replace('    rule: review-stale\n', `    rule: ${rule}\n`);
    expect(replaced).not.toBe(text); // the fixture still has the waiver this test edits
    writeFileSync(file, replaced);
    return file;
  };
  const line = readFileSync(REGISTRY, 'utf8').split('\n').indexOf('    rule: review-stale') + 1;

  it('a typo is a located schema error: exit 2, one sentence with the line, no stack', () => {
    const run = check(repoWith(VALID), registryWith('review-stal'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`line ${line}, column 11`);
    expect(run.stderr).toContain('waivers[0].rule must be one of');
    expect(run.stderr).toContain('did you mean "review-stale"?');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a real rule id loads', () => {
    const run = check(repoWith(VALID), registryWith('review-due-soon'));
    expect(run.code).not.toBe(2);
  });
});

describe('schema prints the schemas the loader checks', () => {
  it.each(['manifest', 'registry', 'record'])('schema %s', (name) => {
    const run = bundled(['schema', name]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as unknown;
    const file = JSON.parse(
      readFileSync(path.join(ROOT, `schemas/${name}.schema.json`), 'utf8'),
    ) as unknown;
    expect(printed).toEqual(file);
  });

  it('the registry schema lists every rule id for waivers', () => {
    const schema = JSON.parse(bundled(['schema', 'registry']).stdout) as {
      $defs: { waiver: { properties: { rule: { enum: string[] } } } };
    };
    expect(schema.$defs.waiver.properties.rule.enum).toContain('review-stale');
    expect(schema.$defs.waiver.properties.rule.enum).not.toContain('review-stal');
  });
});
