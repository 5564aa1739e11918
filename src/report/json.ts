// The JSON report of SPEC section 6: one object, keys in a fixed order, nulls where unknown.
import type { Evidence, Finding, GateResult } from '../model.js';

export function findingJson(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    vendor: finding.vendor ?? null,
    product: finding.product ?? null,
    condition: finding.condition ?? null,
    location: finding.location
      ? {
          file: finding.location.file,
          line: finding.location.line,
          column: finding.location.column,
          endLine: finding.location.endLine,
          endColumn: finding.location.endColumn,
        }
      : null,
    waived: finding.waived
      ? {
          id: finding.waived.id,
          reason: finding.waived.reason,
          approvedBy: finding.waived.approvedBy,
          expires: finding.waived.expires,
        }
      : null,
  };
}

export function evidenceJson(item: Evidence) {
  return {
    vendor: item.vendor,
    kind: item.kind,
    ecosystem: item.ecosystem ?? null,
    name: item.name,
    file: item.file,
    line: item.line,
    direct: item.direct,
    ...(item.documentation ? { documentation: true } : {}),
  };
}

export function renderJson(result: GateResult): string {
  const { report } = result;
  const object = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    decision: report.decision,
    now: report.now,
    failOn: report.failOn,
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notes: report.summary.notes,
    },
    findings: report.findings.map(findingJson),
    evidence: report.evidence.map(evidenceJson),
    inputs: {
      manifest: { path: report.inputs.manifest.path, sha256: report.inputs.manifest.sha256 },
      registry: { source: report.inputs.registry.source, sha256: report.inputs.registry.sha256 },
    },
  };
  return `${JSON.stringify(object, null, 2)}\n`;
}
