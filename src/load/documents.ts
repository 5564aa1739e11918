// Manifest and registry: bytes in, a located, schema-valid document or located problems out.
import type { Located, Manifest, Registry } from '../model.js';
import { validateManifest, validateRegistry } from './generated/validators.js';
import { checkCalendarDates, checkSchema } from './schema.js';
import { parseYamlBytes, type Limits, type Problem } from './yaml.js';

export const MANIFEST_LIMITS: Limits = { maxBytes: 1024 * 1024, maxDepth: 32, maxAliasCount: 100 };
export const REGISTRY_LIMITS: Limits = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 32,
  maxAliasCount: 1000,
};

export type LoadResult<T> = { ok: true; document: Located<T> } | { ok: false; problems: Problem[] };

function load<T>(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
  validate: typeof validateManifest,
): LoadResult<T> {
  const result = parseYamlBytes(bytes, file, limits);
  if (!result.ok) return result;
  const { parsed } = result;
  const problems = [...checkSchema(validate, parsed), ...checkCalendarDates(parsed)];
  if (problems.length > 0) {
    problems.sort(
      (a, b) => a.location.line - b.location.line || a.location.column - b.location.column,
    );
    return { ok: false, problems };
  }
  return { ok: true, document: { data: parsed.value as T, file, locate: parsed.locate } };
}

export function loadManifest(bytes: Uint8Array, file: string): LoadResult<Manifest> {
  return load<Manifest>(bytes, file, MANIFEST_LIMITS, validateManifest);
}

export function loadRegistry(bytes: Uint8Array, file: string): LoadResult<Registry> {
  return load<Registry>(bytes, file, REGISTRY_LIMITS, validateRegistry);
}
