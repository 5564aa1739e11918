// Shared by the detection tests: fixtures, compact evidence strings, temporary trees.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evidence } from '../../src/model.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): string {
  return readFileSync(path.join(here, 'fixtures', name), 'utf8');
}

/** `vendor name@line direct|transitive[ context]` (context when not runtime), sorted. */
export function brief(evidence: Evidence[]): string[] {
  return evidence
    .map(
      (e) =>
        `${e.vendor} ${e.name}@${e.line} ${e.direct ? 'direct' : 'transitive'}${e.context === 'runtime' ? '' : ` ${e.context}`}`,
    )
    .sort();
}

/** A temporary directory with the given files (`/`-separated paths); removed by `cleanup`. */
export function tree(files: Record<string, string | Buffer>): {
  root: string;
  cleanup: () => void;
} {
  const root = mkdtempSync(path.join(os.tmpdir(), 'avg-detect-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, ...file.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
