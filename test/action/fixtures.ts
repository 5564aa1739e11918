// Gate results for the sink tests, built like the engine builds them.
import type { Finding, GateResult, RuleId, Severity } from '../../src/model.js';

export const HOSTILE = 'x\n::error::pwned <img src=x onerror=alert(1)> ##[error]gotcha';

export function finding(
  ruleId: RuleId,
  severity: Severity,
  line: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} at line ${line}.`,
    vendor: 'openai',
    location: { file: '.github/ai-vendors.yml', line, column: 5, endLine: line, endColumn: 20 },
    waived: null,
    ...extra,
  };
}

export function result(findings: Finding[], failOn: 'error' | 'warning' = 'error'): GateResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const failing =
    count('error') > 0 || (failOn === 'warning' && count('warning') > 0) ? 'fail' : 'pass';
  return {
    report: {
      schemaVersion: 1,
      tool: { name: 'ai-vendor-gate', version: '0.1.0' },
      decision: failing,
      now: '2026-11-29',
      failOn,
      summary: { errors: count('error'), warnings: count('warning'), notes: count('note') },
      findings,
      evidence: [
        {
          vendor: 'openai',
          kind: 'dependency',
          ecosystem: 'npm',
          name: 'openai',
          file: 'package.json',
          line: 4,
          direct: true,
          context: 'runtime',
        },
      ],
      skipped: [],
      scan: null,
      inputs: {
        manifest: { path: '.github/ai-vendors.yml', sha256: 'a'.repeat(64) },
        registry: { source: 'registry.yml', sha256: 'b'.repeat(64) },
      },
    },
    vendors: [
      {
        vendor: 'openai',
        name: 'OpenAI',
        status: 'approved',
        conditions: [{ id: 'dpa', title: 'Execute the DPA', owner: 'Legal', state: 'unmet' }],
      },
    ],
    repository: 'acme/payments',
  };
}

/** n findings of each severity, on consecutive lines. */
export function many(errors: number, warnings: number, notes: number): Finding[] {
  const list: Finding[] = [];
  let line = 1;
  for (let i = 0; i < errors; i++) list.push(finding('vendor-unknown', 'error', line++));
  for (let i = 0; i < warnings; i++) list.push(finding('declaration-unused', 'warning', line++));
  for (let i = 0; i < notes; i++) list.push(finding('usage-undeclared', 'note', line++));
  return list;
}
