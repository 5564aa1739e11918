// The one way to write HTML: an auto-escaping tagged template. Every interpolated string is
// escaped (and collapsed to one line, so control and bidi characters cannot reorder the page);
// only `html` fragments and `raw()` constants pass through. The template also refuses the
// places where escaping is not enough: unquoted attributes, event handlers, `style`, URL
// attributes fed a plain string, and the inside of <style> or <script>.
import { escapeHtml, singleLine } from '../escape.js';

const TRUSTED = Symbol('trusted HTML');

/** A piece of HTML that is safe to place as it is. Only `html`, `raw` and `url` make one. */
export interface Html {
  readonly [TRUSTED]: true;
  readonly value: string;
}

/** What an interpolation may be: text (escaped), a number, a fragment, or a list of them. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

function trusted(value: string): Html {
  return { [TRUSTED]: true, value };
}

export function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && TRUSTED in value;
}

/** Escapes text for an element's content or a double-quoted attribute value. */
export function escapeText(value: string): string {
  return escapeHtml(singleLine(value));
}

/** Attributes whose value is code or a URL: escaping a plain string does not make it safe. */
const DANGEROUS_ATTRIBUTE = /^(on\w+|style|href|src|srcset|action|formaction|xlink:href|poster)$/i;

/**
 * Where an interpolation lands, judged from the template's own static text before it:
 * element content, a double-quoted attribute value (and its name), or somewhere unsafe.
 */
type Slot = { kind: 'text' } | { kind: 'tag' } | { kind: 'attribute'; name: string };

function slotOf(before: string): Slot | null {
  const lower = before.toLowerCase();
  if (lower.lastIndexOf('<style') > lower.lastIndexOf('</style')) return null;
  if (lower.lastIndexOf('<script') > lower.lastIndexOf('</script')) return null;
  if (before.lastIndexOf('<') <= before.lastIndexOf('>')) return { kind: 'text' };
  // Inside a tag: a value opened with =" takes text; between attributes only fragments fit.
  const attribute = /([^\s"'<>/=]+)="[^"]*$/.exec(before);
  if (attribute !== null) return { kind: 'attribute', name: attribute[1] };
  return /[\s"]$/.test(before) || /<[A-Za-z][\w:-]*$/.test(before) ? { kind: 'tag' } : null;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (isHtml(value)) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  throw new TypeError('An html interpolation must be text, a number or an html fragment.');
}

/**
 * `html\`<td>${text}</td>\`` escapes `text`; fragments and arrays of fragments pass through.
 * Interpolating into an unquoted attribute, an event handler, `style`, <style>/<script>, or a
 * plain string into a URL attribute is a programming error and throws.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0];
  let before = strings[0];
  values.forEach((value, i) => {
    const slot = slotOf(before);
    if (slot === null) {
      throw new Error(
        `html: interpolation ${i + 1} is not in element content or a "quoted" value.`,
      );
    }
    const fragmentOnly =
      value === null || value === undefined || value === false || value === '' || isHtml(value);
    if (slot.kind === 'tag' && !fragmentOnly) {
      throw new Error(`html: interpolation ${i + 1} sits between attributes; pass a fragment.`);
    }
    if (slot.kind === 'attribute' && DANGEROUS_ATTRIBUTE.test(slot.name)) {
      if (!fragmentOnly || /^(on|style$)/i.test(slot.name)) {
        throw new Error(`html: attribute ${slot.name} takes only a checked url() or a constant.`);
      }
    }
    out += render(value) + strings[i + 1];
    before += strings[i + 1];
  });
  return trusted(out);
}

/** A constant the program wrote (CSS, an SVG path): never pass it data from a record. */
export function raw(constant: string): Html {
  return trusted(constant);
}

const HTTP_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?$/;

/** An http(s) URL for an href, escaped; null when the text is not a plain http(s) URL. */
export function url(value: string | null | undefined): Html | null {
  if (value === null || value === undefined || !HTTP_URL.test(value)) return null;
  return trusted(escapeHtml(value));
}

/** The final text of a fragment. */
export function toString(fragment: Html): string {
  return fragment.value;
}

/** `<a href>` when the URL is a plain http(s) URL, else the content alone. */
export function link(href: string | null | undefined, content: HtmlValue): Html {
  const checked = url(href);
  return checked === null ? html`${content}` : html`<a href="${checked}">${content}</a>`;
}
