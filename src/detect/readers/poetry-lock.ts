// poetry.lock: every `[[package]]` is installed. The lock does not record which ones
// pyproject.toml declares: a package no other package depends on must be declared (direct);
// the scan also promotes the ones the pyproject.toml beside it declares.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, keysOf, tomlKeyLines } from '../locate.js';
import { tomlData } from './pyproject.js';
import { pypiEvidence } from './python.js';
import { lockPackages } from './toml-lock.js';

export function readPoetryLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const packages = lockPackages(data, tomlKeyLines(text));
  const dependedOn = new Set<string>();
  for (const pkg of packages) {
    const deps = isRecord(pkg.data.dependencies) ? pkg.data.dependencies : {};
    for (const name of keysOf(deps)) dependedOn.add(catalog.normalize('pypi', name));
  }
  return packages.flatMap((pkg) =>
    pypiEvidence(
      catalog,
      pkg.name,
      [],
      file,
      pkg.line,
      !dependedOn.has(catalog.normalize('pypi', pkg.name)),
    ),
  );
}
