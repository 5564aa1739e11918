// Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
// `[target.'cfg'.*]` forms and `[workspace.dependencies]`; a renamed dependency
// (`x = { package = "async-openai" }`) is the package it names. Declared: direct;
// `dev-dependencies` (tests, examples, benchmarks) are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord } from '../positions/json.js';
import { LineIndex, nameOnLine } from '../positions/lines.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { dependencyEvidence } from './shared/evidence.js';

const TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

export function readCargoToml(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const positions = new TomlPositions(text);
  const lines = new LineIndex(text);
  const out: Evidence[] = [];
  const fromTable = (map: unknown, table: string[]) => {
    if (!isRecord(map)) return;
    for (const [key, spec] of Object.entries(map)) {
      const renamed = isRecord(spec) && typeof spec.package === 'string' ? spec.package : null;
      const name = renamed ?? key;
      const keySpan = positions.keySpan(table, key);
      // `llm = { package = "ollama-rs" }`: span the package's name where it is written
      const span = renamed
        ? nameOnLine(lines.lineText(keySpan.line), keySpan.line, [renamed])
        : keySpan;
      out.push(
        ...dependencyEvidence(catalog, 'crates', name, {
          file,
          span: span.column === undefined ? keySpan : span,
          direct: true,
          test: table[table.length - 1] === 'dev-dependencies',
        }),
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
  if (isRecord(data.workspace)) {
    fromTable(data.workspace.dependencies, ['workspace', 'dependencies']);
  }
  return out;
}
