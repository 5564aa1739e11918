import { describe, expect, it } from 'vitest';
import { couldNotEvaluate, findingLine, stackLines } from '../../src/action/log.js';
import { GateError } from '../../src/errors.js';
import { finding, HOSTILE } from './fixtures.js';

describe('log lines', () => {
  it('one line per finding, no workflow command can start in it', () => {
    const line = findingLine(finding('vendor-unknown', 'error', 3, { message: HOSTILE }));
    expect(line).toMatch(/^error vendor-unknown \.github\/ai-vendors\.yml:3:5 x ::error::pwned/);
    expect(line).not.toContain('\n');
    expect(line).not.toContain('##[');
    expect(
      findingLine(finding('vendor-unknown', 'error', 1, { message: '::error::x' })),
    ).not.toMatch(/^::/);
  });

  it('turns a GateError into its sentence and details, anything else into one line', () => {
    expect(
      couldNotEvaluate(new GateError('The registry r.yml is invalid.', ['r.yml:1:1: bad'])),
    ).toEqual({
      sentence: 'ai-vendor-gate could not evaluate: The registry r.yml is invalid.',
      details: ['r.yml:1:1: bad'],
    });
    const internal = couldNotEvaluate(new TypeError('boom\n    at somewhere'));
    expect(internal.sentence).toBe('ai-vendor-gate failed with an internal error: boom');
    expect(stackLines(new Error('x')).length).toBeGreaterThan(1);
  });
});
