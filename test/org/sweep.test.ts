// `org sweep` against the fake GitHub: paginated listing, archived repositories skipped,
// tarballs behind a redirect, rate limits and transient errors in the middle; every repository
// accounted for, and each one's decision and vendors equal to what `check` says on its tree.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/org/inventory.js';
import { shardOf } from '../../src/org/shard.js';
import { cli } from '../cli/harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { buildOrg, REGISTRY, type OrgFixture } from '../support/org-fixture.js';

const NOW = '2026-11-29';
let fake: FakeGitHub;
let dir: string;
let org: OrgFixture;
let inventory: Inventory;
let sweepOutcome: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avg-sweep-'));
  fake = new FakeGitHub();
  await fake.start();
  // 3 examples + 104 generated + hostile = 108 live repositories: two pages of 100.
  org = await buildOrg(fake, 'acme', path.join(dir, 'trees'), 104);
  fake.addRepo('acme/broken', { tarball: Buffer.from('this is not a tarball') });
  // Listing page 1 is answered, then a secondary rate limit, a 429 and a 502 hit tarballs.
  fake.failAt(2, 'secondary-rate-limit');
  fake.failAt(5, 'too-many-requests');
  fake.failAt(9, 'bad-gateway');
  fake.failAt(14, 'rate-limit');
  const output = path.join(dir, 'inventory.json');
  sweepOutcome = await cli(
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
      '--concurrency',
      '6',
    ],
    fake.env(),
  );
  inventory = JSON.parse(await readFile(output, 'utf8')) as Inventory;
}, 240_000);

afterAll(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('org sweep', () => {
  it('accounts for every live repository once, skips the archived one, sorted', () => {
    expect(sweepOutcome.stderr).toMatch(/swept 109 repositories of acme/);
    expect(sweepOutcome.code).toBe(0);
    const names = inventory.repositories.map((r) => r.repository);
    expect(names).toHaveLength(org.trees.size + 1);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('acme/old-experiment');
    expect(inventory).toMatchObject({ schemaVersion: 1, organization: 'acme', now: NOW });
    expect(inventory.registry.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Pagination was followed; the failures were waited out, not turned into lost repositories.
    expect(fake.calls('GET', '/orgs/acme/repos').filter((r) => r.status === 200)).toHaveLength(2);
    expect(fake.requests.map((r) => r.status)).toEqual(expect.arrayContaining([403, 429, 502]));
  });

  it('records a repository it cannot evaluate as an error with the reason', () => {
    const broken = inventory.repositories.find((r) => r.repository === 'acme/broken');
    expect(broken).toMatchObject({ decision: 'error', manifest: false, vendors: [] });
    expect(broken?.reason).toMatch(/not a readable tar archive/);
  });

  it('never sends the token to the archive host', () => {
    const downloads = fake.requests.filter((r) => r.server === 'codeload');
    expect(downloads.length).toBeGreaterThanOrEqual(org.trees.size);
    expect(downloads.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('gives the decision and vendors check gives on each tree', async () => {
    const byName = new Map(inventory.repositories.map((r) => [r.repository, r]));
    // Every example and hostile repository, and a spread of generated ones (each kind).
    const sample = [...org.trees.keys()].filter(
      (name) => !name.includes('/gen-') || /gen-00(0[0-7])$/.test(name),
    );
    for (const name of sample) {
      const tree = org.trees.get(name) as string;
      const check = await cli(
        [
          'check',
          '--root',
          tree,
          '--registry',
          REGISTRY,
          '--now',
          NOW,
          '--format',
          'json',
          '--repository',
          name,
        ],
        {},
      );
      expect(check.stderr, name).toBe('');
      const report = JSON.parse(check.stdout) as {
        decision: string;
        summary: unknown;
        evidence: { vendor: string }[];
      };
      let declared: string[] = [];
      try {
        const manifest = parseYaml(
          await readFile(path.join(tree, '.github', 'ai-vendors.yml'), 'utf8'),
        ) as { vendors?: { vendor: string; via?: string }[] };
        declared = (manifest.vendors ?? []).flatMap((v) =>
          v.via ? [v.vendor, v.via] : [v.vendor],
        );
      } catch {
        // no manifest
      }
      const vendors = [...new Set([...report.evidence.map((e) => e.vendor), ...declared])].sort();
      const entry = byName.get(name);
      expect(
        { decision: entry?.decision, vendors: entry?.vendors, summary: entry?.summary },
        name,
      ).toEqual({
        decision: report.decision,
        vendors,
        summary: report.summary,
      });
    }
  }, 120_000);

  it('partitions by shard: each repository in exactly one of N, deterministically', () => {
    const names = inventory.repositories.map((r) => r.repository);
    for (const count of [1, 3, 8]) {
      const shards = names.map((n) => shardOf(n, count));
      expect(shards.every((s) => s >= 1 && s <= count)).toBe(true);
      expect(names.map((n) => shardOf(n.toUpperCase(), count))).toEqual(shards);
    }
    const spread = new Set(names.map((n) => shardOf(n, 8)));
    expect(spread.size).toBe(8);
  });
});

describe('org plan and bad arguments', () => {
  it('prints the matrix', async () => {
    const out = await cli(['org', 'plan', '--org', 'acme', '--shards', '3'], {});
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      include: [{ shard: '1/3' }, { shard: '2/3' }, { shard: '3/3' }],
    });
  });

  it.each([
    [['org', 'plan', '--org', 'acme', '--shards', '0'], /--shards must be/],
    [
      ['org', 'sweep', '--org', 'acme', '--registry', REGISTRY, '--shard', '4/3'],
      /--shard must be I\/N/,
    ],
    [['org', 'sweep', '--org', '../x', '--registry', REGISTRY], /--org must be/],
    [
      ['org', 'sweep', '--org', 'acme', '--registry', REGISTRY, '--concurrency', '0'],
      /--concurrency/,
    ],
    [['org', 'sweep', '--org', 'acme'], /No registry given/],
    [['org', 'frobnicate'], /Unknown org command/],
  ])('%j exits 2 with one sentence', async (argv, message) => {
    const out = await cli(argv, {});
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an organization that cannot be listed is exit 2, not an empty inventory', async () => {
    const out = await cli(
      ['org', 'sweep', '--org', 'nobody', '--registry', REGISTRY, '--now', NOW],
      fake.env(),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/could not be listed: the API answered 404/);
    expect(out.stdout).toBe('');
  });
});
