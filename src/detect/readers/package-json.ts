// package.json: what a package (or each workspace package) declares.
// dependencies, devDependencies, optionalDependencies and peerDependencies all declare that the
// code uses the package: direct. A peer marked optional in peerDependenciesMeta only says the
// code works with it when present: it counts as direct: false (weak evidence, a note).
// devDependencies are tools and tests: context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, jsonKeySpans, keyPath, parseJson } from '../positions/json.js';
import { npmAliasTarget } from '../positions/npm.js';
import { dependencyEvidence } from './shared/evidence.js';

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

export function readPackageJson(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  const spans = jsonKeySpans(text, (path) => path.length === 2 && FIELDS.includes(path[0]));
  const meta = isRecord(data.peerDependenciesMeta) ? data.peerDependenciesMeta : {};
  const out: Evidence[] = [];
  for (const field of FIELDS) {
    const deps = data[field];
    if (!isRecord(deps)) continue;
    for (const [key, spec] of Object.entries(deps)) {
      const name = typeof spec === 'string' ? npmAliasTarget(`${key}@${spec}`) : key;
      const optionalPeer =
        field === 'peerDependencies' && isRecord(meta[key]) && meta[key].optional === true;
      out.push(
        ...dependencyEvidence(catalog, 'npm', name, {
          file,
          span: spans.get(keyPath(field, key)) ?? { line: 1 },
          direct: !optionalPeer,
          test: field === 'devDependencies',
        }),
      );
    }
  }
  return out;
}
