import { describe, expect, it } from 'vitest';
import { RULE_IDS, type GateResult } from '../../src/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { fixture } from './fixture.js';
import { expectGolden } from './golden.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: { primaryLocationLineHash: string };
  suppressions?: { kind: string; justification: string }[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}

interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, unknown>;
    results: SarifResult[];
  }[];
}

function parse(result: GateResult, category?: string): Sarif {
  return JSON.parse(renderSarif(result, { category })) as Sarif;
}

describe('renderSarif', () => {
  it('matches the golden file', () => {
    expectGolden('report.sarif', renderSarif(fixture()));
  });

  it('is 2-space indented JSON ending with a newline', () => {
    const text = renderSarif(fixture());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
  });

  it('has the top-level shape code scanning requires', () => {
    const sarif = parse(fixture());
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('ai-vendor-gate');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.automationDetails.id).toBe('ai-vendor-gate/.github/ai-vendors.yml/');
    expect(run.originalUriBaseIds).toHaveProperty('%SRCROOT%');
  });

  it('sets the automation id from the options', () => {
    expect(parse(fixture(), 'ai-vendor-gate/payments').runs[0].automationDetails.id).toBe(
      'ai-vendor-gate/payments/',
    );
  });

  it('describes every rule, in RULE_IDS order, with help', () => {
    const rules = parse(fixture()).runs[0].tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text.trim()).not.toBe('');
      expect(rule.fullDescription.text.trim()).not.toBe('');
      expect(rule.help.text.trim()).not.toBe('');
      expect(rule.help.markdown.trim()).not.toBe('');
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length).toBeGreaterThan(0);
    }
  });

  it('gives every result a rule, level, message, location and fingerprint', () => {
    const run = parse(fixture()).runs[0];
    const report = fixture().report;
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((result, index) => {
      const finding = report.findings[index];
      expect(result.ruleId).toBe(finding.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe(finding.severity);
      expect(result.message.text.trim()).not.toBe('');
      expect(result.message.text).not.toContain('\n');
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:|\\|(^|\/)\.\.?\//i);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      expect(region.endColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{64}:\d+$/);
    });
  });

  it('places findings without a repository location on the manifest at 1:1', () => {
    const results = parse(fixture()).runs[0].results;
    const general = results.find((result) => result.ruleId === 'waiver-expired');
    const remote = results.find((result) => result.ruleId === 'condition-expired');
    for (const result of [general, remote]) {
      expect(result?.locations[0].physicalLocation.artifactLocation.uri).toBe(
        '.github/ai-vendors.yml',
      );
      expect(result?.locations[0].physicalLocation.region).toMatchObject({
        startLine: 1,
        startColumn: 1,
      });
    }
    expect(remote?.message.text).toContain('(at github:acme/policy/registry.yml@main:40:7)');
  });

  it('writes repo-relative URIs with / separators, percent-encoded', () => {
    const result = fixture();
    result.report.findings[1].location!.file = '.\\services\\my app\\a#b.yml';
    const uri = parse(result).runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('services/my%20app/a%23b.yml');
  });

  it('marks waived findings as externally suppressed', () => {
    const results = parse(fixture()).runs[0].results;
    const waived = results.find((result) => result.ruleId === 'review-stale');
    expect(waived?.level).toBe('note');
    expect(waived?.suppressions).toEqual([
      {
        kind: 'external',
        justification:
          'WVR-12: Re-review scheduled, vendor call booked. (approved by CISO, expires 2027-01-15)',
      },
    ]);
    expect(results.filter((result) => result.suppressions)).toHaveLength(1);
  });

  it('keeps fingerprints when lines move or messages change', () => {
    const before = parse(fixture()).runs[0].results;
    const moved = fixture();
    for (const finding of moved.report.findings) {
      if (finding.location) {
        finding.location.line += 7;
        finding.location.endLine += 7;
        finding.location.column += 2;
      }
      finding.message = `${finding.message} (reworded)`;
    }
    const after = parse(moved).runs[0].results;
    expect(after.map((r) => r.partialFingerprints)).toEqual(
      before.map((r) => r.partialFingerprints),
    );
  });

  it('gives distinct findings distinct fingerprints', () => {
    const hashes = parse(fixture()).runs[0].results.map(
      (result) => result.partialFingerprints.primaryLocationLineHash,
    );
    expect(new Set(hashes).size).toBe(hashes.length);
    const twin = fixture();
    twin.report.findings.push({ ...twin.report.findings[1] });
    const twinHashes = parse(twin).runs[0].results.map(
      (result) => result.partialFingerprints.primaryLocationLineHash,
    );
    expect(twinHashes.at(-1)).toBe(twinHashes[1].replace(/:1$/, ':2'));
  });

  it('is deterministic', () => {
    expect(renderSarif(fixture())).toBe(renderSarif(fixture()));
  });
});
