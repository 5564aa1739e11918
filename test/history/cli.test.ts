import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyCommand } from '../../src/cli/history.js';
import type { Io } from '../../src/cli/io.js';
import { serializeRecord } from '../../src/history/record.js';
import { chainOf } from './fixtures.js';

async function run(argv: string[], files: Record<string, string> = {}) {
  const cwd = await mkdtemp(join(tmpdir(), 'avg-cli-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, name), text);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd,
    color: false,
  };
  const code = await historyCommand(argv, io);
  return { code, stdout, stderr, cwd };
}

const history = (n: number): string =>
  chainOf(n)
    .map((r) => `${serializeRecord(r)}\n`)
    .join('');

describe('history verify', () => {
  it('exits 0 for an intact chain and names its head, which only a published one anchors', async () => {
    const records = chainOf(3);
    const result = await run(['verify', 'h.jsonl'], { 'h.jsonl': history(3) });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      '3 records, chain intact',
      `Head (sha256 of the latest record): ${records[2].sha256}`,
      expect.stringMatching(
        /^Removal of the latest records cannot be detected without a published head: .*--head\.$/,
      ),
      '',
    ]);
    expect((await run(['verify', 'h.jsonl'], { 'h.jsonl': history(1) })).stdout).toMatch(
      /^1 record, chain intact\n/,
    );
    const empty = await run(['verify', 'h.jsonl'], { 'h.jsonl': '' });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(
      /^0 records, chain intact\nThe history is empty, so it has no head\.\nRemoval/,
    );
  });

  it('--head: exit 0 only when the latest record is the published head', async () => {
    const [, third, fourth] = chainOf(4).slice(1);
    const files = { 'h.jsonl': history(4) };
    const ok = await run(['verify', 'h.jsonl', '--head', fourth.sha256.toUpperCase()], files);
    expect(ok).toMatchObject({
      code: 0,
      stdout: `4 records, chain intact\nThe latest record is the published head ${fourth.sha256}.\n`,
    });
    const older = await run(['verify', '--head', third.sha256, 'h.jsonl'], files);
    expect(older.code).toBe(1);
    expect(older.stdout).toBe(
      'h.jsonl:4: The latest record is not the published head, which is the record on line 3: records after it were not covered by that head.\n',
    );
    const unknown = await run(['verify', 'h.jsonl', '--head', 'c'.repeat(64)], files);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(
      /^h\.jsonl:4: .*no record in the file is: the latest records were removed, or replaced and resealed\.\n$/,
    );
    const empty = await run(['verify', 'h.jsonl', '--head', fourth.sha256], { 'h.jsonl': '' });
    expect(empty).toMatchObject({
      code: 1,
      stdout: `h.jsonl: The history is empty, but the published head is ${fourth.sha256}: its records were removed.\n`,
    });
  });

  it('--head must be a sha256, and only verify takes it', async () => {
    for (const bad of ['abc', 'g'.repeat(64), '', `${'a'.repeat(64)}\n::error::x`]) {
      const result = await run(['verify', 'h.jsonl', '--head', bad], { 'h.jsonl': history(1) });
      expect(result, bad).toMatchObject({
        code: 2,
        stdout: '',
        stderr: "--head must be the 64 hex digits of a record's sha256.\n",
      });
    }
    const show = await run(['show', 'h.jsonl', '--head', 'a'.repeat(64)], {
      'h.jsonl': history(1),
    });
    expect(show).toMatchObject({ code: 2, stderr: 'history show has no option --head.\n' });
  });

  it('exits 1 naming FILE:LINE and the reason', async () => {
    const lines = history(4).split('\n');
    lines.splice(1, 1);
    const result = await run(['verify', 'h.jsonl'], { 'h.jsonl': lines.join('\n') });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^h\.jsonl:2: The record does not link to the one on line 1: .*\.\n$/,
    );
  });

  it('exits 2 with one sentence when the file cannot be read', async () => {
    const missing = await run(['verify', 'nope.jsonl']);
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'Cannot read nope.jsonl: no such file.\n',
    });
    const dir = await run(['verify', '.']);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe('Cannot read .: it is a directory.\n');
  });

  it('exits 2 for bad arguments, without a stack trace', async () => {
    for (const argv of [
      ['verify'],
      ['verify', 'a', 'b'],
      ['verify', '--bogus', 'a'],
      ['frob'],
      [],
      ['verify', '--format', 'html', 'a'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(['verify', '--bogus', 'a'])).stderr).toBe(
      'history verify has no option --bogus.\n',
    );
  });
});

describe('history show', () => {
  it('renders text by default and every format on request', async () => {
    const files = { 'h.jsonl': history(3) };
    const text = await run(['show', 'h.jsonl'], files);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ai-vendor-gate history: 3 runs, 2 pass, 1 fail/);
    const md = await run(['show', 'h.jsonl', '--format', 'markdown'], files);
    expect(md.stdout).toMatch(/^# ai-vendor-gate history/);
    const json = await run(['show', '--format=json', 'h.jsonl'], files);
    expect(JSON.parse(json.stdout)).toMatchObject({ runs: 3, pass: 2, fail: 1 });
    const html = await run(['show', 'h.jsonl', '-f', 'html'], files);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('warns on stderr when the chain is broken but still renders', async () => {
    const lines = history(3).split('\n');
    [lines[0], lines[1]] = [lines[1], lines[0]];
    const result = await run(['show', 'h.jsonl'], { 'h.jsonl': lines.join('\n') });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: h\.jsonl:1: /);
  });

  it('exits 2 for an unreadable or garbage file and a bad format', async () => {
    expect((await run(['show', 'missing.jsonl'])).code).toBe(2);
    const garbage = await run(['show', 'h.jsonl'], { 'h.jsonl': `${history(1)}not json\n` });
    expect(garbage).toMatchObject({ code: 2, stderr: 'h.jsonl:2: The line is not valid JSON.\n' });
    const format = await run(['show', 'h.jsonl', '--format', 'pdf'], { 'h.jsonl': history(1) });
    expect(format).toMatchObject({
      code: 2,
      stderr: '--format must be text, markdown, html or json, not "pdf".\n',
    });
    const noValue = await run(['show', 'h.jsonl', '--format']);
    expect(noValue.code).toBe(2);
  });

  it('reads paths relative to the working directory', async () => {
    const result = await run(['show', 'sub/h.jsonl']);
    expect(result.code).toBe(2);
    await mkdir(join(result.cwd, 'sub'));
    await writeFile(join(result.cwd, 'sub', 'h.jsonl'), history(2));
    const io: Io = {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
      cwd: result.cwd,
      color: false,
    };
    expect(await historyCommand(['verify', 'sub/h.jsonl'], io)).toBe(0);
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('history verify FILE');
  });
});
