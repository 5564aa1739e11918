// TOML documents (smol-toml) with the positions of their keys and string literals. smol-toml
// gives values only; a linear line scan finds where each `key =` and `[table]` is written.
import { parse } from 'smol-toml';
import { isRecord } from './json.js';
import { LineIndex, type Span } from './lines.js';

export function parseToml(text: string): Record<string, unknown> | undefined {
  try {
    const data = parse(text) as unknown;
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined; // not TOML, or nested deeper than the stack
  }
}

/** Split a table header's dotted key into its parts, unquoting quoted parts. */
function headerPath(inner: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^.\s"']+))\s*(?:\.|$)/y;
  let match: RegExpExecArray | null;
  while (re.lastIndex < inner.length && (match = re.exec(inner))) {
    parts.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return parts;
}

export interface TomlKey {
  /** The table the key is in (`[[x]]` array tables count as the table `x`). */
  table: string[];
  /** Index of the `[[table]]` entry it is in, counted per array-table path. */
  entry: number;
  /** The key as written, unquoted; `''` for a table header. */
  key: string;
  /** The key's text on its line (for a header: the last part of the table name). */
  span: Span;
  /** Where a basic or literal string value's text starts (past its quote), 1-based. */
  stringColumn?: number;
}

const join = (parts: readonly string[]) => parts.join('\0');

/**
 * Where a TOML text writes each key and table. Lines inside multi-line strings and arrays are
 * skipped; lookups are by table and key in constant time.
 */
export class TomlPositions {
  readonly keys: TomlKey[] = [];
  private readonly firstByKey = new Map<string, TomlKey>();

  constructor(text: string) {
    const lines = new LineIndex(text);
    let table: string[] = [];
    let entry = 0;
    const counts = new Map<string, number>();
    let depth = 0; // open brackets of a multi-line array or inline table
    let inString: string | null = null;
    for (let number = 1; number <= lines.count; number++) {
      const line = lines.lineText(number);
      if (inString) {
        if (line.includes(inString)) inString = null;
        continue;
      }
      if (depth > 0) {
        depth = Math.max(0, depth + bracketBalance(line));
        continue;
      }
      const header = /^(\s*)(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
      if (header) {
        table = headerPath(header[3]);
        const name = join(table);
        if (header[2] === '[[') {
          entry = counts.get(name) ?? 0;
          counts.set(name, entry + 1);
        } else {
          entry = 0;
          // a sub-table of an array entry keeps that entry's index
          for (let n = table.length - 1; n > 0; n--) {
            const parent = counts.get(join(table.slice(0, n)));
            if (parent !== undefined) {
              entry = parent - 1;
              break;
            }
          }
        }
        const last = table[table.length - 1] ?? '';
        const at = line.lastIndexOf(last);
        const span: Span =
          at === -1
            ? { line: number }
            : { line: number, column: at + 1, endColumn: at + 1 + last.length };
        this.add({ table, entry, key: '', span });
        continue;
      }
      const pair = /^(\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
      if (!pair) continue;
      const quoted = /^["']/.test(pair[2]);
      const key = quoted ? pair[2].slice(1, -1) : pair[2];
      const column = pair[1].length + 1 + (quoted ? 1 : 0);
      const rest = pair[3];
      const span = { line: number, column, endColumn: column + key.length };
      const stringColumn = /^["'](?!["'])/.test(rest) ? line.length - rest.length + 2 : undefined;
      this.add({ table, entry, key, span, stringColumn });
      const triple = /^("""|''')/.exec(rest);
      if (triple && !rest.slice(3).includes(triple[1])) inString = triple[1];
      else depth = Math.max(0, bracketBalance(rest));
    }
  }

  private add(key: TomlKey): void {
    this.keys.push(key);
    const id = `${join(key.table)}\u0001${key.key}`;
    if (!this.firstByKey.has(id)) this.firstByKey.set(id, key);
  }

  /** The first `key =` in `table`, or the `[table]` header itself for key `''`. */
  find(table: readonly string[], key: string): TomlKey | undefined {
    return this.firstByKey.get(`${join(table)}\u0001${key}`);
  }

  /** Where `key` of `table` is written: its pair, else a `[table.key]` header, else the table. */
  keySpan(table: readonly string[], key: string): Span {
    return (
      this.find(table, key)?.span ??
      this.find([...table, key], '')?.span ??
      this.find(table, '')?.span ?? { line: 1 }
    );
  }
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
