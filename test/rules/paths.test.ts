// The paths index: the same answers as matching each glob, in work bounded per file.
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { MAX_GLOBS_PER_VENDOR, PathIndex } from '../../src/rules/paths.js';

const FILES = [
  'services/summarizer/main.py',
  'services/summarizer/deep/x/y.ts',
  'services/billing/bill.py',
  'src/app.ts',
  'src/lib/app.ts',
  '.github/workflows/ai.yml',
  'app.ts',
  'web/lib7/x.js',
];

describe('PathIndex', () => {
  const globs = [
    'services/summarizer/**',
    'src/*.ts',
    '*.ts',
    '.github/**',
    '**/lib7/*',
    'src/lib/app.ts',
    '[bad',
  ];
  it('agrees with picomatch glob by glob', () => {
    const index = new PathIndex(globs);
    for (const file of FILES) {
      const expected = globs.some((glob) => picomatch.isMatch(file, glob, { dot: true }));
      expect(index.covers(file), file).toBe(expected);
    }
    expect(index.covers('services/billing/bill.py')).toBe(false);
    expect(index.covers('services/summarizer')).toBe(true);
  });
  it('marks exactly the globs some file matched', () => {
    const index = new PathIndex(globs);
    for (const file of ['src/lib/app.ts', 'web/lib7/x.js']) index.covers(file, true);
    expect(globs.filter((glob) => index.wasMatched(glob))).toEqual(['**/lib7/*', 'src/lib/app.ts']);
  });
  it('reads at most MAX_GLOBS_PER_VENDOR distinct globs; the rest cover nothing', () => {
    const many = Array.from({ length: MAX_GLOBS_PER_VENDOR + 10 }, (_, i) => `dir${i}/**`);
    const index = new PathIndex([...many, ...many]);
    expect(index.dropped).toBe(10);
    expect(index.covers(`dir${MAX_GLOBS_PER_VENDOR - 1}/a.ts`)).toBe(true);
    expect(index.covers(`dir${MAX_GLOBS_PER_VENDOR}/a.ts`)).toBe(false);
  });
  it('stays correct on many globs without a literal prefix and many files', () => {
    const unbased = Array.from({ length: MAX_GLOBS_PER_VENDOR }, (_, i) => `**/svc${i}/**/*.ts`);
    const index = new PathIndex(unbased);
    let covered = 0;
    for (let i = 0; i < 20_000; i++) {
      if (index.covers(`other/dir${i}/svc${i % 1000}/x.ts`, true)) covered++;
    }
    expect(covered).toBe(10_000);
    expect(index.wasMatched('**/svc499/**/*.ts')).toBe(true);
  }, 120_000);
});
