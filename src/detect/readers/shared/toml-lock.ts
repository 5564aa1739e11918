// The `[[package]]` lockfiles: poetry.lock, uv.lock and Cargo.lock. Each entry is an installed
// package at its `name =`; which are direct differs per tool (see each reader).
import { isRecord } from '../../positions/json.js';
import type { Span } from '../../positions/lines.js';
import type { TomlPositions } from '../../positions/toml.js';

export interface LockPackage {
  name: string;
  span: Span;
  data: Record<string, unknown>;
}

export function lockPackages(
  data: Record<string, unknown>,
  positions: TomlPositions,
): LockPackage[] {
  const list: unknown[] = Array.isArray(data.package) ? (data.package as unknown[]) : [];
  const nameSpans = new Map<number, Span>();
  for (const key of positions.keys) {
    if (key.key !== 'name' || key.table.length !== 1 || key.table[0] !== 'package') continue;
    if (nameSpans.has(key.entry)) continue;
    const column = key.stringColumn;
    nameSpans.set(
      key.entry,
      column === undefined ? { line: key.span.line } : { line: key.span.line, column },
    );
  }
  const out: LockPackage[] = [];
  list.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') return;
    const at = nameSpans.get(index) ?? { line: 1 };
    const span: Span =
      at.column === undefined
        ? { line: at.line }
        : { line: at.line, column: at.column, endColumn: at.column + entry.name.length };
    out.push({ name: entry.name, span, data: entry });
  });
  return out;
}
