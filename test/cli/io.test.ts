import { describe, expect, it } from 'vitest';
import { withOutputBoundary, type Io } from '../../src/cli/io.js';

describe('withOutputBoundary', () => {
  it('defuses workflow commands on stdout and stderr, even split across writes', () => {
    const written = { stdout: '', stderr: '' };
    const io: Io = withOutputBoundary({
      stdout: (text) => void (written.stdout += text),
      stderr: (text) => void (written.stderr += text),
      env: {},
      cwd: '/',
      color: false,
    });
    io.stdout('::error::a\n  ');
    io.stdout('::warning::b ##');
    io.stdout('[c]\n');
    io.stderr('ai-vendor-gate: bad\n  ::error::detail\r::x');
    for (const text of [written.stdout, written.stderr]) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        expect(line.trimStart().startsWith('::'), line).toBe(false);
        expect(line).not.toContain('##[');
      }
    }
    expect(written.stdout.replace(/\u200d/g, '')).toBe('::error::a\n  ::warning::b ##[c]\n');
  });
});
