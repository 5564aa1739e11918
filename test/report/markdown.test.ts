import { describe, expect, it } from 'vitest';
import type { Evidence, Finding, GateResult } from '../../src/model.js';
import { renderMarkdown, ROWS_PER_TABLE } from '../../src/report/markdown.js';
import { cleanFixture, fixture } from './fixture.js';
import { commandLines, expectGolden, hasUnescaped, tableCells } from './golden.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Every table in `markdown`: its lines, from the header to the last row. */
function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Each table well formed: header, `---` separator, every row with the header's cell count. */
function expectWholeTables(markdown: string): void {
  for (const lines of tables(markdown)) {
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const width = tableCells(lines[0]).length;
    expect(tableCells(lines[1]).every((cell) => cell.trim() === '---')).toBe(true);
    for (const line of lines) {
      expect(line.endsWith(' |')).toBe(true);
      expect(tableCells(line)).toHaveLength(width);
    }
  }
}

/** A result with many findings and evidence items, for the size limit. */
function bigFixture(findings: number, evidence: number): GateResult {
  const result = fixture();
  const base = result.report.findings[1];
  const item = result.report.evidence[0];
  result.report.findings = Array.from({ length: findings }, (_, i): Finding => ({
    ...base,
    message: `${base.message} #${i}`,
    location: { ...base.location!, line: i + 1, endLine: i + 1 },
  }));
  result.report.evidence = Array.from({ length: evidence }, (_, i): Evidence => ({
    ...item,
    line: i + 1,
  }));
  result.report.summary = { errors: findings, warnings: 0, notes: 0 };
  return result;
}

describe('renderMarkdown', () => {
  it('matches the golden file', () => {
    expectGolden('report.md', renderMarkdown(fixture(), { marker: '<!-- ai-vendor-gate -->' }));
  });

  it('puts the marker first, then the decision with counts', () => {
    const lines = renderMarkdown(fixture(), { marker: '<!-- ai-vendor-gate -->' }).split('\n');
    expect(lines[0]).toBe('<!-- ai-vendor-gate -->');
    expect(lines[2]).toBe('## ❌ AI vendor gate: fail');
    expect(lines[4]).toContain('**4 errors · 2 warnings · 2 notes**');
    expect(renderMarkdown(cleanFixture()).split('\n')[0]).toBe('## ✅ AI vendor gate: pass');
    expect(renderMarkdown(fixture(), { title: 'Vendors' }).split('\n')[0]).toBe(
      '## ❌ Vendors: fail',
    );
  });

  it('shows each vendor in use with its conditions and their state', () => {
    const md = renderMarkdown(fixture());
    expect(md).toContain('#### Anthropic (anthropic) · conditional');
    expect(md).toContain('| Execute Enterprise DPA (dpa) | Legal | ✅ met |');
    expect(md).toContain('| Configure SSO (sso) | — | ➖ not applicable |');
    expect(md).toContain('| Verify ISO 27001 status (iso27001) | Security | ❌ unmet |');
    expect(md).toContain('| Staff training (training) | People | ⌛ expired |');
  });

  it('lists every finding with its location and waiver, and how to fix each rule', () => {
    const md = renderMarkdown(fixture());
    const result = fixture();
    for (const finding of result.report.findings) expect(md).toContain(`\`${finding.ruleId}\``);
    expect(md).toContain('| ❌ error | `condition-unmet` | .github/ai-vendors.yml:9 |');
    expect(md).toContain('_waived by WVR-12 until 2027-01-15:');
    expect(md).toContain('### How to fix');
    expect(md).toMatch(/^- `condition-unmet`: Ask the condition's owner/m);
  });

  it('lists the evidence inventory, direct and transitive', () => {
    const md = renderMarkdown(fixture());
    expect(md).toContain('### Evidence (5 items, 3 vendors)');
    expect(md).toContain(
      '| cohere | dependency (npm) | cohere-ai | package-lock.json:120 | transitive |',
    );
    expect(md).toContain(
      '| anthropic | dependency (npm) | @\u200danthropic-ai/sdk | package.json:12 | direct |',
    );
    expect(renderMarkdown(cleanFixture())).not.toContain('Evidence');
  });

  it('keeps hostile strings from creating links, HTML, mentions or table rows', () => {
    const md = renderMarkdown(fixture());
    expectWholeTables(md);
    expect(md).not.toMatch(/<(?!!-- )/);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toContain('://');
    expect(md).not.toMatch(/@(?!\u200d)/);
    expect(commandLines(md)).toEqual([]);
    const howToFix = md.slice(md.indexOf('### How to fix'), md.indexOf('### Evidence'));
    for (const line of md.replace(howToFix, '').split('\n')) {
      // Only our own markup may be unescaped: the bold counts, rule ids, italics of waivers.
      const ours = line
        .replace(/^\*\*(.*)\*\*/, '$1')
        .replace(/`[a-z-]+`/g, '')
        .replace(/ — _waived (.*)_ \|$/, ' $1 |');
      expect(hasUnescaped(ours, '[]*_~$`'), line).toBe(false);
    }
  });

  it('is not cut when it fits', () => {
    const md = renderMarkdown(fixture());
    expect(renderMarkdown(fixture(), { maxBytes: bytes(md) })).toBe(md);
  });

  it('cuts between tables at a small size limit and says what it left out', () => {
    const result = bigFixture(3 * ROWS_PER_TABLE + 7, 2 * ROWS_PER_TABLE);
    const full = renderMarkdown(result);
    for (const maxBytes of [1_500, 4_000, 12_000, 30_000, bytes(full) - 1]) {
      const md = renderMarkdown(result, { maxBytes, marker: '<!-- ai-vendor-gate -->' });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md.startsWith('<!-- ai-vendor-gate -->\n\n## ❌ AI vendor gate: fail')).toBe(true);
      expectWholeTables(md);
      const note =
        /^> … (\d+) findings? \/ (\d+) evidence items? not shown; see the SARIF \/ JSON report\.$/m.exec(
          md,
        );
      expect(note).not.toBeNull();
      const shownFindings = tables(md)
        .filter((table) => table[0].startsWith('| Severity'))
        .reduce((sum, table) => sum + table.length - 2, 0);
      const shownEvidence = tables(md)
        .filter((table) => table[0].startsWith('| Vendor'))
        .reduce((sum, table) => sum + table.length - 2, 0);
      expect(Number(note?.[1]) + shownFindings).toBe(result.report.findings.length);
      expect(Number(note?.[2]) + shownEvidence).toBe(result.report.evidence.length);
      expect(md.trimEnd().endsWith('see the SARIF / JSON report.')).toBe(true);
    }
  });

  it('keeps the decision even when the limit is smaller than the headline', () => {
    const md = renderMarkdown(bigFixture(10, 0), { maxBytes: 10 });
    expect(md).toMatch(/^## ❌ AI vendor gate: fail/);
    expect(md).toContain('10 findings / 0 evidence items not shown');
  });

  it('splits long lists into tables of at most ROWS_PER_TABLE rows', () => {
    const md = renderMarkdown(bigFixture(ROWS_PER_TABLE + 1, 0));
    const findingTables = tables(md).filter((table) => table[0].startsWith('| Severity'));
    expect(findingTables.map((table) => table.length - 2)).toEqual([ROWS_PER_TABLE, 1]);
  });
});
