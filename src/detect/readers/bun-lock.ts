// bun.lock, Bun's text lockfile (JSONC: trailing commas allowed). `workspaces` holds what the
// root ("") and each workspace package declare; `packages` maps an install path (`openai`,
// `web/openai` for a nested copy) to `[resolved descriptor, registry, info, integrity]`, the
// descriptor naming the real package (`openai@4.2.0` also for an alias). An entry whose path is
// a name a workspace declares is direct, every other entry transitive; a name declared only in
// devDependencies is context `test`. Workspace, link and file entries are the repository's own
// code. Names in an entry's peerDependencies are never evidence: only entries are.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import {
  isRecord,
  jsonKeySpans,
  keyPath,
  keysOf,
  narrowToSuffix,
  parseJsonc,
} from '../positions/json.js';
import { descriptorName } from '../positions/npm.js';
import { dependencyEvidence } from './shared/evidence.js';

const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** `web/openai` → `openai`, `app/@scope/x` → `@scope/x`, `@scope/x` → itself. */
function installedName(key: string): string {
  const parts = key.split('/');
  const last = parts[parts.length - 1] ?? key;
  const parent = parts[parts.length - 2];
  return parent?.startsWith('@') ? `${parent}/${last}` : last;
}

export function readBunLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJsonc(text);
  if (!isRecord(data) || !isRecord(data.packages)) return [];
  const runtime = new Set<string>();
  const development = new Set<string>();
  if (isRecord(data.workspaces)) {
    for (const workspace of Object.values(data.workspaces)) {
      if (!isRecord(workspace)) continue;
      for (const field of RUNTIME_FIELDS)
        for (const name of keysOf(workspace[field])) runtime.add(name);
      for (const name of keysOf(workspace.devDependencies)) development.add(name);
    }
  }
  const spans = jsonKeySpans(text, (path) => path.length === 2 && path[0] === 'packages');
  const out: Evidence[] = [];
  for (const [key, entry] of Object.entries(data.packages)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const descriptor = entry[0];
    const name = descriptorName(descriptor);
    const source = descriptor.slice(name.length + 1);
    if (/^(workspace|link|file|root):/.test(source)) continue;
    const declared = runtime.has(key) || development.has(key);
    const keyName = installedName(key);
    out.push(
      ...dependencyEvidence(catalog, 'npm', name, {
        file,
        span: narrowToSuffix(spans.get(keyPath('packages', key)), key, keyName) ?? { line: 1 },
        direct: declared,
        test: declared && !runtime.has(key),
      }),
    );
  }
  return out;
}
