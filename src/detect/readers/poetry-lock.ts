// poetry.lock: every `[[package]]` is installed. The lock does not record which ones
// pyproject.toml declares: a package no other package depends on must be declared (direct);
// the scan also promotes the ones the pyproject.toml beside it declares. An entry only in
// development groups (`category = "dev"` before Poetry 1.5, `groups = ["dev"]` since 2.0) is
// context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, keysOf } from '../positions/json.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { isDevGroup, pypiEvidence } from './shared/python.js';
import { lockPackages } from './shared/toml-lock.js';

function onlyDevelopment(data: Record<string, unknown>): boolean {
  if (data.category === 'dev') return true;
  const groups = Array.isArray(data.groups) ? (data.groups as unknown[]) : [];
  return (
    groups.length > 0 && groups.every((group) => typeof group === 'string' && isDevGroup(group))
  );
}

export function readPoetryLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const packages = lockPackages(data, new TomlPositions(text));
  const dependedOn = new Set<string>();
  for (const pkg of packages) {
    const deps = isRecord(pkg.data.dependencies) ? pkg.data.dependencies : {};
    for (const name of keysOf(deps)) dependedOn.add(catalog.normalize('pypi', name));
  }
  return packages.flatMap((pkg) =>
    pypiEvidence(catalog, pkg.name, [], {
      file,
      span: pkg.span,
      direct: !dependedOn.has(catalog.normalize('pypi', pkg.name)),
      test: onlyDevelopment(pkg.data),
    }),
  );
}
