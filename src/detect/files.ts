// Which files the scan reads: what git would track (`git ls-files -co --exclude-standard`, run
// once) when the root is a git work tree, else a walk that honours every `.gitignore` on the way.
// Never node_modules or .git, never the user's `exclude` globs, never a symbolic link that
// leads out of the root. Paths are relative to the root with `/` separators, sorted.
import { execFile } from 'node:child_process';
import {
  close as closeCallback,
  constants,
  fstat as fstatCallback,
  lstat as lstatCallback,
  open as openCallback,
  read as readCallback,
} from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

// The callback API costs fewer thread-pool round trips than fs/promises' file handles.
const lstat = promisify(lstatCallback);
const open = promisify(openCallback);
const fstat = promisify(fstatCallback);
const read = promisify(readCallback);
const close = promisify(closeCallback);
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

function gitFiles(root: string): Promise<string[] | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', 'ls-files', '-co', '--exclude-standard', '-z'],
      { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        if (error) return resolve(null);
        const files = stdout.split('\0').filter(Boolean);
        // An empty listing also comes from a root that the enclosing repository ignores:
        // walk it instead.
        resolve(files.length > 0 ? files : null);
      },
    );
  });
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string, rules: { base: string; ig: Ignore }[]) => {
    let entries;
    try {
      entries = await readdir(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    let here = rules;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const text = await readFile(path.join(root, dir, '.gitignore'), 'utf8');
        here = [...rules, { base: dir, ig: ignore().add(text) }];
      } catch {
        // unreadable: nothing to honour
      }
    }
    const ignored = (rel: string, isDir: boolean) =>
      here.some(({ base, ig }) => {
        const local = base ? rel.slice(base.length + 1) : rel;
        return ig.ignores(isDir ? `${local}/` : local);
      });
    const subdirs: string[] = [];
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!ignored(rel, true)) subdirs.push(rel);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (!ignored(rel, false)) out.push(rel);
      }
    }
    for (const sub of subdirs) await visit(sub, here);
  };
  await visit('', []);
  return out;
}

export function excluder(globs: string[] = []): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const match = picomatch(globs, { dot: true });
  return (file) => {
    if (match(file)) return true;
    // A glob naming a directory excludes everything below it.
    for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) {
      if (match(file.slice(0, i))) return true;
    }
    return false;
  };
}

export async function listFiles(root: string, exclude: string[] = []): Promise<string[]> {
  const listed = (await gitFiles(root)) ?? (await walk(root));
  const excluded = excluder(exclude);
  const files = new Set<string>();
  for (const raw of listed) {
    const file = raw.split(path.sep).join('/');
    if (file.split('/').some((part) => ALWAYS_SKIPPED.has(part))) continue;
    if (excluded(file)) continue;
    files.add(file);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;
/** Never through a symbolic link (checked by hand), never blocking on a FIFO. */
const OPEN_FLAGS = O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);

function inside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot + path.sep);
}

async function readOpen(fd: number, limit: number): Promise<Buffer | null> {
  try {
    const info = await fstat(fd);
    if (!info.isFile() || info.size > limit) return null;
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const { bytesRead } = await read(fd, buffer, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await close(fd);
  }
}

/**
 * The bytes of a listed file, or null for anything that is not a regular file inside the root
 * or is larger than `limit`. A symbolic link is followed only when it resolves inside the root.
 */
export async function readInside(
  realRoot: string,
  root: string,
  file: string,
  limit: number,
): Promise<Buffer | null> {
  const full = path.join(root, ...file.split('/'));
  try {
    if (!O_NOFOLLOW && (await lstat(full)).isSymbolicLink())
      throw Object.assign(new Error(), { code: 'ELOOP' });
    return await readOpen(await open(full, OPEN_FLAGS), limit);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOOP') return null;
  }
  try {
    const target = await realpath(full);
    if (!inside(realRoot, target)) return null;
    return await readOpen(await open(target, OPEN_FLAGS), limit);
  } catch {
    return null;
  }
}
