// Build located documents from YAML text and evaluate them, as the engine does.
import { parseBlockYaml } from '../src/load/block-yaml.js';
import {
  checkManifest,
  checkRegistry,
  MANIFEST_LIMITS,
  REGISTRY_LIMITS,
  type LoadResult,
} from '../src/load/documents.js';
import { parseWithLibrary } from '../src/load/yaml-library.js';
import { decodeYaml, type Limits, type ParseResult } from '../src/load/yaml.js';
import type { Evidence, Finding, Located, Manifest, Registry } from '../src/model.js';
import { evaluate, type Evaluation } from '../src/rules/index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * The loader's steps without its await (it imports the YAML library only when the fast reader
 * gives up): for tests that build documents inside synchronous properties and helpers.
 */
export function parseNow(input: Uint8Array, file: string, limits: Limits): ParseResult {
  const decoded = decodeYaml(input, file, limits);
  if (!('text' in decoded)) return decoded.failed;
  return parseBlockYaml(decoded.text, file, limits) ?? parseWithLibrary(decoded.text, file, limits);
}

/** `loadManifest`, synchronously. */
export const loadManifestNow = (input: Uint8Array, file: string): LoadResult<Manifest> =>
  checkManifest(parseNow(input, file, MANIFEST_LIMITS), file);

/** `loadRegistry`, synchronously. */
export const loadRegistryNow = (input: Uint8Array, file: string): LoadResult<Registry> =>
  checkRegistry(parseNow(input, file, REGISTRY_LIMITS), file);

export function registryOf(text: string): Located<Registry> {
  const loaded = loadRegistryNow(bytes(text), 'registry.yml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.document;
}

export function manifestOf(text: string): Located<Manifest> {
  const loaded = loadManifestNow(bytes(text), '.github/ai-vendors.yml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.document;
}

export function run(
  registry: string,
  manifest: string,
  options: { now?: string; evidence?: Evidence[] | null; repository?: string } = {},
): Evaluation {
  return evaluate({
    registry: registryOf(registry),
    manifest: manifestOf(manifest),
    manifestFile: '.github/ai-vendors.yml',
    evidence: options.evidence ?? null,
    now: options.now ?? '2026-11-29',
    repository: options.repository,
  });
}

/** `ruleId@line` of each finding, sorted: compact and exact. */
export function ids(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.location?.line ?? '-'}`).sort();
}

export const rules = (findings: Finding[]) => findings.map((f) => f.ruleId).sort();

/** A minimal registry: one approved vendor with one product, reviewed on 2026-03-02. */
export const REGISTRY = `version: 1
vendors:
  acme-ai:
    name: Acme AI
    status: approved
    review: { date: 2026-03-02 }
    profile: { processingRegions: [us] }
    products:
      api: { name: Acme API, status: approved, maxClassification: confidential }
`;

export const MANIFEST = `version: 1
owner: team
vendors:
  - vendor: acme-ai
    product: api
    purpose: Summaries
    dataClassification: internal
`;
