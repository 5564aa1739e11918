// A file as a commit has it, with git's semantics: the path is resolved component by component
// inside one tree, a symbolic link is followed inside that tree only (relative, bounded, never
// above the root), and the result is the blob's bytes plus the way there (its "shape"). The same
// resolver reads a base commit through git, the same commit through the contents API (shallow
// checkouts), or the working tree — the last only to tell whether a pull request changed it.
import { execFile } from 'node:child_process';
import { lstat, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { readContentsEntry, type ApiOptions, type ContentsEntry } from './registry.js';

/** Linux gives up after 40 links in one lookup; so do we. */
export const MAX_LINK_HOPS = 40;

export type TreeEntry =
  | { type: 'file'; size?: number; read: () => Promise<Uint8Array> }
  /** `target` as stored in the link; `fromRoot` when it is already a repository path. */
  | { type: 'symlink'; target: string; fromRoot?: boolean }
  | { type: 'dir' }
  | { type: 'other' };

export interface TreeReader {
  /** The entry at exactly this path, links not followed; null when absent or not reachable. */
  entry(components: readonly string[]): Promise<TreeEntry | null>;
}

export type ResolveFailure = 'absent' | 'directory' | 'outside' | 'loop' | 'special' | 'too-large';

export class ResolveError extends Error {
  constructor(
    readonly reason: ResolveFailure,
    /** Repository path where resolution stopped. */
    readonly at: string,
  ) {
    super(`${reason} at ${at}`);
  }
}

export interface Resolved {
  bytes: Uint8Array;
  /** Each step taken: `link A -> B` per symbolic link, then `file P`. Equal shapes, same path. */
  shape: string[];
}

/** Splits a repository path into components; `..` never climbs above the root. */
export function repoComponents(relative: string): string[] | null {
  const out: string[] = [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out;
}

export async function resolveInTree(
  reader: TreeReader,
  wanted: readonly string[],
  maxBytes: number,
): Promise<Resolved> {
  let components = [...wanted];
  const shape: string[] = [];
  let hops = 0;
  const follow = (linkAt: readonly string[], entry: { target: string; fromRoot?: boolean }) => {
    const where = linkAt.join('/');
    if (++hops > MAX_LINK_HOPS) throw new ResolveError('loop', where);
    if (entry.target.startsWith('/') && !entry.fromRoot) throw new ResolveError('outside', where);
    const base = entry.fromRoot ? '' : linkAt.slice(0, -1).join('/');
    const next = repoComponents(base === '' ? entry.target : `${base}/${entry.target}`);
    if (next === null || next.length === 0) throw new ResolveError('outside', where);
    shape.push(`link ${where} -> ${next.join('/')}`);
    return next;
  };

  for (;;) {
    if (components.length === 0) throw new ResolveError('directory', '.');
    const here = components.join('/');
    const entry = await reader.entry(components);
    if (entry?.type === 'file') {
      if (entry.size !== undefined && entry.size > maxBytes) {
        throw new ResolveError('too-large', here);
      }
      const bytes = await entry.read();
      if (bytes.length > maxBytes) throw new ResolveError('too-large', here);
      shape.push(`file ${here}`);
      return { bytes, shape };
    }
    if (entry?.type === 'symlink') {
      components = follow(components, entry);
      continue;
    }
    if (entry?.type === 'dir') throw new ResolveError('directory', here);
    if (entry?.type === 'other') throw new ResolveError('special', here);

    // Absent as a whole: a directory on the way may be a link (followed), a file, or missing.
    let rerouted = false;
    for (let i = 1; i < components.length && !rerouted; i++) {
      const prefix = components.slice(0, i);
      const step = await reader.entry(prefix);
      if (step === null || step.type === 'file' || step.type === 'other') {
        throw new ResolveError('absent', here);
      }
      if (step.type === 'symlink') {
        components = [...follow(prefix, step), ...components.slice(i)];
        rerouted = true;
      }
    }
    if (!rerouted) throw new ResolveError('absent', here);
  }
}

// ---- git: a commit in the local object database ----

export interface GitRun {
  (args: string[], maxBuffer?: number): Promise<Buffer | null>;
}

/** git without a shell, in `cwd`, working in a workspace owned by another user too. */
export function gitIn(cwd: string): GitRun {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' });
  return (args, maxBuffer = 16 * 1024 * 1024) =>
    new Promise((resolve) => {
      execFile(
        'git',
        ['-c', 'safe.directory=*', '--literal-pathspecs', ...args],
        { cwd, encoding: 'buffer', maxBuffer, timeout: 30_000, env },
        (error, stdout) => resolve(error ? null : stdout),
      );
    });
}

/** A reader of `commit`'s tree, or null when this checkout does not hold that commit. */
export async function gitTreeReader(
  git: GitRun,
  commit: string,
  maxBytes: number,
): Promise<TreeReader | null> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return null;
  const has = await git(['cat-file', '-e', `${commit}^{commit}`]);
  if (has === null) return null;
  const prefixOut = await git(['rev-parse', '--show-prefix']);
  if (prefixOut === null) return null;
  // The workspace may be a folder of the repository: paths are relative to it.
  const prefix = prefixOut.toString('utf8').trim();
  // A lookup is a few processes: a path asked again (a loop of links) is answered from memory.
  const seen = new Map<string, Promise<TreeEntry | null>>();
  return {
    entry(components) {
      const key = components.join('/');
      if (!seen.has(key)) seen.set(key, lookup(components));
      return seen.get(key) as Promise<TreeEntry | null>;
    },
  };

  async function lookup(components: readonly string[]): Promise<TreeEntry | null> {
    const wanted = prefix + components.join('/');
    const listed = await git(['ls-tree', '-z', '--full-tree', commit, '--', wanted]);
    if (listed === null || listed.length === 0) return null;
    // "<mode> SP <type> SP <sha> TAB <name> NUL"
    const line = listed.toString('utf8').split('\0')[0];
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!match || match[4] !== wanted) return null;
    const [, mode, , sha] = match;
    if (mode === '040000') return { type: 'dir' };
    if (mode === '120000') {
      const target = await git(['cat-file', 'blob', sha], 64 * 1024);
      return target === null ? null : { type: 'symlink', target: target.toString('utf8') };
    }
    if (mode !== '100644' && mode !== '100755') return { type: 'other' };
    const sizeOut = await git(['cat-file', '-s', sha]);
    const size = sizeOut === null ? undefined : Number(sizeOut.toString('utf8').trim());
    return {
      type: 'file',
      ...(size !== undefined && Number.isFinite(size) ? { size } : {}),
      read: async () => {
        const blob = await git(['cat-file', 'blob', sha], maxBytes + 1);
        if (blob === null) throw new ResolveError('too-large', components.join('/'));
        return blob;
      },
    };
  }
}

// ---- the contents API: the same commit, for shallow checkouts ----

export function apiTreeReader(
  api: ApiOptions,
  repository: { owner: string; repo: string },
  ref: string,
  maxBytes: number,
): TreeReader {
  const cache = new Map<string, ContentsEntry | null>();
  const get = async (repoPath: string): Promise<ContentsEntry | null> => {
    if (!cache.has(repoPath)) {
      cache.set(
        repoPath,
        await readContentsEntry({ ...repository, path: repoPath, ref }, api, maxBytes),
      );
    }
    return cache.get(repoPath) ?? null;
  };
  return {
    async entry(components) {
      const wanted = components.join('/');
      const found = await get(wanted);
      if (found === null) return null;
      if (found.type === 'dir') return { type: 'dir' };
      if (found.type === 'submodule') return { type: 'other' };
      if (found.type === 'symlink') return { type: 'symlink', target: found.target };
      // GitHub answers a link to a file in the repository with that file: keep the hop visible.
      if (found.path !== wanted && found.path !== '') {
        cache.set(found.path, found);
        return { type: 'symlink', target: found.path, fromRoot: true };
      }
      const { bytes } = found;
      return { type: 'file', size: bytes.length, read: async () => bytes };
    },
  };
}

// ---- the working tree: only to compare with the base ----

export function workingTreeReader(root: string, maxBytes: number): TreeReader {
  return {
    async entry(components) {
      // lstat each step: a link on the way is reported where it is, never followed by the OS.
      let info;
      for (let i = 1; i <= components.length; i++) {
        try {
          info = await lstat(path.join(root, ...components.slice(0, i)));
        } catch {
          return null;
        }
        if (i < components.length && !info.isDirectory()) return null;
      }
      if (!info) return null;
      const file = path.join(root, ...components);
      if (info.isSymbolicLink()) return { type: 'symlink', target: await readlink(file, 'utf8') };
      if (info.isDirectory()) return { type: 'dir' };
      if (!info.isFile()) return { type: 'other' };
      return {
        type: 'file',
        size: info.size,
        read: async () => {
          const bytes = await readFile(file);
          if (bytes.length > maxBytes) throw new ResolveError('too-large', components.join('/'));
          return bytes;
        },
      };
    },
  };
}
