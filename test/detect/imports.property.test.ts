// The gateway model search finds quoted `provider/model` strings first and checks what precedes
// them second (for speed): it must find exactly what one expression with the key in front finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelStrings } from '../../src/detect/imports.js';

const ONE_EXPRESSION =
  /(?<![\w$])(?:(?:model|id)[ \t]{0,16}:|(?:gateway|languageModel|model)[ \t]{0,16}\()[ \t]{0,16}(['"`])([a-z0-9][a-z0-9-]{0,40})\/([^'"`\s\\]{1,120})\1/g;

function reference(text: string): string[] {
  return [...text.matchAll(ONE_EXPRESSION)].map((m) => {
    const at = m.index + m[0].length - (m[2].length + m[3].length + 3);
    return `${at} ${m[1]}${m[2]}/${m[3]}`;
  });
}

const found = (text: string): string[] =>
  modelStrings(text).map((m) => `${m.index} ${m[1]}${m[2]}/${m[3]}`);

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
