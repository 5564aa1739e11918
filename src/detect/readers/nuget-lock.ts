// NuGet packages.lock.json: per target framework, every restored package with its `type`:
// `Direct` (the project references it), `Transitive` or `CentralTransitive` (pulled in), and
// `Project` (another project of the solution: not a package).
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, jsonKeySpans, keyPath, parseJson } from '../positions/json.js';
import { dependencyEvidence } from './shared/evidence.js';

export function readNugetLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data) || !isRecord(data.dependencies)) return [];
  const spans = jsonKeySpans(text, (path) => path.length === 3 && path[0] === 'dependencies');
  const out: Evidence[] = [];
  for (const [framework, packages] of Object.entries(data.dependencies)) {
    if (!isRecord(packages)) continue;
    for (const [name, entry] of Object.entries(packages)) {
      const type = isRecord(entry) && typeof entry.type === 'string' ? entry.type : '';
      if (type === 'Project') continue;
      out.push(
        ...dependencyEvidence(catalog, 'nuget', name, {
          file,
          span: spans.get(keyPath('dependencies', framework, name)) ?? { line: 1 },
          direct: type === 'Direct',
        }),
      );
    }
  }
  return out;
}
