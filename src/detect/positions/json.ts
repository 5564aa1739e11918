// JSON and JSONC documents with the positions of their keys, from jsonc-parser (a real parser,
// linear, tolerant of comments and trailing commas where a format allows them).
import { parse, visit, type ParseError } from 'jsonc-parser';
import { stripBom, type Span } from './lines.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/** Strict JSON (lockfiles npm writes); undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch {
    return undefined;
  }
}

/** JSONC as bun.lock writes it (comments, trailing commas); undefined on any syntax error. */
export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    value = parse(stripBom(text), errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    return undefined; // nesting deeper than the stack: not a lockfile any tool wrote
  }
  return errors.length > 0 ? undefined : value;
}

/** The span of a key's text (inside its quotes) in a JSON document. */
export type KeySpans = Map<string, Span>;

/** The path of a key, joined for lookups in `KeySpans`. */
export function keyPath(...parts: readonly string[]): string {
  return parts.join('\0');
}

/**
 * The span of each object key whose path `keep` accepts. Paths are the keys and array indexes
 * from the top. One pass; a document nested deeper than the stack gives the keys seen so far.
 */
export function jsonKeySpans(source: string, keep: (path: readonly string[]) => boolean): KeySpans {
  const text = stripBom(source);
  const out: KeySpans = new Map();
  const path: string[] = [];
  const inArray: boolean[] = [];
  const beforeValue = () => {
    const top = inArray.length - 1;
    if (top >= 0 && inArray[top]) path[top] = String(Number(path[top]) + 1);
  };
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          beforeValue();
          path.push('');
          inArray.push(false);
        },
        onObjectProperty: (name, _offset, length, startLine, startCharacter) => {
          path[path.length - 1] = name;
          if (!keep(path)) return;
          const key = path.join('\0');
          if (out.has(key)) return; // the first of duplicate keys, as written first
          const column = startCharacter + 2; // 1-based, past the opening quote
          out.set(key, { line: startLine + 1, column, endColumn: column + length - 2 });
        },
        onObjectEnd: () => {
          path.pop();
          inArray.pop();
        },
        onArrayBegin: () => {
          beforeValue();
          path.push('-1');
          inArray.push(true);
        },
        onArrayEnd: () => {
          path.pop();
          inArray.pop();
        },
        onLiteralValue: beforeValue,
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch {
    // too deep for the stack: keep what was found
  }
  return out;
}

/**
 * A key's span narrowed to a name that ends it: `node_modules/openai` → `openai`. The key's text
 * is as written, so a key with escapes keeps its whole span.
 */
export function narrowToSuffix(
  span: Span | undefined,
  key: string,
  name: string,
): Span | undefined {
  if (!span || span.column === undefined || span.endColumn === undefined) return span;
  if (!key.endsWith(name) || span.endColumn - span.column !== key.length) return span;
  return { ...span, column: span.endColumn - name.length };
}
