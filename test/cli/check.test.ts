import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled, cli } from './harness.js';

const NOW = ['--now', '2026-11-29'];
const REG = ['--registry', 'examples/registry.yml'];
const example = (name: string, ...more: string[]) => [
  'check',
  '--root',
  `examples/${name}`,
  ...REG,
  ...NOW,
  ...more,
];
type Json = {
  decision: string;
  summary: { errors: number; warnings: number; notes: number };
  findings: {
    ruleId: string;
    severity: string;
    vendor: string | null;
    condition: string | null;
    location: { file: string; line: number } | null;
    waived: unknown;
  }[];
  evidence: { vendor: string }[];
};
const json = (stdout: string) => JSON.parse(stdout) as Json;
const brief = (report: Json) =>
  report.findings.map(
    (f) =>
      `${f.ruleId}:${f.severity}:${f.vendor ?? '-'}:${f.location?.file ?? '-'}:${f.location?.line ?? '-'}`,
  );

function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avg-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('check on the bundled examples', () => {
  it('passes the compliant service', async () => {
    const out = await cli(
      example('compliant-service', '--format', 'json', '--repository', 'acme/ticket-summarizer'),
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = json(out.stdout);
    expect(report.decision).toBe('pass');
    expect(report.findings).toEqual([]);
    expect(report.evidence.map((e) => e.vendor)).toContain('anthropic');
  });

  it('fails the support bot on each broken condition, at its line', async () => {
    const out = await cli(
      example('support-bot', '--format', 'json', '--repository', 'acme/support-bot'),
    );
    expect(out.code).toBe(1);
    const report = json(out.stdout);
    expect(report.decision).toBe('fail');
    const got = brief(report);
    for (const expected of [
      'personal-account:error:anthropic:.github/ai-vendors.yml:12',
      'product-not-approved:error:anthropic:.github/ai-vendors.yml:9',
      'residency-mismatch:error:anthropic:.github/ai-vendors.yml:8',
      'classification-exceeded:error:openai:.github/ai-vendors.yml:16',
      'intermediary-not-approved:error:anthropic:.github/ai-vendors.yml:21',
      'review-stale:error:openrouter:.github/ai-vendors.yml:22',
      'vendor-not-approved:error:mistral:.github/ai-vendors.yml:26',
      'declaration-unused:warning:mistral:.github/ai-vendors.yml:26',
    ]) {
      expect(got).toContain(expected);
    }
    expect(got.some((g) => g.startsWith('usage-undeclared:error:deepseek:src/models.ts:'))).toBe(
      true,
    );
  });

  it('fails the ISO 27001 business unit on condition 04, naming its owner', async () => {
    const out = await cli(example('iso-business-unit', '--format', 'json'));
    expect(out.code).toBe(1);
    const report = json(out.stdout);
    const iso = report.findings.find((f) => f.condition === 'iso27001');
    expect(iso).toMatchObject({
      ruleId: 'condition-unmet',
      severity: 'error',
      vendor: 'anthropic',
    });
    expect(report.findings.find((f) => f.ruleId === 'review-due-soon')).toMatchObject({
      vendor: 'google',
      severity: 'warning',
    });
  });

  it('prints text for people with file:line:column links', async () => {
    const out = await cli(example('support-bot'));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/\.github\/ai-vendors\.yml:12:\d+/);
  });

  it('--fail-on never passes and --fail-on warning fails on warnings', async () => {
    expect((await cli(example('support-bot', '--fail-on', 'never'))).code).toBe(0);
    const dir = tempRepo({
      '.github/ai-vendors.yml':
        'version: 1\nowner: t\nvendors:\n  - { vendor: google, product: vertex-ai, purpose: Search, dataClassification: internal }\n',
    });
    const reg = path.resolve('examples/registry.yml');
    const args = ['check', '--root', dir, '--registry', reg, '--no-scan', ...NOW];
    expect((await cli(args)).code).toBe(0); // google's review is due soon: a warning
    expect((await cli([...args, '--fail-on', 'warning'])).code).toBe(1);
  });
});

describe('could not evaluate: exit 2 with one plain sentence', () => {
  const oneSentence = (stderr: string) => {
    expect(stderr).toMatch(/^ai-vendor-gate: [^\n]+\.\n/);
    expect(stderr).not.toMatch(/\n\s+at /);
  };
  it('no registry', async () => {
    const out = await cli(['check', '--root', 'examples/compliant-service']);
    expect(out.code).toBe(2);
    oneSentence(out.stderr);
  });
  it('a missing registry file', async () => {
    const out = await cli(['check', '--registry', 'nope.yml']);
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toBe(
      'ai-vendor-gate: The registry ' + path.resolve('nope.yml') + ' does not exist.\n',
    );
  });
  it('an invalid registry names the first problem and lists all', async () => {
    const dir = tempRepo({
      'registry.yml': 'version: 2\nvendors:\n  x: { name: X, status: maybe, products: {} }\n',
    });
    const out = await cli(['check', '--registry', path.join(dir, 'registry.yml'), '--root', dir]);
    expect(out.code).toBe(2);
    oneSentence(out.stderr);
    expect(out.stderr.split('\n')[0]).toMatch(/is invalid at line 1, column 10: version must be 1/);
    expect(out.stderr).toMatch(/registry\.yml:3:\d+: vendors\.x\.status must be one of/);
  });
  it('bad flags and values', async () => {
    for (const args of [
      ['check', '--bogus'],
      ['check', ...REG, '--now', '2026-02-30'],
      ['check', ...REG, '--fail-on', 'sometimes'],
      ['check', ...REG, '--format', 'xml'],
      ['frobnicate'],
      ['schema', 'nothing'],
    ]) {
      const out = await cli(args);
      expect(out.code, args.join(' ')).toBe(2);
      oneSentence(out.stderr);
    }
  });
});

describe('manifest problems are findings at their line', () => {
  it('reports every schema problem and fails', async () => {
    const dir = tempRepo({
      '.github/ai-vendors.yml':
        'version: 1\nowner: t\nvendors:\n  - vendor: anthropic\n    product: api\n    purpose: x\n    dataClasification: internal\n',
    });
    const out = await cli([
      'check',
      '--root',
      dir,
      ...REG.slice(0, 1),
      path.resolve('examples/registry.yml'),
      '--no-scan',
      ...NOW,
      '--format',
      'json',
    ]);
    expect(out.code).toBe(1);
    expect(brief(json(out.stdout))).toEqual([
      'manifest-invalid:error:-:.github/ai-vendors.yml:4',
      'manifest-invalid:error:-:.github/ai-vendors.yml:7',
    ]);
  });
});

describe('outputs', () => {
  it('schema prints each schema', async () => {
    for (const name of ['manifest', 'registry', 'record']) {
      const out = await cli(['schema', name]);
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout).$id).toMatch(new RegExp(`${name}\\.schema\\.json$`));
    }
  });
  it('--output writes the report to a file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'avg-out-')), 'report.sarif');
    const out = await cli(example('support-bot', '--format', 'sarif', '--output', file));
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0');
  });

  it('sarif: one category per manifest path by default, --sarif-category when given', async () => {
    const id = async (...more: string[]) =>
      JSON.parse((await cli(example('support-bot', '--format', 'sarif', ...more))).stdout).runs[0]
        .automationDetails.id as string;
    expect(await id()).toBe('ai-vendor-gate/.github/ai-vendors.yml/');
    expect(await id('--sarif-category', 'gate/linux')).toBe('gate/linux/');
  });

  it('sarif on exit 2: a run that did not succeed, written where the report goes', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'avg-out-')), 'report.sarif');
    const out = await cli([
      'check',
      '--root',
      'examples/support-bot',
      '--registry',
      'examples/missing-registry.yml',
      '--format',
      'sarif',
      '--output',
      file,
    ]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^ai-vendor-gate: The registry .* does not exist\.\n$/);
    const run = JSON.parse(readFileSync(file, 'utf8')).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(
      /^The registry .* does not exist\.$/,
    );
    expect(run.automationDetails.id).toBe('ai-vendor-gate/.github/ai-vendors.yml/');
  });

  it('json has the skipped files and the scan summary; --no-scan gives [] and null', async () => {
    const dir = tempRepo({ 'src/a.ts': 'const k = process.env.OPENAI_API_KEY;\n' });
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 0, 0, 0, 3]));
    const scanned = JSON.parse(
      (await cli(['check', '--root', dir, ...REG, ...NOW, '--format', 'json'])).stdout,
    );
    expect(Array.isArray(scanned.skipped)).toBe(true);
    expect(scanned.scan).toMatchObject({ listing: expect.stringMatching(/^(git|walk)$/) });
    const unscanned = JSON.parse(
      (await cli(['check', '--root', dir, ...REG, ...NOW, '--format', 'json', '--no-scan'])).stdout,
    );
    expect(unscanned.skipped).toEqual([]);
    expect(unscanned.scan).toBeNull();
  });
});

describe('the bundled CLI', () => {
  it('gives byte-identical JSON in any time zone', () => {
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Adak'].map((TZ) =>
      bundled(example('support-bot', '--format', 'json'), { env: { TZ } }),
    );
    for (const out of outputs) expect(out.code).toBe(1);
    expect(outputs[1].stdout).toBe(outputs[0].stdout);
    expect(outputs[2].stdout).toBe(outputs[0].stdout);
  });
  it('runs without node_modules and reports could-not-evaluate without a stack trace', () => {
    const out = bundled(['check', '--registry', '/nonexistent/registry.yml'], { cwd: tmpdir() });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'ai-vendor-gate: The registry /nonexistent/registry.yml does not exist.\n',
    );
  });
});
