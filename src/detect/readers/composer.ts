// PHP's Composer. composer.json: `require` (direct) and `require-dev` (direct, context `test`);
// platform requirements (`php`, `ext-*`, `lib-*`, `composer-*`) are not packages.
// composer.lock: `packages` and `packages-dev` list every installed package without saying
// which composer.json declares, so entries are transitive here (the scan promotes the ones the
// composer.json beside it declares); `packages-dev` entries are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, jsonKeySpans, keyPath, parseJson } from '../positions/json.js';
import { LineIndex, nameOnLine } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

const PLATFORM = /^(php|php-64bit|php-ipv6|php-zts|php-debug|hhvm|ext-.*|lib-.*|composer(-.*)?)$/i;
const MANIFEST_FIELDS = ['require', 'require-dev'];
const LOCK_FIELDS = ['packages', 'packages-dev'];

export function readComposerJson(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  const spans = jsonKeySpans(
    text,
    (path) => path.length === 2 && MANIFEST_FIELDS.includes(path[0]),
  );
  const out: Evidence[] = [];
  for (const field of MANIFEST_FIELDS) {
    const map = data[field];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      if (PLATFORM.test(name)) continue;
      out.push(
        ...dependencyEvidence(catalog, 'composer', name, {
          file,
          span: spans.get(keyPath(field, name)) ?? { line: 1 },
          direct: true,
          test: field === 'require-dev',
        }),
      );
    }
  }
  return out;
}

export function readComposerLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const data = parseJson(text);
  if (!isRecord(data)) return [];
  const lines = new LineIndex(text);
  const spans = jsonKeySpans(
    text,
    (path) => path.length === 3 && LOCK_FIELDS.includes(path[0]) && path[2] === 'name',
  );
  const out: Evidence[] = [];
  for (const field of LOCK_FIELDS) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    (list as unknown[]).forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.name !== 'string') return;
      const key = spans.get(keyPath(field, String(index), 'name'));
      const span = key ? nameOnLine(lines.lineText(key.line), key.line, [entry.name]) : { line: 1 };
      out.push(
        ...dependencyEvidence(catalog, 'composer', entry.name, {
          file,
          span,
          direct: false,
          test: field === 'packages-dev',
        }),
      );
    });
  }
  return out;
}
