// `org report` over shard inventories: 1 shard and 8 shards give the same bytes in every format;
// missing or mismatched shards are refused; markdown and the AI-BOM keep hostile text inert;
// `registry diff` names the repositories a registry change flips.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/org/inventory.js';
import { cli } from '../cli/harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { buildOrg, REGISTRY } from '../support/org-fixture.js';
import { validateBom } from './bom-validate.js';

const NOW = '2026-11-29';
let fake: FakeGitHub;
let dir: string;
let whole: string;
let shards: string[];

async function sweep(extra: string[], output: string) {
  const out = await cli(
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
    fake.env(),
  );
  if (out.code !== 0) throw new Error(out.stderr);
  return output;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avg-report-'));
  fake = new FakeGitHub();
  await fake.start();
  await buildOrg(fake, 'acme', path.join(dir, 'trees'), 12);
  whole = await sweep([], path.join(dir, 'whole.json'));
  shards = [];
  for (let i = 1; i <= 8; i++) {
    shards.push(
      await sweep(['--shard', `${i}/8`, '--concurrency', '2'], path.join(dir, `shard-${i}.json`)),
    );
  }
}, 240_000);

afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('org report', () => {
  it.each(['json', 'markdown', 'html', 'cyclonedx'])(
    'gives the same %s from 1 shard and from 8',
    async (format) => {
      const one = await cli(['org', 'report', whole, '--format', format], {});
      const eight = await cli(['org', 'report', ...[...shards].reverse(), '--format', format], {});
      expect(one.stderr).toBe('');
      expect(one.code).toBe(0);
      expect(eight.stdout).toBe(one.stdout);
    },
  );

  it('each shard holds its part and the parts add up', async () => {
    const parts = await Promise.all(
      shards.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as Inventory),
    );
    const all = JSON.parse(await readFile(whole, 'utf8')) as Inventory;
    expect(parts.reduce((n, p) => n + p.repositories.length, 0)).toBe(all.repositories.length);
    expect(parts.filter((p) => p.repositories.length > 0).length).toBeGreaterThan(3);
  });

  it('refuses a missing shard, a shard given twice and inventories of another day', async () => {
    const missing = await cli(['org', 'report', ...shards.slice(1)], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 1\/8 is missing/);
    const twice = await cli(['org', 'report', shards[0], shards[0], ...shards.slice(1)], {});
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/both cover shard 1\/8/);
    const other = JSON.parse(await readFile(shards[0], 'utf8')) as Inventory;
    other.now = '2026-01-01';
    const otherFile = path.join(dir, 'other.json');
    await writeFile(otherFile, JSON.stringify(other));
    const mixed = await cli(['org', 'report', otherFile, ...shards.slice(1)], {});
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/swept with day/);
    const garbage = path.join(dir, 'garbage.json');
    await writeFile(garbage, '{"schemaVersion": 1, "organization": "acme"}');
    const bad = await cli(['org', 'report', garbage], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not an inventory/);
  });

  it('markdown names failing repositories and why, and keeps hostile text inert', async () => {
    const out = await cli(['org', 'report', whole, '--format', 'markdown'], {});
    expect(out.stdout).toMatch(/## AI vendor inventory: acme/);
    expect(out.stdout).toMatch(/\| acme\/gen-0001 \| fail \| manifest-missing/);
    expect(out.stdout).toMatch(/### Repositories without a manifest/);
    expect(out.stdout).not.toContain('<img');
    expect(out.stdout).not.toContain('<script');
    expect(out.stdout).not.toMatch(/(^|[^\\])\[click\]\(/);
  });

  it('the AI-BOM is valid CycloneDX 1.6 with services and SDK components', async () => {
    const out = await cli(['org', 'report', whole, '--format', 'cyclonedx'], {});
    const bom = JSON.parse(out.stdout) as {
      specVersion: string;
      serialNumber: string;
      metadata: { timestamp?: string };
      services: {
        group: string;
        name: string;
        data: { classification: string }[];
        properties: { name: string; value: string }[];
      }[];
      components: { purl: string; evidence?: { occurrences: { location: string }[] } }[];
    };
    expect(await validateBom(out.stdout)).toBeNull();
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.timestamp).toBeUndefined();
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const claude = bom.services.find((s) => s.group === 'anthropic' && s.name === 'Claude API');
    expect(claude?.data).toEqual([{ flow: 'outbound', classification: 'confidential' }]);
    expect(claude?.properties).toEqual(
      expect.arrayContaining([
        { name: 'ai-vendor-gate:vendor-status', value: 'conditional' },
        { name: 'ai-vendor-gate:declared', value: 'true' },
        { name: 'ai-vendor-gate:repository', value: 'acme/compliant-service' },
      ]),
    );
    const undeclared = bom.services.find(
      (s) =>
        s.group === 'openai' &&
        s.properties.some((p) => p.name === 'ai-vendor-gate:declared' && p.value === 'false'),
    );
    expect(undeclared?.data).toEqual([{ flow: 'unknown', classification: 'undeclared' }]);
    const sdk = bom.components.find((c) => c.purl === 'pkg:npm/%40anthropic-ai/sdk');
    expect(sdk?.evidence?.occurrences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ location: 'acme/compliant-service:package.json' }),
      ]),
    );
    const stamped = await cli(
      ['org', 'report', whole, '--format', 'cyclonedx', '--now', '2026-12-01'],
      {},
    );
    expect(JSON.parse(stamped.stdout).metadata.timestamp).toBe('2026-12-01T00:00:00Z');
    expect(JSON.parse(stamped.stdout).serialNumber).not.toBe(bom.serialNumber);
  });
});

describe('registry diff', () => {
  it('lists per-vendor changes and the repositories that change decision', async () => {
    const base = await readFile(REGISTRY, 'utf8');
    const head = base.replace(
      /(\n {2}anthropic:\n {4}name: Anthropic\n {4}status: )conditional/,
      '$1suspended',
    );
    expect(head).not.toBe(base);
    const headFile = path.join(dir, 'head.yml');
    await writeFile(headFile, head);
    const json = await cli(
      ['registry', 'diff', REGISTRY, headFile, '--inventory', whole, '--format', 'json'],
      {},
    );
    expect(json.stderr).toBe('');
    const diff = JSON.parse(json.stdout) as {
      changes: { vendor: string; area: string; kind: string; before: string; after: string }[];
      impact: {
        changed: {
          repository: string;
          before: string;
          after: string;
          added: { ruleId: string }[];
        }[];
      };
    };
    expect(diff.changes).toEqual([
      {
        vendor: 'anthropic',
        area: 'status',
        kind: 'changed',
        before: 'conditional',
        after: 'suspended',
      },
    ]);
    const flipped = diff.impact.changed.map((c) => c.repository);
    expect(flipped).toContain('acme/gen-0000');
    expect(flipped).not.toContain('acme/gen-0001');
    const one = diff.impact.changed.find((c) => c.repository === 'acme/gen-0004');
    expect(one).toMatchObject({ before: 'pass', after: 'fail' });
    expect(one?.added.map((f) => f.ruleId)).toContain('vendor-not-approved');

    const md = await cli(
      ['registry', 'diff', REGISTRY, headFile, ...shards.flatMap((s) => ['--inventory', s])],
      {},
    );
    expect(md.stdout).toMatch(/^<!-- ai-vendor-gate:registry-diff -->/);
    expect(md.stdout).toMatch(/\| anthropic \| status \| changed \| conditional \| suspended \|/);
    expect(md.stdout).toMatch(/acme\/gen-0004 \| pass → \*\*fail\*\* \| \+ vendor-not-approved/);

    const same = await cli(['registry', 'diff', REGISTRY, REGISTRY, '--format', 'json'], {});
    expect(JSON.parse(same.stdout)).toMatchObject({ changes: [], impact: null });
  });

  it('an invalid HEAD is exit 2, never an empty diff', async () => {
    const broken = path.join(dir, 'broken.yml');
    await writeFile(broken, 'version: 1\nvendors: [not, a, map]\n');
    const out = await cli(['registry', 'diff', REGISTRY, broken], {});
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/is invalid/);
  });
});
