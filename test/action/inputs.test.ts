import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { inputVariable, readInputs } from '../../src/action/inputs.js';

const clock = () => new Date('2026-11-29T12:00:00Z');
const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));

describe('action inputs', () => {
  it('names variables as the runner does: upper case, hyphens kept', () => {
    expect(inputVariable('registry-sha256')).toBe('INPUT_REGISTRY-SHA256');
    expect(inputVariable('pr-comment')).toBe('INPUT_PR-COMMENT');
  });

  it('applies the defaults of SPEC 7', () => {
    expect(readInputs(env({ registry: 'registry.yml' }), clock)).toEqual({
      manifest: '.github/ai-vendors.yml',
      registry: 'registry.yml',
      scan: true,
      scanExclude: [],
      failOn: 'error',
      now: '2026-11-29',
      token: '',
      annotations: true,
      summary: true,
      prComment: 'on-failure',
      sarifFile: 'ai-vendor-gate.sarif',
      recordFile: 'ai-vendor-gate-record.json',
      matrix: {},
    });
  });

  it('reads every input', () => {
    const inputs = readInputs(
      env({
        manifest: 'ai.yml',
        registry: 'github:acme/gov/registry.yml@main',
        'registry-sha256': 'AB'.repeat(32),
        scan: 'False',
        'scan-exclude': 'vendor/**, fixtures/**\n  docs/**\n\n',
        'fail-on': 'warning',
        now: '2027-02-28',
        token: 'secret',
        annotations: 'false',
        summary: 'FALSE',
        'pr-comment': 'always',
        'sarif-file': 'out/gate.sarif',
        'record-file': 'out/record.json',
        'history-branch': 'ai-gate/history',
        'sarif-category': 'gate/payments',
        matrix: '{"os":"ubuntu-latest","node":24,"include":{"x":1}}',
      }),
      clock,
    );
    expect(inputs).toMatchObject({
      registrySha256: 'ab'.repeat(32),
      scan: false,
      scanExclude: ['vendor/**', 'fixtures/**', 'docs/**'],
      failOn: 'warning',
      now: '2027-02-28',
      annotations: false,
      summary: false,
      prComment: 'always',
      historyBranch: 'ai-gate/history',
      sarifCategory: 'gate/payments',
      matrix: { include: '{"x":1}', node: '24', os: 'ubuntu-latest' },
    });
    // Outside a matrix the runner gives `null`; anything but an object is no matrix.
    for (const matrix of ['null', '', '[1]', '${{ toJson(matrix) }}']) {
      expect(readInputs(env({ registry: 'r.yml', matrix }), clock).matrix).toEqual({});
    }
  });

  it.each([
    [{}, /registry input is required/],
    [
      { registry: 'r.yml', 'fail-on': 'critical' },
      /fail-on input must be one of error, warning, never, not "critical"/,
    ],
    [
      { registry: 'r.yml', 'pr-comment': 'sometimes' },
      /pr-comment input must be one of never, on-failure, always/,
    ],
    [{ registry: 'r.yml', scan: 'yes' }, /scan input must be true or false, not "yes"/],
    [{ registry: 'r.yml', now: '2026-02-30' }, /now input must be a real date/],
    [{ registry: 'r.yml', 'registry-sha256': 'abc' }, /64 hexadecimal characters/],
    [{ registry: 'r.yml', 'history-branch': '../main' }, /not a valid branch name/],
    [{ registry: 'r.yml', 'sarif-category': 'a\u0007b' }, /sarif-category input must be one line/],
  ])('refuses %o with one sentence', (inputs, message) => {
    let error: unknown;
    try {
      readInputs(env(inputs as Record<string, string>), clock);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
