// Every organization command end to end through the bundled CLI (`node dist/cli/index.js`),
// against the fake GitHub, as the governance repository's workflows run them.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/org/inventory.js';
import { FakeGitHub } from '../support/fake-github.js';
import { buildOrg, EXAMPLES, REGISTRY } from '../support/org-fixture.js';
import { BUNDLE, runBundle } from '../support/run-bundle.js';
import { validateBom } from './bom-validate.js';

const NOW = '2026-11-29';
let fake: FakeGitHub;
let dir: string;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/cli/index.js is missing: npm run build first.');
  dir = await mkdtemp(path.join(tmpdir(), 'avg-bundle-org-'));
  fake = new FakeGitHub();
  await fake.start();
  await buildOrg(fake, 'acme', path.join(dir, 'trees'), 9);
});
afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('bundled CLI: the governance commands', () => {
  it('org plan, org sweep (through rate limits), org report from 1 and 3 shards', async () => {
    const plan = await runBundle(['org', 'plan', '--org', 'acme', '--shards', '3']);
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.stdout) as { include: { shard: string }[] };
    fake.failAt(1, 'secondary-rate-limit');
    fake.failAt(4, 'too-many-requests');
    const sweep = (extra: string[], output: string) =>
      runBundle(
        [
          'org',
          'sweep',
          '--org',
          'acme',
          '--registry',
          REGISTRY,
          '--now',
          NOW,
          '--output',
          output,
          ...extra,
        ],
        { env: fake.env() },
      );
    const whole = path.join(dir, 'whole.json');
    const one = await sweep([], whole);
    expect(one.stderr).toMatch(/swept 13 repositories of acme \(shard 1\/1\)/);
    expect(one.code).toBe(0);
    const files: string[] = [];
    for (const { shard } of matrix.include) {
      const file = path.join(dir, `shard-${shard.replace('/', '-')}.json`);
      const out = await sweep(['--shard', shard], file);
      expect(out.code).toBe(0);
      files.push(file);
    }
    const inventory = JSON.parse(await readFile(whole, 'utf8')) as Inventory;
    expect(inventory.repositories).toHaveLength(13);
    expect(inventory.repositories.map((r) => r.repository)).not.toContain('acme/old-experiment');
    for (const format of ['json', 'markdown', 'html', 'cyclonedx']) {
      const a = await runBundle(['org', 'report', whole, '--format', format]);
      const b = await runBundle(['org', 'report', ...files, '--format', format]);
      expect(a.code, format).toBe(0);
      expect(b.stdout, format).toBe(a.stdout);
      if (format === 'cyclonedx') expect(await validateBom(a.stdout)).toBeNull();
      if (format === 'html') {
        expect(a.stdout).toMatch(/^<!DOCTYPE html>/);
        expect(a.stdout).not.toContain('<img src=x');
      }
    }
    // The archive host never saw the token.
    expect(
      fake.requests.filter((r) => r.server === 'codeload').every((r) => !r.authorization),
    ).toBe(true);

    const head = path.join(dir, 'head.yml');
    await writeFile(
      head,
      (await readFile(REGISTRY, 'utf8')).replace(
        /(\n {2}anthropic:\n {4}name: Anthropic\n {4}status: )conditional/,
        '$1suspended',
      ),
    );
    const diff = await runBundle(['registry', 'diff', REGISTRY, head, '--inventory', whole]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/\| anthropic \| status \| changed \| conditional \| suspended \|/);
    expect(diff.stdout).toMatch(/acme\/gen-0000 \| pass → \*\*fail\*\*/);
  }, 300_000);

  it('remind twice opens each issue once', async () => {
    const args = [
      'remind',
      '--registry',
      REGISTRY,
      '--repository',
      'acme/governance',
      '--now',
      NOW,
      '--within',
      '90',
    ];
    const first = await runBundle(args, { env: fake.env() });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const count = fake.issuesOf('acme/governance').length;
    expect(count).toBeGreaterThan(0);
    const second = await runBundle(args, { env: fake.env() });
    expect(second.code).toBe(0);
    expect(fake.issuesOf('acme/governance')).toHaveLength(count);
    expect(second.stdout).not.toMatch(/opened/);
  }, 120_000);

  it('check --format cyclonedx', async () => {
    const out = await runBundle([
      'check',
      '--root',
      path.join(EXAMPLES, 'compliant-service'),
      '--registry',
      REGISTRY,
      '--now',
      NOW,
      '--format',
      'cyclonedx',
    ]);
    expect(out.stderr).toBe('');
    expect(await validateBom(out.stdout)).toBeNull();
  });
});
