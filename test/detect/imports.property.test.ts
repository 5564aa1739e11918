// The gateway model search finds quoted `provider/model` strings first and checks what precedes
// them second (for speed): it must find exactly what one expression with the key in front finds.
// And a JS file's quoted module names and model strings are found in one pass: exactly what the
// two searches, each on its own, find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelStrings, quotedExpression, quotedStrings } from '../../src/detect/imports.js';

const ONE_EXPRESSION =
  /(?<![\w$])(?:(?:model|id)[ \t]{0,16}:|(?:gateway|languageModel|model)[ \t]{0,16}\()[ \t]{0,16}(['"`])([a-z0-9][a-z0-9-]{0,40})\/([^'"`\s\\]{1,120})\1/g;

function reference(text: string): string[] {
  return [...text.matchAll(ONE_EXPRESSION)].map((m) => {
    const at = m.index + m[0].length - (m[2].length + m[3].length + 3);
    return `${at} ${m[1]}${m[2]}/${m[3]}`;
  });
}

const found = (text: string): string[] =>
  modelStrings(text).map((m) => `${m.index} ${m.quote}${m.provider}/${m.rest}`);

const piece = fc.constantFrom(
  'model',
  'id',
  'gateway',
  'languageModel',
  'xmodel',
  '$id',
  ':',
  '(',
  ' ',
  '\t',
  '\n',
  "'",
  '"',
  '`',
  '/',
  'openai',
  'anthropic/claude-3',
  'a-b',
  'gpt-4o',
  '\\',
  'é',
  ' '.repeat(17),
);

describe('gateway model strings', () => {
  it('match the one-expression search on generated text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(found(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    const text = [
      "const m = gateway('anthropic/claude-sonnet-4');",
      "models = [{ id: 'openai/gpt-4o' }, { name: 'x/y' }]",
      "languageModel( 'xai/grok-3' ) + model:'a/b'+'c/d'",
      "mymodel: 'openai/gpt-4o'",
    ].join('\n');
    expect(found(text)).toEqual(reference(text));
    expect(found(text)).toHaveLength(4);
  });
});

const MODULES = ['openai', '@ai-sdk/openai', 'ai', '@anthropic-ai/sdk', 'ollama-ai-provider-v2'];

/** The module search on its own, as the matcher ran it before the two were one pass. */
function modulesAlone(text: string): string[] {
  const names = [...MODULES]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  const alone = new RegExp(`(['"])((?:${names})(?:/[^'"\\n\\\\]{0,200})?)\\1`, 'g');
  return [...text.matchAll(alone)].map((m) => `${m.index + 1} ${m[2]}`);
}

// Quotes and names often, so that strings overlap, nest and touch (`"openai"ai"`).
const jsPiece = fc.oneof(
  { arbitrary: fc.constantFrom("'", '"', '`'), weight: 6 },
  {
    arbitrary: fc.constantFrom('openai', '@ai-sdk/openai', 'ai', 'ai/rsc', 'ollama-ai-provider-v2'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('anthropic/claude-3', 'openai/gpt-4o', 'a/b'), weight: 2 },
  {
    arbitrary: fc.constantFrom('from ', 'import ', 'require(', 'model: ', 'gateway(', 'id:'),
    weight: 2,
  },
  { arbitrary: fc.constantFrom('x', '/', '/v1', '-', ' ', '\n', '\\', 'é'), weight: 1 },
);

describe('one pass for module names and model strings', () => {
  const expression = quotedExpression(MODULES);
  it('finds what each search finds on its own, on generated text', () => {
    fc.assert(
      fc.property(fc.array(jsPiece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const both = quotedStrings(text, expression);
        expect(both.modules.map((m) => `${m.at} ${m.module}`)).toEqual(modulesAlone(text));
        expect(both.models.map((m) => `${m.index} ${m.quote}${m.provider}/${m.rest}`)).toEqual(
          reference(text),
        );
      }),
      { numRuns: 8000 },
    );
  });

  it('examples: a module and a model string in the same quotes, nested and adjacent', () => {
    const text = [
      "import { openai } from '@ai-sdk/openai';",
      "const m = gateway('openai/gpt-4o'); const n = model: 'ai/x'",
      '"openai""ai" `openai` \'ai/rsc\'',
    ].join('\n');
    const both = quotedStrings(text, expression);
    expect(both.modules.map((m) => `${m.at} ${m.module}`)).toEqual(modulesAlone(text));
    expect(both.models.map((m) => `${m.index} ${m.provider}/${m.rest}`)).toEqual(
      reference(text).map((line) => line.replace(/ ['"`]/, ' ')),
    );
    expect(both.modules.length).toBeGreaterThanOrEqual(4);
  });
});
