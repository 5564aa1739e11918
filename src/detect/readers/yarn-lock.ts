// yarn.lock. Yarn 1 (parsed with @yarnpkg/lockfile): entries that no other entry depends on are
// direct (the scan also promotes entries a package.json beside or below declares). Yarn 2+
// "berry" (parsed with @yarnpkg/parsers): workspace entries (`@workspace:`) declare the direct
// dependencies; every other resolved entry is installed. peerDependencies listed by an entry
// are never evidence.
import * as lockfile from '@yarnpkg/lockfile';
import { parseSyml } from '@yarnpkg/parsers';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { isRecord, keysOf } from '../positions/json.js';
import { LineIndex, type Span } from '../positions/lines.js';
import { descriptorName, npmAliasTarget } from '../positions/npm.js';
import { dependencyEvidence } from './shared/evidence.js';

interface Header {
  /** The entry key as written, unquoted: `a@^1, a@^1.2`. */
  key: string;
  descriptors: string[];
  line: number;
  text: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return trimmed.slice(1, -1);
    }
  }
  return trimmed;
}

/** Top-level entry headers (`"a@^1", a@^2:` at column 0) with their lines. */
function headers(text: string): Header[] {
  const out: Header[] = [];
  const lines = new LineIndex(text);
  for (let number = 1; number <= lines.count; number++) {
    const line = lines.lineText(number);
    if (!line || /^[\s#]/.test(line) || !line.endsWith(':')) continue;
    const body = line.slice(0, -1);
    const descriptors = body.split(/,\s*/).map(unquote).filter(Boolean);
    out.push({ key: unquote(body), descriptors, line: number, text: line });
  }
  return out;
}

/** The span of the package name at the start of an entry header (`"@scope/x@^1", …:`). */
function headerSpan(header: Header, name: string): Span {
  const at = header.text.indexOf(name);
  if (at === -1) return { line: header.line };
  return { line: header.line, column: at + 1, endColumn: at + 1 + name.length };
}

export function readYarnLock(file: string, text: string, catalog: Catalog): Evidence[] {
  return /^__metadata:/m.test(text)
    ? readBerry(file, text, catalog)
    : readClassic(file, text, catalog);
}

function readClassic(file: string, text: string, catalog: Catalog): Evidence[] {
  // Node's ESM loader puts the CommonJS exports on `default`, bundlers on the namespace.
  const parse = lockfile.parse ?? lockfile.default?.parse;
  let parsed: lockfile.ParseResult;
  try {
    if (!parse) return [];
    // Comment lines are blanked (the line count stays): on `# yarn lockfile v1` the parser loads
    // Yarn's constants to check the version, which ask for `__filename`, undefined in the ES
    // module bundle, so every Yarn 1 lockfile would throw there and give nothing.
    parsed = parse(text.replace(/^[ \t]*#.*$/gm, ''));
  } catch {
    return [];
  }
  if (parsed.type === 'conflict') return [];
  const data = parsed.object;
  const dependedOn = new Set<string>();
  for (const entry of Object.values(data)) {
    if (!isRecord(entry)) continue;
    for (const field of ['dependencies', 'optionalDependencies']) {
      for (const name of keysOf(entry[field])) dependedOn.add(name);
    }
  }
  const out: Evidence[] = [];
  for (const header of headers(text)) {
    const first = header.descriptors[0];
    if (!first || !isRecord(data[first])) continue;
    const keyName = descriptorName(first);
    const name = npmAliasTarget(first);
    out.push(
      ...dependencyEvidence(catalog, 'npm', name, {
        file,
        span: headerSpan(header, keyName),
        direct: !dependedOn.has(keyName),
      }),
    );
  }
  return out;
}

function readBerry(file: string, text: string, catalog: Catalog): Evidence[] {
  let data: Record<string, unknown>;
  try {
    data = parseSyml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const direct = new Set<string>();
  for (const entry of Object.values(data)) {
    if (!isRecord(entry) || typeof entry.resolution !== 'string') continue;
    if (!entry.resolution.includes('@workspace:')) continue;
    for (const name of keysOf(entry.dependencies)) direct.add(name);
  }
  const byKey = new Map(headers(text).map((h) => [h.key, h]));
  const out: Evidence[] = [];
  for (const [key, entry] of Object.entries(data)) {
    if (key === '__metadata' || !isRecord(entry) || typeof entry.resolution !== 'string') continue;
    const resolution = entry.resolution;
    if (/@(workspace|link|portal):/.test(resolution)) continue;
    const name = descriptorName(resolution);
    const header = byKey.get(key);
    out.push(
      ...dependencyEvidence(catalog, 'npm', name, {
        file,
        span: header
          ? headerSpan(header, descriptorName(header.descriptors[0] ?? name))
          : { line: 1 },
        direct: direct.has(name),
      }),
    );
  }
  return out;
}
