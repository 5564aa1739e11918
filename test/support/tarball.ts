// A small ustar writer for tests: builds the gzip tarballs GitHub serves (one top-level folder
// `owner-repo-sha/`), and the hostile ones an attacker could craft (absolute paths, `..`,
// symbolic and hard links that leave the tree, huge sizes). Written by hand so a test controls
// every header byte, which a library that refuses hostile entries would not allow.
import { gzipSync } from 'node:zlib';

export type TarEntry =
  | { type: 'file'; path: string; content: string | Buffer; mode?: number }
  | { type: 'dir'; path: string }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string }
  /** A header that claims `size` bytes of content; the content is zeros (or truncated). */
  | { type: 'claimed'; path: string; size: number; truncate?: boolean };

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, typeflag: string, linkname = '', mode = 0o644): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(1_700_000_000, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(typeflag, 156, 'ascii');
  block.write(linkname, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

/** A pax extended header carrying a long path (or link target). */
function pax(records: Record<string, string>, typeflag = 'x'): Buffer[] {
  let body = '';
  for (const [key, value] of Object.entries(records)) {
    const rest = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(rest) + 1;
    while (String(length).length + Buffer.byteLength(rest) !== length) {
      length = String(length).length + Buffer.byteLength(rest);
    }
    body += `${length}${rest}`;
  }
  const bytes = Buffer.from(body, 'utf8');
  return [
    header(typeflag === 'g' ? 'pax_global_header' : 'PaxHeader', bytes.length, typeflag),
    pad(bytes),
  ];
}

function pad(bytes: Buffer): Buffer {
  const rest = bytes.length % BLOCK;
  return rest === 0 ? bytes : Buffer.concat([bytes, Buffer.alloc(BLOCK - rest)]);
}

function named(path: string, linkname = ''): { name: string; link: string; extra: Buffer[] } {
  const long = Buffer.byteLength(path) > 99 || Buffer.byteLength(linkname) > 99;
  if (!long) return { name: path, link: linkname, extra: [] };
  const records: Record<string, string> = { path };
  if (linkname) records.linkpath = linkname;
  return { name: path.slice(0, 99), link: linkname.slice(0, 99), extra: pax(records) };
}

/** The uncompressed tar stream of `entries`. */
export function tar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    switch (entry.type) {
      case 'file': {
        const content = Buffer.from(entry.content);
        const { name, extra } = named(entry.path);
        parts.push(...extra, header(name, content.length, '0', '', entry.mode), pad(content));
        break;
      }
      case 'dir': {
        const { name, extra } = named(entry.path.endsWith('/') ? entry.path : `${entry.path}/`);
        parts.push(...extra, header(name, 0, '5', '', 0o755));
        break;
      }
      case 'symlink':
      case 'hardlink': {
        const { name, link, extra } = named(entry.path, entry.target);
        parts.push(...extra, header(name, 0, entry.type === 'symlink' ? '2' : '1', link, 0o777));
        break;
      }
      case 'claimed': {
        const { name, extra } = named(entry.path);
        parts.push(...extra, header(name, entry.size, '0'));
        if (!entry.truncate) parts.push(Buffer.alloc(Math.ceil(entry.size / BLOCK) * BLOCK));
        break;
      }
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/**
 * A repository's tarball as GitHub serves it: every path under `owner-repo-shortsha/`, with a
 * pax global header carrying the commit (as `git archive` writes it).
 */
export function githubTarball(
  owner: string,
  repo: string,
  sha: string,
  files: Record<string, string | Buffer>,
  extra: TarEntry[] = [],
): Buffer {
  const top = `${owner}-${repo}-${sha.slice(0, 7)}`;
  const global = pax({ comment: sha }, 'g');
  const entries: TarEntry[] = [{ type: 'dir', path: `${top}/` }];
  const dirs = new Set<string>();
  for (const file of Object.keys(files).sort()) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirs.has(dir)) {
        dirs.add(dir);
        entries.push({ type: 'dir', path: `${top}/${dir}/` });
      }
    }
    entries.push({ type: 'file', path: `${top}/${file}`, content: files[file] });
  }
  for (const entry of extra) {
    entries.push(entry.path.startsWith('/') ? entry : { ...entry, path: `${top}/${entry.path}` });
  }
  const body = tar(entries);
  return gzipSync(Buffer.concat([...global, body]));
}
