// Findings as workflow-command annotations on their file and line. The platform keeps at most
// 10 error, 10 warning and 10 notice annotations per step and 50 per job and drops the rest
// silently (actions/toolkit docs/problem-matchers.md, "Limitations"), so the most severe are
// annotated first and the caller is told how many were left out; the job summary lists all.
import path from 'node:path';
import type { Finding, Location } from '../model.js';
import {
  defuseCommands,
  escapeCommandData,
  escapeCommandProperty,
  singleLine,
} from '../report/escape.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** The rule id. */
  title: string;
  message: string;
  /** Only for a location inside the repository (not a remote registry). */
  location?: Location;
  finding: Finding;
}

export interface AnnotationLimits {
  perLevel: Record<AnnotationLevel, number>;
  perJob: number;
}

export const ANNOTATION_LIMITS: AnnotationLimits = {
  perLevel: { error: 10, warning: 10, notice: 10 },
  perJob: 50,
};

export interface AnnotationPlan {
  /** What will be shown, most severe first. */
  shown: Annotation[];
  /** Every finding as an annotation (for the check run, which has no such cap). */
  all: Annotation[];
  /** Findings left without a workflow-command annotation. */
  notAnnotated: number;
}

const RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/** A finding's annotation: waived findings and notes are notices. */
export function toAnnotation(finding: Finding): Annotation {
  const level: AnnotationLevel =
    finding.waived !== null || finding.severity === 'note'
      ? 'notice'
      : finding.severity === 'error'
        ? 'error'
        : 'warning';
  const location =
    finding.location && isRepositoryFile(finding.location.file) ? finding.location : undefined;
  return {
    level,
    title: finding.ruleId,
    // One line, and no `##[` or `::` of its own: a runner that fails to parse our command as a
    // whole would read the rest of the line for one.
    message: defuseCommands(singleLine(finding.message).trim()),
    ...(location ? { location } : {}),
    finding,
  };
}

/**
 * Which findings to annotate. `reserved` holds slots back per level for annotations the step
 * makes itself (the failure message of `core.setFailed` is an error annotation).
 */
export function planAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = ANNOTATION_LIMITS,
  reserved: Partial<Record<AnnotationLevel, number>> = {},
): AnnotationPlan {
  const all = findings
    .map(toAnnotation)
    .map((annotation, index) => ({ annotation, index }))
    .sort((a, b) => RANK[a.annotation.level] - RANK[b.annotation.level] || a.index - b.index)
    .map(({ annotation }) => annotation);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const reservedTotal = Object.values(reserved).reduce((sum, n) => sum + (n ?? 0), 0);
  const shown: Annotation[] = [];
  for (const annotation of all) {
    const cap = limits.perLevel[annotation.level] - (reserved[annotation.level] ?? 0);
    if (used[annotation.level] >= cap) continue;
    if (shown.length >= limits.perJob - reservedTotal) break;
    used[annotation.level]++;
    shown.push(annotation);
  }
  return { shown, all, notAnnotated: findings.length - shown.length };
}

/** Command properties in GitHub's documented order; columns only on a single-line span. */
export function annotationProperties(annotation: Annotation): [string, string][] {
  const properties: [string, string][] = [];
  const where = annotation.location;
  if (where) {
    properties.push(['file', where.file], ['line', String(where.line)]);
    properties.push(['endLine', String(where.endLine)]);
    if (where.line === where.endLine) {
      properties.push(['col', String(where.column)], ['endColumn', String(where.endColumn)]);
    }
  }
  properties.push(['title', annotation.title]);
  return properties;
}

/** `::error file=…,line=…,title=…::message`, every part escaped as the runner expects. */
export function annotationCommand(annotation: Annotation): string {
  // `defuseCommands` too: a file named `x ##[warning]y.js` must not put a legacy command in the
  // line, even inside our own (its annotation then names the file with an invisible joiner).
  const properties = annotationProperties(annotation)
    .map(([key, value]) => `${key}=${defuseCommands(escapeCommandProperty(value))}`)
    .join(',');
  return `::${annotation.level} ${properties}::${defuseCommands(escapeCommandData(annotation.message))}`;
}

/** Writes the planned annotations, one workflow command per line. */
export function emitAnnotations(plan: AnnotationPlan, writeLine: (line: string) => void): void {
  for (const annotation of plan.shown) writeLine(annotationCommand(annotation));
}

/** A repo-relative path: not absolute, not above the root, not a `github:` source or URL. */
export function isRepositoryFile(file: string): boolean {
  if (file === '' || path.isAbsolute(file) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(file)) {
    return false;
  }
  return !file.split(/[\\/]/).includes('..');
}
