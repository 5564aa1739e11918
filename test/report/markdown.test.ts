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

  it('matches the golden summary: locations linked, findings not annotated named', () => {
    const result = fixture();
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expectGolden(
      'summary.md',
      renderMarkdown(result, {
        marker: '<!-- ai-vendor-gate -->',
        links: { serverUrl: 'https://github.com', repository: 'acme/payments', sha },
        notAnnotated: result.report.findings.slice(5),
      }),
    );
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
    expect(md).toMatch(/^- `condition-unmet` \(Anthropic\): Ask the condition's owner/m);
  });

  it('puts errors before warnings before notes, within each vendor and across vendors', () => {
    const md = renderMarkdown(fixture());
    const findings = md.slice(md.indexOf('### Findings'), md.indexOf('### How to fix'));
    const headings = findings.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings[0]).toBe('#### Anthropic (anthropic)');
    expect(headings.slice(2)).toEqual([
      '#### General',
      '#### OpenAI (openai)',
      '#### Cohere (cohere)',
    ]);
    const severities = (heading: string) => {
      const start = findings.indexOf(heading);
      const end = findings.indexOf('\n#### ', start + 1);
      return [
        ...findings
          .slice(start, end < 0 ? undefined : end)
          .matchAll(/^\| \S+ (error|warning|note) \|/gm),
      ].map((m) => m[1]);
    };
    expect(severities('#### Anthropic (anthropic)')).toEqual(['error', 'note']);
  });

  it('heads a vendor the manifest does not declare by its catalog name', () => {
    const md = renderMarkdown(fixture());
    expect(md).toContain('#### Cohere (cohere)');
    expect(md).toContain('#### OpenAI (openai)');
  });

  it('gives the fix that fits the finding, naming the vendors it is for', () => {
    const result = fixture();
    result.report.findings[7].situation = 'vendor-rejected';
    const md = renderMarkdown(result);
    const line = md.split('\n').find((l) => l.startsWith('- `usage-undeclared`'));
    expect(line).toMatch(/^- `usage-undeclared` \(Cohere\): /);
    expect(line).not.toMatch(/Declare the vendor/);
    expect(renderMarkdown(fixture())).toMatch(/^- `usage-undeclared` \(Cohere\): Declare/m);
  });

  it('says how many files the scan did not read, why, and how it listed them', () => {
    const md = renderMarkdown(fixture());
    expect(md).toContain(
      '> [!WARNING]\n> 3 files not scanned: 2 larger than 2 MiB, 1 binary. Files were listed by walking the tree',
    );
    expect(renderMarkdown(cleanFixture())).not.toContain('not scanned');
  });

  it('names the findings that got no annotation, up to a limit', () => {
    const result = bigFixture(30, 0);
    const md = renderMarkdown(result, { notAnnotated: result.report.findings.slice(2) });
    expect(md).toContain('> 28 findings of 30 have no annotation');
    expect(md).toContain('> - ❌ error `condition-unmet` (Anthropic) at .github/ai-vendors.yml:3');
    expect(md).toContain('> - … and 8 more');
    expect(renderMarkdown(result, { notAnnotated: null })).toContain('Annotations are turned off');
    expect(renderMarkdown(result, { notAnnotated: [] })).not.toContain('no annotation');
  });

  it('renders 5,000 findings without trouble, and cuts them to a size limit', () => {
    const result = bigFixture(5_000, 1_000);
    expect(renderMarkdown(result).length).toBeGreaterThan(1_000_000);
    expect(bytes(renderMarkdown(result, { maxBytes: 65_536 }))).toBeLessThanOrEqual(65_536);
  });

  it('lists the evidence inventory, direct and transitive', () => {
    const md = renderMarkdown(fixture());
    expect(md).toContain('### Evidence (5 items, 3 vendors)');
    expect(md).toContain(
      '| cohere | dependency (npm) | cohere-ai | package-lock.json:120 | transitive, runtime |',
    );
    expect(md).toContain(
      '| anthropic | dependency (npm) | @\u200danthropic-ai/sdk | package.json:12 | direct, runtime |',
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
        .replace(/^> \[!(WARNING|NOTE)\]$/, '')
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
