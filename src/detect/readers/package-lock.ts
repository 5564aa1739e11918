// package-lock.json and npm-shrinkwrap.json. v2/v3: every `packages` entry under node_modules is
// an installed package (including those flagged "peer" or "optional": npm 7+ installs peers);
// direct when the root or a workspace declares it and it sits at that level. v1: the nested
// `dependencies` tree; top-level entries that no other entry requires are direct.
// A name that only appears inside another entry's peerDependencies/optionalDependencies map is
// never evidence: only entries are.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence, isRecord, jsonKeyLines, keysOf, parseJson } from '../locate.js';

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
  const lines = jsonKeyLines(text, (path) => path.length === 2 && path[0] === 'packages');
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
    const direct = roots.get(parent)?.has(keyName) === true;
    const line = lines.get(`packages\0${key}`) ?? 1;
    out.push(...dependencyEvidence(catalog, 'npm', name, file, line, direct));
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
  const lines = jsonKeyLines(
    text,
    (path) => path.length % 2 === 0 && path.every((p, i) => i % 2 === 1 || p === 'dependencies'),
  );
  const required = new Set<string>();
  const collect = (deps: Record<string, unknown>) => {
    for (const entry of Object.values(deps)) {
      if (!isRecord(entry)) continue;
      for (const name of keysOf(entry.requires)) required.add(name);
      if (isRecord(entry.dependencies)) collect(entry.dependencies);
    }
  };
  collect(data.dependencies);
  const out: Evidence[] = [];
  const walk = (deps: Record<string, unknown>, path: string[]) => {
    for (const [name, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) continue;
      const here = [...path, 'dependencies', name];
      const version = typeof entry.version === 'string' ? entry.version : '';
      const real = version.startsWith('npm:') ? version.slice(4).replace(/@[^@]*$/, '') : name;
      const direct = path.length === 0 && !required.has(name);
      const line = lines.get(here.join('\0')) ?? 1;
      out.push(...dependencyEvidence(catalog, 'npm', real, file, line, direct));
      if (isRecord(entry.dependencies)) walk(entry.dependencies, here);
    }
  };
  walk(data.dependencies, []);
  return out;
}
