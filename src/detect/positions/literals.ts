// Quoted string literals of a text, indexed once: lists such as pyproject's
// `dependencies = ["openai>=1", …]` give values without positions; each value is found here
// without searching the whole text per value (a hostile file repeating one literal 100,000
// times stays linear: taken literals are skipped with a path-compressed "next free" pointer).
import type { LineIndex, Span } from './lines.js';

interface Occurrences {
  offsets: number[];
  /** nextFree[i]: the first index ≥ i not yet taken (offsets.length when none). */
  nextFree: Int32Array;
}

export class StringLiterals {
  private readonly byValue = new Map<string, Occurrences>();

  constructor(
    text: string,
    private readonly lines: LineIndex,
  ) {
    const found = new Map<string, number[]>();
    const re = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[1] ?? m[2] ?? '';
      // the offset of the value, past its opening quote
      const list = found.get(value);
      if (list) list.push(m.index + 1);
      else found.set(value, [m.index + 1]);
    }
    for (const [value, offsets] of found) {
      const nextFree = new Int32Array(offsets.length + 1);
      for (let i = 0; i <= offsets.length; i++) nextFree[i] = i;
      this.byValue.set(value, { offsets, nextFree });
    }
  }

  /**
   * The span of a literal with this exact value: the first not yet taken at or after `from`,
   * else the first not yet taken anywhere.
   */
  take(value: string, from: number): Span | undefined {
    const occurrences = this.byValue.get(value);
    if (!occurrences) return undefined;
    const { offsets } = occurrences;
    let index = free(occurrences, lowerBound(offsets, from));
    if (index === offsets.length) index = free(occurrences, 0);
    if (index === offsets.length) return undefined;
    occurrences.nextFree[index] = index + 1;
    return this.lines.span(offsets[index], value.length);
  }
}

function free(occurrences: Occurrences, start: number): number {
  const next = occurrences.nextFree;
  let root = start;
  while (next[root] !== root) root = next[root];
  for (let i = start; next[i] !== root;) {
    const step = next[i];
    next[i] = root;
    i = step;
  }
  return root;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
