// Shared by the Python readers: PEP 508 requirement names and extras, dev-group names.
import type { Evidence } from '../../../model.js';
import type { Catalog } from '../../catalog.js';
import { dependencyEvidence, type Declaration } from './evidence.js';

export interface Requirement {
  name: string;
  extras: string[];
  /** Offset of the name in the requirement text. */
  at: number;
}

/** Name and extras of a PEP 508 requirement (`anthropic[bedrock]>=0.30; python_version>"3.8"`). */
export function requirementName(spec: string): Requirement | undefined {
  const match = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/.exec(spec);
  if (!match) return undefined;
  const extras = (match[3] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return { name: match[2], extras, at: match[1].length };
}

/**
 * Dependency groups that hold tools for development, not what the program runs with (Poetry
 * groups, PEP 735 `dependency-groups`, Pipfile `dev-packages`).
 */
const DEV_GROUP =
  /^(dev|devel|develop|development|test|tests|testing|lint|linting|typing|types|mypy|docs?|ci|qa|check|format|style|bench|benchmarks?)([-_].*)?$/i;

export function isDevGroup(name: string): boolean {
  return DEV_GROUP.test(name);
}

/**
 * Evidence for a Python package. An extra that the catalog names (`anthropic[bedrock]`) routes
 * the package to that extra's vendor instead of the base package's.
 */
export function pypiEvidence(
  catalog: Catalog,
  name: string,
  extras: readonly string[],
  at: Declaration,
): Evidence[] {
  const routed = extras.flatMap((extra) =>
    dependencyEvidence(catalog, 'pypi', `${name}[${extra}]`, at).map((e) => ({ ...e, name })),
  );
  return routed.length > 0 ? routed : dependencyEvidence(catalog, 'pypi', name, at);
}
