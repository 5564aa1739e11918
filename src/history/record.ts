// The gate record (SPEC 8): what was decided, for which commit, against which inputs, hashed as
// RFC 8785 canonical JSON so that any later edit shows.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { GateError } from '../errors.js';
import type { GateRecordDocument, GateResult, RecordFinding, Registry } from '../model.js';
import { addDays } from '../rules/dates.js';

/** Where and when the gate ran (GitHub Actions variables; nulls outside a workflow). */
export interface RunContext {
  /** ISO-8601 UTC, second precision. */
  timestamp: string;
  repository: string | null;
  sha: string | null;
  ref: string | null;
  event: string | null;
  runId: string | null;
  runAttempt: string | null;
  actor: string | null;
  workflow: string | null;
  serverUrl: string | null;
}

export type { RecordFinding };

/** Something that falls due for a vendor in use: its review, an attestation, a certification. */
export interface DueItem {
  vendor: string;
  kind: 'review' | 'attestation' | 'certification';
  /** Attestation or certification name; null for the review. */
  id: string | null;
  /** YYYY-MM-DD. */
  due: string;
}

export interface RegistrySourceInfo {
  path?: string;
  repo?: string;
  ref?: string;
  blobSha?: string;
}

/** The record's shape comes from schemas/record.schema.json, so the two cannot drift. */
export type GateRecord = GateRecordDocument;

export type UnsignedRecord = Omit<GateRecord, 'sha256'>;

export interface RecordExtra {
  registrySource?: RegistrySourceInfo;
  reviewsDue?: DueItem[];
}

const ENV_KEYS = {
  repository: 'GITHUB_REPOSITORY',
  sha: 'GITHUB_SHA',
  ref: 'GITHUB_REF',
  event: 'GITHUB_EVENT_NAME',
  runId: 'GITHUB_RUN_ID',
  runAttempt: 'GITHUB_RUN_ATTEMPT',
  actor: 'GITHUB_ACTOR',
  workflow: 'GITHUB_WORKFLOW',
  serverUrl: 'GITHUB_SERVER_URL',
} as const;

/**
 * The run context from GitHub's variables. `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) fixes
 * the timestamp, for reproducible output.
 */
export function runContextFromEnv(
  env: Record<string, string | undefined>,
  clock: () => Date,
): RunContext {
  const get = (key: string): string | null => {
    const value = env[key];
    return value === undefined || value === '' ? null : value;
  };
  const epoch = get('SOURCE_DATE_EPOCH');
  let time: Date;
  if (epoch !== null) {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new GateError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}".`);
    }
    time = new Date(Number(epoch) * 1000);
  } else {
    time = clock();
  }
  return {
    timestamp: isoSeconds(time),
    repository: get(ENV_KEYS.repository),
    sha: get(ENV_KEYS.sha),
    ref: get(ENV_KEYS.ref),
    event: get(ENV_KEYS.event),
    // GitHub's run id and attempt are numbers; anything else cannot name a run (nor be linked).
    runId: digits(get(ENV_KEYS.runId)),
    runAttempt: digits(get(ENV_KEYS.runAttempt)),
    actor: get(ENV_KEYS.actor),
    workflow: get(ENV_KEYS.workflow),
    serverUrl: get(ENV_KEYS.serverUrl)?.replace(/\/+$/, '') ?? null,
  };
}

function digits(value: string | null): string | null {
  return value !== null && /^[0-9]{1,20}$/.test(value) ? value : null;
}

function isoSeconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds the record of one gate run, chained to `previous` and hashed. */
export function buildRecord(
  result: GateResult,
  run: RunContext,
  previous: string | null,
  extra: RecordExtra = {},
): GateRecord {
  const { report } = result;
  const registry: GateRecord['inputs']['registry'] = {
    source: report.inputs.registry.source,
    sha256: report.inputs.registry.sha256,
  };
  for (const key of ['path', 'repo', 'ref', 'blobSha'] as const) {
    const value = extra.registrySource?.[key];
    if (value !== undefined) registry[key] = value;
  }
  const findings: RecordFinding[] = report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    vendor: f.vendor ?? null,
    product: f.product ?? null,
    condition: f.condition ?? null,
    file: f.location?.file ?? null,
    line: f.location?.line ?? null,
    waived: f.waived?.id ?? null,
  }));
  const vendors = new Set<string>();
  for (const v of result.vendors) vendors.add(v.vendor);
  for (const e of report.evidence) vendors.add(e.vendor);
  for (const f of report.findings) if (f.vendor !== undefined) vendors.add(f.vendor);

  const unsigned: UnsignedRecord = {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    now: report.now,
    timestamp: run.timestamp,
    repository: result.repository ?? run.repository,
    serverUrl: run.serverUrl,
    sha: run.sha,
    ref: run.ref,
    event: run.event,
    run: { id: run.runId, attempt: run.runAttempt },
    actor: run.actor,
    workflow: run.workflow,
    inputs: {
      manifest: { path: report.inputs.manifest.path, sha256: report.inputs.manifest.sha256 },
      registry,
    },
    decision: report.decision,
    failOn: report.failOn,
    summary: { ...report.summary },
    findings,
    vendors: [...vendors].sort(compareCodeUnits),
    previous,
  };
  if (extra.reviewsDue !== undefined) unsigned.reviewsDue = sortDue(extra.reviewsDue);
  return sealRecord(wellFormed(unsigned) as UnsignedRecord);
}

/** The same record chained to another predecessor (rehashed). */
export function rechain(record: GateRecord | UnsignedRecord, previous: string | null): GateRecord {
  const rest: Partial<GateRecord> = { ...record };
  delete rest.sha256;
  return sealRecord({ ...(rest as UnsignedRecord), previous });
}

/** Adds `sha256` over the canonical JSON of the record without it. */
export function sealRecord(unsigned: UnsignedRecord): GateRecord {
  return { ...unsigned, sha256: recordHash(unsigned) };
}

/** SHA-256 (lowercase hex) of the canonical JSON of a record, ignoring any `sha256` field. */
export function recordHash(record: object): string {
  const rest: { sha256?: unknown } = { ...record };
  delete rest.sha256;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

/** One line: the record as RFC 8785 canonical JSON. */
export function serializeRecord(record: GateRecord): string {
  return canonicalJson(record);
}

/** RFC 8785 canonical JSON of a JSON value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('The value has no JSON form.');
  return text;
}

/**
 * Due dates for the given vendors as the registry states them: the next review (review date +
 * cadence), attestation expiries, verified certification expiries. For `extra.reviewsDue`.
 */
export function dueDatesFromRegistry(registry: Registry, vendors: readonly string[]): DueItem[] {
  const items: DueItem[] = [];
  const defaultCadence = registry.defaults?.reviewCadenceDays ?? 365;
  for (const id of vendors) {
    const vendor = Object.hasOwn(registry.vendors, id) ? registry.vendors[id] : undefined;
    if (vendor === undefined) continue;
    if (vendor.review?.date !== undefined) {
      const cadence = vendor.review.cadenceDays ?? defaultCadence;
      items.push({
        vendor: id,
        kind: 'review',
        id: null,
        due: addDays(vendor.review.date, cadence),
      });
    }
    for (const [name, attestation] of Object.entries(vendor.attestations ?? {})) {
      if (attestation.expires !== undefined) {
        items.push({ vendor: id, kind: 'attestation', id: name, due: attestation.expires });
      }
    }
    for (const cert of vendor.profile?.certifications ?? []) {
      if (cert.status === 'verified' && cert.expires !== undefined) {
        items.push({ vendor: id, kind: 'certification', id: cert.name, due: cert.expires });
      }
    }
  }
  return sortDue(items);
}

function sortDue(items: readonly DueItem[]): DueItem[] {
  return items
    .map((i) => ({ vendor: i.vendor, kind: i.kind, id: i.id ?? null, due: i.due }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.due, b.due) ||
        compareCodeUnits(a.vendor, b.vendor) ||
        compareCodeUnits(a.kind, b.kind) ||
        compareCodeUnits(a.id ?? '', b.id ?? ''),
    );
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (which have no canonical JSON form) with U+FFFD, deeply. */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
  }
  return value;
}
