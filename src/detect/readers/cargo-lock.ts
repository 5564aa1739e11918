// Cargo.lock: entries without `source` are the workspace's own crates; the crates they list in
// `dependencies` are direct, every other entry with a source is transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence, tomlKeyLines } from '../locate.js';
import { tomlData } from './pyproject.js';
import { lockPackages } from './toml-lock.js';

export function readCargoLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const packages = lockPackages(data, tomlKeyLines(text));
  const direct = new Set<string>();
  for (const pkg of packages) {
    if (pkg.data.source !== undefined || !Array.isArray(pkg.data.dependencies)) continue;
    for (const dep of pkg.data.dependencies) {
      if (typeof dep === 'string') direct.add(dep.split(' ')[0]);
    }
  }
  return packages
    .filter((pkg) => pkg.data.source !== undefined)
    .flatMap((pkg) =>
      dependencyEvidence(catalog, 'crates', pkg.name, file, pkg.line, direct.has(pkg.name)),
    );
}
