// pnpm-lock.yaml (v5, v6, v9). Importers (or the root's own dependency maps before workspaces)
// are direct; entries of `packages` (v9: `packages`, not the per-peer `snapshots`) that no
// importer declares are transitive. Names in an entry's peerDependencies are never evidence.
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

const DEP_MAPS = ['dependencies', 'devDependencies', 'optionalDependencies'];

interface Entry {
  key: string;
  line: number;
  value: unknown;
}

function entries(node: unknown, counter: LineCounter): Entry[] {
  if (!isMap(node)) return [];
  const out: Entry[] = [];
  for (const pair of (node as YAMLMap<unknown, unknown>).items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    const offset = key.range?.[0] ?? 0;
    out.push({ key: String(key.value), line: counter.linePos(offset).line, value: pair.value });
  }
  return out;
}

function child(node: unknown, name: string): unknown {
  return isMap(node) ? (node as YAMLMap<unknown, unknown>).get(name, true) : undefined;
}

function versionOf(value: unknown): string {
  if (isScalar(value)) return String(value.value);
  const version = child(value, 'version');
  return isScalar(version) ? String(version.value) : '';
}

/** `/@scope/name@1.0.0(peer@2)`, `name@1.0.0`, v5 `/name/1.0.0_peer@2` → the package name. */
export function pnpmPackageName(key: string): string {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const start = bare.startsWith('@') ? bare.indexOf('/') + 1 : 0;
  const end = bare.slice(start).search(/[@/]/);
  return end === -1 ? bare : bare.slice(0, start + end);
}

export function readPnpmLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const root = doc.contents as Node | null;
  if (!isMap(root)) return [];
  const out: Evidence[] = [];
  const direct = new Set<string>();
  const importers = isMap(child(root, 'importers'))
    ? entries(child(root, 'importers'), counter).map((e) => e.value)
    : [root];
  for (const importer of importers) {
    for (const field of DEP_MAPS) {
      for (const dep of entries(child(importer, field), counter)) {
        const version = versionOf(dep.value);
        if (version.startsWith('link:') || version.startsWith('workspace:')) continue;
        direct.add(dep.key);
        out.push(...dependencyEvidence(catalog, 'npm', dep.key, file, dep.line, true));
      }
    }
  }
  const packages = isMap(child(root, 'packages'))
    ? child(root, 'packages')
    : child(root, 'snapshots');
  for (const entry of entries(packages, counter)) {
    const declaredName = child(entry.value, 'name');
    const name = isScalar(declaredName) ? String(declaredName.value) : pnpmPackageName(entry.key);
    if (direct.has(name)) continue;
    out.push(...dependencyEvidence(catalog, 'npm', name, file, entry.line, false));
  }
  return out;
}
