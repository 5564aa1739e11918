// Manifest, registry and gate record: input in, a schema-valid document of the type generated
// from its schema, or problems out (located, for the YAML documents).
import type { ValidateFunction } from 'ajv';
import type { GateRecordDocument, Located, Manifest, Registry } from '../model.js';
import { validateManifest, validateRecord, validateRegistry } from './generated/validators.js';
import { checkCalendarDates, schemaProblems, schemaSentences } from './schema.js';
import { parseYamlBytes, type Limits, type Problem } from './yaml.js';

export const MANIFEST_LIMITS: Limits = {
  maxBytes: 1024 * 1024,
  maxDepth: 32,
  maxAliasCount: 100,
  maxAliasExpansion: 500_000,
};
export const REGISTRY_LIMITS: Limits = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
  maxAliasCount: 1000,
  maxAliasExpansion: 2_000_000,
};

/** Problems listed per document; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 1000;

export type LoadResult<T> =
  | { ok: true; document: Located<T> }
  | {
      ok: false;
      /** Sorted by position; past `MAX_PROBLEMS`, the last one says how many more there are. */
      problems: Problem[];
      /** How many problems were found but not listed (0 when all are listed). */
      omitted: number;
    };

function failed(problems: Problem[]): { ok: false; problems: Problem[]; omitted: number } {
  const omitted = Math.max(0, problems.length - MAX_PROBLEMS);
  return { ok: false, problems: capProblems(problems), omitted };
}

/** Sorted by position, at most `max`, then one "N more" problem at the first left out. */
export function capProblems(problems: Problem[], max = MAX_PROBLEMS): Problem[] {
  const sorted = [...problems].sort(
    (a, b) =>
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  if (sorted.length <= max) return sorted;
  const more = sorted.length - max;
  return [
    ...sorted.slice(0, max),
    {
      message: `${more} more problem${more === 1 ? '' : 's'} not listed; fix the ones above first.`,
      location: sorted[max].location,
      count: more,
    },
  ];
}

function load<T>(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
  validate: ValidateFunction<T>,
): LoadResult<T> {
  const result = parseYamlBytes(bytes, file, limits);
  if (!result.ok) return failed(result.problems);
  const { parsed } = result;
  const { value } = parsed;
  const valid = validate(value);
  const problems = [
    ...(valid ? [] : schemaProblems(validate.errors ?? [], parsed)),
    ...checkCalendarDates(parsed),
  ];
  if (!valid || problems.length > 0) return failed(problems);
  return { ok: true, document: { data: value, file, locate: parsed.locate } };
}

export function loadManifest(bytes: Uint8Array, file: string): LoadResult<Manifest> {
  return load(bytes, file, MANIFEST_LIMITS, validateManifest);
}

export function loadRegistry(bytes: Uint8Array, file: string): LoadResult<Registry> {
  return load(bytes, file, REGISTRY_LIMITS, validateRegistry);
}

export type RecordCheck =
  { ok: true; record: GateRecordDocument } | { ok: false; problems: string[] };

/**
 * Check a parsed gate record (one line of a history file) against schemas/record.schema.json
 * with the compiled validator: the record's type is the schema's, never an unchecked cast.
 * Problems are plain sentences naming the field (`findings[0].severity must be one of …`).
 */
export function checkRecord(value: unknown): RecordCheck {
  if (validateRecord(value)) return { ok: true, record: value };
  const problems = schemaSentences(validateRecord.errors ?? [], value);
  return { ok: false, problems: problems.length > 0 ? problems : ['The record is invalid.'] };
}
