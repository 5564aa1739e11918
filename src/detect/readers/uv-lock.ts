// uv.lock: the project and workspace members are the entries whose source is `editable` or
// `virtual`; their dependencies, optional-dependencies and dev-dependencies are direct, every
// other installed entry transitive. A package the members declare only in development groups
// is context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord } from '../positions/json.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { isDevGroup, pypiEvidence } from './shared/python.js';
import { lockPackages } from './shared/toml-lock.js';

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).flatMap((item) =>
    isRecord(item) && typeof item.name === 'string' ? [item.name] : [],
  );
}

export function readUvLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const packages = lockPackages(data, new TomlPositions(text));
  const key = (name: string) => catalog.normalize('pypi', name);
  const runtime = new Set<string>();
  const development = new Set<string>();
  const members = new Set<string>();
  for (const pkg of packages) {
    const source = pkg.data.source;
    if (!isRecord(source) || !('editable' in source || 'virtual' in source)) continue;
    members.add(key(pkg.name));
    for (const name of names(pkg.data.dependencies)) runtime.add(key(name));
    const optional = pkg.data['optional-dependencies'];
    if (isRecord(optional)) {
      for (const list of Object.values(optional)) for (const n of names(list)) runtime.add(key(n));
    }
    const groups = pkg.data['dev-dependencies'];
    if (isRecord(groups)) {
      for (const [group, list] of Object.entries(groups)) {
        for (const n of names(list)) (isDevGroup(group) ? development : runtime).add(key(n));
      }
    }
  }
  return packages
    .filter((pkg) => !members.has(key(pkg.name)))
    .flatMap((pkg) => {
      const name = key(pkg.name);
      const direct = runtime.has(name) || development.has(name);
      return pypiEvidence(catalog, pkg.name, [], {
        file,
        span: pkg.span,
        direct,
        test: direct && !runtime.has(name),
      });
    });
}
