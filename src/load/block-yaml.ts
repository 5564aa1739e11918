// The fast path for block-style YAML: a line-oriented reader for the plain subset that
// manifests and registries are written in. It gives exactly what the library path gives
// (the value, every location `locate` can return, the same problems), or gives up at once and
// the library path runs.
//
// Why it exists: the library's parser costs about 12 µs a line, 600 ms for a 1 MiB manifest of
// unknown keys, most of what checking one costs; and cold, at start-up, about 40 ms for an 11 KB
// registry. This reader costs a small fraction of that.
//
// The subset: block maps and block sequences by indentation (spaces), `key: value`, `key:`,
// `- value`, `- key: value`, `- - value`, full-line and trailing comments, blank lines; keys and
// values are one-line plain scalars of a conservative character set, or one-line quoted
// strings ('' in single quotes; in double quotes, the one-character escapes only); a value may
// also be a flow collection on one line of such scalars and nested flow collections, as in
// `vendors: []` or `processingRegions: [us, eu]`. Anything else gives up: tabs, CR, a BOM,
// flow collections that span lines or hold anything else, anchors, aliases, tags, block scalars,
// multi-line scalars, explicit keys, document markers, directives, a value on the line after
// its key, a key that is null, odd indentation, nesting past the depth limit, a comment where
// an empty value would carry it (the library then stretches that value's range over it).
//
// Scalars are typed as the library types them: the core schema's tags, tested and resolved in
// the order it uses (CORE_SCALARS, checked against the library's own table by the tests). The
// library itself is not loaded: a `check` whose documents this reader reads never pays for it.
// Ranges follow the library's rules for the subset, which the differential tests in test/load
// check against it: a scalar spans its text; a map or list spans from its first
// key or dash to where its last value "ends", and a value's end takes in its line's newline,
// comment lines indented past its collection that follow it, and (for a nested collection)
// trailing comment lines the parser leaves with it rather than with its parent.
import type { DocPath, Location } from '../model.js';
import type { Limits, ParsedYaml, ParseResult, Problem } from './yaml.js';

export const DUPLICATE_KEY = 'Duplicate key: each key may appear once in a map.';

/** Gave up: the library path decides. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

/** Where a collection is. */
interface Span {
  /** The library's range[0] and range[1]: what `locate` reports. */
  start: number;
  end: number;
  /** The line `start` is on (1-based) and where that line starts: a location without a search. */
  line: number;
  lineStart: number;
}

/** A scalar's value, as the core schema types it. */
type Scalar = string | number | boolean | null;

/**
 * A map or a list. Its items live in parallel arrays rather than an object each: with 50,000
 * items, moving live objects is much of what the garbage collector costs, and an array of
 * numbers is one object to move, not 50,000.
 */
interface Collection extends Span {
  kind: 'map' | 'seq';
  /** A map's keys, as its value names them (none for a list). */
  keys: string[];
  /** Each item's value: a scalar's, or a nested collection. */
  values: (Scalar | Collection)[];
  /**
   * Five numbers an item: its line, its key's start and end (a map's), its value's start and
   * end (a scalar's; a nested collection has its own).
   */
  spans: number[];
  /** Pairs by key for `locate`, built on first need; the first of duplicate keys wins. */
  byKey?: Map<string, number>;
  /** The pair after the one `locate` found last: lookups often go in document order. */
  cursor?: number;
}

const SPAN = 5;

const isCollection = (value: Scalar | Collection): value is Collection =>
  typeof value === 'object' && value !== null;

/** An open collection while reading. */
interface Open {
  node: Collection;
  indent: number;
  /**
   * Where the last item's value ends as the library counts it (its range[2]): a scalar's line
   * with its newline and the comments it takes in; a nested collection's own end.
   */
  tail: number;
  /** The last item has no value on its line (`key:`, `-`): a nested block or null follows. */
  pending: boolean;
  /** Where that null would sit: after the indicator and the spaces that follow it. */
  pendingAt: number;
  /** A comment on the pending item's line, or before it (a list item's own comments). */
  pendingCommented: boolean;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

/** The library's one-character escapes in double quotes (resolve-flow-scalar.js), tab aside. */
const ESCAPES = new Map(
  Object.entries({
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
  }),
);

/**
 * A character a scalar may hold: printable ASCII but flow brackets, and non-ASCII text but
 * characters some reader treats specially (NEL, line and paragraph separators, BOM,
 * non-characters). Conservative: outside it, the library decides.
 */
function isScalarChar(c: number): boolean {
  if (c < 0x7f) return c >= SPACE && c !== 0x5b && c !== 0x5d && c !== 0x7b && c !== 0x7d;
  return c >= 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff && c < 0xfffe;
}

/** Between quotes, flow brackets are text. */
const isQuotedChar = (c: number): boolean => (c >= SPACE && c < 0x7f) || isScalarChar(c);

/**
 * A character a plain scalar may start with: a letter, a digit, one of `_ . / ~ + $ (`, or
 * non-ASCII text. Never an indicator (`- ? : , [ ] { } # & * ! | > ' " % @` and backquote),
 * which is what keeps every plain scalar here a scalar.
 */
function isPlainStart(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true; // 0-9
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true; // a-z, A-Z
  if (c === 0x5f || c === 0x2e || c === 0x2f || c === 0x7e || c === 0x2b || c === 0x24) {
    return true; // _ . / ~ + $
  }
  if (c === 0x28) return true; // (
  return c >= 0xa0 && isScalarChar(c);
}

const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
  c === 0x2e ||
  c === 0x5f;

/**
 * The YAML 1.2 core schema's plain-scalar tags, as the yaml library (2.x) tests and resolves
 * them, in its order: the first test that matches types the scalar, and a scalar none matches is
 * a string. Written out here so that reading a document never loads the library; the tests hold
 * `CORE_SCALAR_TESTS` to the library's own table, and the differential tests every value. No tag
 * of this schema is for keys only, so a key is typed as a value is.
 */
const CORE_SCALARS: readonly { test: RegExp; resolve: (source: string) => Scalar }[] = [
  { test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
  { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (s) => s[0] === 't' || s[0] === 'T' },
  { test: /^0o[0-7]+$/, resolve: (s) => parseInt(s.slice(2), 8) },
  { test: /^[-+]?[0-9]+$/, resolve: (s) => parseInt(s, 10) },
  { test: /^0x[0-9a-fA-F]+$/, resolve: (s) => parseInt(s.slice(2), 16) },
  {
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (s) =>
      s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity,
  },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: parseFloat },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: parseFloat },
];

/** For tests: the tests above, in order, as the library writes its tags' tests. */
export const CORE_SCALAR_TESTS = CORE_SCALARS.map(({ test }) => String(test));

/** No test above matches a letter first, except these words. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** Values of other plain scalars by text (`1`, `true`, `0.5` repeat). */
const typed = new Map<string, Scalar>();
const TYPED_MAX = 4096;

/** A plain scalar's value as the library types it. */
function plainValue(source: string): Scalar {
  if (isLetter(source.charCodeAt(0)) && !WORDS.has(source)) return source;
  const known = typed.get(source);
  if (known !== undefined) return known;
  const tag = CORE_SCALARS.find(({ test }) => test.test(source));
  const value = tag ? tag.resolve(source) : source;
  if (typed.size < TYPED_MAX) typed.set(source, value);
  return value;
}

/** A scalar read from the text: its value (typed) and where its text ends. */
interface ReadScalar {
  value: Scalar;
  end: number;
}

/**
 * Reads one line of YAML after another. `pos` is the start of the current line, `lineEnd` the
 * offset of its newline (or the text's end), `next` the start of the line after.
 */
class Reader {
  private readonly stack: Open[] = [];
  private root: Collection | undefined;
  private lineEnd = 0;
  private next = 0;
  /** Since the last content line: comments that scalars' ends did not take in. */
  private absorbing = true;
  private deepestComment = -1;
  private sawComment = false;
  /** Where each line starts, as the library's LineCounter has them: 0, then after each newline. */
  readonly lineStarts: number[] = [0];
  private lineNo = 0;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  read(): Collection {
    const { text } = this;
    let pos = 0;
    while (pos < text.length) {
      const newline = text.indexOf('\n', pos);
      this.lineEnd = newline === -1 ? text.length : newline;
      this.next = newline === -1 ? text.length : newline + 1;
      this.lineNo++;
      this.lineStart = pos;
      if (newline !== -1) this.lineStarts.push(this.next);
      const column = this.skipSpaces(pos);
      if (column === this.lineEnd) {
        // A blank line: only the comments around it move ranges.
      } else if (text.charCodeAt(column) === HASH) {
        this.comment(column - pos);
      } else {
        this.content(pos, column);
      }
      pos = this.next;
    }
    this.close(-1, text.length);
    if (!this.root) throw GIVE_UP;
    return this.root;
  }

  /** A full-line comment at `indent`. */
  private comment(indent: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return; // before the document: the library keeps it with the document
    this.sawComment = true;
    if (top.pending) return; // with the pending value: fine if a nested block follows
    if (this.absorbing && indent > top.indent) {
      // Indented past its collection, right after a scalar (blank lines between or not): the
      // parser adds the comment, and its newline, to that scalar's end.
      top.tail = this.next;
      return;
    }
    this.absorbing = false;
    this.deepestComment = Math.max(this.deepestComment, indent);
  }

  private content(lineStart: number, column: number): void {
    const { text } = this;
    const indent = column - lineStart;
    const c = text.charCodeAt(column);
    const dash = c === DASH && this.isIndicatorEnd(column + 1);
    if (!this.root) {
      if (indent !== 0 || this.startsMarker(column)) throw GIVE_UP;
      this.sawComment = false;
      this.line(column, undefined, dash);
      return;
    }
    if (indent === 0 && this.startsMarker(column)) throw GIVE_UP;
    const top = this.stack[this.stack.length - 1];
    if (top?.pending) {
      const nested =
        indent > top.indent || (top.node.kind === 'map' && indent === top.indent && dash);
      if (nested) {
        this.resetGap();
        this.line(column, top, dash);
        return;
      }
      // The value is null. A comment with it would stretch its range: the library decides.
      this.setNull(top);
    } else if (top && indent > top.indent) {
      throw GIVE_UP; // a continuation line, or an error
    }
    this.close(indent, column, dash);
    const parent = this.stack[this.stack.length - 1];
    if (!parent || parent.indent !== indent) throw GIVE_UP;
    const commented = this.sawComment;
    this.resetGap();
    this.line(column, parent, dash, commented);
  }

  private resetGap(): void {
    this.absorbing = true;
    this.deepestComment = -1;
    this.sawComment = false;
  }

  /**
   * Close the collections the line at `indent` leaves (all at the end: `indent` -1). Trailing
   * comment lines stay with the innermost closed collection whose indent one of them reaches
   * (the library's parser keeps them there), which then ends where the next line's content
   * starts; otherwise they move up, to the next item or the document, and move nothing.
   */
  private close(indent: number, contentStart: number, dash = false): void {
    let keep = this.deepestComment >= 0;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      const leaves =
        top.indent > indent || (top.node.kind === 'seq' && top.indent === indent && !dash);
      if (!leaves) break;
      if (top.pending) this.setNull(top);
      top.node.end = top.tail;
      let tail = top.tail;
      if (keep && top.indent > 0 && this.deepestComment >= top.indent) {
        tail = contentStart;
        keep = false;
      }
      this.stack.pop();
      const parent = this.stack[this.stack.length - 1];
      if (parent) parent.tail = tail;
    }
  }

  /**
   * The content of a line from `column`: an item of `parent` (or the root when it is
   * undefined), then whatever the item holds on the same line.
   */
  private line(column: number, parent: Open | undefined, dash: boolean, commented = false): void {
    const { text } = this;
    let open: Open;
    if (parent && !parent.pending) {
      open = parent;
      if ((open.node.kind === 'seq') !== dash) throw GIVE_UP;
    } else {
      open = this.open(column, dash, parent);
    }
    const { node } = open;
    if (dash) {
      node.spans.push(this.lineNo, 0, 0);
      const at = this.skipSpaces(column + 1);
      if (at === this.lineEnd || text.charCodeAt(at) === HASH) {
        this.pend(open, at, commented || at < this.lineEnd);
        return;
      }
      open.pending = true;
      const c = text.charCodeAt(at);
      if (c === DASH && this.isIndicatorEnd(at + 1)) {
        this.line(at, open, true);
        return;
      }
      const flow = this.flowValue(at);
      if (flow) {
        this.setValue(open, flow, this.next);
        return;
      }
      const scalar = this.scalar(at);
      if (scalar.key) {
        this.line(at, open, false);
        return;
      }
      this.setScalar(open, at, scalar);
      return;
    }
    const key = this.scalar(column);
    if (!key.key) throw GIVE_UP;
    // The library refuses a key whose `:` is more than 1024 characters after its start.
    if (key.end - column > 1000) throw GIVE_UP;
    const raw = key.value;
    if (raw === null) throw GIVE_UP; // "A map entry has no key": the library words it
    node.keys.push(typeof raw === 'string' ? raw : String(raw));
    node.spans.push(this.lineNo, column, key.end);
    const at = this.skipSpaces(key.end + 1); // past the colon
    if (at === this.lineEnd || text.charCodeAt(at) === HASH) {
      this.pend(open, at, at < this.lineEnd);
      return;
    }
    const c = text.charCodeAt(at);
    if (c === DASH && this.isIndicatorEnd(at + 1)) throw GIVE_UP; // a list on the key's line
    const flow = this.flowValue(at);
    if (flow) {
      this.setValue(open, flow, this.next);
      return;
    }
    const value = this.scalar(at);
    if (value.key) throw GIVE_UP; // a map on the key's line
    this.setScalar(open, at, value);
  }

  /** A new collection at `column`, the value of `parent`'s pending item (or the root). */
  private open(column: number, dash: boolean, parent: Open | undefined): Open {
    if (this.stack.length >= this.maxDepth) throw GIVE_UP; // the library words the problem
    const node = this.collection(dash ? 'seq' : 'map', column, column);
    if (parent) {
      parent.pending = false;
      parent.node.values.push(node);
      parent.node.spans.push(0, 0);
    } else {
      this.root = node;
    }
    const open: Open = {
      node,
      indent: column - this.lineStart,
      tail: column,
      pending: false,
      pendingAt: 0,
      pendingCommented: false,
    };
    this.stack.push(open);
    return open;
  }

  /** An empty collection from `start` to `end` on the current line. */
  private collection(kind: 'map' | 'seq', start: number, end: number): Collection {
    const { lineNo: line, lineStart } = this;
    return { kind, start, end, line, lineStart, keys: [], values: [], spans: [] };
  }

  private pend(open: Open, at: number, commented: boolean): void {
    open.pending = true;
    open.pendingAt = at;
    open.pendingCommented = commented;
    open.tail = at;
  }

  /**
   * The pending value is null. A comment with it would stretch its range (the library ranges
   * an empty value over its comments): the library decides.
   */
  private setNull(open: Open): void {
    if (open.pendingCommented || this.sawComment) throw GIVE_UP;
    const { node, pendingAt: at } = open;
    node.values.push(null);
    node.spans.push(at, at); // on the item's line
    open.pending = false;
    open.tail = at; // where a null sits is where it ends
  }

  /** The last item's value is a scalar on this line: it ends with the line's newline. */
  private setScalar(open: Open, at: number, scalar: ReadScalar): void {
    open.node.values.push(scalar.value);
    open.node.spans.push(at, scalar.end);
    open.pending = false;
    open.tail = this.next;
  }

  /** The last item's value is a collection, which ends at `tail` as the library counts it. */
  private setValue(open: Open, value: Collection, tail: number): void {
    open.node.values.push(value);
    open.node.spans.push(0, 0);
    open.pending = false;
    open.tail = tail;
  }

  /**
   * A scalar at `at`: a key when a `:` indicator follows it, else a value, which must end the
   * line (a comment may follow).
   */
  private scalar(at: number): ReadScalar & { key: boolean } {
    const { text } = this;
    const c = text.charCodeAt(at);
    let end: number;
    let value: Scalar;
    if (c === SINGLE || c === DOUBLE) {
      const quoted = c === SINGLE ? this.singleQuoted(at) : this.doubleQuoted(at);
      end = quoted.end;
      value = quoted.value;
      if (text.charCodeAt(end) === COLON && this.isIndicatorEnd(end + 1)) {
        return { value, end, key: true };
      }
      this.lineRest(end);
      return { value, end, key: false };
    }
    // `-` starts a plain scalar when text follows (`-1`, `-.inf`, `-x`), not a space.
    if (c === DASH ? !isWordChar(text.charCodeAt(at + 1)) : !isPlainStart(c)) throw GIVE_UP;
    let i = at + 1;
    end = i;
    const lineEnd = this.lineEnd;
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && this.isIndicatorEnd(i + 1)) {
        // The key's colon must follow it directly (`key :` is left to the library).
        if (end !== i) throw GIVE_UP;
        return { value: plainValue(text.slice(at, i)), end: i, key: true };
      }
      if (ch === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break; // a comment
        continue;
      }
      if (!isScalarChar(ch)) throw GIVE_UP;
      end = i + 1;
    }
    return { value: plainValue(text.slice(at, end)), end, key: false };
  }

  /**
   * A flow collection on one line as a whole value: `[]`, `[us, eu]`, `{ products: [x] }`, as
   * registries and manifests write short lists. Items are the subset's scalars or nested flow
   * collections, separated by commas; a map's keys are followed by `: `. Anything else (an
   * empty item, a trailing comma, a comment or a line break inside, `[a: b]`, `{a}`) gives up.
   */
  private flowValue(at: number): Collection | undefined {
    const c = this.text.charCodeAt(at);
    if (c !== OPEN_BRACKET && c !== OPEN_BRACE) return undefined;
    const node = this.flow(at, this.stack.length + 1);
    this.lineRest(node.end);
    return node;
  }

  private flow(at: number, depth: number): Collection {
    if (depth > this.maxDepth) throw GIVE_UP; // the library words the problem
    const { text } = this;
    const isMap = text.charCodeAt(at) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const node = this.collection(isMap ? 'map' : 'seq', at, at + 1);
    let i = at + 1;
    if (text.charCodeAt(i) === close) {
      node.end = i + 1;
      return node;
    }
    for (;;) {
      i = this.skipSpaces(i);
      if (isMap) {
        const key = this.flowScalar(i, true);
        // The key's colon follows it directly, then a space (`{a:1}` is left to the library).
        if (text.charCodeAt(key.end) !== COLON || text.charCodeAt(key.end + 1) !== SPACE) {
          throw GIVE_UP;
        }
        if (key.end - i > 1000 || key.value === null) throw GIVE_UP;
        node.keys.push(typeof key.value === 'string' ? key.value : String(key.value));
        node.spans.push(this.lineNo, i, key.end);
        i = this.skipSpaces(key.end + 1);
      } else {
        node.spans.push(this.lineNo, 0, 0);
      }
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACKET || c === OPEN_BRACE) {
        const inner = this.flow(i, depth + 1);
        node.values.push(inner);
        node.spans.push(0, 0);
        i = inner.end;
      } else {
        const item = this.flowScalar(i, false);
        node.values.push(item.value);
        node.spans.push(i, item.end);
        i = item.end;
      }
      i = this.skipSpaces(i);
      const next = text.charCodeAt(i);
      if (next === close) {
        node.end = i + 1;
        return node;
      }
      if (next !== COMMA) throw GIVE_UP;
      i++;
    }
  }

  /**
   * A scalar inside a flow collection: quoted, or plain up to a comma or a closing bracket
   * (trailing spaces are not its text). A `:` ends a key when a space follows; anywhere else
   * it gives up, as does a comment, which would end the line inside the collection.
   */
  private flowScalar(at: number, atKey: boolean): ReadScalar {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === SINGLE) return this.singleQuoted(at);
    if (c === DOUBLE) return this.doubleQuoted(at);
    if (c === DASH ? !isWordChar(text.charCodeAt(at + 1)) : !isPlainStart(c)) throw GIVE_UP;
    let end = at + 1;
    for (let i = at + 1; i < this.lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === CLOSE_BRACKET || ch === CLOSE_BRACE) break;
      if (ch === COLON) {
        if (atKey && i === end && this.isIndicatorEnd(i + 1)) break;
        throw GIVE_UP;
      }
      if (ch === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) throw GIVE_UP;
        continue;
      }
      if (!isScalarChar(ch)) throw GIVE_UP;
      end = i + 1;
    }
    return { value: plainValue(text.slice(at, end)), end };
  }

  /** Past the spaces from `at` on the current line. */
  private skipSpaces(at: number): number {
    let i = at;
    while (i < this.lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** After a quoted value: spaces, then the line's end or a comment. */
  private lineRest(at: number): void {
    const i = this.skipSpaces(at);
    if (i === this.lineEnd) return;
    if (this.text.charCodeAt(i) !== HASH || i === at) throw GIVE_UP;
  }

  private singleQuoted(at: number): ReadScalar {
    const { text } = this;
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SINGLE) {
        value += text.slice(from, i);
        if (text.charCodeAt(i + 1) !== SINGLE) return { value, end: i + 1 };
        i++; // '' is one quote
        from = i;
      } else if (!isQuotedChar(c)) {
        throw GIVE_UP;
      }
    }
    throw GIVE_UP; // no closing quote on the line
  }

  private doubleQuoted(at: number): ReadScalar {
    const { text } = this;
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < this.lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === DOUBLE) return { value: value + text.slice(from, i), end: i + 1 };
      if (c === BACKSLASH) {
        const escaped = ESCAPES.get(text[i + 1]);
        if (escaped === undefined || i + 1 >= this.lineEnd) throw GIVE_UP;
        value += text.slice(from, i) + escaped;
        i++;
        from = i + 1;
      } else if (!isQuotedChar(c)) {
        throw GIVE_UP;
      }
    }
    throw GIVE_UP;
  }

  /** An indicator (`-`, `:`) ends where a space, the line's end or the text's end follows. */
  private isIndicatorEnd(at: number): boolean {
    return at >= this.lineEnd || this.text.charCodeAt(at) === SPACE;
  }

  /** `---` or `...` at a line's start: a document marker, or close enough to leave alone. */
  private startsMarker(column: number): boolean {
    const three = this.text.slice(column, column + 3);
    return three === '---' || three === '...';
  }
}

interface Locations {
  collection(node: Collection): Location;
  /** Item `index`'s key or value (a scalar's) in `node`. */
  item(node: Collection, index: number, key: boolean): Location;
}

/**
 * Parse `text` if it is in the subset; undefined when it is not (the library path decides).
 * Linear in the text whatever its shape, so it needs none of the library path's nesting
 * estimates; the loader checks size and encoding before either runs.
 */
export function parseBlockYaml(
  text: string,
  file: string,
  limits: Limits,
): ParseResult | undefined {
  // Characters the subset never holds, checked once rather than at every scalar and comment.
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  let root: Collection;
  let lineStarts: number[];
  try {
    const reader = new Reader(text, limits.maxDepth);
    root = reader.read();
    lineStarts = reader.lineStarts;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
  // As the library path's LineCounter.linePos gives them. A key or a scalar ends on its own
  // line; a collection's end is on the line a binary search finds.
  const locations: Locations = {
    collection(node) {
      let low = 0;
      let high = lineStarts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (lineStarts[mid] <= node.end) low = mid + 1;
        else high = mid;
      }
      const column = node.start - node.lineStart + 1;
      const endColumn = node.end - lineStarts[low - 1] + 1;
      return { file, line: node.line, column, endLine: low, endColumn };
    },
    item({ spans }, index, key) {
      const at = index * SPAN;
      const line = spans[at];
      const lineStart = lineStarts[line - 1];
      const start = spans[key ? at + 1 : at + 3];
      const end = spans[key ? at + 2 : at + 4];
      return {
        file,
        line,
        column: start - lineStart + 1,
        endLine: line,
        endColumn: end - lineStart + 1,
      };
    },
  };
  const built = new Builder(locations);
  const value = built.build(root);
  if (built.problems.length > 0) return { ok: false, problems: built.problems };
  return { ok: true, parsed: { value, locate: built.locator(root) } };
}

/** The plain value and `locate`, as the library path's builder makes them from its nodes. */
class Builder {
  readonly problems: Problem[] = [];
  private readonly sources = new WeakMap<object, Collection>();
  private rootValue: unknown;

  constructor(private readonly locations: Locations) {}

  build(root: Collection): unknown {
    this.rootValue = this.node(root);
    return this.rootValue;
  }

  private item(value: Scalar | Collection): unknown {
    return isCollection(value) ? this.node(value) : value;
  }

  // Recursion is bounded: the reader gives up past the depth limit.
  private node(node: Collection): unknown {
    if (node.kind === 'seq') {
      const value: unknown[] = [];
      this.sources.set(value, node);
      for (const item of node.values) value.push(this.item(item));
      return value;
    }
    const value: Record<string, unknown> = {};
    this.sources.set(value, node);
    for (let i = 0; i < node.keys.length; i++) {
      const key = node.keys[i];
      const item = this.item(node.values[i]);
      if (Object.prototype.hasOwnProperty.call(value, key)) {
        this.problems.push({
          message: DUPLICATE_KEY,
          location: this.locations.item(node, i, true),
        });
        continue;
      }
      if (key === '__proto__') {
        // An own property, never the prototype.
        Object.defineProperty(value, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        value[key] = item;
      }
    }
    return value;
  }

  locator(root: Collection): ParsedYaml['locate'] {
    return (path: DocPath, options = {}) => {
      // Where the walk is: a collection, or else item `index` of `parent` (reached by a key).
      let collection: Collection | undefined = root;
      let parent: Collection = root;
      let index = -1;
      let keyed = false;
      let value = this.rootValue;
      for (let step = 0; step < path.length; step++) {
        const segment = path[step];
        const source =
          value !== null && typeof value === 'object' ? this.sources.get(value) : undefined;
        if (!source) break;
        let at: number | undefined;
        if (source.kind === 'map') {
          at = pairIndex(source, String(segment));
          if (at === undefined) break;
        } else if (typeof segment === 'number' && segment < source.values.length) {
          at = segment;
        } else {
          break;
        }
        parent = source;
        index = at;
        keyed = source.kind === 'map';
        const item = source.values[at];
        collection = isCollection(item) ? item : undefined;
        // The value below is only needed to go on: not after the last step, which saves a
        // lookup in a map of 50,000 keys for each of 50,000 unknown keys.
        if (step + 1 < path.length) value = (value as Record<string | number, unknown>)[segment];
      }
      if (options.key && keyed) return this.locations.item(parent, index, true);
      if (collection) return this.locations.collection(collection);
      return this.locations.item(parent, index, false);
    };
  }
}

/**
 * The pair with `key`. A validator reports a map's unknown keys in document order, so the few
 * pairs after the last one found are tried first: 50,000 lookups then need no map of 50,000
 * keys. That is the first pair with the key because a map that parsed has no duplicate keys.
 */
function pairIndex(node: Collection, key: string): number | undefined {
  const from = node.cursor ?? 0;
  const to = Math.min(from + 16, node.keys.length);
  for (let i = from; i < to; i++) {
    if (node.keys[i] === key) {
      node.cursor = i + 1;
      return i;
    }
  }
  const index = pairsOf(node).get(key);
  if (index !== undefined) node.cursor = index + 1;
  return index;
}

function pairsOf(node: Collection): Map<string, number> {
  if (node.byKey) return node.byKey;
  const byKey = new Map<string, number>();
  node.keys.forEach((key, index) => {
    if (!byKey.has(key)) byKey.set(key, index);
  });
  node.byKey = byKey;
  return byKey;
}
