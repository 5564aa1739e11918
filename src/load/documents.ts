// Manifest, registry and gate record: input in, a schema-valid document of the type generated
// from its schema, or problems out (located, for the YAML documents).
import type { ValidateFunction } from 'ajv';
import type { Located, Manifest, Registry } from '../model.js';
import { validateManifest, validateRegistry } from './generated/validators.js';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import { checkCalendarDates, schemaProblems, type JsonSchema } from './schema.js';
import { parseYamlBytes, type Limits, type ParseResult, type Problem } from './yaml.js';

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

/** A parsed document checked against its schema and calendar: the document, or its problems. */
function checked<T>(
  result: ParseResult,
  file: string,
  validate: ValidateFunction<T>,
  schema: JsonSchema,
): LoadResult<T> {
  if (!result.ok) return failed(result.problems);
  const { parsed } = result;
  const { value } = parsed;
  const valid = validate(value);
  const problems = [
    ...(valid ? [] : schemaProblems(validate.errors ?? [], parsed, schema)),
    ...checkCalendarDates(parsed),
  ];
  if (!valid || problems.length > 0) return failed(problems);
  return { ok: true, document: { data: value, file, locate: parsed.locate } };
}

/** A parsed manifest checked (the second half of `loadManifest`). */
export const checkManifest = (result: ParseResult, file: string): LoadResult<Manifest> =>
  checked(result, file, validateManifest, manifestSchema);

/** A parsed registry checked (the second half of `loadRegistry`). */
export const checkRegistry = (result: ParseResult, file: string): LoadResult<Registry> =>
  checked(result, file, validateRegistry, registrySchema);

export async function loadManifest(bytes: Uint8Array, file: string): Promise<LoadResult<Manifest>> {
  return checkManifest(await parseYamlBytes(bytes, file, MANIFEST_LIMITS), file);
}

export async function loadRegistry(bytes: Uint8Array, file: string): Promise<LoadResult<Registry>> {
  return checkRegistry(await parseYamlBytes(bytes, file, REGISTRY_LIMITS), file);
}
