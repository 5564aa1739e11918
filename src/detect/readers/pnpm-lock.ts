// pnpm-lock.yaml (v5, v6, v9). Importers (or the root's own dependency maps before workspaces)
// are direct; entries of `packages` (v9: `packages`, not the per-peer `snapshots`) that no
// importer declares are transitive. Names in an entry's peerDependencies are never evidence.
// An importer's devDependencies, and entries v5/v6 flag `dev: true`, are context `test`.
//
// pnpm writes one fixed block layout (two-space indents, one key per line), so the file is
// read line by line in one linear pass: a general YAML parser takes time that grows faster
// than the file on hostile shapes (thousands of duplicate keys, unbalanced quotes). A file
// that does not start like a pnpm lockfile (`lockfileVersion:`) gives nothing.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, type Span } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

const DEP_MAPS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);

interface KeyLine {
  indent: number;
  key: string;
  /** The scalar after `key:` on the same line, unquoted; '' when a block follows. */
  value: string;
  span: Span;
}

function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) {
    return t[0] === "'" ? t.slice(1, -1).replace(/''/g, "'") : t.slice(1, -1);
  }
  return t;
}

/** `  key: value` / `  'quoted key':` / `  /@scope/x@1(peer@2):` → its parts; else undefined. */
function keyLine(line: string, number: number): KeyLine | undefined {
  const indent = line.length - line.trimStart().length;
  const body = line.slice(indent);
  if (!body || body.startsWith('#') || body.startsWith('- ')) return undefined;
  let key: string;
  let rest: string;
  let column = indent + 1;
  if (body[0] === "'" || body[0] === '"') {
    const close = body.indexOf(body[0], 1);
    if (close === -1 || body[close + 1] !== ':') return undefined;
    key = body.slice(1, close);
    rest = body.slice(close + 2);
    column++;
  } else {
    const colon = body.search(/:(\s|$)/);
    if (colon <= 0) return undefined;
    key = body.slice(0, colon);
    rest = body.slice(colon + 1);
  }
  const value = unquote(rest.replace(/\s+#.*$/, ''));
  return { indent, key, value, span: { line: number, column, endColumn: column + key.length } };
}

/** `/@scope/name@1.0.0(peer@2)`, `name@1.0.0`, v5 `/name/1.0.0_peer@2` → the package name. */
export function pnpmPackageName(key: string): string {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const start = bare.startsWith('@') ? bare.indexOf('/') + 1 : 0;
  const end = bare.slice(start).search(/[@/]/);
  return end === -1 ? bare : bare.slice(0, start + end);
}

interface Declared {
  name: string;
  span: Span;
  version: string;
  test: boolean;
}

interface Installed {
  key: string;
  span: Span;
  name?: string;
  dev: boolean;
}

export function readPnpmLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const lines = new LineIndex(text);
  let first = 1;
  while (first <= lines.count && /^\s*(#.*)?$/.test(lines.lineText(first))) first++;
  if (!/^lockfileVersion:\s*\S/.test(lines.lineText(first))) return [];

  const declared: Declared[] = [];
  const sections = new Map<string, Installed[]>([
    ['packages', []],
    ['snapshots', []],
  ]);
  /** Keys of the open mappings, outermost first, with their indents. */
  const stack: KeyLine[] = [];
  for (let number = first; number <= lines.count; number++) {
    const entry = keyLine(lines.lineText(number), number);
    if (!entry) continue;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= entry.indent) stack.pop();
    stack.push(entry);
    const path = stack.map((k) => k.key);
    const top = path[0];
    // a dependency of an importer (`importers.<dir>.<map>.<name>`) or of the v5/v6 root
    const depth = top === 'importers' ? 4 : 2;
    const mapName = path[depth - 2] ?? '';
    if (
      path.length === depth &&
      DEP_MAPS.has(mapName) &&
      (top === 'importers' || DEP_MAPS.has(top ?? ''))
    ) {
      declared.push({
        name: entry.key,
        span: entry.span,
        version: entry.value, // v5 writes the version inline; later versions in a child
        test: mapName === 'devDependencies',
      });
      continue;
    }
    if (path.length === depth + 1 && entry.key === 'version' && DEP_MAPS.has(mapName)) {
      const last = declared[declared.length - 1];
      if (last && last.span.line === stack[depth - 1]?.span.line) last.version = entry.value;
      continue;
    }
    const installed = top ? sections.get(top) : undefined;
    if (!installed) continue;
    if (path.length === 2) installed.push({ key: entry.key, span: entry.span, dev: false });
    else if (path.length === 3) {
      const current = installed[installed.length - 1];
      if (!current) continue;
      if (entry.key === 'name' && entry.value) current.name = entry.value;
      if (entry.key === 'dev' && entry.value === 'true') current.dev = true;
    }
  }

  const out: Evidence[] = [];
  const direct = new Set<string>();
  for (const dep of declared) {
    if (dep.version.startsWith('link:') || dep.version.startsWith('workspace:')) continue;
    direct.add(dep.name);
    out.push(
      ...dependencyEvidence(catalog, 'npm', dep.name, {
        file,
        span: dep.span,
        direct: true,
        test: dep.test,
      }),
    );
  }
  const packages = sections.get('packages') ?? [];
  const entries = packages.length > 0 ? packages : (sections.get('snapshots') ?? []);
  for (const entry of entries) {
    const name = entry.name ?? pnpmPackageName(entry.key);
    if (direct.has(name)) continue;
    // the name inside the key: `/@scope/name@1.0.0(…)` → `@scope/name`
    const at = entry.key.indexOf(name);
    const column =
      at === -1 || entry.span.column === undefined ? undefined : entry.span.column + at;
    const span: Span =
      column === undefined
        ? { line: entry.span.line }
        : { line: entry.span.line, column, endColumn: column + name.length };
    out.push(
      ...dependencyEvidence(catalog, 'npm', name, { file, span, direct: false, test: entry.dev }),
    );
  }
  return out;
}
