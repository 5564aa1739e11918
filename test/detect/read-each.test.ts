// Reading every listed file, on this thread or with a second one reading ahead: the same results in
// the same order either way, including for everything that is not read (links out of the root,
// FIFOs, folders, files over the limit, files gone since listing, names that are not UTF-8).
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadAhead, readEach, type ListedFile } from '../../src/detect/files.js';
import { tree } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

type Seen = [string, string];

async function readAll(root: string, files: ListedFile[], limit: number, threadFrom: number) {
  const seen: Seen[] = [];
  await readEach(
    realpathSync(root),
    root,
    files,
    limit,
    (entry, result) => {
      // The bytes live in a reused buffer: copy them out before the next file.
      const what =
        result === null
          ? 'nothing'
          : 'skipped' in result
            ? `skipped ${result.skipped}`
            : `bytes ${result.bytes.toString('latin1')}`;
      seen.push([entry.file, what]);
    },
    { threadFrom },
  );
  return seen;
}

const listed = (names: string[]): ListedFile[] => names.map((file) => ({ file, raw: file }));

describe('readEach', () => {
  it('gives the same results in the same order with or without the reading thread', async () => {
    const files: Record<string, string | Buffer> = {};
    // Enough files and bytes for several batches, one of them larger than a batch on its own.
    for (let i = 0; i < 1500; i++) files[`src/f${String(i).padStart(4, '0')}.ts`] = `// ${i}\n`;
    files['big/one.txt'] = `${'x'.repeat(1_500_000)}END`;
    files['empty.txt'] = '';
    files['limit/exact.txt'] = 'y'.repeat(2000);
    files['limit/over.txt'] = 'z'.repeat(2001);
    files['inside/target.txt'] = 'reached through a link inside the root';
    const made = tree(files);
    cleanups.push(made.cleanup);
    const { root } = made;
    const outside = tree({ 'secret.txt': 'OPENAI_API_KEY outside the root' });
    cleanups.push(outside.cleanup);
    symlinkSync(path.join(outside.root, 'secret.txt'), path.join(root, 'out-link.txt'));
    symlinkSync('inside/target.txt', path.join(root, 'in-link.txt'));
    symlinkSync('nowhere.txt', path.join(root, 'dangling.txt'));
    symlinkSync('inside', path.join(root, 'dir-link'));
    mkdirSync(path.join(root, 'submodule'));
    spawnSync('mkfifo', [path.join(root, 'pipe.txt')]);
    let fifo = false;
    try {
      fifo = statSync(path.join(root, 'pipe.txt')).isFIFO();
    } catch {
      // no mkfifo here: the test runs without a FIFO
    }
    const names = [
      ...Object.keys(files)
        .filter((f) => f !== 'big/one.txt')
        .slice(0, 700),
      'big/one.txt',
      ...Object.keys(files).slice(700),
      'out-link.txt',
      'in-link.txt',
      'dangling.txt',
      'dir-link',
      'submodule',
      'gone.txt',
      ...(fifo ? ['pipe.txt'] : []),
    ];
    const entries = listed(names);
    // A name that is not UTF-8 is listed by its bytes.
    const raw = Buffer.from([0x6e, 0xff, 0x2e, 0x74, 0x78, 0x74]);
    writeFileSync(Buffer.concat([Buffer.from(`${root}/`), raw]), 'latin-1 name');
    entries.push({ file: 'n\\xFF.txt', raw });

    const limit = 2000;
    const here = await readAll(root, entries, limit, Number.POSITIVE_INFINITY);
    const threaded = await readAll(root, entries, limit, 0);
    expect(threaded).toEqual(here);
    // Names that are all text go to the thread as one string: the same again.
    const textOnly = entries.filter((entry) => typeof entry.raw === 'string');
    expect(await readAll(root, textOnly, limit, 0)).toEqual(
      here.filter(([file]) => file !== 'n\\xFF.txt'),
    );

    const result = new Map(here);
    expect(here.map(([file]) => file)).toEqual(entries.map((e) => e.file));
    expect(await readAll(root, [], limit, 0)).toEqual([]);
    expect(result.get('src/f0000.ts')).toBe('bytes // 0\n');
    expect(result.get('src/f1499.ts')).toBe('bytes // 1499\n');
    expect(result.get('empty.txt')).toBe('bytes ');
    expect(result.get('limit/exact.txt')).toBe(`bytes ${'y'.repeat(2000)}`);
    expect(result.get('limit/over.txt')).toBe('skipped too-large');
    expect(result.get('big/one.txt')).toBe('skipped too-large');
    expect(result.get('out-link.txt')).toBe('skipped outside-root');
    expect(result.get('in-link.txt')).toBe('bytes reached through a link inside the root');
    expect(result.get('dangling.txt')).toBe('skipped outside-root');
    expect(result.get('dir-link')).toBe('nothing');
    expect(result.get('submodule')).toBe('nothing');
    expect(result.get('gone.txt')).toBe('nothing');
    if (fifo) expect(result.get('pipe.txt')).toBe('skipped unreadable');
    expect(result.get('n\\xFF.txt')).toBe('bytes latin-1 name');

    // With the real limit the large file is read whole, through the thread as well.
    const wide = await readAll(root, listed(['big/one.txt', 'src/f0001.ts']), 2 ** 21, 0);
    expect(wide[0]?.[1]).toBe(`bytes ${'x'.repeat(1_500_000)}END`);
    expect(wide[1]?.[1]).toBe('bytes // 1\n');

    // Files that overrun the room left in a batch (read into it, then on in a buffer of their own).
    const chunky = tree(
      Object.fromEntries(
        Array.from({ length: 9 }, (_, i) => [`c${i}.txt`, `${String(i).repeat(300_000 + i)}|`]),
      ),
    );
    cleanups.push(chunky.cleanup);
    const chunks = listed(Array.from({ length: 9 }, (_, i) => `c${i}.txt`));
    const chunkRoot = realpathSync(chunky.root);
    const chunksHere = await readAll(chunkRoot, chunks, 2 ** 21, Number.POSITIVE_INFINITY);
    expect(await readAll(chunkRoot, chunks, 2 ** 21, 0)).toEqual(chunksHere);
    expect(chunksHere[8]?.[1]).toBe(`bytes ${'8'.repeat(300_008)}|`);
  }, 120_000);

  it('visits nothing before `ready` settles, with or without the thread', async () => {
    const made = tree({ 'a.txt': 'a', 'b.txt': 'b' });
    cleanups.push(made.cleanup);
    const root = realpathSync(made.root);
    for (const threadFrom of [0, Number.POSITIVE_INFINITY]) {
      const order: string[] = [];
      let open = (): void => undefined;
      const ready = new Promise<void>((resolve) => (open = resolve)).then(() => {
        order.push('ready');
      });
      const reading = readEach(
        root,
        root,
        listed(['a.txt', 'b.txt']),
        100,
        (entry) => order.push(entry.file),
        { threadFrom, ready },
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(order).toEqual([]);
      open();
      await reading;
      expect(order).toEqual(['ready', 'a.txt', 'b.txt']);
    }
  });

  it('reads on this thread when the tree is small or there is one core', async () => {
    const made = tree({ 'a.txt': 'a', 'b.txt': 'b' });
    cleanups.push(made.cleanup);
    const seen = await readAll(made.root, listed(['a.txt', 'b.txt']), 100, 1000);
    expect(seen).toEqual([
      ['a.txt', 'bytes a'],
      ['b.txt', 'bytes b'],
    ]);
    expect(os.availableParallelism()).toBeGreaterThan(0);
  });

  it('uses a thread started ahead, and stops one it does not need', async () => {
    const made = tree({ 'a.txt': 'a', 'b.txt': 'b' });
    cleanups.push(made.cleanup);
    const root = realpathSync(made.root);
    const seen: string[] = [];
    const collect = (entry: ListedFile, result: unknown) =>
      seen.push(`${entry.file} ${JSON.stringify(result && 'bytes' in (result as object))}`);
    const ahead = ReadAhead.start();
    await readEach(root, root, listed(['a.txt', 'b.txt']), 100, collect, { ahead, threadFrom: 0 });
    expect(seen).toEqual(['a.txt true', 'b.txt true']);
    expect(ahead === null || ahead.stopped).toBe(true);
    const unused = ReadAhead.start();
    await readEach(root, root, listed(['a.txt']), 100, collect, { ahead: unused });
    expect(unused === null || unused.stopped).toBe(true);
  });
});
