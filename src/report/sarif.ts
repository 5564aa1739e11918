// SARIF 2.1.0 for GitHub code scanning, typed with @types/sarif: one rule per rule id from the
// rule table (in RULE_IDS order, so `ruleIndex` is stable), repo-relative locations only,
// fingerprints that survive unrelated edits, at most 25,000 results per run (the most severe),
// and a run that says so when the gate could not evaluate at all.
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, GateResult, Location, Report, Severity } from '../model.js';
import { RULES, type RuleInfo } from '../rules/table.js';
import { safeJson, singleLine } from './escape.js';
import { repoRelativePath, SEVERITY_RANK } from './groups.js';

export interface SarifOptions {
  /**
   * The analysis category: `runAutomationDetails.id` is `<category>/`, distinct per upload so
   * uploads for one commit (matrix legs, several manifests) do not overwrite each other.
   * Default: `ai-vendor-gate/<manifest path>`.
   */
  category?: string;
  /** @deprecated the same as `category`; kept for callers not yet moved. */
  automationId?: string;
}

/** The repository that documents the tool: `informationUri` and the rules' `helpUri`. */
export const REPOSITORY_URL = 'https://github.com/ai-vendor-gate/ai-vendor-gate';
export const INFORMATION_URI = REPOSITORY_URL;
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
export const MAX_SARIF_RESULTS = 25_000;
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

/** The category the CLI uses when none is given: one per manifest, so several do not collide. */
export function defaultCategory(manifestPath: string): string {
  return `ai-vendor-gate/${manifestPath}`;
}

/** `<category>/`: code scanning treats the part before the last `/` as the category. */
function automationDetailsId(category: string): string {
  const text = singleLine(category).trim();
  return text.endsWith('/') ? text : `${text}/`;
}

export function renderSarif(result: GateResult, options: SarifOptions = {}): string {
  const { report } = result;
  const category =
    options.category ?? options.automationId ?? defaultCategory(report.inputs.manifest.path);
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();

  // Fingerprints over every finding, before the cap, so a kept result's never depends on it.
  const all = report.findings.map((finding): Sarif.Result => {
    const { uri, region, note } = placeOf(finding, report);
    const identity = fingerprintBase(finding, uri);
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding, report) + note },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region } }],
      partialFingerprints: { primaryLocationLineHash: `${identity}:${occurrence}` },
      ...(finding.waived
        ? {
            // No `status`: 2.1.0 named it `state`, its errata `status`; absent means accepted
            // in both, so the file validates against either schema.
            suppressions: [
              {
                kind: 'external',
                justification: singleLine(
                  `${finding.waived.id}: ${finding.waived.reason} (approved by ` +
                    `${finding.waived.approvedBy}, expires ${finding.waived.expires})`,
                ),
              },
            ],
          }
        : {}),
      ...withProperties({
        vendor: finding.vendor,
        product: finding.product,
        condition: finding.condition,
      }),
    };
  });
  const { kept, omitted } = capResults(report.findings, all);

  const notifications: Sarif.Notification[] =
    omitted > 0
      ? [
          {
            level: 'warning',
            descriptor: { id: 'results-omitted' },
            message: {
              text:
                `${omitted} of ${all.length} findings are not in this file: a SARIF run holds at ` +
                `most ${MAX_SARIF_RESULTS} results, and the most severe are kept. The JSON ` +
                'report (--format json) lists every finding.',
            },
          },
        ]
      : [];
  const run: Sarif.Run = {
    ...toolOf(report.tool.version),
    automationDetails: { id: automationDetailsId(category) },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The root of the repository the gate checked.' } },
    },
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        executionSuccessful: true,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results: kept,
    properties: {
      decision: report.decision,
      now: report.now,
      failOn: report.failOn,
      summary: { ...report.summary },
      resultsOmitted: omitted,
    },
  };
  return serialize(run);
}

/** What the caller knows when the gate could not evaluate (exit 2). */
export interface ErrorSarifContext {
  category?: string;
  /** Manifest path, for the default category. */
  manifestPath?: string;
  /** Tool version (default: unknown). */
  version?: string;
}

/**
 * A valid SARIF run for exit 2: no results, an invocation that did not succeed, and the reason
 * as an error notification, so a code-scanning upload shows the gate failed rather than
 * "no problems".
 */
export function renderErrorSarif(reason: string, context: ErrorSarifContext = {}): string {
  const category =
    context.category ?? defaultCategory(context.manifestPath ?? '.github/ai-vendors.yml');
  const run: Sarif.Run = {
    ...toolOf(context.version ?? '0.0.0'),
    automationDetails: { id: automationDetailsId(category) },
    invocations: [
      {
        executionSuccessful: false,
        exitCode: 2,
        exitCodeDescription: 'could not evaluate',
        toolExecutionNotifications: [
          {
            level: 'error',
            descriptor: { id: 'could-not-evaluate' },
            message: { text: singleLine(reason).trim() || 'The gate could not evaluate.' },
          },
        ],
      },
    ],
    results: [],
    properties: { decision: 'error' },
  };
  return serialize(run);
}

function serialize(run: Sarif.Run): string {
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${safeJson(log)}\n`;
}

function toolOf(version: string): Pick<Sarif.Run, 'tool'> {
  return {
    tool: {
      driver: {
        name: 'ai-vendor-gate',
        version,
        semanticVersion: version,
        informationUri: INFORMATION_URI,
        rules: RULES.map(ruleDescriptor),
      },
    },
  };
}

/**
 * At most MAX_SARIF_RESULTS results: the most severe (errors, then warnings, then notes, in
 * report order within each), written in report order.
 */
function capResults(
  findings: readonly Finding[],
  results: Sarif.Result[],
): { kept: Sarif.Result[]; omitted: number } {
  if (results.length <= MAX_SARIF_RESULTS) return { kept: results, omitted: 0 };
  const chosen = findings
    .map((finding, index) => ({ rank: SEVERITY_RANK[finding.severity], index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, MAX_SARIF_RESULTS)
    .map(({ index }) => index)
    .sort((a, b) => a - b);
  return { kept: chosen.map((index) => results[index]), omitted: results.length - chosen.length };
}

function ruleDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help.replace(/`/g, ''), markdown: rule.help },
    helpUri: `${REPOSITORY_URL}/blob/main/${rule.helpPath}`,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: [...rule.tags],
      precision: rule.precision,
      'security-severity': rule.securitySeverity,
    },
  };
}

interface Place {
  uri: string;
  region: Required<Pick<Sarif.Region, 'startLine' | 'startColumn' | 'endLine' | 'endColumn'>>;
  /** Appended to the message when the finding's own place is not a repository file. */
  note: string;
}

/**
 * Where a result points: the finding's location when it is a repository file, else the
 * manifest at 1:1 (code scanning needs a repo-relative location for every result).
 */
function placeOf(finding: Finding, report: Report): Place {
  const location = finding.location;
  const path = location ? repoRelativePath(location.file) : null;
  if (location && path !== null) return { uri: toUri(path), region: regionOf(location), note: '' };
  const note = location
    ? ` (at ${outsideFile(location.file, report)}:${location.line}:${location.column})`
    : '';
  return {
    uri: toUri(repoRelativePath(report.inputs.manifest.path) ?? '.github/ai-vendors.yml'),
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    note,
  };
}

/**
 * A file outside the repository, named without this machine's absolute paths: a `github:`
 * source as it is; an absolute path as the registry source the user gave when that is relative,
 * else by its base name.
 */
function outsideFile(file: string, report: Report): string {
  if (!isAbsolutePath(file)) return singleLine(file);
  const source = report.inputs.registry.source;
  if (!isAbsolutePath(source)) return singleLine(source);
  return singleLine(file.split(/[\\/]/).pop() ?? file);
}

function isAbsolutePath(file: string): boolean {
  return file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(file);
}

/** The message, with any absolute path of a location outside the repository named as above. */
function messageText(finding: Finding, report: Report): string {
  let text = singleLine(finding.message);
  const file = finding.location?.file;
  if (file && isAbsolutePath(file)) text = text.split(file).join(outsideFile(file, report));
  return text;
}

function regionOf(location: Location): Place['region'] {
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  const endLine = Math.max(startLine, location.endLine);
  const endColumn =
    endLine === startLine
      ? Math.max(startColumn + 1, location.endColumn)
      : Math.max(1, location.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/** Each segment percent-encoded, `/` kept: a valid relative URI reference. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * What a finding is about, without its line or message: rule, vendor, product, condition and
 * file. Findings with the same identity are told apart by their order (`:1`, `:2`, …).
 */
function fingerprintBase(finding: Finding, uri: string): string {
  const parts = [finding.ruleId, finding.vendor, finding.product, finding.condition, uri];
  return createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\u0000'))
    .digest('hex');
}

/** `{ properties }` with the defined values, or nothing when there are none. */
function withProperties(values: Record<string, string | undefined>): {
  properties?: Sarif.PropertyBag;
} {
  const properties: Sarif.PropertyBag = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) properties[key] = value;
  return Object.keys(properties).length > 0 ? { properties } : {};
}
