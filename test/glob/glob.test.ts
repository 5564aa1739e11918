// The glob matcher agrees with picomatch on the patterns people write, and stays bounded on the
// ones an attacker writes.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, literalBase } from '../../src/glob/glob.js';

const cases: [string, string, boolean][] = [
  ['src/**', 'src/a/b.ts', true],
  ['src/**', 'src', true],
  ['src/**', 'lib/a.ts', false],
  ['src/*.ts', 'src/a.ts', true],
  ['src/*.ts', 'src/a/b.ts', false],
  ['**/*.py', 'a/b/c.py', true],
  ['**/*.py', 'c.py', true],
  ['services/summarizer/**', 'services/summarizer/x/y.ts', true],
  ['services/summarizer/**', 'services/billing/x.ts', false],
  ['*.{js,ts}', 'a.ts', true],
  ['*.{js,ts}', 'a.py', false],
  ['a?c', 'abc', true],
  ['a?c', 'a/c', false],
  ['[abc].md', 'b.md', true],
  ['[!abc].md', 'b.md', false],
  ['[a-c]x', 'bx', true],
  ['.github/**', '.github/workflows/x.yml', true],
  ['**', '.env', true],
  ['!src/**', 'lib/a.ts', true],
  ['!src/**', 'src/a.ts', false],
  ['./src/*.ts', 'src/a.ts', true],
];

describe('compileGlob', () => {
  it.each(cases)('%s against %s is %s', (glob, file, expected) => {
    expect(compileGlob(glob)(file)).toBe(expected);
  });

  it('agrees with picomatch on generated patterns and paths', () => {
    const part = fc.constantFrom('a', 'b', 'ab', '*', '?', '**', 'a*', '*b', '[ab]', '.x');
    const name = fc.constantFrom('a', 'b', 'ab', 'ba', '.x', 'aab', 'x');
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.array(name, { minLength: 1, maxLength: 4 }),
        (globParts, nameParts) => {
          const glob = globParts.join('/');
          const file = nameParts.join('/');
          // One documented difference: trailing `/**` also match the folder itself, for every
          // prefix (`src/**` and `*/**/**` match `src`); picomatch does so only for a literal
          // prefix. So `X/**` must agree with picomatch's `X/**` or `X`.
          const folder = glob.replace(/(\/\*\*)+$/, '');
          const oracle =
            picomatch.isMatch(file, glob, { dot: true }) ||
            (folder !== glob && picomatch.isMatch(file, folder, { dot: true }));
          expect(compileGlob(glob)(file)).toBe(oracle);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ignores case only when asked (repository names)', () => {
    expect(compileGlob('acme/Payments-*')('acme/payments-api')).toBe(false);
    expect(compileGlob('acme/Payments-*', { nocase: true })('acme/payments-api')).toBe(true);
  });

  it('stays bounded on patterns built to backtrack', () => {
    const name = `src/${'a'.repeat(5000)}.ts`;
    const started = Date.now();
    expect(compileGlob('src/*a*a*a*a*a*a*a*a*a*a*b')(name)).toBe(false);
    expect(compileGlob(`${'**/'.repeat(50)}x`)(`${'a/'.repeat(2000)}y`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000); // generous: the regular expression takes hours
  });

  it('expands braces within bounds and finds the literal base', () => {
    expect(expandBraces('{a,b}/{c,d}')).toEqual(['a/c', 'a/d', 'b/c', 'b/d']);
    expect(expandBraces('{a,b}'.repeat(20)).length).toBe(64);
    expect(literalBase('services/summarizer/**')).toBe('services/summarizer');
    expect(literalBase('**/x')).toBe('');
    expect(literalBase('!src/**')).toBe('');
  });
});
