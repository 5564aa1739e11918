// Pipfile.lock: `default` and `develop` list every installed package without saying which the
// Pipfile declared, so entries are transitive here; the scan promotes the ones the Pipfile
// beside it declares. `develop` entries are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, jsonKeySpans, keyPath, parseJson } from '../positions/json.js';
import { pypiEvidence } from './shared/python.js';

const SECTIONS = ['default', 'develop'];

export function readPipfileLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  const spans = jsonKeySpans(text, (path) => path.length === 2 && SECTIONS.includes(path[0]));
  const out: Evidence[] = [];
  for (const section of SECTIONS) {
    const map = data[section];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      out.push(
        ...pypiEvidence(catalog, name, [], {
          file,
          span: spans.get(keyPath(section, name)) ?? { line: 1 },
          direct: false,
          test: section === 'develop',
        }),
      );
    }
  }
  return out;
}
