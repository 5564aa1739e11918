import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandSafeWriter,
  defuseCommands,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  safeJson,
  safeLogLine,
  singleLine,
} from '../../src/report/escape.js';
import { HOSTILE } from './fixture.js';
import { commandLines, hasUnescaped } from './golden.js';

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
    expect(escapeMarkdown('fixes GH-12 and gh-3')).toBe(`fixes GH${ZWJ}-12 and gh${ZWJ}-3`);
  });

  it('breaks www. autolinks after an escaped _ * ~ or ( too', () => {
    for (const lead of ['_', '*', '~', '(', 'x']) {
      expect(escapeMarkdown(`${lead}www.evil.example/login`)).not.toMatch(/www\./i);
    }
    expect(escapeMarkdown('_WWW.evil.example')).toBe(`\\_WWW${ZWJ}.evil.example`);
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
    expect(defuseCommands('text ##[error]boom')).toBe(`text ##${ZWJ}[error]boom`);
  });

  it('defuses every line of a text, whatever the line break and leading white space', () => {
    const text = 'ok\n::error::a\r::warning::b\r\n\t\u00a0\u3000::notice::c\nx ::d';
    expect(commandLines(defuseCommands(text).replace(/\r\n?/g, '\n'))).toEqual([]);
    expect(defuseCommands(text)).toBe(text.replace(/(^|[\r\n][^\S\r\n]*):(?=:)/g, `$1:${ZWJ}`));
    expect(defuseCommands('a :: b ## [c]')).toBe('a :: b ## [c]');
  });

  it('takes linear time on long runs of white space and line breaks', () => {
    for (const text of [' '.repeat(2e6), '\n'.repeat(2e6), '\n '.repeat(1e6)]) {
      expect(defuseCommands(text)).toBe(text);
    }
  }, 30_000);

  it('a stream writer breaks commands split across writes', () => {
    let out = '';
    const write = commandSafeWriter((text) => void (out += text));
    for (const piece of [
      'ok\n  :',
      ':error::x\n#',
      '#',
      '[warning]y\r',
      '::',
      'e\n',
      'ab ',
      ':',
      ':z',
    ])
      write(piece);
    expect(commandLines(out.replace(/\r/g, '\n'))).toEqual([]);
    expect(out.replace(/\u200d/g, '')).toBe('ok\n  ::error::x\n##[warning]y\r::e\nab ::z');
    expect(out.endsWith('ab ::z')).toBe(true);
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

  it('writes workflow commands as character references', () => {
    expect(escapeHtml('::error::x ##[warning]y')).toBe('&#58;:error&#58;:x &#35;#[warning]y');
  });
});

describe('safeJson', () => {
  it('is the same JSON once parsed, with no command in any line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const hostile = { value, text: `::error::${text}##[x]\\##[\n::y` };
        const out = safeJson(hostile);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(hostile)));
        expect(commandLines(out)).toEqual([]);
        expect(out).not.toContain('::');
      }),
    );
    expect(safeJson(':::')).toBe('"\\u003a\\u003a:"');
    expect(safeJson({ a: '##[x] ::y' })).toBe('{\n  "a": "\\u0023#[x] \\u003a:y"\n}');
  });
});
