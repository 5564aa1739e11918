// The tail of a history through the bundled CLI, as an auditor runs it. The chain alone catches
// a forged latest record whose self-hash is wrong and a truncated last line; a deleted, an
// edited-and-resealed latest record and an emptied file pass the chain and fail only against a
// published head.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rechain, serializeRecord, type GateRecord } from '../../src/history/record.js';
import { bundled } from '../cli/harness.js';
import { chainOf } from './fixtures.js';

let dir: string;
const records = chainOf(4);
const head = records[3].sha256;
const lines = (rs: readonly GateRecord[]): string =>
  rs.map((r) => `${serializeRecord(r)}\n`).join('');

async function verify(name: string, text: string, withHead: boolean) {
  const file = join(dir, name);
  await writeFile(file, text);
  return bundled(['history', 'verify', file, ...(withHead ? ['--head', head] : [])]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avg-anchor-'));
});

describe('history verify --head through the bundle', () => {
  it('passes the untouched history, with and without the head', async () => {
    const plain = await verify('intact.jsonl', lines(records), false);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`Head (sha256 of the latest record): ${head}`);
    expect(plain.stdout).toContain('cannot be detected without a published head');
    const anchored = await verify('intact.jsonl', lines(records), true);
    expect(anchored).toMatchObject({ code: 0, stderr: '' });
    expect(anchored.stdout).toContain(`The latest record is the published head ${head}.`);
  });

  it('latest record deleted: the chain still holds, the head does not', async () => {
    const text = lines(records.slice(0, 3));
    const plain = await verify('deleted.jsonl', text, false);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`Head (sha256 of the latest record): ${records[2].sha256}`);
    expect(plain.stdout).toContain('cannot be detected without a published head');
    const anchored = await verify('deleted.jsonl', text, true);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toMatch(
      /deleted\.jsonl:3: The latest record is not the published head [0-9a-f]{64}, and no record in the file is: the latest records were removed, or replaced and resealed\.\n$/,
    );
  });

  it('latest record edited and resealed: only the head catches it', async () => {
    const resealed = rechain({ ...records[3], decision: 'pass' }, records[2].sha256);
    const text = lines([...records.slice(0, 3), resealed]);
    expect((await verify('resealed.jsonl', text, false)).code).toBe(0);
    const anchored = await verify('resealed.jsonl', text, true);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toMatch(
      /resealed\.jsonl:4: The latest record is not the published head/,
    );
  });

  it('latest record forged with the right previous but a wrong self-hash fails either way', async () => {
    const forged = {
      ...records[3],
      decision: 'pass' as const,
      summary: { errors: 0, warnings: 0, notes: 0 },
    };
    const text = lines([...records.slice(0, 3), forged]);
    for (const withHead of [false, true]) {
      const result = await verify('forged.jsonl', text, withHead);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        `${join(dir, 'forged.jsonl')}:4: The record does not match its sha256: it was altered.\n`,
      );
    }
  });

  it('emptied file: intact but headless without --head, a failure with it', async () => {
    const plain = await verify('empty.jsonl', '', false);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('The history is empty, so it has no head.');
    const anchored = await verify('empty.jsonl', '', true);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toBe(
      `${join(dir, 'empty.jsonl')}: The history is empty, but the published head is ${head}: its records were removed.\n`,
    );
  });

  it('truncated last line fails either way', async () => {
    const full = lines(records);
    const text = full.slice(0, full.length - 40);
    for (const withHead of [false, true]) {
      const result = await verify('truncated.jsonl', text, withHead);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/truncated\.jsonl:4: The last line is truncated/);
    }
  });

  it('a bad --head is a usage error (exit 2), not a verdict', async () => {
    const file = join(dir, 'intact.jsonl');
    await writeFile(file, lines(records));
    const result = bundled(['history', 'verify', file, '--head', 'not-a-hash']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe("--head must be the 64 hex digits of a record's sha256.\n");
  });
});
