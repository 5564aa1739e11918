// The one rule table: complete, read by the engine, documented with an anchor per rule.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/model.js';
import { fixFor, ruleInfo, RULE_TABLE, RULES, severityOf } from '../../src/rules/table.js';
import { rules } from '../helpers.js';
import { edit, MANIFEST, REGISTRY, run } from './fixtures.js';

describe('the rule table', () => {
  it('has every rule id, in RULE_IDS order, with every text and SARIF property', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(Object.keys(RULE_TABLE).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) {
      for (const text of [
        rule.title,
        rule.shortDescription,
        rule.fullDescription,
        rule.help,
        rule.fix.default,
      ]) {
        expect(text.trim(), rule.id).not.toBe('');
      }
      expect(rule.securitySeverity, rule.id).toMatch(/^\d{1,2}\.\d$/);
      expect(Number(rule.securitySeverity)).toBeLessThanOrEqual(10);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.precision);
      expect(rule.tags).toContain('security');
      expect(rule.defaultSeverity).toBe(rule.severity);
      expect(rule.helpPath).toBe(`docs/rules.md#${rule.id}`);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });
  it('error-level policy breaks rank high in code scanning', () => {
    for (const id of [
      'vendor-not-approved',
      'classification-exceeded',
      'usage-undeclared',
    ] as const) {
      expect(Number(ruleInfo(id).securitySeverity)).toBeGreaterThanOrEqual(7);
    }
    expect(Number(ruleInfo('declaration-unused').securitySeverity)).toBeLessThan(4);
  });
  it('gives the fix of the situation, or the usual one', () => {
    expect(fixFor({ ruleId: 'usage-undeclared' })).toMatch(/^Declare the vendor/);
    expect(fixFor({ ruleId: 'usage-undeclared', situation: 'vendor-rejected' })).toMatch(
      /remove the use/,
    );
    expect(fixFor({ ruleId: 'review-stale', situation: 'vendor-rejected' })).toBe(
      RULE_TABLE['review-stale'].fix.default,
    );
  });
});

describe('the engine takes severities from the table', () => {
  it('a finding has its rule severity', () => {
    const due = run(REGISTRY, MANIFEST, { now: '2027-02-20' }).findings;
    expect(due.map((f) => [f.ruleId, f.severity])).toEqual([
      ['review-due-soon', severityOf('review-due-soon')],
    ]);
    const stale = run(REGISTRY, MANIFEST, { now: '2027-03-03' }).findings;
    expect(stale.map((f) => f.severity)).toEqual([severityOf('review-stale')]);
    const unknown = run(REGISTRY, edit(MANIFEST, 'vendor: acme-ai', 'vendor: nope')).findings;
    expect(rules(unknown)).toEqual(['vendor-unknown']);
    expect(unknown[0].severity).toBe(severityOf('vendor-unknown'));
  });
  it('no rule file writes a severity of its own', () => {
    const dir = 'src/rules';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'table.ts')) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      expect(text, file).not.toMatch(/severity:\s*'(error|warning)'/);
      expect(text, file).not.toMatch(/makeFinding\(\s*'[a-z-]+',\s*'(error|warning|note)'/);
    }
  });
});

describe('docs/rules.md', () => {
  const doc = readFileSync('docs/rules.md', 'utf8');
  it('has a heading whose anchor is each rule id, with its severity', () => {
    for (const rule of RULES) {
      const at = doc.indexOf(`\n## ${rule.id}\n`);
      expect(at, rule.id).toBeGreaterThan(0);
      const section = doc.slice(at, doc.indexOf('\n## ', at + 1) >>> 0 || undefined);
      expect(section, rule.id).toContain(`Severity \`${rule.severity}\``);
      expect(section, rule.id).toContain(rule.fullDescription.slice(0, 40));
    }
  });
});
