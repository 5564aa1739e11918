// The markdown report as GitHub renders it: through micromark with the GFM extensions (autolink
// literals, tables, strikethrough, footnotes, task lists) and raw HTML allowed, as in a job
// summary or a PR comment. Hostile strings planted everywhere the report prints untrusted text
// must come out as text: no link but ours, no image, no HTML, no mention or issue reference.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/model.js';
import { renderErrorMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { fixture } from './fixture.js';
import { commandLines } from './golden.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/payments', sha: SHA };
const BLOB = `https://github.com/acme/payments/blob/${SHA}/`;

/** Every way to make GFM produce a link, an image, HTML or a mention from plain text. */
const ATTACKS = [
  '\\_www.evil.example/login',
  '_www.evil.example/a',
  '*www.evil.example/b*',
  '(www.evil.example/c)',
  'https://evil.example/d',
  'HTTP://EVIL.EXAMPLE/e',
  '<https://evil.example/f>',
  'mailto:x@evil.example',
  'phish@evil.example',
  '@octocat @acme/security-team',
  '#123 GH-7 acme/other#9',
  '[click](https://evil.example/g)',
  '![pixel](https://evil.example/h.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '&lt;b&gt; &#60;i&#62;',
  '`code | with pipe`',
  '[^1]\n\n[^1]: https://evil.example/i',
  '[ref]\n\n[ref]: https://evil.example/j',
  '| a | b |\n| --- | --- |',
  '::error::x ##[warning]y',
  '~~strike~~ $math$',
].join(' ');

function hostileResult(): GateResult {
  const result = fixture();
  const { report } = result;
  for (const finding of report.findings) finding.message = `${finding.message} ${ATTACKS}`;
  report.findings[1].location!.file = `src/${ATTACKS}.ts`;
  report.findings[2].waived!.reason = ATTACKS;
  report.findings[2].waived!.approvedBy = ATTACKS;
  report.evidence[4].file = `lib/${ATTACKS}.js`;
  report.evidence[4].name = ATTACKS;
  result.vendors[1].name = ATTACKS;
  result.vendors[1].conditions[0].title = ATTACKS;
  result.vendors[1].conditions[0].owner = ATTACKS;
  result.repository = 'acme/payments';
  result.organization = ATTACKS;
  return result;
}

const render = (markdown: string) =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });

/** The tags of rendered HTML, and the text between them. */
function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1].toLowerCase());
}
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ');

const OUR_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'strong',
  'em',
  'code',
  'ul',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'br',
]);

describe('the markdown report rendered as GitHub-flavoured markdown', () => {
  for (const [name, options] of [
    ['without links', {}],
    ['with links to the commit', { links: LINKS }],
    [
      'as a summary with the findings not annotated',
      { links: LINKS, notAnnotated: hostileResult().report.findings },
    ],
    ['as a sticky comment', { marker: '<!-- ai-vendor-gate -->', links: LINKS }],
  ] as const) {
    it(`turns no untrusted string into a link, image, HTML or mention (${name})`, () => {
      const markdown = renderMarkdown(hostileResult(), options);
      expect(commandLines(markdown)).toEqual([]);
      const html = render(markdown);
      expect(html).not.toMatch(/<img|<script|<details|<summary|<input|<sup|<section|<del/i);
      expect(tagsOf(html).filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
      const hrefs = [...html.matchAll(/<a\s([^>]*)>/g)].map((m) => m[1]);
      for (const attributes of hrefs)
        expect(attributes).toMatch(/^href="https:\/\/github\.com\/acme\/payments\/blob\//);
      if (!('links' in options)) expect(hrefs).toEqual([]);
      const text = textOf(html);
      expect(text).not.toMatch(/www\./i);
      expect(text).not.toMatch(/:\/\//);
      expect(text).not.toMatch(/@[A-Za-z0-9]/);
      expect(text).not.toMatch(/#[0-9]|GH-[0-9]/i);
      // The attacks are still there to read, as text.
      expect(text).toContain('onerror=alert(1)');
    });
  }

  it('the could-not-evaluate summary says error and shows the reason as text', () => {
    const markdown = renderErrorMarkdown(`The registry ${ATTACKS} is invalid.`, {
      marker: '<!-- ai-vendor-gate -->',
    });
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '<!-- ai-vendor-gate -->',
      '',
      '## ⛔ AI vendor gate: error',
    ]);
    expect(commandLines(markdown)).toEqual([]);
    const html = render(markdown);
    expect(tagsOf(html).filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
    expect(html).not.toContain('<a ');
    expect(textOf(html)).not.toMatch(/www\.|:\/\/|@[A-Za-z0-9]|#[0-9]/i);
    expect(textOf(html)).toContain('onerror=alert(1)');
  });

  it('links a location to the file at the commit and line, path percent-encoded', () => {
    const result = fixture();
    result.report.findings[1].location!.file = 'services/my app/(x)#[1].yml';
    const html = render(renderMarkdown(result, { links: LINKS }));
    expect(html).toContain(`<a href="${BLOB}services/my%20app/%28x%29%23%5B1%5D.yml#L9">`);
    expect(html).toContain(`<a href="${BLOB}package.json#L12">package.json:12</a>`);
    // A location outside the repository (a remote registry) stays plain text.
    expect(html).toContain('github:acme/policy/registry.yml@\u200dmain:40');
    expect(html).not.toContain(`${BLOB}github`);
  });

  it('makes no link from an untrusted or malformed context', () => {
    for (const links of [
      { ...LINKS, serverUrl: 'javascript:alert(1)' },
      { ...LINKS, serverUrl: 'https://user:pw@github.com' },
      { ...LINKS, repository: 'acme/payments/../evil' },
      { ...LINKS, repository: '../..' },
      { ...LINKS, sha: 'main' },
      { ...LINKS, sha: `${SHA})[x](https://evil.example` },
      { serverUrl: 'https://github.com', repository: 'acme/payments' },
    ]) {
      expect(render(renderMarkdown(fixture(), { links }))).not.toContain('<a ');
    }
    const ghes = render(
      renderMarkdown(fixture(), { links: { ...LINKS, serverUrl: 'https://ghe.example.com/x/y' } }),
    );
    expect(ghes).toContain(`<a href="https://ghe.example.com/acme/payments/blob/${SHA}/`);
  });
});
