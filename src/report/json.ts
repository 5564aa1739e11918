// The JSON report of SPEC sections 6 and 9: one object, keys in a fixed order, nulls where
// unknown, written through the output boundary (valid JSON, no workflow command in any line).
import type { Evidence, Finding, GateResult, ScanSummary, SkippedFile } from '../model.js';
import { safeJson } from './escape.js';

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
    ...(item.column !== undefined ? { column: item.column } : {}),
    ...(item.endColumn !== undefined ? { endColumn: item.endColumn } : {}),
    direct: item.direct,
    context: item.context,
  };
}

export function skippedJson(item: SkippedFile) {
  return { file: item.file, reason: item.reason };
}

/** The scan summary: how files were listed, how many were read, and skipped counts by reason. */
export function scanSummaryJson(scan: ScanSummary) {
  const byReason: Record<string, number> = {};
  for (const reason of Object.keys(scan.skippedByReason).sort()) {
    const count = scan.skippedByReason[reason as keyof ScanSummary['skippedByReason']];
    if (count !== undefined) byReason[reason] = count;
  }
  return {
    listing: scan.listing,
    filesRead: scan.filesRead,
    skippedCount: scan.skippedCount,
    skippedByReason: byReason,
  };
}

/** The report as a plain object (for callers that embed it, e.g. the action's outputs). */
export function reportJson(result: GateResult) {
  const { report } = result;
  return {
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
    skipped: (report.skipped ?? []).map(skippedJson),
    scan: report.scan ? scanSummaryJson(report.scan) : null,
    inputs: {
      manifest: { path: report.inputs.manifest.path, sha256: report.inputs.manifest.sha256 },
      registry: { source: report.inputs.registry.source, sha256: report.inputs.registry.sha256 },
    },
  };
}

export function renderJson(result: GateResult): string {
  return `${safeJson(reportJson(result))}\n`;
}
