// Red team, the history's tail: an attacker who can rewrite history.jsonl (but not the head the
// gate published elsewhere) deletes, edits and reseals, forges, reorders, duplicates and
// truncates records, through the bundled `history verify`, with and without `--head`.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLEAN_MANIFEST,
  REGISTRY,
  cli,
  foreignCommands,
  requireBundles,
  stackTrace,
  tempDir,
  writeTree,
} from './attacks-harness.js';

const TIMEOUT = 120_000;

type RecordJson = Record<string, unknown> & { sha256: string; previous: string | null };

function seal(record: Record<string, unknown>): RecordJson {
  const { sha256: _drop, ...body } = record;
  void _drop;
  const hash = createHash('sha256')
    .update(canonicalize(body) ?? '')
    .digest('hex');
  return { ...body, sha256: hash } as RecordJson;
}

const line = (record: Record<string, unknown>) => canonicalize(record) ?? '';

let dir: string;
let records: RecordJson[];
let head: string;

beforeAll(async () => {
  requireBundles();
  dir = await tempDir('history');
  await writeTree(dir, {
    '.github/ai-vendors.yml': CLEAN_MANIFEST,
    'registry.yml': REGISTRY,
    'src/app.ts': 'fetch("https://api.openai.com/v1")\n',
  });
  const history = path.join(dir, 'history.jsonl');
  for (const now of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']) {
    const run = await cli([
      'check',
      '--root',
      dir,
      '--registry',
      path.join(dir, 'registry.yml'),
      '--now',
      now,
      '--history',
      history,
      '--repository',
      'acme/payments',
    ]);
    expect(run.code).toBe(1);
  }
  records = (await readFile(history, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as RecordJson);
  head = records.at(-1)!.sha256;
}, TIMEOUT);

let counter = 0;
async function verify(content: string, withHead?: string) {
  const file = path.join(dir, `tampered-${++counter}.jsonl`);
  await writeFile(file, content);
  const run = await cli(['history', 'verify', file, ...(withHead ? ['--head', withHead] : [])]);
  expect(stackTrace(run.stdout + run.stderr)).toBe(false);
  expect(foreignCommands(run.stdout + run.stderr)).toEqual([]);
  return run;
}

const joined = (list: Record<string, unknown>[]) => `${list.map(line).join('\n')}\n`;

describe('history verify against tail tampering', () => {
  it('the untouched history verifies, with and without its head', async () => {
    expect(records).toHaveLength(4);
    expect((await verify(joined(records))).code).toBe(0);
    expect((await verify(joined(records), head)).code).toBe(0);
    const without = await verify(joined(records));
    expect(without.stdout).toMatch(/cannot be detected without a published head/);
  });

  it('the latest record deleted: undetectable alone (and said so), caught with --head', async () => {
    const run = await verify(joined(records.slice(0, 3)));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/cannot be detected without a published head/);
    expect((await verify(joined(records.slice(0, 3)), head)).code).toBe(1);
  });

  it('the latest record edited (fail to pass) and resealed: caught with --head', async () => {
    const forged = seal({ ...records[3], decision: 'pass', findings: [] });
    const tampered = joined([...records.slice(0, 3), forged]);
    expect((await verify(tampered)).code).toBe(0);
    const run = await verify(tampered, head);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/:4:/);
  });

  it('the latest record edited without resealing: caught without --head', async () => {
    const edited = { ...records[3], decision: 'pass' };
    const run = await verify(joined([...records.slice(0, 3), edited]));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/:4:/);
  });

  it('a forged record appended with the right previous: caught with --head', async () => {
    const forged = seal({ ...records[3], now: '2026-11-05', previous: head, decision: 'pass' });
    const tampered = joined([...records, forged]);
    expect((await verify(tampered)).code).toBe(0);
    expect((await verify(tampered, head)).code).toBe(1);
  });

  it('a middle record edited and the whole tail resealed: caught with --head only', async () => {
    const chain: RecordJson[] = [records[0]];
    for (const [i, record] of records.slice(1).entries()) {
      const changed = i === 0 ? { ...record, decision: 'pass' } : record;
      chain.push(seal({ ...changed, previous: chain.at(-1)!.sha256 }));
    }
    expect((await verify(joined(chain))).code).toBe(0);
    expect((await verify(joined(chain), head)).code).toBe(1);
  });

  for (const [name, content] of [
    ['emptied', () => ''],
    ['one blank line', () => '\n'],
    ['truncated mid-line', () => joined(records).slice(0, -40)],
    ['the last line cut at a record boundary minus its newline', () => joined(records).trimEnd()],
    ['two records swapped', () => joined([records[0], records[2], records[1], records[3]])],
    ['the latest duplicated', () => joined([...records, records[3]])],
    [
      'a middle record duplicated',
      () => joined([records[0], records[1], records[1], records[2], records[3]]),
    ],
    ['a middle record removed', () => joined([records[0], records[2], records[3]])],
    ['the first record removed', () => joined(records.slice(1))],
    [
      'a record with a duplicate key that flips the decision',
      () =>
        `${joined(records.slice(0, 3))}${line(records[3]).replace(/}$/, ',"decision":"pass"}')}\n`,
    ],
    [
      'a record carrying an extra resealed field',
      () => joined([...records.slice(0, 3), seal({ ...records[3], note: 'approved by CISO' })]),
    ],
    ['NUL bytes after the last record', () => `${joined(records)}\u0000\u0000`],
    ['a BOM before the first record', () => `\ufeff${joined(records)}`],
  ] as const) {
    it(`${name}: never "intact" against the published head`, async () => {
      const text = content();
      const run = await verify(text, head);
      if (name === 'the last line cut at a record boundary minus its newline') {
        // Same records, same head: intact is the right answer.
        expect(run.code).toBe(0);
        return;
      }
      if (name === 'a BOM before the first record') {
        expect(run.code === 0 || run.code === 1).toBe(true);
        return;
      }
      expect(run.code, `${run.stdout}${run.stderr}`).toBe(1);
      expect(run.stdout + run.stderr).not.toMatch(/chain intact[\s\S]*is the published head/);
    });
  }

  it('a head that is not 64 hex digits, or a missing file, is exit 2 in one sentence', async () => {
    for (const args of [
      ['history', 'verify', path.join(dir, 'absent.jsonl')],
      ['history', 'verify', path.join(dir, 'absent.jsonl'), '--head', head],
      ['history', 'verify', dir],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const file = path.join(dir, 'ok.jsonl');
    await writeFile(file, joined(records));
    for (const bad of ['', 'zz', head.slice(1), `${head}0`, `${head}\n::error::x`]) {
      const run = await cli(['history', 'verify', file, '--head', bad]);
      expect(run.code, bad).toBe(2);
      expect(foreignCommands(run.stdout + run.stderr)).toEqual([]);
    }
  });
});
