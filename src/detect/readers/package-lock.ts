// package-lock.json and npm-shrinkwrap.json. v2/v3: every `packages` entry under node_modules is
// an installed package (including those flagged "peer" or "optional": npm 7+ installs peers);
// direct when the root or a workspace declares it and it sits at that level. v1: the nested
// `dependencies` tree; top-level entries that no other entry requires are direct.
// A name that only appears inside another entry's peerDependencies/optionalDependencies map is
// never evidence: only entries are. Entries npm flags `dev: true` are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import {
  isRecord,
  jsonKeySpans,
  keyPath,
  keysOf,
  narrowToSuffix,
  parseJson,
} from '../positions/json.js';
import { dependencyEvidence } from './shared/evidence.js';

/** Path length (keys) up to which v1 entries get a position: 64 levels of nesting. */
const MAX_LOCATED_DEPTH = 128;

const DECLARING = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

function declared(entry: unknown): Set<string> {
  const names = new Set<string>();
  if (!isRecord(entry)) return names;
  for (const field of DECLARING) for (const name of keysOf(entry[field])) names.add(name);
  return names;
}

export function readPackageLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  return isRecord(data.packages)
    ? readPackages(file, text, data.packages, catalog)
    : readV1(file, text, data, catalog);
}

function readPackages(
  file: string,
  text: string,
  packages: Record<string, unknown>,
  catalog: Catalog,
): Evidence[] {
  const spans = jsonKeySpans(text, (path) => path.length === 2 && path[0] === 'packages');
  // The root ("") and each workspace (a key outside node_modules) declare direct dependencies.
  const roots = new Map<string, Set<string>>();
  for (const [key, entry] of Object.entries(packages)) {
    if (!key.includes('node_modules/') && !(isRecord(entry) && entry.link === true)) {
      roots.set(key, declared(entry));
    }
  }
  const out: Evidence[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const at = key.lastIndexOf('node_modules/');
    if (at === -1 || !isRecord(entry) || entry.link === true) continue;
    const keyName = key.slice(at + 'node_modules/'.length);
    const name = typeof entry.name === 'string' ? entry.name : keyName;
    const parent = key.slice(0, at).replace(/\/$/, '');
    const span = narrowToSuffix(spans.get(keyPath('packages', key)), key, keyName);
    out.push(
      ...dependencyEvidence(catalog, 'npm', name, {
        file,
        span: span ?? { line: 1 },
        direct: roots.get(parent)?.has(keyName) === true,
        test: entry.dev === true,
      }),
    );
  }
  return out;
}

function readV1(
  file: string,
  text: string,
  data: Record<string, unknown>,
  catalog: Catalog,
): Evidence[] {
  if (!isRecord(data.dependencies)) return [];
  const spans = jsonKeySpans(
    text,
    (path) =>
      path.length % 2 === 0 &&
      path.length <= MAX_LOCATED_DEPTH &&
      path.every((p, i) => i % 2 === 1 || p === 'dependencies'),
  );
  const required = new Set<string>();
  const out: Evidence[] = [];
  // Iterative walks: a hostile lock nested thousands deep must not exhaust the stack.
  const pending: Record<string, unknown>[] = [data.dependencies];
  for (let deps = pending.pop(); deps; deps = pending.pop()) {
    for (const entry of Object.values(deps)) {
      if (!isRecord(entry)) continue;
      for (const name of keysOf(entry.requires)) required.add(name);
      if (isRecord(entry.dependencies)) pending.push(entry.dependencies);
    }
  }
  // Entries nested deeper than any real tree are still evidence, without a position (copying
  // their paths would make the walk quadratic in the depth).
  const walk: { deps: Record<string, unknown>; path: string[] | null; top: boolean }[] = [
    { deps: data.dependencies, path: [], top: true },
  ];
  for (let next = walk.pop(); next; next = walk.pop()) {
    for (const [name, entry] of Object.entries(next.deps)) {
      if (!isRecord(entry)) continue;
      const deeper = next.path && next.path.length + 2 <= MAX_LOCATED_DEPTH;
      const here = deeper && next.path ? [...next.path, 'dependencies', name] : null;
      const version = typeof entry.version === 'string' ? entry.version : '';
      const real = version.startsWith('npm:') ? version.slice(4).replace(/@[^@]*$/, '') : name;
      out.push(
        ...dependencyEvidence(catalog, 'npm', real, {
          file,
          span: (here && spans.get(keyPath(...here))) ?? { line: 1 },
          direct: next.top && !required.has(name),
          test: entry.dev === true,
        }),
      );
      if (isRecord(entry.dependencies)) {
        walk.push({ deps: entry.dependencies, path: here, top: false });
      }
    }
  }
  return out;
}
