// Golden files: compare a rendering with test/report/golden/NAME; UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${name}: run with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Lines as the runner reads them: would any start a workflow command, or hold a legacy one? */
export function commandLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

/** Whether `text` has one of `chars` not preceded by an odd number of backslashes. */
export function hasUnescaped(text: string, chars: string): boolean {
  let backslashes = 0;
  for (const c of text) {
    if (chars.includes(c) && backslashes % 2 === 0) return true;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return false;
}

/** Cells of a GFM table row, split on unescaped `|`. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const c of row) {
    if (c === '|' && backslashes % 2 === 0) {
      cells.push(current);
      current = '';
    } else current += c;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  cells.push(current);
  return cells.slice(1, -1);
}
