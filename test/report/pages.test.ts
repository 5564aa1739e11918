import { describe, expect, it } from 'vitest';
import { barChart, svg } from '../../src/report/pages/charts.js';
import { table } from '../../src/report/pages/components.js';
import { html, link, raw, toString, url } from '../../src/report/pages/html.js';
import { page } from '../../src/report/pages/page.js';

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2)>\u202e&';

describe('html template', () => {
  it('escapes interpolated text in content and quoted attributes', () => {
    const out = toString(html`<p title="${EVIL}">${EVIL}</p>`);
    expect(out).not.toMatch(/<script|<img|"></);
    expect(out).toContain('&#60;script&#62;');
    expect(out).not.toContain('\u202e');
    expect(out.startsWith('<p title="&#34;&#62;')).toBe(true);
  });

  it('passes fragments and arrays through, and drops null and false', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(toString(html`<ul>${items}${null}${false}${3}</ul>`)).toBe(
      '<ul><li>a&#60;b</li><li>c</li>3</ul>',
    );
  });

  it('refuses places where escaping is not enough', () => {
    expect(() => html`<a href=${'x'}></a>`).toThrow(/quoted/);
    expect(() => html`<a href="${'javascript:alert(1)'}"></a>`).toThrow(/url\(\)/);
    expect(() => html`<p onclick="${'x'}"></p>`).toThrow();
    expect(() => html`<p style="${'x'}"></p>`).toThrow();
    expect(
      () =>
        html`<style>
          ${'x'}
        </style>`,
    ).toThrow();
    expect(
      () =>
        html`<script>
          ${'x'};
        </script>`,
    ).toThrow();
    expect(() => html`<p ${'onclick=alert(1)'}></p>`).toThrow(/fragment/);
    expect(() => html`<p ${html`class="x"`}></p>`).not.toThrow();
  });

  it('links only plain http(s) URLs', () => {
    expect(url('javascript:alert(1)')).toBeNull();
    expect(url('https://x" onmouseover="a')).toBeNull();
    expect(toString(link('javascript:alert(1)', 'x<'))).toBe('x&#60;');
    expect(toString(link('https://github.com/a/b', 'ok'))).toBe(
      '<a href="https://github.com/a/b">ok</a>',
    );
  });

  it('raw() is for constants', () => {
    expect(toString(html`<p>${raw('<b>bold</b>')}</p>`)).toBe('<p><b>bold</b></p>');
  });
});

describe('page', () => {
  it('is one self-contained document with an escaped title', () => {
    const doc = page({ title: EVIL, body: html`<p>${EVIL}</p>` });
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain("default-src 'none'");
    expect(doc).not.toMatch(/<script|<img|<link|<iframe|@import|url\(/);
    expect(doc.endsWith('</html>\n')).toBe(true);
    expect(() => page({ title: 't', body: null, css: '</style><script>' })).toThrow();
  });

  it('tables and charts escape their text', () => {
    const t = toString(
      table('t', [{ label: 'a' }, { label: 'n', numeric: true }], [{ cells: [EVIL, 1] }]),
    );
    expect(t).toContain('<td class="n">1</td>');
    expect(t).not.toMatch(/<script|<img/);
    const c = toString(barChart('c', EVIL, [{ label: EVIL, value: 3 }]));
    expect(c).toContain('<svg id="c"');
    expect(c).not.toMatch(/<script|<img/);
    expect(toString(svg('s', 10.004, 'x', []))).toContain('viewBox="0 0 1120 10"');
  });
});
