import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecordToFile, parseHistory, verifyHistory } from '../../src/history/chain.js';
import { rechain, serializeRecord } from '../../src/history/record.js';
import { chainOf } from './fixtures.js';

const lines = (n: number): string[] => chainOf(n).map(serializeRecord);
const file = (ls: string[]): string => ls.map((l) => `${l}\n`).join('');

describe('verifyHistory', () => {
  it('accepts an intact chain, an empty file, and CRLF line ends', () => {
    const ls = lines(5);
    expect(verifyHistory(file(ls))).toEqual({ ok: true, count: 5 });
    expect(verifyHistory('')).toEqual({ ok: true, count: 0 });
    expect(verifyHistory(ls.join('\r\n') + '\r\n')).toEqual({ ok: true, count: 5 });
    expect(verifyHistory(ls.join('\n'))).toEqual({ ok: true, count: 5 });
  });

  it('names an edited line', () => {
    const ls = lines(5);
    ls[2] = ls[2].replace('"decision":"pass"', '"decision":"fail"');
    expect(ls[2]).toContain('"decision":"fail"');
    expect(verifyHistory(file(ls))).toMatchObject({
      ok: false,
      line: 3,
      reason: expect.stringMatching(/altered/),
    });
  });

  it('names an edited line whose hash was recomputed: the next line no longer links', () => {
    const records = chainOf(5);
    const ls = records.map(serializeRecord);
    // A forger who turns line 4's fail into a pass and re-hashes it still breaks the link from
    // line 5.
    expect(records[3].decision).toBe('fail');
    const forged = { ...records[3], decision: 'pass' as const, findings: [] };
    ls[3] = serializeRecord(rechain(forged, records[2].sha256));
    expect(verifyHistory(file(ls))).toMatchObject({
      ok: false,
      line: 5,
      reason: expect.stringMatching(/link/),
    });
  });

  it('names the line after a deleted one, and line 1 when the first was deleted', () => {
    const ls = lines(5);
    expect(verifyHistory(file([...ls.slice(0, 2), ...ls.slice(3)]))).toMatchObject({
      ok: false,
      line: 3,
    });
    expect(verifyHistory(file(ls.slice(1)))).toMatchObject({
      ok: false,
      line: 1,
      reason: expect.stringMatching(/removed from the start/),
    });
  });

  it('names the first reordered line', () => {
    const ls = lines(5);
    expect(verifyHistory(file([ls[0], ls[1], ls[3], ls[2], ls[4]]))).toMatchObject({
      ok: false,
      line: 3,
    });
  });

  it('names a duplicated line', () => {
    const ls = lines(4);
    expect(verifyHistory(file([ls[0], ls[1], ls[1], ls[2], ls[3]]))).toMatchObject({
      ok: false,
      line: 3,
      reason: 'The record repeats the one on line 2.',
    });
  });

  it('names a blank or garbage line', () => {
    const ls = lines(4);
    expect(verifyHistory(file([ls[0], '', ls[1]]))).toMatchObject({
      ok: false,
      line: 2,
      reason: expect.stringMatching(/blank/),
    });
    expect(verifyHistory(file([ls[0], ls[1], 'garbage', ls[2]]))).toMatchObject({
      ok: false,
      line: 3,
      reason: 'The line is not valid JSON.',
    });
    expect(verifyHistory(file([ls[0], '{"schemaVersion":2}']))).toMatchObject({
      ok: false,
      line: 2,
      reason: expect.stringMatching(/not a gate record/),
    });
    expect(verifyHistory(file([...ls, '']))).toMatchObject({ ok: false, line: 5 });
  });

  it('checks each record against the compiled record schema, even when its hash is right', () => {
    const [first, second] = chainOf(2);
    const extra = rechain({ ...second, approvedBy: 'mallory' } as typeof second, first.sha256);
    expect(verifyHistory(file([serializeRecord(first), serializeRecord(extra)]))).toEqual({
      ok: false,
      line: 2,
      reason:
        'The line is not a gate record of schemaVersion 1: Unknown property "approvedBy" in the document; allowed: schemaVersion, tool, now, timestamp, repository, serverUrl, sha, ref, event, run, actor, workflow, inputs, decision, failOn, summary, findings, vendors, reviewsDue, previous, sha256.',
    });
    const badDay = rechain({ ...second, now: 'yesterday' }, first.sha256);
    expect(verifyHistory(file([serializeRecord(first), serializeRecord(badDay)]))).toMatchObject({
      ok: false,
      line: 2,
      reason:
        'The line is not a gate record of schemaVersion 1: now must be a date written YYYY-MM-DD, not "yesterday".',
    });
    const badRun = rechain({ ...first, run: { id: '12; rm -rf', attempt: '1' } }, null);
    expect(verifyHistory(file([serializeRecord(badRun)]))).toMatchObject({ ok: false, line: 1 });
  });

  it('names a truncated last line', () => {
    const ls = lines(3);
    const text = file(ls.slice(0, 2)) + ls[2].slice(0, 100);
    expect(verifyHistory(text)).toEqual({
      ok: false,
      line: 3,
      reason: 'The last line is truncated: its record stops before the end.',
    });
  });

  it('names a line rewritten in non-canonical form', () => {
    const ls = lines(3);
    ls[1] = JSON.stringify(JSON.parse(ls[1]), null, 1).replace(/\n/g, '');
    expect(verifyHistory(file(ls))).toMatchObject({
      ok: false,
      line: 2,
      reason: expect.stringMatching(/canonical/),
    });
  });

  it('names the first bad line when several are bad', () => {
    const ls = lines(6);
    ls[4] = 'x';
    ls[1] = ls[1].replace('"actor":"octocat"', '"actor":"mallory"');
    expect(verifyHistory(file(ls))).toMatchObject({ ok: false, line: 2 });
  });
});

describe('parseHistory', () => {
  it('reads records and names the first unreadable line', () => {
    const ls = lines(3);
    const parsed = parseHistory(file(ls));
    expect(parsed.ok && parsed.records.map((r) => r.sha256)).toEqual(
      chainOf(3).map((r) => r.sha256),
    );
    expect(parseHistory(file([ls[0], '[1,2]']))).toMatchObject({ ok: false, line: 2 });
  });
});

describe('appendRecordToFile', () => {
  it('creates the file, chains each record to the last line, and stays verifiable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'avg-history-'));
    const path = join(dir, 'nested', 'history.jsonl');
    const records = chainOf(4);
    const written = [];
    for (const record of records)
      written.push(await appendRecordToFile(path, { ...record, previous: null }));
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(5);
    expect(verifyHistory(text)).toEqual({ ok: true, count: 4 });
    expect(written[0].previous).toBeNull();
    expect(written[3].previous).toBe(written[2].sha256);
    expect(written.map((r) => r.sha256)).toEqual(records.map((r) => r.sha256));
  });

  it('adds the missing line break of a last line, and refuses to chain to garbage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'avg-history-'));
    const path = join(dir, 'history.jsonl');
    const [a, b] = chainOf(2);
    await writeFile(path, serializeRecord(a));
    await appendRecordToFile(path, b);
    expect(verifyHistory(await readFile(path, 'utf8'))).toEqual({ ok: true, count: 2 });

    await writeFile(path, `${serializeRecord(a)}\n{"trunc`);
    await expect(appendRecordToFile(path, b)).rejects.toThrow(/line 2\) is not a gate record/);
  });
});
