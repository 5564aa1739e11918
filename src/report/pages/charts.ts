// Small inline-SVG charts. Each is a labelled <svg role="img"> with a <title> per mark, so it
// reads without JavaScript and a screen reader hears what it shows. Coordinates are rounded to
// two decimals, so the same data gives the same bytes.
import { empty } from './components.js';
import { html, type Html, type HtmlValue } from './html.js';
import { COLORS, type Color } from './style.js';

/** The width every chart is drawn at (it scales down with the page). */
export const CHART_WIDTH = 1120;

/** A coordinate with at most two decimals. */
export function fmt(value: number): string {
  return String(Math.round((Number.isFinite(value) ? value : 0) * 100) / 100);
}

/** An <svg> of the chart width; `label` is its accessible name and tooltip. */
export function svg(id: string, height: number, label: string, marks: readonly HtmlValue[]): Html {
  const h = fmt(height);
  return html`<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(CHART_WIDTH)} ${h}" width="${String(CHART_WIDTH)}" height="${h}" role="img" aria-label="${label}"><title>${label}</title>${marks}</svg>`;
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: Color,
  options: { className?: string; title?: string } = {},
): Html {
  const cls = options.className === undefined ? '' : html` class="${options.className}"`;
  const tip = options.title === undefined ? '' : html`<title>${options.title}</title>`;
  return html`<rect${cls} x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" fill="${fill}">${tip}</rect>`;
}

export function label(
  x: number,
  y: number,
  text: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Html {
  const a = anchor === 'start' ? '' : html` text-anchor="${anchor}"`;
  return html`<text x="${fmt(x)}" y="${fmt(y)}"${a}>${text}</text>`;
}

export function hline(x1: number, x2: number, y: number, stroke: Color = COLORS.grid): Html {
  return html`<line x1="${fmt(x1)}" x2="${fmt(x2)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${stroke}"/>`;
}

/** One entry of a legend: a swatch of a class from the shared stylesheet and its meaning. */
export interface LegendItem {
  swatch: 'pass' | 'fail' | 'error' | 'warning' | 'note' | 'bar' | 'off';
  text: string;
  round?: boolean;
}

export function legend(items: readonly LegendItem[], after: HtmlValue = null): Html {
  const swatches = items.map(
    (i) => html`<i class="${i.swatch}${i.round === true ? ' round' : ''}"></i>${i.text} `,
  );
  return html`<p class="legend">${swatches}${after}</p>`;
}

export interface BarRow {
  label: string;
  value: number;
  /** Shown after the bar; defaults to the value. */
  note?: string;
  /** The tooltip of the row. */
  title?: string;
}

/** Horizontal bars, one row per item, scaled to the largest value. */
export function barChart(
  id: string,
  caption: string,
  rows: readonly BarRow[],
  options: { emptyText?: string; labelWidth?: number; legendText?: string } = {},
): Html {
  if (rows.length === 0) return empty(options.emptyText ?? 'Nothing to show.');
  const left = options.labelWidth ?? 230;
  const right = 150;
  const rowH = 24;
  const height = rows.length * rowH + 8;
  const max = rows.reduce((m, r) => Math.max(m, r.value), 1);
  const width = CHART_WIDTH - left - right;
  const marks = rows.map((r, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(2, (r.value / max) * width);
    const tip = r.title ?? `${r.label}: ${r.value}`;
    const name = label(left - 8, y + 16, r.label, 'end');
    const bar = rect(left, y + 3, w, rowH - 8, COLORS.bar);
    const note = label(left + w + 6, y + 16, r.note ?? String(r.value));
    return html`<g class="bar"><title>${tip}</title>${name}${bar}${note}</g>`;
  });
  const chart = svg(id, height, caption, marks);
  return html`<figure>${chart}${legend([], options.legendText ?? caption)}</figure>`;
}
