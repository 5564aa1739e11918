// The one escaping layer every sink uses. Strings from the manifest, registry or scanned files
// are untrusted: they must never become a workflow command, markdown, or HTML.

/** Markdown inline text: no formatting, links, HTML, tables or line breaks can be injected. */
export function escapeMarkdown(value: string): string {
  return singleLine(value)
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&:@=]/g, (c) => `&#${c.charCodeAt(0)};`)
    .trim();
}

/** Text inside HTML elements or double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Collapse line breaks and control characters (incl. bidi overrides) to single spaces. */
export function singleLine(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/ {2,}/g, ' ');
}

/**
 * A line for a log: no line of it can start a workflow command (`::`), because the toolkit
 * runner only reads commands at the start of a line and we never emit a line break.
 */
export function safeLogLine(value: string): string {
  const line = singleLine(value);
  return line.startsWith('::') ? ` ${line}` : line;
}

/** Data of a workflow command (`::error ...::DATA`), as @actions/core escapes it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=...`, `title=...`). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
