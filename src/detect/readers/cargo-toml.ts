// Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
// `[target.'cfg'.*]` forms and `[workspace.dependencies]`; a renamed dependency
// (`x = { package = "async-openai" }`) is the package it names. Declared: direct.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence, isRecord, tomlKeyLines } from '../locate.js';
import { keyLine, tomlData } from './pyproject.js';

const TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

export function readCargoToml(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const keys = tomlKeyLines(text);
  const out: Evidence[] = [];
  const fromTable = (map: unknown, table: string[]) => {
    if (!isRecord(map)) return;
    for (const [key, spec] of Object.entries(map)) {
      const name = isRecord(spec) && typeof spec.package === 'string' ? spec.package : key;
      out.push(
        ...dependencyEvidence(catalog, 'crates', name, file, keyLine(keys, table, key), true),
      );
    }
  };
  for (const table of TABLES) fromTable(data[table], [table]);
  if (isRecord(data.target)) {
    for (const [target, body] of Object.entries(data.target)) {
      if (!isRecord(body)) continue;
      for (const table of TABLES) fromTable(body[table], ['target', target, table]);
    }
  }
  if (isRecord(data.workspace))
    fromTable(data.workspace.dependencies, ['workspace', 'dependencies']);
  return out;
}
