// The one output boundary. Strings from the manifest, registry or scanned files are untrusted:
// whatever the format, they must never become a workflow command, markdown, a link or HTML.
// Every writer (CLI streams, every --format, the action's log, summary and comment) ends here.

/** Zero-width joiner: invisible, but breaks mentions, autolinks and commands a reader would find. */
const ZWJ = '\u200d';

/** Inline markdown syntax: emphasis, code, links, images, tables, strikethrough, math. */
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/g;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Markdown inline text that reads as it was written once rendered: markdown punctuation is
 * backslash-escaped, `<`, `>` and `&` become entities, line breaks collapse to spaces, `|` cannot
 * end a table cell, and mentions (`@org/team`), issue references (`#12`, `GH-12`) and autolinks
 * (`https://…`, `www.…`, `a@b.c`) are broken with an invisible zero-width joiner. Safe in a
 * table cell, a list item, a heading or at the start of a line.
 */
export function escapeMarkdown(value: string): string {
  const text = singleLine(value)
    .trim()
    .replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c)
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=[0-9A-Za-z])/g, `#${ZWJ}`)
    .replace(/(gh)-(?=[0-9])/gi, `$1${ZWJ}-`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    // No word boundary here: GFM autolinks `www.` after `_`, `*`, `~` or `(` too, escaped or not.
    .replace(/(www)\./gi, `$1${ZWJ}.`);
  // At the start of a line these would open a heading, a list, a setext underline, a quote or
  // a thematic break; `::` could read as a workflow command where the text reaches a log.
  if (/^[#+\-=:]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Text inside HTML elements or double-quoted attributes. `##[` and `::` become character
 * references too, so the page source holds no workflow command and renders the same.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/##\[/g, '&#35;#[')
    .replace(/:(?=:)/g, '&#58;');
}

/** Collapse line breaks and control characters (incl. bidi overrides) to single spaces. */
export function singleLine(value: string): string {
  return value
    .replace(
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g,
      ' ',
    )
    .replace(/ {2,}/g, ' ');
}

/**
 * What the runner trims before it looks for `::` (.NET `TrimStart`: every Unicode white space),
 * plus the invisible characters a reader would not see either; not line breaks, so each attempt
 * to match scans one line only (linear time on any input).
 */
const LEADING =
  '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/** `::` after leading white space at a line start (the runner splits lines at \r, \n, \r\n). */
const LINE_COMMAND = new RegExp(`(^|[\\r\\n])(${LEADING}*):(?=:)`, 'g');
/** A line so far that a later write could still turn into `::` (a lone `:` is half of one). */
const BLANK_SO_FAR = new RegExp(`^${LEADING}*:?$`);

/**
 * Breaks the workflow commands a runner would read in any line of `text`: `::command::` at the
 * start of a line (after the white space the runner trims) and the legacy `##[command]`, which it
 * reads anywhere in a line. A zero-width joiner goes into each; nothing else changes.
 */
export function defuseCommands(text: string): string {
  return text.replace(/##\[/g, `##${ZWJ}[`).replace(LINE_COMMAND, `$1$2:${ZWJ}`);
}

/** A line for a log: one line, and no workflow command can start in it. */
export function safeLogLine(value: string): string {
  return defuseCommands(singleLine(value));
}

/**
 * JSON text (2-space indent, as every report here) that is still exactly `value` when parsed,
 * yet holds no workflow command in any line: `#` and `:` of `##[` and `::` are written as `\u`
 * escapes. Both only ever occur inside JSON strings, so the result stays valid JSON.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(/##\[/g, '\\u0023#[')
    .replace(/:(?=:)/g, '\\u003a');
}

/** Data of a workflow command (`::error ...::DATA`), as @actions/core escapes it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=...`, `title=...`). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A writer for a stream that may receive a line in several pieces: each piece is defused with
 * the end of the line written before it in view, so a command split across two writes is broken
 * too (`##` then `[x]`, or `  :` then `:error::`). The CLI's stdout and stderr go through one.
 */
export function commandSafeWriter(write: (text: string) => void): (text: string) => void {
  // The current line so far: kept whole while it is only white space (a `::` may still start
  // it), else its last two characters (the most a split `##[` leaves behind).
  let line = '';
  let blank = true;
  return (text: string) => {
    if (text === '') return;
    // A non-blank context starts with `x` so that the regex sees no line start there.
    const context = blank ? `\n${line}` : `x${line}`;
    const out = defuseCommands(context + text).slice(context.length);
    write(out);
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    const tail = lastBreak >= 0 ? text.slice(lastBreak + 1) : line + text;
    // A lone `:` may be the first half of a `::` split across writes.
    blank = (lastBreak >= 0 || blank) && BLANK_SO_FAR.test(tail);
    line = blank ? tail.slice(-4096) : tail.slice(-2);
  };
}
