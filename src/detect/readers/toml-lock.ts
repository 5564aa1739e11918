// The `[[package]]` lockfiles: poetry.lock, uv.lock and Cargo.lock. Each entry is an installed
// package at the line of its `name =`; which are direct differs per tool (see each reader).
import type { TomlKeyLine } from '../locate.js';
import { isRecord } from '../locate.js';

export interface LockPackage {
  name: string;
  line: number;
  data: Record<string, unknown>;
}

export function lockPackages(data: Record<string, unknown>, keys: TomlKeyLine[]): LockPackage[] {
  const list = Array.isArray(data.package) ? data.package : [];
  const nameLines = new Map<number, number>();
  for (const key of keys) {
    if (key.key === 'name' && key.table.length === 1 && key.table[0] === 'package') {
      if (!nameLines.has(key.entry)) nameLines.set(key.entry, key.line);
    }
  }
  const out: LockPackage[] = [];
  list.forEach((entry: unknown, index: number) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') return;
    out.push({ name: entry.name, line: nameLines.get(index) ?? 1, data: entry });
  });
  return out;
}
