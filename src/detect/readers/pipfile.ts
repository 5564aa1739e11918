// Pipfile: `[packages]` and `[dev-packages]`, both direct.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, tomlKeyLines } from '../locate.js';
import { keyLine, tomlData } from './pyproject.js';
import { pypiEvidence } from './python.js';

export function readPipfile(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const keys = tomlKeyLines(text);
  const out: Evidence[] = [];
  for (const table of ['packages', 'dev-packages']) {
    const map = data[table];
    if (!isRecord(map)) continue;
    for (const [name, spec] of Object.entries(map)) {
      const extras =
        isRecord(spec) && Array.isArray(spec.extras)
          ? spec.extras.filter((e): e is string => typeof e === 'string')
          : [];
      out.push(...pypiEvidence(catalog, name, extras, file, keyLine(keys, [table], name), true));
    }
  }
  return out;
}
