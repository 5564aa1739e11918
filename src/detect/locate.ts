// Line numbers for parsed documents: parsers give values, evidence needs the exact 1-based line
// where a name appears. Helpers for JSON, TOML and plain text.
import type { Evidence } from '../model.js';
import type { Catalog, Ecosystem } from './catalog.js';

/** 1-based line of any offset in a text. */
export class Lines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch {
    return undefined;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/**
 * The line of each object key in a (valid) JSON text whose path `keep` accepts. Paths are the
 * keys and array indexes from the top; the result is keyed by the path joined with NUL.
 */
export function jsonKeyLines(
  source: string,
  keep: (path: readonly string[]) => boolean,
): Map<string, number> {
  const text = stripBom(source);
  const out = new Map<string, number>();
  const path: string[] = [];
  let i = 0;
  let line = 1;
  const space = () => {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  const string = (): string => {
    i++;
    let value = '';
    let start = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        value += text.slice(start, i);
        i++;
        return value;
      }
      if (c === 92) {
        value += text.slice(start, i);
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          value += ESCAPES[next] ?? next;
          i += 2;
        }
        start = i;
        continue;
      }
      i++;
    }
    throw new Error('unterminated string');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') throw new Error('expected a key');
        const keyLine = line;
        path.push(string());
        if (keep(path)) out.set(path.join('\0'), keyLine);
        space();
        if (text[i] !== ':') throw new Error('expected :');
        i++;
        value();
        path.pop();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else throw new Error('expected , or }');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        path.push(String(n));
        value();
        path.pop();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else throw new Error('expected , or ]');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  value();
  return out;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Split a TOML table header's dotted key into its parts, unquoting quoted parts. */
function headerPath(inner: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^.\s"']+))\s*(?:\.|$)/y;
  let match: RegExpExecArray | null;
  while (re.lastIndex < inner.length && (match = re.exec(inner))) {
    parts.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return parts;
}

export interface TomlKeyLine {
  /** The table the key is in (`[[x]]` array tables count as the table `x`). */
  table: string[];
  /** Index of the `[[table]]` entry it is in, counted per array-table path. */
  entry: number;
  key: string;
  line: number;
}

/**
 * Every `key =` line of a TOML text with its table, and every table header (as the key `''`).
 * Enough to put a line on what smol-toml parsed; lines inside multi-line strings and arrays are
 * skipped.
 */
export function tomlKeyLines(text: string): TomlKeyLine[] {
  const out: TomlKeyLine[] = [];
  const lines = text.split('\n');
  let table: string[] = [];
  let entry = 0;
  const counts = new Map<string, number>();
  let depth = 0; // open brackets of a multi-line array or inline table
  let inString: string | null = null;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (inString) {
      if (line.includes(inString)) inString = null;
      return;
    }
    if (depth > 0) {
      depth += bracketBalance(line);
      return;
    }
    const header = /^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = headerPath(header[2]);
      const name = table.join('\0');
      if (header[1] === '[[') {
        entry = counts.get(name) ?? 0;
        counts.set(name, entry + 1);
      } else {
        // a sub-table of the current array entry keeps its index
        const parent = [...counts.keys()].find((k) => name.startsWith(`${k}\0`));
        entry = parent ? (counts.get(parent) ?? 1) - 1 : 0;
      }
      out.push({ table, entry, key: '', line: index + 1 });
      return;
    }
    const pair = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (!pair) return;
    const key = pair[1].replace(/^["']|["']$/g, '');
    out.push({ table, entry, key, line: index + 1 });
    const rest = pair[2];
    const triple = /^("""|''')/.exec(rest);
    if (triple && !rest.slice(3).includes(triple[1])) inString = triple[1];
    else depth = Math.max(0, bracketBalance(rest));
  });
  return out;
}

function bracketBalance(line: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

export function sameTable(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * The line of a quoted string literal (`"openai>=1"`) in a text, preferring the first one at
 * or after `from` that has not been used yet.
 */
export function stringLiteralLine(
  text: string,
  lines: Lines,
  value: string,
  from: number,
  used: Set<number>,
): number | undefined {
  const re = new RegExp(`["']${escapeRegExp(value)}["']`, 'g');
  let fallback: number | undefined;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (used.has(match.index)) continue;
    if (match.index >= from) {
      used.add(match.index);
      return lines.at(match.index);
    }
    fallback ??= match.index;
  }
  if (fallback === undefined) return undefined;
  used.add(fallback);
  return lines.at(fallback);
}

/** Evidence for each vendor of a package name. */
export function dependencyEvidence(
  catalog: Catalog,
  ecosystem: Ecosystem,
  name: string,
  file: string,
  line: number,
  direct: boolean,
): Evidence[] {
  return catalog.packageVendors(ecosystem, name).map((vendor) => ({
    vendor,
    kind: 'dependency',
    ecosystem,
    name,
    file,
    line,
    direct,
  }));
}

/** The package name of a descriptor such as `@scope/name@^1.0.0` or `name@npm:^2`. */
export function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? descriptor : descriptor.slice(0, at);
}

/** `name@npm:real@^1` names `real`; any other descriptor names itself. */
export function npmAliasTarget(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  if (at === -1) return descriptor;
  const range = descriptor.slice(at + 1);
  return range.startsWith('npm:') ? descriptorName(range.slice(4)) : descriptor.slice(0, at);
}
