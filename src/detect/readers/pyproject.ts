// pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies`, PEP 735
// `dependency-groups`, `tool.uv.dev-dependencies`, and Poetry's `tool.poetry.dependencies`,
// `dev-dependencies` and `group.<name>.dependencies`. All declared: direct. Development groups
// (`dev`, `test`, `lint`, …; see shared/python.ts) and dev-dependencies are context `test`;
// optional-dependencies (extras) are what users install the package with: runtime, except an
// extra named like a development group (`dev`, `test-docs`), which developers install.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord } from '../positions/json.js';
import { LineIndex, type Span } from '../positions/lines.js';
import { StringLiterals } from '../positions/literals.js';
import { parseToml, TomlPositions } from '../positions/toml.js';
import { isDevGroup, pypiEvidence, requirementName } from './shared/python.js';

export function readPyproject(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseToml(text);
  if (!data) return [];
  const lines = new LineIndex(text);
  const literals = new StringLiterals(text, lines);
  const positions = new TomlPositions(text);
  const out: Evidence[] = [];
  const fromList = (list: unknown, table: string[], key: string, test: boolean) => {
    if (!Array.isArray(list)) return;
    const anchor = positions.find(table, key)?.span;
    const from = anchor ? lines.lineStart(anchor.line) : 0;
    for (const item of list as unknown[]) {
      if (typeof item !== 'string') continue;
      const parsed = requirementName(item);
      if (!parsed) continue;
      const literal = literals.take(item, from);
      const span: Span =
        literal?.column === undefined
          ? (anchor ?? { line: 1 })
          : {
              line: literal.line,
              column: literal.column + parsed.at,
              endColumn: literal.column + parsed.at + parsed.name.length,
            };
      out.push(
        ...pypiEvidence(catalog, parsed.name, parsed.extras, { file, span, direct: true, test }),
      );
    }
  };
  const project = isRecord(data.project) ? data.project : {};
  fromList(project.dependencies, ['project'], 'dependencies', false);
  if (isRecord(project['optional-dependencies'])) {
    for (const [group, list] of Object.entries(project['optional-dependencies'])) {
      fromList(list, ['project', 'optional-dependencies'], group, isDevGroup(group));
    }
  }
  if (isRecord(data['dependency-groups'])) {
    for (const [group, list] of Object.entries(data['dependency-groups'])) {
      fromList(list, ['dependency-groups'], group, isDevGroup(group));
    }
  }
  const tool = isRecord(data.tool) ? data.tool : {};
  const uv = isRecord(tool.uv) ? tool.uv : {};
  fromList(uv['dev-dependencies'], ['tool', 'uv'], 'dev-dependencies', true);
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  const fromMap = (map: unknown, table: string[], test: boolean) => {
    if (!isRecord(map)) return;
    for (const [name, spec] of Object.entries(map)) {
      if (name.toLowerCase() === 'python') continue;
      const extras =
        isRecord(spec) && Array.isArray(spec.extras)
          ? (spec.extras as unknown[]).filter((e): e is string => typeof e === 'string')
          : [];
      const span = positions.keySpan(table, name);
      out.push(...pypiEvidence(catalog, name, extras, { file, span, direct: true, test }));
    }
  };
  fromMap(poetry.dependencies, ['tool', 'poetry', 'dependencies'], false);
  fromMap(poetry['dev-dependencies'], ['tool', 'poetry', 'dev-dependencies'], true);
  if (isRecord(poetry.group)) {
    for (const [group, body] of Object.entries(poetry.group)) {
      if (isRecord(body)) {
        const table = ['tool', 'poetry', 'group', group, 'dependencies'];
        fromMap(body.dependencies, table, isDevGroup(group));
      }
    }
  }
  return out;
}
