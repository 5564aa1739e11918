// A fixed GateResult that exercises every renderer path: errors, warnings, a waived note, a
// finding without a location, one in a remote registry, direct and transitive evidence, two
// vendors with conditions in every state, and hostile strings from the manifest and registry.
import type { Evidence, Finding, GateResult } from '../../src/model.js';

/** Everything an attacker would try through a vendor name, purpose, message or file name. */
export const HOSTILE =
  'Evil\n::error::pwned <script>alert(1)</script> | [x](http://evil) @org/team ##[error]boom';

const MANIFEST = '.github/ai-vendors.yml';

export const FINDINGS: Finding[] = [
  {
    ruleId: 'waiver-expired',
    severity: 'warning',
    message:
      'Waiver WVR-7 for review-stale expired on 2026-05-01; ask security to renew it or fix the finding.',
    waived: null,
  },
  {
    ruleId: 'condition-unmet',
    severity: 'error',
    message:
      'anthropic condition "iso27001" (Verify ISO 27001 status) has no attestation; Security must attest it before use.',
    vendor: 'anthropic',
    product: 'api',
    condition: 'iso27001',
    location: { file: MANIFEST, line: 9, column: 13, endLine: 9, endColumn: 22 },
    waived: null,
  },
  {
    ruleId: 'review-stale',
    severity: 'note',
    message: 'anthropic was last reviewed on 2025-03-02; the annual review was due on 2026-03-02.',
    vendor: 'anthropic',
    location: { file: MANIFEST, line: 9, column: 13, endLine: 9, endColumn: 22 },
    waived: {
      id: 'WVR-12',
      reason: 'Re-review scheduled, vendor call booked.',
      approvedBy: 'CISO',
      expires: '2027-01-15',
    },
  },
  {
    ruleId: 'vendor-not-approved',
    severity: 'error',
    message: `Vendor evil-ai is under review: ${HOSTILE}`,
    vendor: 'evil-ai',
    product: 'chat',
    location: { file: MANIFEST, line: 14, column: 13, endLine: 14, endColumn: 20 },
    waived: null,
  },
  {
    ruleId: 'classification-exceeded',
    severity: 'error',
    message:
      'evil-ai chat is approved up to internal data, the entry sends confidential data; send less or use another product.',
    vendor: 'evil-ai',
    product: 'chat',
    location: { file: MANIFEST, line: 16, column: 25, endLine: 16, endColumn: 37 },
    waived: null,
  },
  {
    ruleId: 'declaration-unused',
    severity: 'warning',
    message: 'openai is declared but the scan found no evidence of it; remove the entry if unused.',
    vendor: 'openai',
    product: 'api',
    location: { file: MANIFEST, line: 20, column: 5, endLine: 24, endColumn: 1 },
    waived: null,
  },
  {
    ruleId: 'condition-expired',
    severity: 'error',
    message: 'evil-ai condition "dpa" attestation expired on 2026-01-01; ask Legal to renew it.',
    vendor: 'evil-ai',
    condition: 'dpa',
    location: {
      file: 'github:acme/policy/registry.yml@main',
      line: 40,
      column: 7,
      endLine: 40,
      endColumn: 30,
    },
    waived: null,
  },
  {
    ruleId: 'usage-undeclared',
    severity: 'note',
    message:
      'cohere is used (transitive dependency cohere-ai) but not declared in .github/ai-vendors.yml.',
    vendor: 'cohere',
    location: { file: 'package-lock.json', line: 120, column: 5, endLine: 120, endColumn: 16 },
    waived: null,
  },
];

export const EVIDENCE: Evidence[] = [
  {
    vendor: 'anthropic',
    kind: 'dependency',
    ecosystem: 'npm',
    name: '@anthropic-ai/sdk',
    file: 'package.json',
    line: 12,
    column: 5,
    endColumn: 22,
    direct: true,
    context: 'runtime',
  },
  {
    vendor: 'anthropic',
    kind: 'env',
    name: 'ANTHROPIC_API_KEY',
    file: 'src/summarize.ts',
    line: 4,
    direct: true,
    context: 'runtime',
  },
  {
    vendor: 'anthropic',
    kind: 'endpoint',
    name: 'api.anthropic.com',
    file: 'docs/setup.md',
    line: 3,
    direct: true,
    context: 'docs',
  },
  {
    vendor: 'cohere',
    kind: 'dependency',
    ecosystem: 'npm',
    name: 'cohere-ai',
    file: 'package-lock.json',
    line: 120,
    direct: false,
    context: 'runtime',
  },
  {
    vendor: 'evil-ai',
    kind: 'endpoint',
    name: `api.evil.example ${HOSTILE}`,
    file: 'src/[x](http:/evil)|`x`.ts',
    line: 7,
    direct: true,
    context: 'test',
  },
];

export function fixture(): GateResult {
  return {
    report: {
      schemaVersion: 1,
      tool: { name: 'ai-vendor-gate', version: '0.1.0' },
      decision: 'fail',
      now: '2026-07-01',
      failOn: 'error',
      summary: { errors: 4, warnings: 2, notes: 2 },
      findings: structuredClone(FINDINGS),
      evidence: structuredClone(EVIDENCE),
      skipped: [
        { file: 'assets/model.bin', reason: 'binary' },
        { file: `data/${HOSTILE}.json`, reason: 'too-large' },
      ],
      scan: {
        listing: 'walk',
        filesRead: 42,
        skippedCount: 3,
        skippedByReason: { binary: 1, 'too-large': 2 },
      },
      inputs: {
        manifest: { path: MANIFEST, sha256: 'a'.repeat(64) },
        registry: { source: 'github:acme/policy/registry.yml@main', sha256: 'b'.repeat(64) },
      },
    },
    vendors: [
      {
        vendor: 'anthropic',
        name: 'Anthropic',
        status: 'conditional',
        conditions: [
          { id: 'dpa', title: 'Execute Enterprise DPA', owner: 'Legal', state: 'met' },
          { id: 'sso', title: 'Configure SSO', state: 'not applicable' },
          { id: 'iso27001', title: 'Verify ISO 27001 status', owner: 'Security', state: 'unmet' },
          { id: 'training', title: 'Staff training', owner: 'People', state: 'expired' },
        ],
      },
      {
        vendor: 'evil-ai',
        name: HOSTILE,
        status: 'under-review',
        conditions: [
          { id: 'dpa', title: `DPA ${HOSTILE}`, owner: HOSTILE, state: 'expired' },
          { id: 'pen-test', title: 'Penetration test', owner: 'Security', state: 'met' },
          { id: 'soc2', title: 'SOC 2 report', state: 'unmet' },
          { id: 'eu-only', title: 'EU processing only', state: 'not applicable' },
        ],
      },
    ],
    organization: 'Example Corp',
    repository: 'acme/payments',
  };
}

/** A passing result with nothing to report. */
export function cleanFixture(): GateResult {
  const result = fixture();
  result.report.decision = 'pass';
  result.report.summary = { errors: 0, warnings: 0, notes: 0 };
  result.report.findings = [];
  result.report.evidence = [];
  result.report.skipped = [];
  result.report.scan = { listing: 'git', filesRead: 3, skippedCount: 0, skippedByReason: {} };
  result.vendors = [];
  return result;
}
