// The history: one canonical record per line, each carrying the sha256 of the line before it.
// Verification recomputes every hash and link, so an edited, removed, inserted, repeated or
// reordered line shows, at the first line where the chain breaks.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GateError } from '../errors.js';
import { canonicalJson, type GateRecord, rechain, recordHash, serializeRecord } from './record.js';

export type VerifyResult =
  { ok: true; count: number } | { ok: false; line: number; reason: string };
export type ParseResult =
  { ok: true; records: GateRecord[] } | { ok: false; line: number; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;

interface Line {
  /** 1-based. */
  number: number;
  text: string;
  /** The file's last line and it has no line break after it. */
  unterminated: boolean;
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const terminated = parts[parts.length - 1] === '';
  if (terminated) parts.pop();
  return parts.map((raw, i) => ({
    number: i + 1,
    // Tolerate CRLF checkouts: the hash covers the record, not the line ending.
    text: raw.endsWith('\r') ? raw.slice(0, -1) : raw,
    unterminated: !terminated && i === parts.length - 1,
  }));
}

/** Reads one line as a gate record, or says in one sentence why it is not one. */
function readLine(line: Line): GateRecord | string {
  if (line.text.trim() === '') return 'The line is blank, but every line must hold one record.';
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    return line.unterminated
      ? 'The last line is truncated: its record stops before the end.'
      : 'The line is not valid JSON.';
  }
  if (!isGateRecord(value)) return 'The line is not a gate record of schemaVersion 1.';
  return value;
}

/** Recomputes every record's hash and `previous` link. */
export function verifyHistory(text: string): VerifyResult {
  const seen = new Map<string, number>();
  let previous: string | null = null;
  const lines = splitLines(text);
  for (const line of lines) {
    const fail = (reason: string): VerifyResult => ({ ok: false, line: line.number, reason });
    const record = readLine(line);
    if (typeof record === 'string') return fail(record);
    let hash: string;
    let canonical: string;
    try {
      hash = recordHash(record);
      canonical = canonicalJson(record);
    } catch {
      return fail('The record holds text that has no canonical JSON form.');
    }
    if (hash !== record.sha256)
      return fail('The record does not match its sha256: it was altered.');
    if (canonical !== line.text)
      return fail('The record is not in canonical JSON form: it was rewritten.');
    const earlier = seen.get(record.sha256);
    if (earlier !== undefined) return fail(`The record repeats the one on line ${earlier}.`);
    if (record.previous !== previous) {
      return fail(
        previous === null
          ? 'The first record links to an earlier one: records were removed from the start.'
          : `The record does not link to the one on line ${line.number - 1}: a record was removed, inserted or moved.`,
      );
    }
    seen.set(record.sha256, line.number);
    previous = record.sha256;
  }
  return { ok: true, count: lines.length };
}

/** Reads every line as a record (for `history show`), without checking the chain. */
export function parseHistory(text: string): ParseResult {
  const records: GateRecord[] = [];
  for (const line of splitLines(text)) {
    const record = readLine(line);
    if (typeof record === 'string') {
      return { ok: false, line: line.number, reason: record };
    }
    records.push(record);
  }
  return { ok: true, records };
}

/**
 * The sha256 of the history's last record (the `previous` of the next), null for an empty
 * history. Throws GateError when the last line is not a record: appending would hide the break.
 */
export function lastRecordHash(text: string): string | null {
  const lines = splitLines(text);
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  const record = readLine(last);
  if (typeof record === 'string') {
    throw new GateError(
      `The history's last line (line ${last.number}) is not a gate record, so a new record cannot be chained to it.`,
    );
  }
  return record.sha256;
}

/**
 * Appends the record to a history file (created when absent), chained to its last line.
 * Returns the record as written, with its new `previous` and `sha256`.
 */
export async function appendRecordToFile(path: string, record: GateRecord): Promise<GateRecord> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new GateError(`Cannot read the history file ${path}: ${describeFsError(error)}.`);
    }
  }
  const chained = rechain(record, lastRecordHash(text));
  const separator = text !== '' && !text.endsWith('\n') ? '\n' : '';
  try {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, `${separator}${serializeRecord(chained)}\n`, 'utf8');
  } catch (error) {
    throw new GateError(`Cannot write the history file ${path}: ${describeFsError(error)}.`);
  }
  return chained;
}

/** A plain phrase for a file system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return code ?? 'unknown error';
  }
}

// ---- shape ----

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

function isFinding(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.ruleId) &&
    (v.severity === 'error' || v.severity === 'warning' || v.severity === 'note') &&
    ['vendor', 'product', 'condition', 'file', 'waived'].every((k) => isStringOrNull(v[k])) &&
    (v.line === null || isCount(v.line))
  );
}

function isDueItem(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.vendor) &&
    isString(v.due) &&
    (v.kind === 'review' || v.kind === 'attestation' || v.kind === 'certification') &&
    isStringOrNull(v.id)
  );
}

/** Enough of the record schema for the chain and the renderers to rely on. */
export function isGateRecord(v: unknown): v is GateRecord {
  return (
    isObject(v) &&
    v.schemaVersion === 1 &&
    isObject(v.tool) &&
    isString(v.tool.name) &&
    isString(v.tool.version) &&
    isString(v.now) &&
    isString(v.timestamp) &&
    ['repository', 'serverUrl', 'sha', 'ref', 'event', 'actor', 'workflow'].every((k) =>
      isStringOrNull(v[k]),
    ) &&
    isObject(v.run) &&
    isStringOrNull(v.run.id) &&
    isStringOrNull(v.run.attempt) &&
    isObject(v.inputs) &&
    (v.decision === 'pass' || v.decision === 'fail') &&
    isString(v.failOn) &&
    isObject(v.summary) &&
    isCount(v.summary.errors) &&
    isCount(v.summary.warnings) &&
    isCount(v.summary.notes) &&
    Array.isArray(v.findings) &&
    v.findings.every(isFinding) &&
    Array.isArray(v.vendors) &&
    v.vendors.every(isString) &&
    (v.reviewsDue === undefined ||
      (Array.isArray(v.reviewsDue) && v.reviewsDue.every(isDueItem))) &&
    (v.previous === null || (isString(v.previous) && HEX64.test(v.previous))) &&
    isString(v.sha256) &&
    HEX64.test(v.sha256)
  );
}
