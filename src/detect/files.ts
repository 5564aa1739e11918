// Which files the scan reads and how: what git would track (`git ls-files -co --exclude-standard`,
// run once) when the root is a git work tree, else a walk that honours every `.gitignore` on the
// way. Never .git, never the user's `exclude` globs. Names are kept as the raw bytes the file
// system gave, so a name that is not valid UTF-8 is still read; it is shown escaped.
//
// Reading is synchronous: one open, fstat, read and close per file, without a promise round trip
// for each, which on large trees costs more than the reading itself. A file is never read through
// a symbolic link that leads out of the root, never blocks (FIFOs), and anything not read is
// reported with its reason (SPEC section 9: nothing skipped in silence).
import { execFile } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { SkipReason } from '../model.js';

const NEVER_LISTED = '.git';

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
 * The files git lists, or null when git cannot run here. The workspace may belong to another
 * user (a container on a runner): `safe.directory` is set for this command only, on the command
 * line and through the environment (older and newer git read one or the other). Names come
 * unquoted (`core.quotePath=false`) and NUL-separated.
 */
function gitFiles(root: string): Promise<Buffer[] | null> {
  return new Promise((resolve) => {
    execFile(
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
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'buffer',
        windowsHide: true,
        env: {
          ...process.env,
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: 'safe.directory',
          GIT_CONFIG_VALUE_0: '*',
          GIT_OPTIONAL_LOCKS: '0',
        },
      },
      (error, stdout) => {
        if (error) return resolve(null);
        const files = splitNul(stdout);
        // An empty listing also comes from a root that the enclosing repository ignores:
        // walk it instead.
        resolve(files.length > 0 ? files : null);
      },
    );
  });
}

/** A path as the file system knows it: a string when its name is valid UTF-8, else bytes. */
export type RawPath = string | Buffer;

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

function walk(root: string): RawPath[] {
  const out: RawPath[] = [];
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
    for (const [raw, rel] of subdirs) visit(raw, rel, here);
  };
  visit('', '', []);
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

/** Every file under the root, sorted by display name, without the excluded ones. */
export async function listFiles(
  root: string,
  exclude: string[] = [],
): Promise<Listing & { excludedAll: boolean }> {
  const fromGit = await gitFiles(root);
  const listed: RawPath[] = fromGit ?? walk(root);
  const excluded = excluder(exclude);
  const byName = new Map<string, ListedFile>();
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
    file = file.split(path.sep).join('/');
    if (file.split('/').includes(NEVER_LISTED)) continue;
    total++;
    if (excluded(file)) continue;
    byName.set(file, { file, raw });
  }
  const files = [...byName.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
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

function readOpen(fd: number, limit: number): ReadResult {
  try {
    const info = fstatSync(fd);
    // A directory (a submodule, a link to a folder inside the root) holds no text of its own.
    if (info.isDirectory()) return null;
    if (!info.isFile()) return { skipped: 'unreadable' };
    if (info.size > limit) return { skipped: 'too-large' };
    // One byte more than the limit tells a file that grew since fstat.
    if (shared.length < limit + 1) shared = Buffer.allocUnsafe(limit + 1);
    const buffer = shared.subarray(0, Math.min(info.size, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    if (filled > limit) return { skipped: 'too-large' };
    return { bytes: buffer.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Reads a listed file whole, up to `limit` bytes, into a buffer that the next read reuses. A symbolic link is followed only when it
 * resolves inside the root; a file listed but gone since is nothing to read.
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
