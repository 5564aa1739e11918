// A hostile tarball cannot write outside the temporary tree, plant a link, or exhaust the disk;
// everything it is refused is counted and named.
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, extractArchive, safeRelativePath } from '../../src/org/archive.js';
import { githubTarball, tar } from '../support/tarball.js';

const SHA = 'a'.repeat(40);
let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'avg-archive-'));
  root = path.join(base, 'tree');
  await (await import('node:fs/promises')).mkdir(root);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

describe('safeRelativePath', () => {
  it('strips the top folder and refuses escapes', () => {
    expect(safeRelativePath('top/a/b.txt', 'top')).toBe('a/b.txt');
    expect(safeRelativePath('./top/./a', 'top')).toBe('a');
    expect(safeRelativePath('/etc/passwd', 'top')).toBeNull();
    expect(safeRelativePath('top/../x', 'top')).toBeNull();
    expect(safeRelativePath('top/a/../../x', 'top')).toBeNull();
    expect(safeRelativePath('other/x', 'top')).toBeNull();
    expect(safeRelativePath('C:/x', 'top')).toBeNull();
    expect(safeRelativePath('top/a\0b', 'top')).toBeNull();
  });
});

describe('extractArchive', () => {
  it('writes a GitHub tarball under the root without its top folder, and reads the commit', async () => {
    const bytes = githubTarball('acme', 'app', SHA, {
      'package.json': '{"dependencies":{"openai":"^4"}}',
      '.github/ai-vendors.yml': 'version: 1\n',
      [`deep/${'x'.repeat(120)}/file.ts`]: 'long path',
    });
    const result = await extractArchive(Readable.from([bytes]), root);
    expect(result.sha).toBe(SHA);
    expect(result.files).toBe(3);
    expect(result.skippedCount).toBe(0);
    expect(await readFile(path.join(root, 'package.json'), 'utf8')).toContain('openai');
    expect(await readFile(path.join(root, 'deep', 'x'.repeat(120), 'file.ts'), 'utf8')).toBe(
      'long path',
    );
  });

  it('refuses absolute paths, .., links and a second top folder, and reports each', async () => {
    const top = `acme-app-${SHA.slice(0, 7)}`;
    const bytes = githubTarball('acme', 'app', SHA, { 'ok.txt': 'fine' }, [
      { type: 'file', path: '/tmp/avg-absolute-evil', content: 'x' },
      { type: 'file', path: `../escape.txt`, content: 'x' },
      { type: 'symlink', path: 'link-out', target: '/etc' },
      { type: 'symlink', path: 'link-in', target: 'ok.txt' },
      { type: 'hardlink', path: 'hard', target: '/etc/passwd' },
      // A file written through a link planted earlier must not land outside either.
      { type: 'file', path: 'link-out/pwned', content: 'x' },
    ]);
    // And an entry outside the top folder entirely.
    const stray = gzipSync(
      tar([
        { type: 'file', path: 'top/a', content: 'x' },
        { type: 'file', path: 'elsewhere/x', content: 'x' },
      ]),
    );
    const result = await extractArchive(Readable.from([bytes]), root);
    expect(await listAll(root)).toEqual(['link-out', 'link-out/pwned', 'ok.txt']);
    expect((await lstat(path.join(root, 'link-out'))).isDirectory()).toBe(true);
    expect(await listAll(base)).not.toContain('escape.txt');
    await expect(lstat('/tmp/avg-absolute-evil')).rejects.toThrow();
    expect(result.skipped.map((s) => s.reason).sort()).toEqual([
      'hardlink',
      'symlink',
      'symlink',
      'unsafe-path',
      'unsafe-path',
    ]);
    expect(result.skipped.find((s) => s.reason === 'hardlink')?.file).toBe('hard');
    expect(top).toContain('acme-app');
    // The first entry names the top folder; an entry under any other is refused.
    const second = path.join(base, 'second');
    await (await import('node:fs/promises')).mkdir(second);
    const strayResult = await extractArchive(Readable.from([stray]), second);
    expect(strayResult.files).toBe(1);
    expect(strayResult.skipped).toEqual([{ file: 'elsewhere/x', reason: 'unsafe-path' }]);
  });

  it('reports files over the per-file limit and stops at the file-count and size caps', async () => {
    const big = githubTarball('acme', 'app', SHA, {
      'small.txt': 'x',
      'huge.bin': Buffer.alloc(ARCHIVE_LIMITS.maxFileBytes + 1),
    });
    const result = await extractArchive(Readable.from([big]), root);
    expect(result.skipped).toEqual([{ file: 'huge.bin', reason: 'too-large' }]);
    expect(await listAll(root)).toEqual(['small.txt']);

    const many = githubTarball(
      'acme',
      'app',
      SHA,
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.txt`, 'x'])),
    );
    const capped = path.join(base, 'capped');
    await (await import('node:fs/promises')).mkdir(capped);
    await expect(
      extractArchive(Readable.from([many]), capped, { ...ARCHIVE_LIMITS, maxFiles: 5 }),
    ).rejects.toThrow(/more than 5 files/);

    // A header that claims a huge size (a bomb) is refused by the compressed-size cap.
    const bomb = gzipSync(tar([{ type: 'claimed', path: `top/bomb`, size: 12 * 1024 * 1024 }]));
    const bombRoot = path.join(base, 'bomb');
    await (await import('node:fs/promises')).mkdir(bombRoot);
    await expect(
      extractArchive(Readable.from([bomb]), bombRoot, {
        ...ARCHIVE_LIMITS,
        maxArchiveBytes: 1024 * 1024,
        maxFileBytes: 100 * 1024 * 1024,
        maxTotalBytes: 10 * 1024 * 1024,
      }),
    ).rejects.toThrow(/expands to more than 10 MiB/);
  });

  it('rejects garbage as an error, not an empty pass', async () => {
    await expect(
      extractArchive(Readable.from([Buffer.from('not a tarball at all')]), root),
    ).rejects.toThrow(/not a readable tar archive/);
  });
});
