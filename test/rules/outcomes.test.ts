// The conditions table and intermediary messages come from the same outcomes as the findings.
import { describe, expect, it } from 'vitest';
import { ids, rules } from '../helpers.js';
import { edit, MANIFEST, REGISTRY, run } from './fixtures.js';

const gateway = (options: { extra?: string; review?: string; products?: string } = {}) =>
  REGISTRY +
  `  gw:\n    name: Gateway\n    status: approved\n    intermediary: true\n${options.extra ?? ''}    review: { date: ${options.review ?? '2026-05-01'} }\n    profile: { processingRegions: [us] }\n    products:\n${options.products ?? '      api: { name: GW, status: approved }\n'}`;
const conditions = (vendorYaml: string) =>
  `    conditions:\n      - { id: annual, title: Annual review, check: review-cadence }\n      - { id: no-personal, title: No personal accounts, check: personal-accounts }\n${vendorYaml}`;
const via = MANIFEST + '    via: gw\n';

const states = (result: ReturnType<typeof run>, vendor: string) =>
  Object.fromEntries(
    result.vendors.find((v) => v.vendor === vendor)?.conditions.map((c) => [c.id, c.state]) ?? [],
  );

describe('the conditions table agrees with the findings', () => {
  const registry = edit(
    REGISTRY,
    '    products:',
    conditions(
      '      - { id: dpa, title: DPA, evidence: attestation }\n      - { id: iso, title: ISO, evidence: attestation, appliesTo: { requirements: [iso27001] } }\n',
    ) + '    products:',
  );
  it('all met on a clean use, not applicable outside appliesTo', () => {
    const attested = edit(
      registry,
      '    products:',
      '    attestations:\n      dpa: { date: 2026-01-01, by: Legal }\n    products:',
    );
    const result = run(attested, MANIFEST);
    expect(result.findings).toEqual([]);
    expect(states(result, 'acme-ai')).toEqual({
      annual: 'met',
      'no-personal': 'met',
      dpa: 'met',
      iso: 'not applicable',
    });
  });
  it('review-cadence is expired when review-stale fires, unmet for missing or invalidated', () => {
    const stale = run(registry, MANIFEST, { now: '2027-04-01' });
    expect(rules(stale.findings)).toContain('review-stale');
    expect(states(stale, 'acme-ai').annual).toBe('expired');
    const missing = run(edit(registry, '    review: { date: 2026-03-02 }\n', ''), MANIFEST);
    expect(rules(missing.findings)).toContain('review-missing');
    expect(states(missing, 'acme-ai').annual).toBe('unmet');
    const changed = run(
      edit(
        registry,
        '    products:',
        '    changes:\n      - { date: 2026-06-01, summary: New terms }\n    products:',
      ),
      MANIFEST,
    );
    expect(rules(changed.findings)).toContain('review-invalidated');
    expect(states(changed, 'acme-ai').annual).toBe('unmet');
  });
  it('personal-accounts is unmet when personal-account fires', () => {
    const result = run(registry, MANIFEST + '    accounts: personal\n');
    expect(rules(result.findings)).toContain('personal-account');
    expect(states(result, 'acme-ai')['no-personal']).toBe('unmet');
  });
  it('an attestation condition is unmet or expired as its finding says', () => {
    const unmet = run(registry, MANIFEST);
    expect(rules(unmet.findings)).toEqual(['condition-unmet']);
    expect(states(unmet, 'acme-ai').dpa).toBe('unmet');
    const expired = run(
      edit(
        registry,
        '    products:',
        '    attestations:\n      dpa: { date: 2025-01-01, by: Legal, expires: 2026-11-28 }\n    products:',
      ),
      MANIFEST,
    );
    expect(rules(expired.findings)).toEqual(['condition-expired']);
    expect(states(expired, 'acme-ai').dpa).toBe('expired');
  });
});

describe('intermediaries', () => {
  it('a stale intermediary is listed with its review condition expired, beside the finding', () => {
    const result = run(gateway({ extra: conditions(''), review: '2025-01-01' }), via);
    expect(ids(result.findings)).toEqual(['intermediary-not-approved@8']);
    expect(result.findings[0].message).toContain('[review-stale]');
    expect(result.findings[0].message).toContain('vendor review is overdue');
    expect(result.vendors.map((v) => v.vendor)).toEqual(['acme-ai', 'gw']);
    expect(states(result, 'gw')).toEqual({ annual: 'expired', 'no-personal': 'met' });
  });
  it('an approved intermediary is listed with its conditions met', () => {
    const result = run(gateway({ extra: conditions('') }), via);
    expect(result.findings).toEqual([]);
    expect(states(result, 'gw')).toEqual({ annual: 'met', 'no-personal': 'met' });
  });
  it('a waived finding of the intermediary does not fail it', () => {
    const registry =
      gateway({ review: '2025-01-01' }) +
      'waivers:\n  - { id: W1, rule: review-stale, vendor: gw, reason: Booked, approvedBy: CISO, expires: 2027-01-01 }\n';
    expect(run(registry, via).findings).toEqual([]);
  });
  it('an unknown intermediary is listed as unknown', () => {
    const result = run(REGISTRY, via);
    expect(result.vendors.find((v) => v.vendor === 'gw')).toMatchObject({ status: 'unknown' });
  });
});

describe('the intermediary data ceiling', () => {
  const at = (cls: string) =>
    edit(via, 'dataClassification: internal', `dataClassification: ${cls}`);
  it("checks the intermediary's product of the same id", () => {
    const registry = gateway({
      products: '      api: { name: GW API, status: approved, maxClassification: internal }\n',
    });
    expect(run(registry, at('internal')).findings).toEqual([]);
    const findings = run(registry, at('confidential')).findings;
    expect(ids(findings)).toEqual(['classification-exceeded@7']);
    expect(findings[0]).toMatchObject({ vendor: 'gw', product: 'api', severity: 'error' });
    expect(findings[0].message).toContain('GW API (Gateway)');
  });
  it('without that product, the strictest ceiling among its approved products', () => {
    const registry = gateway({
      products:
        '      chat: { name: GW Chat, status: approved, maxClassification: restricted }\n' +
        '      basic: { name: GW Basic, status: approved, maxClassification: internal }\n' +
        '      old: { name: GW Old, status: prohibited, maxClassification: public }\n',
    });
    expect(run(registry, at('internal')).findings).toEqual([]);
    const findings = run(registry, at('confidential')).findings;
    expect(findings.map((f) => [f.ruleId, f.vendor, f.product])).toEqual([
      ['classification-exceeded', 'gw', 'basic'],
    ]);
  });
  it('restricted data through an intermediary approved up to internal fails even when the vendor allows it', () => {
    const registry = edit(
      gateway({
        products: '      api: { name: GW, status: approved, maxClassification: internal }\n',
      }),
      'maxClassification: confidential',
      'maxClassification: restricted',
    );
    expect(rules(run(registry, at('restricted')).findings)).toEqual(['classification-exceeded']);
  });
  it('no ceiling when the intermediary product sets none', () => {
    expect(run(gateway(), at('confidential')).findings).toEqual([]);
  });
  it("a prohibited intermediary product of the entry's id is not approved", () => {
    const registry = gateway({ products: '      api: { name: GW, status: prohibited }\n' });
    expect(ids(run(registry, via).findings)).toEqual(['intermediary-not-approved@8']);
  });
});
