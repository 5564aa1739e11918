// One self-contained page: inline CSS and SVG, no script, no remote resource (the content
// security policy forbids them, so a page opened from an archive stays inert and offline).
import { html, raw, toString, type Html, type HtmlValue } from './html.js';
import { BASE_CSS } from './style.js';

export interface PageOptions {
  /** Plain text; escaped. */
  title: string;
  body: HtmlValue;
  /** Extra CSS written by the program (never data). */
  css?: string;
  lang?: string;
}

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The whole document, ending with a newline. */
export function page(options: PageOptions): string {
  const lang = options.lang !== undefined && LANG.test(options.lang) ? options.lang : 'en';
  // The stylesheet is program text; `</` cannot occur in it, so it cannot close <style>.
  const css = `${BASE_CSS}${options.css ?? ''}`;
  if (css.includes('</')) throw new Error('page: CSS must not contain "</".');
  const document: Html = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
${raw(`<style>${css}</style>`)}
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
  return toString(document);
}
