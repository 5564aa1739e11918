import { describe, expect, it } from 'vitest';
import { rechain, type GateRecord } from '../../src/history/record.js';
import { CHART_RUNS, commitUrl, renderHistory, runUrl } from '../../src/history/show.js';
import { chainOf, sampleHistory } from './fixtures.js';

const hostile = (): GateRecord[] => {
  const [record] = chainOf(1);
  return [
    rechain(
      {
        ...record,
        repository: '"><script>alert(1)</script>',
        serverUrl: 'javascript:alert(1)//',
        ref: 'refs/heads/<img src=x onerror=alert(2)>',
        actor: 'a\u202eb\n::error::x',
        vendors: ['<b>evil</b>', 'x|y'],
        findings: [{ ...record.findings[0], ruleId: '<svg onload=alert(3)>' }],
        reviewsDue: [{ vendor: '</td><script>', kind: 'review', id: null, due: '2026-07-02' }],
      },
      null,
    ),
  ];
};

describe('renderHistory', () => {
  it('text: runs, decisions, rules, vendors, what falls due', () => {
    const text = renderHistory(sampleHistory(), 'text');
    expect(text).toMatch(
      /^ai-vendor-gate history: 32 runs, \d+ pass, \d+ fail \(pass rate \d+%\)\n/,
    );
    expect(text).toContain('Repository: acme/payments');
    expect(text).toMatch(/review-due-soon\s+12\s+12\s+1/);
    expect(text).toMatch(/openrouter\s+12\s+#15\s+#26\s+no/);
    expect(text).toContain('Falling due within 90 days of 2026-07-05:');
    expect(text).toMatch(/2026-07-20\s+anthropic\s+review\s+in 15 days/);
    expect(text).toMatch(/2026-09-30\s+openai\s+certification soc2-type2\s+in 87 days/);
    expect(text).not.toContain('2027-02-01');
  });

  it('markdown: tables with escaped cells and links to commit and run', () => {
    const md = renderHistory(sampleHistory(), 'markdown');
    expect(md).toMatch(/^# ai-vendor-gate history\n/);
    expect(md).toContain('## Runs');
    expect(md).toMatch(
      /\[[0-9a-f]{12}\]\(https:\/\/github\.com\/acme\/payments\/commit\/[0-9a-f]{40}\)/,
    );
    expect(md).toMatch(/\(https:\/\/github\.com\/acme\/payments\/actions\/runs\/\d+\)/);
    const evil = renderHistory(hostile(), 'markdown');
    expect(evil).not.toMatch(/<script|<b>|<svg|javascript:/);
  });

  it('json: a summary and the records', () => {
    const json = JSON.parse(renderHistory(sampleHistory(), 'json')) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 1, runs: 32, repositories: ['acme/payments'] });
    expect((json.records as unknown[]).length).toBe(32);
    expect(json.due).toMatchObject({ asOf: '2026-07-05', windowDays: 90 });
  });

  it('html: one self-contained page with charts, the due table and every run', () => {
    const html = renderHistory(sampleHistory(), 'html');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const id of [
      'decisions-chart',
      'rules-chart',
      'vendors-chart',
      'runs-table',
      'due-table',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // only links to the records' own commits and runs, plus the SVG namespace
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]);
    expect(
      urls.every(
        (u) =>
          u.startsWith('https://github.com/acme/payments/') || u === 'http://www.w3.org/2000/svg',
      ),
    ).toBe(true);
    expect((html.match(/<tr class="run-(pass|fail)">/g) ?? []).length).toBe(32);
  });

  it('html: escapes everything from the records and links nothing unsafe', () => {
    const html = renderHistory(hostile(), 'html');
    expect(html).not.toMatch(/<script|<img|<b>evil|<svg onload|javascript:|\u202e/);
    expect(html).toContain('&#60;b&#62;evil&#60;/b&#62;');
    expect(html).not.toContain('<a href');
    expect(html).toContain('&#60;/td&#62;&#60;script&#62;');
  });

  it('is deterministic and needs no clock', () => {
    const records = sampleHistory();
    for (const format of ['text', 'markdown', 'json', 'html'] as const) {
      expect(renderHistory(records, format)).toBe(renderHistory(sampleHistory(), format));
    }
  });

  it('renders an empty history', () => {
    expect(renderHistory([], 'text')).toContain('0 runs');
    expect(renderHistory([], 'html')).toContain('No runs recorded yet.');
    expect(JSON.parse(renderHistory([], 'json'))).toMatchObject({ runs: 0, passRate: null });
  });

  it('charts the latest runs of a long history, and tables all of them', () => {
    const records = chainOf(CHART_RUNS + 5);
    const html = renderHistory(records, 'html');
    expect(html).toContain(`Showing the latest ${CHART_RUNS} of ${CHART_RUNS + 5} runs.`);
    expect((html.match(/<g class="run /g) ?? []).length).toBe(CHART_RUNS);
    expect((html.match(/<tr class="run-(pass|fail)">/g) ?? []).length).toBe(CHART_RUNS + 5);
  });

  it('links only well-formed commits and runs', () => {
    const [record] = chainOf(1);
    expect(commitUrl(record)).toBe(`https://github.com/acme/payments/commit/${record.sha}`);
    expect(runUrl(record)).toBe('https://github.com/acme/payments/actions/runs/1000');
    expect(commitUrl({ ...record, serverUrl: null })).toBeNull();
    expect(commitUrl({ ...record, sha: 'HEAD' })).toBeNull();
    expect(runUrl({ ...record, run: { id: '1 or 2', attempt: null } })).toBeNull();
    expect(commitUrl({ ...record, serverUrl: 'https://github.example.com/ghe' })).toBe(
      `https://github.example.com/ghe/acme/payments/commit/${record.sha}`,
    );
  });
});
