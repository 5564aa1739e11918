// Which files the scan reads and how: what git would track (`git ls-files -co --exclude-standard`,
// run once) when the root is a git work tree, else a walk that honours every `.gitignore` on the
// way. Never .git, never the user's `exclude` globs. Names are kept as the raw bytes the file
// system gave, so a name that is not valid UTF-8 is still read; it is shown escaped.
//
// Reading costs three system calls per file (open, one positioned read, close), synchronous,
// without a promise round trip for each, which on large trees costs more than the reading
// itself; on large trees a second thread does them while the main one matches. A file is never
// read through a symbolic link that leads out of the root, never blocks (FIFOs), and anything
// not read is reported with its reason (SPEC section 9: nothing skipped in silence).
import { spawn } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Ignore } from 'ignore';
import { compileGlob } from '../glob/glob.js';
import type { SkipReason } from '../model.js';

const NEVER_LISTED = '.git';

/**
 * node:worker_threads, loaded when a tree is large enough for the reading thread: loading it
 * costs a few milliseconds that most small trees (and `check` on them) never need.
 */
const workerThreads = (): typeof import('node:worker_threads') =>
  createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/** A listed file: its display name (`/` separators, escaped if not UTF-8) and its raw path. */
export interface ListedFile {
  file: string;
  /** The path relative to the root, as the file system knows it. */
  raw: RawPath;
}

export interface Listing {
  files: ListedFile[];
  listing: 'git' | 'walk';
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The name as text when its bytes are valid UTF-8, else null. */
function utf8OrNull(raw: Buffer): string | null {
  // ASCII, the common case, needs no decoder.
  let ascii = true;
  for (const byte of raw) {
    if (byte >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return raw.toString('latin1');
  try {
    return STRICT_UTF8.decode(raw);
  } catch {
    return null;
  }
}

/** A name for people: the UTF-8 text, or for other bytes each non-ASCII byte as `\xNN`. */
export function displayName(raw: Buffer): string {
  const text = utf8OrNull(raw);
  if (text !== null) return text;
  let out = '';
  for (const byte of raw) {
    out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase()}`;
  }
  return out;
}

function splitNul(buffer: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let end = buffer.indexOf(0, start); end !== -1; end = buffer.indexOf(0, start)) {
    if (end > start) out.push(buffer.subarray(start, end));
    start = end + 1;
  }
  if (start < buffer.length) out.push(buffer.subarray(start));
  return out;
}

/**
 * Whether git could see a repository here: a `.git` (folder or file) in the root or above it, or
 * git pointed elsewhere by the environment. Elsewhere git would only fail, after the cost of
 * starting it (an extracted tarball in an organization sweep, a plain folder).
 */
function insideGitTree(root: string): boolean {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return true;
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, NEVER_LISTED))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** The most bytes of names git may list (a runaway listing is not a tree to scan). */
const GIT_LISTING_MAX = 512 * 1024 * 1024;

/**
 * The files git lists, or null when git cannot run here. The workspace may belong to another
 * user (a container on a runner): `safe.directory` is set for this command only, on the command
 * line and through the environment (older and newer git read one or the other). Names come
 * unquoted (`core.quotePath=false`) and NUL-separated, counted as they arrive so that a large
 * tree's reading thread can start while git is still listing.
 */
function gitFiles(root: string, onLarge: () => void): Promise<RawPath[] | null> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(
        'git',
        [
          '-c',
          'safe.directory=*',
          '-c',
          'core.quotePath=false',
          'ls-files',
          '-co',
          '--exclude-standard',
          '-z',
        ],
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'ignore'],
          windowsHide: true,
          env: {
            ...process.env,
            GIT_CONFIG_COUNT: '1',
            GIT_CONFIG_KEY_0: 'safe.directory',
            GIT_CONFIG_VALUE_0: '*',
            GIT_OPTIONAL_LOCKS: '0',
          },
        },
      );
    } catch {
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let names = 0;
    let failed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > GIT_LISTING_MAX && !failed) {
        failed = true;
        child.kill();
      }
      if (names < PREFETCH_MIN_FILES) {
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, at + 1)) names++;
        if (names >= PREFETCH_MIN_FILES) onLarge();
      }
    });
    child.on('error', () => {
      failed = true;
    });
    child.on('close', (code) => {
      if (failed || code !== 0) return resolve(null);
      const all = Buffer.concat(chunks, size);
      // Valid UTF-8 as a whole means every name is (a NUL cannot sit inside a character):
      // one decode for all, instead of one check per name.
      const files: RawPath[] = isUtf8(all)
        ? all
            .toString('utf8')
            .split('\0')
            .filter((name) => name !== '')
        : splitNul(all);
      // An empty listing also comes from a root that the enclosing repository ignores:
      // walk it instead.
      resolve(files.length > 0 ? files : null);
    });
  });
}

/** A path as the file system knows it: a string when its name is valid UTF-8, else bytes. */
export type RawPath = string | Buffer;

function sameRaw(a: RawPath, b: RawPath): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.equals(b);
}

function joinRaw(dir: RawPath, name: RawPath): RawPath {
  if (dir.length === 0) return name;
  if (typeof dir === 'string' && typeof name === 'string') return `${dir}/${name}`;
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

/** Entries of a folder; names that are not UTF-8 come as their bytes (a second, rare read). */
function entriesOf(full: RawPath): { name: RawPath; display: string; dir: boolean }[] {
  const entries = readdirSync(full, { withFileTypes: true });
  if (!entries.some((e) => e.name.includes('\uFFFD'))) {
    return entries.map((e) => ({ name: e.name, display: e.name, dir: e.isDirectory() }));
  }
  return readdirSync(full, { withFileTypes: true, encoding: 'buffer' }).map((e) => {
    const text = utf8OrNull(e.name);
    return { name: text ?? e.name, display: text ?? displayName(e.name), dir: e.isDirectory() };
  });
}

function walk(root: string, onLarge: () => void, ignore: () => Ignore): RawPath[] {
  const out: RawPath[] = [];
  let large = false;
  const visit = (dir: RawPath, dirName: string, rules: { base: string; ig: Ignore }[]) => {
    let entries;
    try {
      entries = entriesOf(joinRaw(root, dir));
    } catch {
      return;
    }
    let here = rules;
    if (entries.some((e) => e.display === '.gitignore' && !e.dir)) {
      try {
        const text = readFileSync(path.join(root, dirName, '.gitignore'), 'utf8');
        here = [...rules, { base: dirName, ig: ignore().add(text) }];
      } catch {
        // unreadable: nothing to honour
      }
    }
    const ignored = (rel: string, isDir: boolean) =>
      here.length > 0 &&
      here.some(({ base, ig }) => {
        const local = base ? rel.slice(base.length + 1) : rel;
        try {
          return ig.ignores(isDir ? `${local}/` : local);
        } catch {
          return false; // a name the ignore rules cannot take is read, not dropped
        }
      });
    const subdirs: [RawPath, string][] = [];
    for (const entry of entries) {
      if (entry.display === NEVER_LISTED) continue;
      const raw = joinRaw(dir, entry.name);
      const rel = dirName ? `${dirName}/${entry.display}` : entry.display;
      if (entry.dir) {
        if (!ignored(rel, true)) subdirs.push([raw, rel]);
      } else if (!ignored(rel, false)) out.push(raw);
    }
    if (!large && out.length >= PREFETCH_MIN_FILES) {
      large = true;
      onLarge();
    }
    for (const [raw, rel] of subdirs) visit(raw, rel, here);
  };
  visit('', '', []);
  return out;
}

function insideGitDir(file: string): boolean {
  return (
    file === NEVER_LISTED ||
    file.startsWith(`${NEVER_LISTED}/`) ||
    file.endsWith(`/${NEVER_LISTED}`) ||
    file.includes(`/${NEVER_LISTED}/`)
  );
}

export function excluder(globs: string[] = []): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  // Bounded work whatever the globs: the `scan-exclude` input may come from a pull request.
  const matchers = globs.map((glob) => compileGlob(glob));
  const match = (file: string) => matchers.some((matches) => matches(file));
  return (file) => {
    if (match(file)) return true;
    // A glob naming a directory excludes everything below it.
    for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) {
      if (match(file.slice(0, i))) return true;
    }
    return false;
  };
}

/** Every file under the root, sorted by display name, without the excluded ones. */
export async function listFiles(
  root: string,
  exclude: string[] = [],
  /** Called once when the listing reaches PREFETCH_MIN_FILES names. */
  onLarge: () => void = () => undefined,
): Promise<Listing & { excludedAll: boolean }> {
  let large = false;
  const once = () => {
    if (!large) onLarge();
    large = true;
  };
  const fromGit = insideGitTree(root) ? await gitFiles(root, once) : null;
  // The .gitignore matcher is loaded only for a walk: inside a git tree, git applies the rules.
  const listed: RawPath[] = fromGit ?? walk(root, once, (await import('ignore')).default);
  const excluded = excluder(exclude);
  const slashes = path.sep === '/';
  const kept: ListedFile[] = [];
  let total = 0;
  for (const listedPath of listed) {
    let raw: RawPath = listedPath;
    let file: string;
    if (typeof listedPath === 'string') file = listedPath;
    else {
      const text = utf8OrNull(listedPath);
      file = text ?? displayName(listedPath);
      if (text !== null) raw = text;
    }
    if (!slashes) file = file.split(path.sep).join('/');
    if (file.includes(NEVER_LISTED) && insideGitDir(file)) continue;
    total++;
    if (excluded(file)) continue;
    kept.push({ file, raw });
  }
  // Sorted (git lists in order already, which the sort takes in one pass), each path once: git
  // lists a conflicted path once per stage. Two paths that only display alike (a name that is
  // not UTF-8, and one spelling its escape) are two files, both read.
  kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = kept.filter((entry, i) => {
    const before = kept[i - 1];
    return !before || before.file !== entry.file || !sameRaw(before.raw, entry.raw);
  });
  return {
    files,
    listing: fromGit ? 'git' : 'walk',
    excludedAll: exclude.length > 0 && total > 0 && files.length === 0,
  };
}

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;
/** Never through a symbolic link (checked by hand), never blocking on a FIFO. */
const OPEN_FLAGS = O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);

/** What reading one file gave: its bytes, a reason it was not read, or nothing to read. */
export type ReadResult = { bytes: Buffer } | { skipped: SkipReason } | null;

function inside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot + path.sep);
}

/** One buffer for every read: the bytes are decoded before the next file is read. */
let shared = Buffer.allocUnsafe(0);

/** Below this, a short read is the end of the file: one read call per file, not two. */
const ONE_READ = 64 * 1024;

/**
 * Reads an open file whole, up to `limit` bytes, and closes it. No fstat on the common path:
 * the positioned read itself tells a directory (EISDIR), a FIFO or socket (ESPIPE), and a file
 * over the limit (one byte more than the limit arrives). Only then is the file's type asked, so
 * a device that streams bytes forever is `unreadable`, not `too-large`.
 */
function readOpen(fd: number, limit: number): ReadResult {
  try {
    if (shared.length < limit + 1) shared = Buffer.allocUnsafe(limit + 1);
    const buffer = shared.subarray(0, limit + 1);
    let filled = 0;
    try {
      while (filled < buffer.length) {
        const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
        filled += read;
        // A regular file gives everything up to its end in one read; larger ones are looped.
        if (read === 0 || (read < ONE_READ && filled < buffer.length)) break;
      }
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EISDIR') return null; // a submodule, a link to a folder inside the root
      return { skipped: 'unreadable' }; // ESPIPE (FIFO), EAGAIN, EIO…
    }
    if (filled > limit) return { skipped: fstatSync(fd).isFile() ? 'too-large' : 'unreadable' };
    return { bytes: buffer.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Reads a listed file whole, up to `limit` bytes, into a buffer that the next read reuses. A
 * symbolic link is followed only when it resolves inside the root; a file listed but gone since
 * is nothing to read.
 */
export function readInside(
  realRoot: string,
  root: string,
  entry: ListedFile,
  limit: number,
): ReadResult {
  const full = joinRaw(root, entry.raw);
  try {
    if (!O_NOFOLLOW && lstatSync(full).isSymbolicLink()) {
      throw Object.assign(new Error('link'), { code: 'ELOOP' });
    }
    return readOpen(openSync(full, OPEN_FLAGS), limit);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code !== 'ELOOP') return { skipped: 'unreadable' };
  }
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    return { skipped: 'outside-root' }; // a dangling or looping link leads nowhere inside
  }
  if (!inside(realRoot, target)) return { skipped: 'outside-root' };
  try {
    return readOpen(openSync(target, OPEN_FLAGS), limit);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? null : { skipped: 'unreadable' };
  }
}

/** Below this many files, a second thread costs more to start than it saves. */
const PREFETCH_MIN_FILES = 1000;
/** Bytes per batch the reading thread hands over, and batches it may read ahead. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;
const BATCHES_AHEAD = 16;

/**
 * The reading thread: opens and reads each path exactly as `readInside` first tries to (no
 * symbolic link followed, never blocking), and hands over the bytes in batches. Anything else — an
 * error of any kind, a link, a folder, a file over the limit — is marked for the main thread to
 * read with `readInside`, so every decision about what is read and why stays in one place.
 * Plain JavaScript run from a string: it needs nothing but node:fs, and no bundle file to find.
 */
const PREFETCH_SOURCE = `
const { parentPort, receiveMessageOnPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
parentPort.once('message', (job) => {
const { limit, flags, batchBytes, batchFiles, ahead, recycled } = job;
const paths = typeof job.paths === 'string' ? job.paths.split('\\0') : job.paths;
// The first batches are small, so that matching starts while the rest is read.
let filesPerBatch = Math.min(16, batchFiles);
const inFlight = new Int32Array(job.inFlight);
const scratch = Buffer.allocUnsafe(limit + 1);
// Batches the main thread is done with come back to be filled again, sparing the allocations.
const fresh = () => {
  const back = receiveMessageOnPort(recycled);
  return back && back.message.byteLength >= batchBytes ? new Uint8Array(back.message) : new Uint8Array(batchBytes);
};
let bytes = fresh();
let lengths = [];
let used = 0;
let first = 0;
const send = () => {
  while (Atomics.load(inFlight, 0) >= ahead) Atomics.wait(inFlight, 0, Atomics.load(inFlight, 0), 50);
  Atomics.add(inFlight, 0, 1);
  const sizes = Int32Array.from(lengths);
  parentPort.postMessage({ first, sizes, bytes: bytes.buffer }, [bytes.buffer, sizes.buffer]);
  first += lengths.length;
  filesPerBatch = Math.min(batchFiles, filesPerBatch * 2);
  bytes = fresh();
  lengths = [];
  used = 0;
};
// Reads from fd at offset filled into target[at…at+room); true when the end came before the room.
const fill = (fd, target, at, room, filled) => {
  while (filled < room) {
    const read = readSync(fd, target, at + filled, room - filled, filled);
    filled += read;
    if (read === 0 || (read < 65536 && filled < room)) return [filled, true];
  }
  return [filled, false];
};
for (let i = 0; i < paths.length; i++) {
  let size = -1;
  let fd = -1;
  let inBatch = false;
  try {
    fd = openSync(paths[i], flags);
    // Straight into the batch while it has room (most files end there: no copy); a file that
    // fills the room goes on in the scratch buffer, up to the limit.
    const room = Math.min(bytes.length - used, scratch.length);
    let [filled, ended] = room > 0 ? fill(fd, bytes, used, room, 0) : [0, false];
    if (ended) {
      inBatch = true;
      size = filled;
    } else {
      scratch.set(bytes.subarray(used, used + filled), 0);
      [filled] = fill(fd, scratch, 0, scratch.length, filled);
      if (filled <= limit) size = filled;
    }
  } catch {
    size = -1;
    inBatch = false;
  } finally {
    if (fd !== -1) try { closeSync(fd); } catch {}
  }
  if (inBatch) used += size;
  else if (size > 0) {
    if (used + size > bytes.length) {
      if (lengths.length > 0) send();
      if (size > bytes.length) bytes = new Uint8Array(size);
    }
    bytes.set(scratch.subarray(0, size), used);
    used += size;
  }
  lengths.push(size);
  if (lengths.length >= filesPerBatch || used >= batchBytes) send();
}
if (lengths.length > 0) send();
recycled.close();
});
`;

interface Batch {
  first: number;
  sizes: Int32Array;
  bytes: ArrayBuffer;
}

/**
 * The reading thread, started as soon as the listing shows a large tree so that it boots while
 * the listing goes on; it waits for the list of paths. `stop` ends it, whatever state it is in.
 */
export class ReadAhead {
  readonly batches: Batch[] = [];
  stopped = false;
  private wake: (() => void) | null = null;
  private readonly worker: Worker;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on('message', (batch: Batch) => {
      this.batches.push(batch);
      this.notify();
    });
    const stop = () => {
      this.stopped = true;
      this.notify();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
  }

  /** A reading thread, or null where one cannot run or could not refuse links. */
  static start(): ReadAhead | null {
    if (availableParallelism() < 2 || !O_NOFOLLOW) return null;
    try {
      // Whatever the thread might print never reaches the gate's output.
      const { Worker } = workerThreads();
      return new ReadAhead(new Worker(PREFETCH_SOURCE, { eval: true, stdout: true, stderr: true }));
    } catch {
      return null;
    }
  }

  read(paths: RawPath[], limit: number, inFlight: SharedArrayBuffer, recycled: MessagePort): void {
    // One string copies to the thread much faster than 20,000; a path never holds a NUL.
    // (An empty list stays a list: joined, it would be one empty path.)
    const strings = paths.length > 0 && paths.every((one) => typeof one === 'string');
    this.worker.postMessage(
      {
        paths: strings ? paths.join('\0') : paths,
        limit,
        flags: OPEN_FLAGS,
        batchBytes: BATCH_BYTES,
        batchFiles: BATCH_FILES,
        ahead: BATCHES_AHEAD,
        inFlight,
        recycled,
      },
      [recycled],
    );
  }

  /** Resolves when a batch arrives or the thread stops. */
  next(): Promise<void> {
    if (this.batches.length > 0 || this.stopped) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }

  stop(): void {
    if (!this.stopped) void this.worker.terminate();
    this.stopped = true;
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}

/**
 * Reads every listed file in order and hands each result to `visit`, which must be done with the
 * bytes when it returns (the buffer is reused). On a large tree with a spare core, a second
 * thread (`ahead`, or one started here) does the opening and reading while this one matches;
 * the results, and their order, are the same as reading one file after the other here, which is
 * what happens otherwise, or from where the thread stopped if it stops. The thread is stopped
 * before this returns.
 */
export async function readEach(
  realRoot: string,
  root: string,
  files: readonly ListedFile[],
  limit: number,
  visit: (entry: ListedFile, result: ReadResult) => void,
  options: {
    ahead?: ReadAhead | null;
    threadFrom?: number;
    /** Awaited before the first visit, once the reading thread has its list (what visit needs). */
    ready?: Promise<unknown>;
  } = {},
): Promise<void> {
  let next = 0;
  const readHere = () => {
    for (; next < files.length; next++) {
      const entry = files[next] as ListedFile;
      visit(entry, readInside(realRoot, root, entry, limit));
    }
  };
  const large = files.length >= (options.threadFrom ?? PREFETCH_MIN_FILES);
  const ahead = large ? (options.ahead ?? ReadAhead.start()) : null;
  if (!large) options.ahead?.stop();
  if (!ahead) {
    await options.ready;
    return readHere();
  }
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const recycle = new MessageChannel();
  try {
    ahead.read(
      files.map((entry) => joinRaw(root, entry.raw)),
      limit,
      inFlight,
      recycle.port2,
    );
    await options.ready;
    while (next < files.length) {
      await ahead.next();
      const batch = ahead.batches.shift();
      if (!batch || batch.first !== next) break; // stopped early: the rest is read here
      let offset = 0;
      for (const size of batch.sizes) {
        const entry = files[next] as ListedFile;
        if (size < 0) visit(entry, readInside(realRoot, root, entry, limit));
        else {
          visit(entry, { bytes: Buffer.from(batch.bytes, offset, size) });
          offset += size;
        }
        next++;
      }
      recycle.port1.postMessage(batch.bytes, [batch.bytes]);
      Atomics.sub(counter, 0, 1);
      Atomics.notify(counter, 0);
    }
  } finally {
    ahead.stop();
    recycle.port1.close();
  }
  readHere();
}

/** Bytes looked at to tell a binary file. */
const PROBE = 8192;
/** Signatures of binary formats that can start with bytes a text file could also hold. */
const MAGIC: readonly Buffer[] = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from('GIF8'),
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // ZIP, JAR, docx
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
  Buffer.from([0xca, 0xfe, 0xba, 0xbe]), // Java class, Mach-O fat
  Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O
  Buffer.from([0x00, 0x61, 0x73, 0x6d]), // WebAssembly
  Buffer.from('SQLite format 3\0'),
  Buffer.from('%PDF-'),
  Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), // zstd
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), // 7z
];

/**
 * Binary by a real test: a NUL in the first 8 KiB together with a known binary signature or a
 * high share (a tenth) of control bytes. A source file with one stray NUL is still read.
 */
export function isBinary(bytes: Buffer): boolean {
  const probe = bytes.subarray(0, PROBE);
  if (!probe.includes(0)) return false;
  if (MAGIC.some((magic) => probe.subarray(0, magic.length).equals(magic))) return true;
  let control = 0;
  for (const byte of probe) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape are text.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) || byte === 0x7f) {
      control++;
    }
  }
  return control * 10 >= probe.length;
}

/** The text of a file: UTF-16 when its byte-order mark says so, else UTF-8 without a BOM. */
export function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  if (isBinary(bytes)) return null;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const GATE = 'ai-vendor-gate';

/**
 * A file the gate itself wrote, wherever it lies: a SARIF log whose every run's tool is the gate,
 * a JSON report, or a gate record or history (one JSON object per line, each with
 * `"tool":{"name":"ai-vendor-gate"` and its `sha256`). Told from the name and the first bytes,
 * so other files cost one short comparison; then confirmed by parsing the whole, so a file that
 * merely starts like one is still read.
 */
export function isGateOutput(file: string, text: string): boolean {
  if (!/\.(?:sarif|json|jsonl|ndjson)$/i.test(file)) return false;
  const head = text.slice(0, 4096);
  if (!/^\s*\{/.test(head) || !text.includes(GATE)) return false;
  const object = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  const named = (value: unknown): boolean => object(value)?.name === GATE;
  const isRecord = (value: unknown): boolean =>
    named(object(value)?.tool) && typeof object(value)?.sha256 === 'string';
  try {
    const whole = object(JSON.parse(text));
    const runs = whole?.runs;
    if (whole?.version === '2.1.0' && Array.isArray(runs) && runs.length > 0) {
      return runs.every((run) => named(object(object(run)?.tool)?.driver));
    }
    return isRecord(whole) || (named(whole?.tool) && whole?.schemaVersion !== undefined);
  } catch {
    // Not one JSON document: a history, one record per line.
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  try {
    return lines.every((line) => isRecord(JSON.parse(line)));
  } catch {
    return false;
  }
}
