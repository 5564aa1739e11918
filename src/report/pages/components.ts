// Small building blocks the pages share: sections, summary tiles, tables.
import { html, type Html, type HtmlValue } from './html.js';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A section with an id (for links) and a heading. */
export function section(id: string, title: string, content: HtmlValue): Html {
  return html`<section id="${id}">
<h2>${title}</h2>
${content}
</section>`;
}

/** One figure in the row of tiles at the top of a page. */
export function tile(label: string, value: HtmlValue): Html {
  return html`<div class="tile"><span class="label">${label}</span><b>${value}</b></div>`;
}

export function tiles(items: readonly HtmlValue[]): Html {
  return html`<div class="tiles">${items}</div>`;
}

/** A line that says there is nothing to show. */
export function empty(text: string): Html {
  return html`<p class="empty">${text}</p>`;
}

export interface Column {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface Row {
  cells: readonly HtmlValue[];
  /** A class for the row (a constant, e.g. "run-fail"). */
  className?: string;
}

/** A table; cells are escaped text or fragments. Wide tables scroll inside their box. */
export function table(id: string, columns: readonly Column[], rows: readonly Row[]): Html {
  const cls = (c: Column | undefined): string | null => (c?.numeric === true ? 'n' : null);
  const head = columns.map(
    (c) => html`<th${cls(c) === null ? '' : html` class="n"`}>${c.label}</th>`,
  );
  const body = rows.map(
    (row) =>
      html`<tr${row.className === undefined ? '' : html` class="${row.className}"`}>${row.cells.map(
        (cell, i) => html`<td${cls(columns[i]) === null ? '' : html` class="n"`}>${cell}</td>`,
      )}</tr>\n`,
  );
  return html`<div class="scroll"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>
${body}</tbody></table></div>`;
}
