// YAML (and JSON, its subset) parsed with node positions, so every problem can point at its line.
//
// The value is built here rather than by the library's toJS, for three reasons: the library
// prints warnings of its own (with attacker-chosen keys in them) and checks duplicate keys and
// resolves aliases in quadratic time; and building it ourselves lets us index each map and list
// by its source node once, so locating any path afterwards costs O(depth), not a scan.
//
// Documents in the plain block style (with one-line flow lists and maps) are read by
// block-yaml.ts first, which gives the same result several times faster, or gives up and leaves
// them to the library (yaml-library.ts), which is imported only then: most registries and
// manifests never need it, and loading it is a good part of a cold start.
import type { DocPath, Location } from '../model.js';
import { parseBlockYaml } from './block-yaml.js';

export interface Problem {
  /** For a schema problem, written when first read (schema.ts): read it, don't spread it unread. */
  message: string;
  location: Location;
  /** How many problems this one stands for (the loader's "N more" problem); 1 when absent. */
  count?: number;
}

export interface Limits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of maps and lists. */
  maxDepth: number;
  /** Alias nodes allowed in the document (defeats "billion laughs"). */
  maxAliasCount: number;
  /**
   * Nodes that aliases may add to the value, counted as expanded: whoever walks the value
   * (schema checks, rules) pays for every repetition, so work stays bounded by this, not by
   * how few bytes asked for it.
   */
  maxAliasExpansion: number;
}

export interface ParsedYaml {
  value: unknown;
  /**
   * Location of the value at `path` (`key: true`: of its key). A node reached through an alias
   * is located at its anchor, so the same source node always gives the same location. A path
   * that stops resolving gives the deepest node it reached.
   */
  locate(path: DocPath, options?: { key?: boolean }): Location;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

/** Parse one YAML document from raw bytes; never throws for bad input. */
export async function parseYamlBytes(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): Promise<ParseResult> {
  const decoded = decodeYaml(bytes, file, limits);
  return 'text' in decoded ? parseYamlText(decoded.text, file, limits) : decoded.failed;
}

/** The checks before parsing (size, binary, UTF-8): the text, or the problem that stops it. */
export function decodeYaml(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
): { text: string } | { failed: ParseResult } {
  const start: Location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const fail = (message: string): { failed: ParseResult } => ({
    failed: { ok: false, problems: [{ message, location: start }] },
  });
  if (bytes.byteLength > limits.maxBytes) {
    return fail(`${file} is larger than the ${formatSize(limits.maxBytes)} limit.`);
  }
  if (bytes.includes(0)) return fail(`${file} is binary, not YAML text.`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return fail(`${file} is not UTF-8 text.`);
  }
}

export interface ParseOptions {
  /**
   * Try the fast reader first (the default), or go straight to the library (tests). First on
   * every document, small ones too: cold, the library takes about 40 ms for an 11 KB registry,
   * most of what `check` spends before it scans.
   */
  fastPath?: boolean;
}

export async function parseYamlText(
  text: string,
  file: string,
  limits: Limits,
  options: ParseOptions = {},
): Promise<ParseResult> {
  // The fast reader needs no pre-check: it is linear whatever the text, and gives up past the
  // depth limit, where the library path words the problem.
  if (options.fastPath ?? true) {
    const fast = parseBlockYaml(text, file, limits);
    if (fast) return fast;
  }
  const { parseWithLibrary } = await import('./yaml-library.js');
  return parseWithLibrary(text, file, limits);
}
