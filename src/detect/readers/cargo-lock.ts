// Cargo.lock: entries without `source` are the workspace's own crates; the crates they list in
// `dependencies` are direct, every other entry with a source is transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { dependencyEvidence } from './shared/evidence.js';
import { lockPackages } from './shared/toml-lock.js';

export function readCargoLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const packages = lockPackages(data, new TomlPositions(text));
  const direct = new Set<string>();
  for (const pkg of packages) {
    if (pkg.data.source !== undefined || !Array.isArray(pkg.data.dependencies)) continue;
    for (const dep of pkg.data.dependencies as unknown[]) {
      if (typeof dep === 'string') direct.add(dep.split(' ')[0]);
    }
  }
  return packages
    .filter((pkg) => pkg.data.source !== undefined)
    .flatMap((pkg) =>
      dependencyEvidence(catalog, 'crates', pkg.name, {
        file,
        span: pkg.span,
        direct: direct.has(pkg.name),
      }),
    );
}
