// Shared by the Python readers: PEP 508 requirement names and extras.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

/** Name and extras of a PEP 508 requirement (`anthropic[bedrock]>=0.30; python_version>"3.8"`). */
export function requirementName(spec: string): { name: string; extras: string[] } | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/.exec(spec);
  if (!match) return undefined;
  const extras = (match[2] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return { name: match[1], extras };
}

/**
 * Evidence for a Python package. An extra that the catalog names (`anthropic[bedrock]`) routes
 * the package to that extra's vendor instead of the base package's.
 */
export function pypiEvidence(
  catalog: Catalog,
  name: string,
  extras: string[],
  file: string,
  line: number,
  direct: boolean,
): Evidence[] {
  const routed = extras.flatMap((extra) =>
    dependencyEvidence(catalog, 'pypi', `${name}[${extra}]`, file, line, direct).map((e) => ({
      ...e,
      name,
    })),
  );
  return routed.length > 0 ? routed : dependencyEvidence(catalog, 'pypi', name, file, line, direct);
}
