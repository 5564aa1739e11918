// The history: one canonical record per line, each carrying the sha256 of the line before it.
// Verification recomputes every hash and link, so an edited, removed, inserted, repeated or
// reordered line shows, at the first line where the chain breaks. The chain cannot show that
// its latest records were cut off (what remains is still a valid chain), nor that the latest
// record was edited and resealed: only a head published elsewhere (the sha256 of the latest
// record) anchors the tail, so `verify` takes one.
import { appendOwnFile } from '../fs/no-follow.js';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GateError } from '../errors.js';
import { validateRecord } from '../load/generated/record-validator.js';
import { checkRecord } from '../load/record.js';
import { canonicalJson, type GateRecord, rechain, recordHash, serializeRecord } from './record.js';

export type ChainFault = {
  ok: false;
  /** 1-based; null when the fault is the file as a whole. */
  line: number | null;
  reason: string;
};
export type VerifyResult = { ok: true; count: number } | ChainFault;
/** The chain and its head: the sha256 of the latest record (null for an empty history). */
export type AnchoredResult = { ok: true; count: number; head: string | null } | ChainFault;
export type ParseResult =
  { ok: true; records: GateRecord[] } | { ok: false; line: number; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;

/** A published head as given on the command line: 64 hex digits, either case. */
export function parseHead(value: string): string | null {
  const head = value.trim().toLowerCase();
  return HEX64.test(head) ? head : null;
}

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
  const problem = recordProblem(value);
  if (problem !== null) return `The line is not a gate record of schemaVersion 1: ${problem}.`;
  return value as GateRecord;
}

/** Recomputes every record's hash and `previous` link. */
export function verifyHistory(text: string): VerifyResult {
  return verifyChain(text, new Map());
}

/**
 * The chain check, plus its head. With `publishedHead` (the sha256 of the latest record,
 * published where the history file's writer cannot change it), the latest record must also be
 * that one: this catches a removed, resealed or replaced tail, and an emptied file.
 */
export function verifyAnchored(text: string, publishedHead?: string): AnchoredResult {
  const seen = new Map<string, number>();
  const result = verifyChain(text, seen);
  if (!result.ok) return result;
  const head = [...seen.keys()].at(-1) ?? null;
  const chain = { ...result, head };
  if (publishedHead === undefined) return chain;
  if (head === null) {
    return {
      ok: false,
      line: null,
      reason: `The history is empty, but the published head is ${publishedHead}: its records were removed.`,
    };
  }
  if (head === publishedHead) return chain;
  const at = seen.get(publishedHead);
  return {
    ok: false,
    line: chain.count,
    reason:
      at === undefined
        ? `The latest record is not the published head ${publishedHead}, and no record in the file is: the latest records were removed, or replaced and resealed.`
        : `The latest record is not the published head, which is the record on line ${at}: records after it were not covered by that head.`,
  };
}

/** Checks the chain; `seen` collects each record's sha256 and line. */
function verifyChain(text: string, seen: Map<string, number>): VerifyResult {
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
    await appendOwnFile(path, `${separator}${serializeRecord(chained)}\n`);
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

// ---- shape: the compiled record schema decides ----

/** Why a value is not a gate record (the schema's first complaint), or null when it is one. */
export function recordProblem(value: unknown): string | null {
  const checked = checkRecord(value);
  return checked.ok ? null : checked.problems[0].replace(/\.$/, '');
}

/** Whether a value is a gate record by the record schema. */
export function isGateRecord(v: unknown): v is GateRecord {
  return validateRecord(v);
}
