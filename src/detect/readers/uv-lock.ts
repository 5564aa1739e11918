// uv.lock: the project and workspace members are the entries whose source is `editable` or
// `virtual`; their dependencies, optional-dependencies and dev-dependencies are direct, every
// other installed entry transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, tomlKeyLines } from '../locate.js';
import { tomlData } from './pyproject.js';
import { pypiEvidence } from './python.js';
import { lockPackages } from './toml-lock.js';

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) =>
    isRecord(item) && typeof item.name === 'string' ? [item.name] : [],
  );
}

export function readUvLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const packages = lockPackages(data, tomlKeyLines(text));
  const direct = new Set<string>();
  const members = new Set<string>();
  for (const pkg of packages) {
    const source = pkg.data.source;
    if (!isRecord(source) || !('editable' in source || 'virtual' in source)) continue;
    members.add(catalog.normalize('pypi', pkg.name));
    const groups = [pkg.data['optional-dependencies'], pkg.data['dev-dependencies']];
    const declared = [
      ...names(pkg.data.dependencies),
      ...groups.flatMap((g) => (isRecord(g) ? Object.values(g).flatMap(names) : [])),
    ];
    for (const name of declared) direct.add(catalog.normalize('pypi', name));
  }
  return packages
    .filter((pkg) => !members.has(catalog.normalize('pypi', pkg.name)))
    .flatMap((pkg) =>
      pypiEvidence(
        catalog,
        pkg.name,
        [],
        file,
        pkg.line,
        direct.has(catalog.normalize('pypi', pkg.name)),
      ),
    );
}
