// Gate results and run contexts for the history tests.
import { createHash } from 'node:crypto';
import type { Finding, GateResult } from '../../src/model.js';
import { buildRecord, type GateRecord, type RunContext } from '../../src/history/record.js';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export function makeResult(
  findings: Finding[] = [],
  options: { vendors?: string[]; evidenceVendors?: string[] } = {},
): GateResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.filter((f) => f.severity === 'note').length;
  return {
    report: {
      schemaVersion: 1,
      tool: { name: 'ai-vendor-gate', version: '0.1.0' },
      decision: errors > 0 ? 'fail' : 'pass',
      now: '2026-07-01',
      failOn: 'error',
      summary: { errors, warnings, notes },
      findings,
      evidence: (options.evidenceVendors ?? []).map((vendor, i) => ({
        vendor,
        kind: 'dependency',
        ecosystem: 'npm',
        name: `${vendor}-sdk`,
        file: 'package.json',
        line: i + 1,
        direct: true,
        context: 'runtime' as const,
      })),
      inputs: {
        manifest: { path: '.github/ai-vendors.yml', sha256: HASH_A },
        registry: { source: 'registry.yml', sha256: HASH_B },
      },
      skipped: [],
      scan: null,
    },
    vendors: (options.vendors ?? []).map((vendor) => ({
      vendor,
      name: vendor,
      status: 'conditional',
      conditions: [],
    })),
  };
}

export const staleFinding: Finding = {
  ruleId: 'review-stale',
  severity: 'error',
  message: 'Anthropic review is stale.',
  vendor: 'anthropic',
  location: { file: 'registry.yml', line: 7, column: 5, endLine: 7, endColumn: 15 },
  waived: null,
};

export const waivedFinding: Finding = {
  ruleId: 'declaration-unused',
  severity: 'note',
  message: 'Declared but unused.',
  vendor: 'openai',
  product: 'api',
  waived: { id: 'WVR-1', reason: 'Migration', approvedBy: 'CISO', expires: '2027-01-01' },
};

export function runContext(i = 0, overrides: Partial<RunContext> = {}): RunContext {
  return {
    timestamp: `2026-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    repository: 'acme/payments',
    sha: (i + 1).toString(16).padStart(40, '0'),
    ref: 'refs/heads/main',
    event: 'push',
    runId: String(1000 + i),
    runAttempt: '1',
    actor: 'octocat',
    workflow: 'CI',
    serverUrl: 'https://github.com',
    ...overrides,
  };
}

/** `n` records chained from null, alternating findings so that they differ. */
export function chainOf(n: number): GateRecord[] {
  const records: GateRecord[] = [];
  for (let i = 0; i < n; i++) {
    const result = makeResult(i % 3 === 0 ? [staleFinding] : [], {
      vendors: i % 2 === 0 ? ['anthropic'] : ['anthropic', 'openai'],
    });
    records.push(buildRecord(result, runContext(i), records[i - 1]?.sha256 ?? null));
  }
  return records;
}

/** A realistic two-month history for the page and its screenshot. */
export function sampleHistory(): GateRecord[] {
  const records: GateRecord[] = [];
  const finding = (
    ruleId: Finding['ruleId'],
    severity: Finding['severity'],
    vendor: string,
  ): Finding => ({
    ruleId,
    severity,
    message: `${ruleId} for ${vendor}`,
    vendor,
    location: { file: '.github/ai-vendors.yml', line: 9, column: 5, endLine: 9, endColumn: 20 },
    waived: null,
  });
  for (let i = 0; i < 32; i++) {
    const findings: Finding[] = [];
    const vendors = ['anthropic'];
    if (i >= 6) vendors.push('openai');
    if (i >= 14 && i < 26) vendors.push('openrouter');
    if (i >= 22) vendors.push('aws-bedrock');
    if (i === 6 || i === 7) findings.push(finding('usage-undeclared', 'error', 'openai'));
    if (i >= 14 && i < 17)
      findings.push(finding('intermediary-not-approved', 'error', 'openrouter'));
    if (i >= 20) findings.push(finding('review-due-soon', 'warning', 'anthropic'));
    if (i === 27) findings.push(finding('condition-unmet', 'error', 'aws-bedrock'));
    if (i % 5 === 0) findings.push(finding('declaration-unused', 'warning', 'openai'));
    if (i >= 10 && i % 3 === 0) {
      findings.push({
        ...finding('review-stale', 'note', 'openai'),
        waived: { id: 'WVR-12', reason: 'Booked', approvedBy: 'CISO', expires: '2026-12-31' },
      });
    }
    const day = new Date(Date.UTC(2026, 4, 4) + i * 2 * 86_400_000);
    const result = makeResult(findings, { vendors });
    result.report.now = day.toISOString().slice(0, 10);
    const run = runContext(i, {
      timestamp: `${result.report.now}T${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00Z`,
      sha: createHash('sha1').update(`commit ${i}`).digest('hex'),
      runId: String(9_100_000_000 + i * 37),
      runAttempt: i === 7 ? '2' : '1',
      event: i % 4 === 3 ? 'pull_request' : 'push',
      ref: i % 4 === 3 ? `refs/pull/${100 + i}/merge` : 'refs/heads/main',
      actor: ['octocat', 'hubot', 'monalisa'][i % 3],
    });
    const reviewsDue =
      i === 31
        ? [
            { vendor: 'anthropic', kind: 'review' as const, id: null, due: '2026-07-20' },
            { vendor: 'aws-bedrock', kind: 'attestation' as const, id: 'dpa', due: '2026-08-15' },
            {
              vendor: 'openai',
              kind: 'certification' as const,
              id: 'soc2-type2',
              due: '2026-09-30',
            },
            { vendor: 'openai', kind: 'review' as const, id: null, due: '2027-02-01' },
          ]
        : undefined;
    records.push(
      buildRecord(
        result,
        run,
        records[i - 1]?.sha256 ?? null,
        reviewsDue === undefined ? {} : { reviewsDue },
      ),
    );
  }
  return records;
}
