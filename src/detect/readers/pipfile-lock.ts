// Pipfile.lock: `default` and `develop` list every installed package without saying which the
// Pipfile declared, so entries are transitive here; the scan promotes the ones the Pipfile
// beside it declares.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, jsonKeyLines, parseJson } from '../locate.js';
import { pypiEvidence } from './python.js';

export function readPipfileLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  const sections = ['default', 'develop'];
  const lines = jsonKeyLines(text, (path) => path.length === 2 && sections.includes(path[0]));
  const out: Evidence[] = [];
  for (const section of sections) {
    const map = data[section];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      const line = lines.get(`${section}\0${name}`) ?? 1;
      out.push(...pypiEvidence(catalog, name, [], file, line, false));
    }
  }
  return out;
}
