// The types that flow through the whole program: documents in, findings and evidence out.
import type { Classification } from './load/generated/manifest.js';
import type { Registry, VendorStatus } from './load/generated/registry.js';

export type Severity = 'error' | 'warning' | 'note';
export type FailOn = 'error' | 'warning' | 'never';
export type Decision = 'pass' | 'fail';

/** A span in a file, 1-based, end inclusive of the last character's column + 1 (as SARIF). */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const RULE_IDS = [
  'manifest-invalid',
  'manifest-missing',
  'vendor-unknown',
  'vendor-not-approved',
  'product-unknown',
  'product-not-approved',
  'personal-account',
  'condition-unmet',
  'condition-expired',
  'review-missing',
  'review-stale',
  'review-due-soon',
  'review-invalidated',
  'certification-expired',
  'residency-mismatch',
  'classification-exceeded',
  'intermediary-not-approved',
  'usage-undeclared',
  'declaration-unused',
  'waiver-expired',
  'registry-changed',
  'scan-empty',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Waived {
  id: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

/**
 * Situations whose fix differs from a rule's usual one (see `fixFor` in src/rules/table.ts):
 * `usage-undeclared` for a vendor the registry rejects must not say "declare it".
 */
export type FixSituation =
  | 'vendor-unknown'
  | 'vendor-under-review'
  | 'vendor-rejected'
  | 'vendor-suspended'
  | 'product-prohibited'
  | 'product-under-review'
  | 'self-hosted'
  | 'outside-paths'
  | 'no-usage'
  | 'excluded-all'
  | 'nothing-read';

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  vendor?: string;
  product?: string;
  condition?: string;
  location?: Location;
  waived: Waived | null;
  /** Which of the rule's fixes applies; absent for the usual one. Not part of the JSON report. */
  situation?: FixSituation;
  /**
   * How many findings this one stands for (a loader's "N more problems" summary), so a cap that
   * leaves it out counts them all. Not part of the JSON report.
   */
  count?: number;
}

export type EvidenceKind = 'dependency' | 'workflow' | 'endpoint' | 'env' | 'import';

/** Where evidence stands (SPEC section 9): from path conventions and ecosystem scopes. */
export const EVIDENCE_CONTEXTS = [
  'runtime',
  'test',
  'example',
  'docs',
  'ci',
  'config-template',
  'fixture',
  'vendored',
  'generated',
] as const;
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];

export interface Evidence {
  vendor: string;
  kind: EvidenceKind;
  /** npm, pypi, go, maven, nuget, rubygems, crates, composer (dependencies and imports). */
  ecosystem?: string;
  /** What matched: a package name, a host, a variable name, an action, an imported module. */
  name: string;
  /** Relative to the scan root, `/` separators. */
  file: string;
  line: number;
  /** 1-based column of the matched text, and the column just past it (SARIF style). */
  column?: number;
  endColumn?: number;
  /** false for a package a lockfile lists only as another package's dependency. */
  direct: boolean;
  context: EvidenceContext;
}

/** A file the scan did not read, and why (SPEC section 9: nothing skipped in silence). */
export type SkipReason =
  | 'too-large'
  | 'binary'
  | 'unreadable'
  | 'outside-root'
  | 'excluded-all'
  /** Recognized by its content as a report, record or history the gate wrote in an earlier run. */
  | 'gate-output';
export interface SkippedFile {
  file: string;
  reason: SkipReason;
}

// ---- registry, manifest and record (SPEC sections 2, 3 and 8) ----
// Generated from schemas/*.schema.json by scripts/compile-schemas.mjs: the schema is the one
// definition, and loading narrows to these types through the compiled validators.

export type {
  Accounts,
  Classification,
  Manifest,
  ManifestEntry,
} from './load/generated/manifest.js';
export type {
  AppliesTo,
  Attestation,
  Certification,
  Condition,
  ConditionCheck,
  DetectExtension,
  Product,
  ProductStatus,
  Registry,
  RegistryDefaults,
  Retention,
  Review,
  ReviewFinding,
  Vendor,
  VendorChange,
  VendorProfile,
  VendorStatus,
  WaivedRuleId,
  Waiver,
} from './load/generated/registry.js';
export type { GateRecordDocument, RecordDueItem, RecordFinding } from './load/generated/record.js';
export const CLASSIFICATION_RANK: Record<Classification, number> = {
  public: 0,
  internal: 1,
  confidential: 2,
  restricted: 3,
};

/** A path into a parsed document, as keys and list indexes. */
export type DocPath = readonly (string | number)[];

/** A parsed, schema-valid document that can say where each of its nodes stands. */
export interface Located<T> {
  data: T;
  /** The display path of the file (repo-relative where possible). */
  file: string;
  /** Location of the value at `path`; `key: true` gives the key of a map pair instead. */
  locate(path: DocPath, options?: { key?: boolean }): Location;
}

// ---- the report (SPEC section 6) ----

export interface InputsInfo {
  manifest: { path: string; sha256: string | null };
  registry: { source: string; sha256: string };
}

/** What the scan read and what it did not (SPEC section 9). */
export interface ScanSummary {
  /** How files were listed: `git` (ls-files) or `walk` (a .gitignore-honouring walk). */
  listing: 'git' | 'walk';
  filesRead: number;
  /** Every file not read, counted by reason, whatever the cap on `skipped`. */
  skippedCount: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'ai-vendor-gate'; version: string };
  decision: Decision;
  now: string;
  failOn: FailOn;
  summary: { errors: number; warnings: number; notes: number };
  findings: Finding[];
  evidence: Evidence[];
  /** Files the scan did not read, capped (see `scan.skippedCount` for all); [] without a scan. */
  skipped: SkippedFile[];
  /** null when the scan did not run (`--no-scan`). */
  scan: ScanSummary | null;
  inputs: InputsInfo;
}

export type ConditionState = 'met' | 'unmet' | 'expired' | 'not applicable';

/** Per vendor in use: each condition and its state, for summaries and the job summary table. */
export interface VendorConditions {
  vendor: string;
  name: string;
  status: VendorStatus | 'unknown';
  conditions: { id: string; title: string; owner?: string; state: ConditionState }[];
}

/** What the engine returns: the report (JSON shape of SPEC 6) and context for human renderers. */
export interface GateResult {
  report: Report;
  vendors: VendorConditions[];
  /** The registry evaluated against (for records and summaries). */
  registry?: Registry;
  organization?: string;
  repository?: string;
}
