// A repository's tarball → a temporary tree, streaming, with the defences a hostile archive
// needs: the attacker who owns a repository owns every header byte of its tarball. Only regular
// files and directories are written; a path that is absolute, climbs with `..`, leaves the
// archive's single top-level folder, or collides with what is already there is refused; links
// are never created (a link could point out of the tree, or a later entry could be written
// through it); and size and file-count caps bound the work. Everything refused is counted and
// reported, never dropped in silence; a cap that is reached means the repository cannot be
// evaluated (a partial tree could hide undeclared use), not a pass.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser, type ReadEntry } from 'tar';

export type ArchiveSkipReason =
  'symlink' | 'hardlink' | 'special' | 'unsafe-path' | 'conflict' | 'too-large';

export interface ArchiveLimits {
  /** Compressed bytes read from the network. */
  maxArchiveBytes: number;
  /** Bytes written to disk, all files together. */
  maxTotalBytes: number;
  /** Regular files written. */
  maxFiles: number;
  /** A larger file is not written (the scan would not read it either) and is reported. */
  maxFileBytes: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFiles: 200_000,
  maxFileBytes: 2 * 1024 * 1024,
};

export interface ArchiveSkip {
  /** Path inside the repository as the archive names it (display only: untrusted). */
  file: string;
  reason: ArchiveSkipReason;
}

export interface Extracted {
  /** The commit the archive was made from (`git archive` writes it in a pax global header). */
  sha: string | null;
  files: number;
  bytes: number;
  /** Capped at `SKIP_LIST_CAP`; `skippedCount` counts all. */
  skipped: ArchiveSkip[];
  skippedCount: number;
}

export class ArchiveLimitError extends Error {}

/** No tar entry at all: a truncated or empty download (tried again) or not an archive. */
export class ArchiveUnreadableError extends Error {}

const SKIP_LIST_CAP = 100;

/** Counts compressed bytes and stops the stream at the cap. */
function byteCap(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) {
        callback(new ArchiveLimitError(`the archive is larger than ${mib(limit)} MiB`));
        return;
      }
      callback(null, chunk);
    },
  });
}

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * The repository-relative path of an archive entry, or null when it is unsafe: GitHub puts every
 * entry under one top-level folder, which is removed.
 */
export function safeRelativePath(entryPath: string, top: string): string | null {
  if (entryPath.includes('\0') || entryPath.startsWith('/') || /^[A-Za-z]:/.test(entryPath)) {
    return null;
  }
  const parts = entryPath.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts[0] !== top) return null;
  const rest = parts.slice(1);
  if (rest.some((part) => part === '..')) return null;
  return rest.join('/');
}

/** Extract a gzip (or plain) tar stream into `root`, which must exist and be empty. */
export async function extractArchive(
  source: Readable,
  root: string,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<Extracted> {
  const result: Extracted = { sha: null, files: 0, bytes: 0, skipped: [], skippedCount: 0 };
  const skip = (file: string, reason: ArchiveSkipReason) => {
    result.skippedCount++;
    if (result.skipped.length < SKIP_LIST_CAP) result.skipped.push({ file, reason });
  };
  // What has been created, so that a file never replaces a directory or the other way round.
  const kinds = new Map<string, 'file' | 'dir'>([['', 'dir']]);
  let top: string | null = null;
  let failure: Error | null = null;
  const writes: Promise<void>[] = [];

  const ensureDir = async (rel: string): Promise<boolean> => {
    const parts = rel === '' ? [] : rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      const kind = kinds.get(sub);
      if (kind === 'file') return false;
      if (kind === undefined) {
        await mkdir(path.join(root, ...parts.slice(0, i)));
        kinds.set(sub, 'dir');
      }
    }
    return true;
  };

  const onEntry = async (entry: ReadEntry): Promise<void> => {
    const comment = (entry as ReadEntry & { comment?: unknown }).comment;
    if (result.sha === null && typeof comment === 'string' && /^[0-9a-f]{40,64}$/.test(comment)) {
      result.sha = comment;
    }
    const raw = entry.path;
    if (top === null) top = raw.split('/').find((part) => part !== '' && part !== '.') ?? '';
    const rel = safeRelativePath(raw, top);
    const drain = () => entry.resume();
    if (rel === null) {
      skip(raw, 'unsafe-path');
      return drain();
    }
    switch (entry.type) {
      case 'Directory':
        if (rel !== '' && !(await ensureDir(rel))) skip(rel, 'conflict');
        return drain();
      case 'File':
      case 'OldFile':
      case 'ContiguousFile':
        break;
      case 'SymbolicLink':
        skip(rel, 'symlink');
        return drain();
      case 'Link':
        skip(rel, 'hardlink');
        return drain();
      default:
        skip(rel, 'special');
        return drain();
    }
    if (rel === '') {
      skip(raw, 'unsafe-path');
      return drain();
    }
    // A tarball holds only committed files, and every one of them is the repository's, whatever
    // its .gitignore says: left in the tree, a `.gitignore` of `src/` would hide committed code
    // from the scan's walk. It is never evidence itself, so it is not written.
    if (rel === '.gitignore' || rel.endsWith('/.gitignore')) return drain();
    const size = entry.size ?? 0;
    if (size > limits.maxFileBytes) {
      skip(rel, 'too-large');
      return drain();
    }
    if (result.files + 1 > limits.maxFiles) {
      throw new ArchiveLimitError(`the archive has more than ${limits.maxFiles} files`);
    }
    if (result.bytes + size > limits.maxTotalBytes) {
      throw new ArchiveLimitError(
        `the archive expands to more than ${mib(limits.maxTotalBytes)} MiB`,
      );
    }
    const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    if (kinds.has(rel) || !(await ensureDir(parent))) {
      skip(rel, 'conflict');
      return drain();
    }
    kinds.set(rel, 'file');
    result.files++;
    result.bytes += size;
    // `wx`: never follow or replace anything already at the path; mode 0600 drops any
    // set-uid or executable bits the header asks for.
    const out = createWriteStream(path.join(root, rel), { flags: 'wx', mode: 0o600 });
    writes.push(pipeline(entry, out));
  };

  const parser = new Parser({
    strict: false,
    onReadEntry: (entry: ReadEntry) => {
      if (failure) {
        entry.resume();
        return;
      }
      // The parser emits the next entry only once this one has ended, so entries are handled in
      // order; directory creation is awaited before the body is read (the entry stays paused).
      entry.pause();
      onEntry(entry).then(
        () => entry.resume(),
        (error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error));
          parser.abort(failure);
          entry.resume();
        },
      );
    },
  });
  let invalid = 0;
  parser.on('warn', (code: string) => {
    if (code === 'TAR_ENTRY_INVALID' || code === 'TAR_ENTRY_ERROR') invalid++;
  });
  try {
    await pipeline(source, byteCap(limits.maxArchiveBytes), parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    throw failure ?? error;
  }
  if (failure) throw failure;
  // A git archive always holds its top folder: nothing read means the bytes were not a tarball,
  // and an empty tree would pass in silence.
  if (top === null) throw new ArchiveUnreadableError('the download is not a readable tar archive');
  if (invalid > 0) {
    result.skippedCount += invalid;
    if (result.skipped.length < SKIP_LIST_CAP)
      result.skipped.push({ file: '(invalid tar headers)', reason: 'special' });
  }
  return result;
}
