// The one escaping layer every sink uses. Strings from the manifest, registry or scanned files
// are untrusted: they must never become a workflow command, markdown, or HTML.

/** Zero-width joiner: invisible, but breaks mentions and autolinks that a renderer would find. */
const ZWJ = '\u200d';

/** Inline markdown syntax: emphasis, code, links, images, tables, strikethrough, math. */
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/g;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Markdown inline text that reads as it was written once rendered: markdown punctuation is
 * backslash-escaped, `<`, `>` and `&` become entities, line breaks collapse to spaces, `|` cannot
 * end a table cell, and mentions (`@org/team`), issue references (`#12`) and autolinks
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
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
  // At the start of a line these would open a heading, a list, a setext underline, a quote or
  // a thematic break; `::` could read as a workflow command where the text reaches a log.
  if (/^[#+\-=:]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Text inside HTML elements or double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
 * Breaks the workflow commands a runner would read in a log line: `::command::` at the start
 * of the line (the runner trims leading whitespace first) and the legacy `##[command]`, which
 * it reads anywhere in a line. A zero-width joiner goes between the two characters.
 */
export function defuseCommands(line: string): string {
  return line.replace(/##\[/g, `#${ZWJ}#[`).replace(/^(\s*):(?=:)/, `$1:${ZWJ}`);
}

/** A line for a log: one line, and no workflow command can start in it. */
export function safeLogLine(value: string): string {
  return defuseCommands(singleLine(value));
}

/** Data of a workflow command (`::error ...::DATA`), as @actions/core escapes it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=...`, `title=...`). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
