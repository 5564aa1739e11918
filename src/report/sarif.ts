// SARIF 2.1.0 for GitHub code scanning: one rule per rule id (all of them, in RULE_IDS order so
// `ruleIndex` is stable), repo-relative locations, fingerprints that survive unrelated edits.
import { createHash } from 'node:crypto';
import type { Finding, GateResult, Location, Severity } from '../model.js';
import { singleLine } from './escape.js';
import { RULES, type RuleInfo } from './rules.js';

export interface SarifOptions {
  /** `runAutomationDetails.id`: distinct per upload so uploads for one commit do not overwrite. */
  automationId?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/ai-vendor-gate/ai-vendor-gate';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', note: 'note' };

export function renderSarif(result: GateResult, options: SarifOptions = {}): string {
  const { report } = result;
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();

  const results = report.findings.map((finding) => {
    const { uri, region, note } = placeOf(finding, report.inputs.manifest.path);
    const identity = fingerprintBase(finding, uri);
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: singleLine(finding.message) + note },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region } }],
      partialFingerprints: { primaryLocationLineHash: `${identity}:${occurrence}` },
      ...(finding.waived
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
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

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ai-vendor-gate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map(ruleDescriptor),
          },
        },
        automationDetails: { id: options.automationId ?? 'ai-vendor-gate/' },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The root of the repository the gate checked.' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          decision: report.decision,
          now: report.now,
          failOn: report.failOn,
          summary: report.summary,
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function ruleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help.replace(/`/g, ''), markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['ai-vendor-gate', 'compliance', rule.category] },
  };
}

interface Place {
  uri: string;
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  /** Appended to the message when the finding's own place is not a repository file. */
  note: string;
}

/**
 * Where a result points: the finding's location when it is a repository file, else the
 * manifest at 1:1 (code scanning needs a repo-relative location for every result).
 */
function placeOf(finding: Finding, manifestPath: string): Place {
  const location = finding.location;
  if (location && isRepoRelative(location.file)) {
    return { uri: toUri(location.file), region: regionOf(location), note: '' };
  }
  const note = location
    ? ` (at ${singleLine(location.file)}:${location.line}:${location.column})`
    : '';
  return {
    uri: toUri(manifestPath),
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    note,
  };
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

/** A relative path inside the repository: not absolute, no scheme, no `..` escape. */
function isRepoRelative(file: string): boolean {
  const path = normalisePath(file);
  return (
    path !== '' &&
    !path.startsWith('/') &&
    !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) &&
    !path.split('/').includes('..')
  );
}

function normalisePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** Each segment percent-encoded, `/` kept: a valid relative URI reference. */
function toUri(file: string): string {
  return normalisePath(file).split('/').map(encodeURIComponent).join('/');
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
  properties?: Record<string, string>;
} {
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) properties[key] = value;
  return Object.keys(properties).length > 0 ? { properties } : {};
}
