import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defuseCommands,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  safeLogLine,
  singleLine,
} from '../../src/report/escape.js';
import { HOSTILE } from './fixture.js';
import { hasUnescaped } from './golden.js';

const ZWJ = '\u200d';

describe('escapeMarkdown', () => {
  it('keeps ordinary text readable', () => {
    expect(escapeMarkdown('Summarize support tickets')).toBe('Summarize support tickets');
    expect(escapeMarkdown('  Claude API, v2.1 (EU)  ')).toBe('Claude API, v2.1 (EU)');
  });

  it('backslash-escapes inline markdown punctuation', () => {
    expect(escapeMarkdown('*bold* _it_ `code` ~~del~~ $x$ a\\b')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~ \\$x\\$ a\\\\b',
    );
  });

  it('turns <, > and & into entities', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & &amp;')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp;',
    );
  });

  it('cannot create a link or an image', () => {
    expect(escapeMarkdown('[x](http://evil)')).toBe(`\\[x\\](http:${ZWJ}//evil)`);
    expect(escapeMarkdown('![x](y)')).toBe('!\\[x\\](y)');
  });

  it('breaks autolinks, mentions and issue references', () => {
    expect(escapeMarkdown('see https://evil.example')).toBe(`see https:${ZWJ}//evil.example`);
    expect(escapeMarkdown('www.evil.example')).toBe(`www${ZWJ}.evil.example`);
    expect(escapeMarkdown('mail a@evil.example')).toBe(`mail a@${ZWJ}evil.example`);
    expect(escapeMarkdown('ping @org/team')).toBe(`ping @${ZWJ}org/team`);
    expect(escapeMarkdown('fixes #12')).toBe(`fixes #${ZWJ}12`);
  });

  it('keeps a table cell in one piece', () => {
    expect(escapeMarkdown('a | b\n| c')).toBe('a \\| b \\| c');
  });

  it('cannot start a block or a workflow command at the start of a line', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('=====')).toBe('\\=====');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('0.1.0')).toBe('0.1.0');
    expect(escapeMarkdown('\n::error::pwned')).toBe('\\::error::pwned');
  });

  it('neutralises the hostile fixture string', () => {
    const out = escapeMarkdown(HOSTILE);
    expect(out).toBe(
      'Evil ::error::pwned &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](http:\u200d//evil) ' +
        '@\u200dorg/team ##\\[error\\]boom',
    );
  });

  it('never lets markdown or HTML through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (input) => {
        const out = escapeMarkdown(input);
        expect(out).not.toMatch(/[\n\r<>]/);
        expect(hasUnescaped(out, '|[]`*_~$')).toBe(false);
        expect(out).not.toMatch(/@[^\u200d]|:\/\/|##\[|&(?!amp;|lt;|gt;)/);
        expect(out).not.toMatch(/^[#+\-=:]|^\d+[.)](\s|$)/);
      }),
    );
  });
});

describe('singleLine', () => {
  it('collapses line breaks, control and bidi characters', () => {
    expect(singleLine('a\r\nb\u2028c\u202ed\u0007e\u001b[31mf')).toBe('a b c d e [31mf');
  });
});

describe('workflow commands', () => {
  it('defuses a command at the start of a line, after spaces too', () => {
    expect(defuseCommands('::error::x')).toBe(`:${ZWJ}:error::x`);
    expect(defuseCommands('   ::error::x')).toBe(`   :${ZWJ}:error::x`);
    expect(defuseCommands('a ::error::x')).toBe('a ::error::x');
  });

  it('defuses the legacy ##[command] anywhere in a line', () => {
    expect(defuseCommands('text ##[error]boom')).toBe(`text #${ZWJ}#[error]boom`);
  });

  it('safeLogLine gives one line that starts no command', () => {
    const line = safeLogLine(HOSTILE);
    expect(line).not.toContain('\n');
    expect(line.trimStart().startsWith('::')).toBe(false);
    expect(line).not.toContain('##[');
    expect(safeLogLine('\n::error::pwned').trimStart().startsWith('::')).toBe(false);
  });

  it('escapes command data and properties as the toolkit does', () => {
    expect(escapeCommandData('50%\r\nx')).toBe('50%25%0D%0Ax');
    expect(escapeCommandProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
