// pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies`, PEP 735
// `dependency-groups`, `tool.uv.dev-dependencies`, and Poetry's `tool.poetry.dependencies`,
// `dev-dependencies` and `group.<name>.dependencies`. All declared: direct.
import { parse } from 'smol-toml';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import {
  isRecord,
  Lines,
  sameTable,
  stringLiteralLine,
  tomlKeyLines,
  type TomlKeyLine,
} from '../locate.js';
import { pypiEvidence, requirementName } from './python.js';

function tomlData(text: string): Record<string, unknown> | undefined {
  try {
    return parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export { tomlData };

/** The line of `key` in `table` (or of a `[table.key]` header), else of the table. */
export function keyLine(keys: TomlKeyLine[], table: string[], key: string): number {
  const pair = keys.find((k) => k.key === key && sameTable(k.table, table));
  if (pair) return pair.line;
  const header = keys.find((k) => k.key === '' && sameTable(k.table, [...table, key]));
  if (header) return header.line;
  return keys.find((k) => k.key === '' && sameTable(k.table, table))?.line ?? 1;
}

export function readPyproject(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = tomlData(text);
  if (!data) return [];
  const lines = new Lines(text);
  const keys = tomlKeyLines(text);
  const used = new Set<number>();
  const out: Evidence[] = [];
  const fromList = (list: unknown, table: string[], key: string) => {
    if (!Array.isArray(list)) return;
    const anchor = keys.find((k) => k.key === key && sameTable(k.table, table));
    const from = anchor ? textOffsetOfLine(text, anchor.line) : 0;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const parsed = requirementName(item);
      if (!parsed) continue;
      const line = stringLiteralLine(text, lines, item, from, used) ?? anchor?.line ?? 1;
      out.push(...pypiEvidence(catalog, parsed.name, parsed.extras, file, line, true));
    }
  };
  const project = isRecord(data.project) ? data.project : {};
  fromList(project.dependencies, ['project'], 'dependencies');
  if (isRecord(project['optional-dependencies'])) {
    for (const [group, list] of Object.entries(project['optional-dependencies'])) {
      fromList(list, ['project', 'optional-dependencies'], group);
    }
  }
  if (isRecord(data['dependency-groups'])) {
    for (const [group, list] of Object.entries(data['dependency-groups'])) {
      fromList(list, ['dependency-groups'], group);
    }
  }
  const tool = isRecord(data.tool) ? data.tool : {};
  const uv = isRecord(tool.uv) ? tool.uv : {};
  fromList(uv['dev-dependencies'], ['tool', 'uv'], 'dev-dependencies');
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  const fromMap = (map: unknown, table: string[]) => {
    if (!isRecord(map)) return;
    for (const [name, spec] of Object.entries(map)) {
      if (name.toLowerCase() === 'python') continue;
      const extras =
        isRecord(spec) && Array.isArray(spec.extras)
          ? spec.extras.filter((e): e is string => typeof e === 'string')
          : [];
      const line = keyLine(keys, table, name);
      out.push(...pypiEvidence(catalog, name, extras, file, line, true));
    }
  };
  fromMap(poetry.dependencies, ['tool', 'poetry', 'dependencies']);
  fromMap(poetry['dev-dependencies'], ['tool', 'poetry', 'dev-dependencies']);
  if (isRecord(poetry.group)) {
    for (const [group, body] of Object.entries(poetry.group)) {
      if (isRecord(body)) {
        fromMap(body.dependencies, ['tool', 'poetry', 'group', group, 'dependencies']);
      }
    }
  }
  return out;
}

function textOffsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}
