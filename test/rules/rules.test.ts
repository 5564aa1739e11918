import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/index.js';
import { ids, manifestOf, registryOf, rules } from '../helpers.js';
import { edit, MANIFEST, REGISTRY, run } from './fixtures.js';

const withVendor = (extra: string) => edit(REGISTRY, '    products:', `${extra}    products:`);

describe('a clean use', () => {
  it('gives no findings', () => {
    expect(run(REGISTRY, MANIFEST).findings).toEqual([]);
  });
});

describe('vendor-unknown', () => {
  it('fires at the vendor line of the entry', () => {
    const findings = run(REGISTRY, edit(MANIFEST, 'vendor: acme-ai', 'vendor: acme-al')).findings;
    expect(ids(findings)).toEqual(['vendor-unknown@4']);
    expect(findings[0]).toMatchObject({ severity: 'error', vendor: 'acme-al' });
    expect(findings[0].location).toMatchObject({ line: 4, column: 13, endLine: 4, endColumn: 20 });
  });
});

describe('vendor-not-approved', () => {
  for (const status of ['under-review', 'rejected', 'suspended']) {
    it(`fires for ${status}`, () => {
      const findings = run(
        edit(REGISTRY, 'status: approved\n    review', `status: ${status}\n    review`),
        MANIFEST,
      ).findings;
      expect(ids(findings)).toEqual(['vendor-not-approved@4']);
    });
  }
  it('stays quiet for approved and conditional', () => {
    const conditional = edit(
      REGISTRY,
      'status: approved\n    review',
      'status: conditional\n    review',
    );
    expect(run(conditional, MANIFEST).findings).toEqual([]);
  });
});

describe('product-unknown and product-not-approved', () => {
  it('fires product-unknown at the product line', () => {
    expect(ids(run(REGISTRY, edit(MANIFEST, 'product: api', 'product: apx')).findings)).toEqual([
      'product-unknown@5',
    ]);
  });
  it('gives the registry reason for a prohibited product', () => {
    const registry =
      REGISTRY +
      `      consumer: { name: Consumer, status: prohibited, reason: No DPA protection. }\n`;
    const findings = run(registry, edit(MANIFEST, 'product: api', 'product: consumer')).findings;
    expect(ids(findings)).toEqual(['product-not-approved@5']);
    expect(findings[0].message).toContain('No DPA protection.');
  });
  it('fires for a product under review', () => {
    const registry = REGISTRY + `      beta: { name: Beta, status: under-review }\n`;
    expect(rules(run(registry, edit(MANIFEST, 'product: api', 'product: beta')).findings)).toEqual([
      'product-not-approved',
    ]);
  });
});

describe('personal-account', () => {
  it('fires at the accounts line and names the condition', () => {
    const registry =
      REGISTRY +
      `    conditions:\n      - { id: no-personal, title: No personal accounts, owner: HR, check: personal-accounts }\n`;
    const findings = run(registry, MANIFEST + '    accounts: personal\n').findings;
    expect(ids(findings)).toEqual(['personal-account@8']);
    expect(findings[0].condition).toBe('no-personal');
    expect(findings[0].message).toContain('HR');
  });
  it('is quiet for organization accounts', () => {
    expect(run(REGISTRY, MANIFEST + '    accounts: organization\n').findings).toEqual([]);
  });
});

describe('condition-unmet and condition-expired', () => {
  const conditioned = (attestation: string, appliesTo = '') =>
    REGISTRY +
    `    conditions:\n      - { id: dpa, title: Execute DPA, owner: Legal, description: Legal must execute the DPA, evidence: attestation${appliesTo} }\n` +
    attestation;
  it('fires when no attestation exists, naming the owner', () => {
    const findings = run(conditioned(''), MANIFEST).findings;
    expect(ids(findings)).toEqual(['condition-unmet@4']);
    expect(findings[0]).toMatchObject({ condition: 'dpa', vendor: 'acme-ai' });
    expect(findings[0].message).toContain('Legal must execute the DPA');
  });
  it('is met by an attestation, including on its expiry day', () => {
    const attested = conditioned(
      '    attestations:\n      dpa: { date: 2026-01-01, by: Legal, expires: 2026-11-29 }\n',
    );
    expect(run(attested, MANIFEST).findings).toEqual([]);
  });
  it('fires condition-expired the day after expiry', () => {
    const attested = conditioned(
      '    attestations:\n      dpa: { date: 2026-01-01, by: Legal, expires: 2026-11-28 }\n',
    );
    expect(ids(run(attested, MANIFEST).findings)).toEqual(['condition-expired@4']);
  });
  it('applies by product', () => {
    const registry = conditioned('', ', appliesTo: { products: [enterprise] }');
    expect(run(registry, MANIFEST).findings).toEqual([]);
    const both = edit(
      registry,
      '    conditions:',
      '      enterprise: { name: Ent, status: approved }\n    conditions:',
    );
    const manifest =
      MANIFEST +
      '  - { vendor: acme-ai, product: enterprise, purpose: Chat, dataClassification: internal }\n';
    const findings = run(both, manifest).findings;
    expect(ids(findings)).toEqual(['condition-unmet@8']);
  });
  it('applies by requirement', () => {
    const registry = conditioned('', ', appliesTo: { requirements: [iso27001] }');
    expect(run(registry, MANIFEST).findings).toEqual([]);
    const iso = edit(MANIFEST, 'owner: team', 'owner: team\nrequirements: [gdpr, iso27001]');
    expect(ids(run(registry, iso).findings)).toEqual(['condition-unmet@5']);
  });
});

describe('review rules', () => {
  it('review-missing for a usable vendor without a review date', () => {
    const registry = edit(REGISTRY, '    review: { date: 2026-03-02 }\n', '');
    expect(ids(run(registry, MANIFEST).findings)).toEqual(['review-missing@4']);
  });
  it('not stale on the exact due day, stale the day after', () => {
    // reviewed 2026-03-02 + 365 days = due 2027-03-02
    expect(rules(run(REGISTRY, MANIFEST, { now: '2027-03-02' }).findings)).toEqual([
      'review-due-soon',
    ]);
    expect(rules(run(REGISTRY, MANIFEST, { now: '2027-03-03' }).findings)).toEqual([
      'review-stale',
    ]);
  });
  it('due soon within the warning days, quiet one day before', () => {
    expect(rules(run(REGISTRY, MANIFEST, { now: '2027-01-31' }).findings)).toEqual([
      'review-due-soon',
    ]);
    expect(run(REGISTRY, MANIFEST, { now: '2027-01-30' }).findings).toEqual([]);
  });
  it('uses the vendor cadence over the defaults', () => {
    const registry = edit(
      REGISTRY,
      'review: { date: 2026-03-02 }',
      'review: { date: 2026-03-02, cadenceDays: 90 }',
    );
    expect(rules(run(registry, MANIFEST).findings)).toEqual(['review-stale']);
    const defaults = edit(
      REGISTRY,
      'version: 1\n',
      'version: 1\ndefaults: { reviewCadenceDays: 100, reviewWarningDays: 0 }\n',
    );
    expect(rules(run(defaults, MANIFEST, { now: '2026-06-10' }).findings)).toEqual([
      'review-due-soon',
    ]);
    expect(run(defaults, MANIFEST, { now: '2026-06-09' }).findings).toEqual([]);
  });
  it('a significant change after the review and not after now invalidates it', () => {
    const change = (date: string, significant = '') =>
      withVendor(`    changes:\n      - { date: ${date}, summary: New terms${significant} }\n`);
    expect(rules(run(change('2026-06-10'), MANIFEST).findings)).toEqual(['review-invalidated']);
    expect(rules(run(change('2026-11-29'), MANIFEST).findings)).toEqual(['review-invalidated']);
    expect(run(change('2026-03-02'), MANIFEST).findings).toEqual([]); // on the review day
    expect(run(change('2026-01-10'), MANIFEST).findings).toEqual([]); // before the review
    expect(run(change('2026-11-30'), MANIFEST).findings).toEqual([]); // in the future
    expect(run(change('2026-06-10', ', significant: false'), MANIFEST).findings).toEqual([]);
  });
  it('carries the review-cadence condition id', () => {
    const registry =
      REGISTRY +
      '    conditions:\n      - { id: annual, title: Annual review, owner: SecArch, check: review-cadence }\n';
    const findings = run(registry, MANIFEST, { now: '2027-04-01' }).findings;
    expect(findings[0]).toMatchObject({ ruleId: 'review-stale', condition: 'annual' });
    expect(findings[0].message).toContain('SecArch');
  });
});

describe('certification-expired', () => {
  const certs = (expires: string, status = 'verified') =>
    edit(
      REGISTRY,
      'profile: { processingRegions: [us] }',
      `profile: { processingRegions: [us], certifications: [{ name: soc2-type2, status: ${status}, expires: ${expires} }] }`,
    );
  it('warns the day after a verified certification expires', () => {
    expect(ids(run(certs('2026-11-28'), MANIFEST).findings)).toEqual(['certification-expired@4']);
    expect(run(certs('2026-11-28'), MANIFEST).findings[0].severity).toBe('warning');
  });
  it('is quiet on the expiry day and for unverified certifications', () => {
    expect(run(certs('2026-11-29'), MANIFEST).findings).toEqual([]);
    expect(run(certs('2026-01-01', 'unverified'), MANIFEST).findings).toEqual([]);
  });
});

describe('residency-mismatch', () => {
  it('fires when a processing region is outside dataResidency', () => {
    const manifest = edit(MANIFEST, 'owner: team', 'owner: team\ndataResidency: [eu]');
    expect(ids(run(REGISTRY, manifest).findings)).toEqual(['residency-mismatch@5']);
  });
  it('treats unknown regions as a mismatch', () => {
    const registry = edit(REGISTRY, '    profile: { processingRegions: [us] }\n', '');
    const manifest = edit(MANIFEST, 'owner: team', 'owner: team\ndataResidency: [us]');
    expect(rules(run(registry, manifest).findings)).toEqual(['residency-mismatch']);
  });
  it('is quiet when all regions are allowed or the manifest sets none', () => {
    expect(
      run(REGISTRY, edit(MANIFEST, 'owner: team', 'owner: team\ndataResidency: [eu, us]')).findings,
    ).toEqual([]);
    expect(
      run(edit(REGISTRY, '    profile: { processingRegions: [us] }\n', ''), MANIFEST).findings,
    ).toEqual([]);
  });
});

describe('classification-exceeded', () => {
  const at = (cls: string) =>
    edit(MANIFEST, 'dataClassification: internal', `dataClassification: ${cls}`);
  it('ranks public < internal < confidential < restricted against the ceiling', () => {
    for (const cls of ['public', 'internal', 'confidential'])
      expect(run(REGISTRY, at(cls)).findings).toEqual([]);
    expect(ids(run(REGISTRY, at('restricted')).findings)).toEqual(['classification-exceeded@7']);
    const internalOnly = edit(
      REGISTRY,
      'maxClassification: confidential',
      'maxClassification: internal',
    );
    expect(rules(run(internalOnly, at('confidential')).findings)).toEqual([
      'classification-exceeded',
    ]);
    const publicOnly = edit(
      REGISTRY,
      'maxClassification: confidential',
      'maxClassification: public',
    );
    expect(rules(run(publicOnly, at('internal')).findings)).toEqual(['classification-exceeded']);
  });
  it('has no ceiling without maxClassification', () => {
    expect(
      run(edit(REGISTRY, ', maxClassification: confidential', ''), at('restricted')).findings,
    ).toEqual([]);
  });
});

describe('intermediary-not-approved', () => {
  const gateway = (extra: string) =>
    REGISTRY +
    `  gw:\n    name: Gateway\n    status: approved\n${extra}    review: { date: 2026-05-01 }\n    profile: { processingRegions: [us] }\n    products:\n      api: { name: GW, status: approved }\n`;
  const via = MANIFEST + '    via: gw\n';
  it('is quiet for an approved intermediary', () => {
    expect(run(gateway('    intermediary: true\n'), via).findings).toEqual([]);
  });
  it('fires for an unknown via, a non-intermediary, or a failing intermediary', () => {
    expect(ids(run(REGISTRY, via).findings)).toEqual(['intermediary-not-approved@8']);
    expect(ids(run(gateway(''), via).findings)).toEqual(['intermediary-not-approved@8']);
    const stale = edit(gateway('    intermediary: true\n'), 'date: 2026-05-01', 'date: 2025-01-01');
    const findings = run(stale, via).findings;
    expect(ids(findings)).toEqual(['intermediary-not-approved@8']);
    expect(findings[0].message).toContain('review-stale');
  });
});

describe('waivers', () => {
  const waiver = (expires: string, repositories = '') =>
    edit(REGISTRY, 'review: { date: 2026-03-02 }', 'review: { date: 2025-01-01 }') +
    `waivers:\n  - { id: WVR-1, rule: review-stale, vendor: acme-ai, reason: Booked, approvedBy: CISO, expires: ${expires}${repositories} }\n`;
  it('turns a covered finding into a note through its expiry day', () => {
    const [finding] = run(waiver('2026-11-29'), MANIFEST).findings;
    expect(finding).toMatchObject({ ruleId: 'review-stale', severity: 'note' });
    expect(finding.waived).toEqual({
      id: 'WVR-1',
      reason: 'Booked',
      approvedBy: 'CISO',
      expires: '2026-11-29',
    });
  });
  it('after expiry the finding keeps its severity and waiver-expired warns at the waiver', () => {
    const findings = run(waiver('2026-11-28'), MANIFEST).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.location?.file, f.location?.line])).toEqual(
      [
        ['review-stale', 'error', '.github/ai-vendors.yml', 4],
        ['waiver-expired', 'warning', 'registry.yml', 11],
      ],
    );
  });
  it('matches repositories by glob, and never when the repository is unknown', () => {
    const scoped = waiver('2027-01-01', ', repositories: ["acme/pay-*"]');
    expect(run(scoped, MANIFEST, { repository: 'acme/pay-api' }).findings[0].severity).toBe('note');
    expect(run(scoped, MANIFEST, { repository: 'ACME/Pay-API' }).findings[0].severity).toBe('note');
    expect(run(scoped, MANIFEST, { repository: 'acme/web' }).findings[0].severity).toBe('error');
    expect(run(scoped, MANIFEST).findings[0].severity).toBe('error');
  });
  it('does not cover another vendor or rule', () => {
    const other = edit(waiver('2027-01-01'), 'vendor: acme-ai, reason', 'vendor: other, reason');
    expect(run(other, MANIFEST).findings[0].severity).toBe('error');
  });
});

describe('registry-changed', () => {
  it('warns at the registry file', () => {
    const findings = evaluate({
      registry: registryOf(REGISTRY),
      manifest: manifestOf(MANIFEST),
      manifestFile: '.github/ai-vendors.yml',
      now: '2026-11-29',
      evidence: null,
      registryChanged: { file: 'registry.yml', base: 'abc123' },
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.location?.file])).toEqual([
      ['registry-changed', 'warning', 'registry.yml'],
    ]);
  });
});
