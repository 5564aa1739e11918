// Pipfile: `[packages]` and `[dev-packages]`, both direct; dev-packages are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord } from '../positions/json.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { pypiEvidence } from './shared/python.js';

export function readPipfile(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const positions = new TomlPositions(text);
  const out: Evidence[] = [];
  for (const table of ['packages', 'dev-packages']) {
    const map = data[table];
    if (!isRecord(map)) continue;
    for (const [name, spec] of Object.entries(map)) {
      const extras =
        isRecord(spec) && Array.isArray(spec.extras)
          ? (spec.extras as unknown[]).filter((e): e is string => typeof e === 'string')
          : [];
      out.push(
        ...pypiEvidence(catalog, name, extras, {
          file,
          span: positions.keySpan([table], name),
          direct: true,
          test: table === 'dev-packages',
        }),
      );
    }
  }
  return out;
}
