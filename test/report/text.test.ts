import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { cleanFixture, fixture } from './fixture.js';
import { commandLines, expectGolden } from './golden.js';

describe('renderText', () => {
  it('matches the golden file without colour', () => {
    expectGolden('text.txt', renderText(fixture(), { color: false }));
  });

  it('matches the golden file with colour', () => {
    expectGolden('text-color.txt', renderText(fixture(), { color: true }));
  });

  it('uses ANSI escapes only when asked', () => {
    expect(renderText(fixture(), { color: false })).not.toContain('\u001b');
    expect(renderText(fixture(), { color: true })).toContain('\u001b[31m');
  });

  it('leads with the decision and counts', () => {
    const text = renderText(fixture(), { color: false });
    expect(text.split('\n')[0]).toMatch(/^✖ FAIL {2}ai-vendor-gate: 4 errors, 2 warnings, 2 notes/);
    expect(renderText(cleanFixture(), { color: false }).split('\n')[0]).toMatch(
      /^✔ PASS {2}ai-vendor-gate: no findings/,
    );
  });

  it('prints each finding as file:line:column  severity  ruleId  message', () => {
    const text = renderText(fixture(), { color: false });
    expect(text).toMatch(
      /^ {2}\.github\/ai-vendors\.yml:9:13 +error +condition-unmet +anthropic condition/m,
    );
    expect(text).toContain('(waived by WVR-12 until 2027-01-15)');
  });

  it('groups findings by vendor, vendors with errors first, each by its name', () => {
    const text = renderText(fixture(), { color: false });
    const headings = text.split('\n').filter((line) => /^\S/.test(line));
    expect(headings[1]).toBe('Anthropic (anthropic)');
    expect(headings.slice(3, 6)).toEqual(['General', 'OpenAI (openai)', 'Cohere (cohere)']);
    expect(text).toContain('Evidence: 5 items for 3 vendors');
    expect(text).toContain('docs/setup.md:3  endpoint  api.anthropic.com  (direct, docs)');
    expect(text).toContain(
      'package.json:12:5  dependency npm  @anthropic-ai/sdk  (direct, runtime)',
    );
  });

  it('says how many files the scan did not read, and why', () => {
    expect(renderText(fixture(), { color: false })).toContain(
      '3 files not scanned: 2 larger than 2 MiB, 1 binary. Files were listed by walking the tree',
    );
    expect(renderText(cleanFixture(), { color: false })).not.toContain('not scanned');
  });

  it('renders 100,000 findings (no spread of a huge list)', () => {
    const result = fixture();
    const [first] = result.report.findings;
    result.report.findings = Array.from({ length: 100_000 }, () => first);
    expect(renderText(result, { color: false }).split('\n').length).toBeGreaterThan(100_000);
  }, 60_000);

  it('prints untrusted strings on one line that starts no workflow command', () => {
    for (const color of [false, true]) {
      const text = renderText(fixture(), { color });
      expect(commandLines(text)).toEqual([]);
      expect(text).not.toContain('\nEvil\n');
    }
  });

  it('leaves the evidence inventory out when there is none', () => {
    expect(renderText(cleanFixture(), { color: false })).not.toContain('Evidence');
  });
});
