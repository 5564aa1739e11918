// Line and column of any offset in a text: parsers give offsets (or nothing), evidence needs the
// 1-based line and the column span of the name it matched.

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A 1-based span on one line, end exclusive (SARIF style). */
export interface Span {
  line: number;
  column?: number;
  endColumn?: number;
}

/** Offsets to lines and columns; built once per text in one linear pass. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset where a 1-based line starts (the text's end past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** A 1-based line's text without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    const body = this.text.slice(start, end);
    return body.endsWith('\r') ? body.slice(0, -1) : body;
  }

  /** The span of `length` characters starting at `offset`. */
  span(offset: number, length: number): Span {
    const line = this.lineAt(offset);
    const column = offset - this.lineStart(line) + 1;
    return { line, column, endColumn: column + length };
  }
}

/** The span of the first of `names` written on a line (case-insensitively), else the line alone. */
export function nameOnLine(lineText: string, line: number, names: readonly string[]): Span {
  const lower = lineText.toLowerCase();
  for (const name of names) {
    if (!name) continue;
    const at = findToken(lower, name.toLowerCase());
    if (at !== -1) return { line, column: at + 1, endColumn: at + 1 + name.length };
  }
  return { line };
}

const NAME_CHAR = /[A-Za-z0-9_.@/-]/;

/** First occurrence of `needle` not glued to other name characters on either side. */
function findToken(haystack: string, needle: string): number {
  let fallback = -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after)) return at;
    // `node_modules/openai`: the name ends a path
    if (fallback === -1 && before === '/' && !NAME_CHAR.test(after)) fallback = at;
  }
  return fallback;
}
