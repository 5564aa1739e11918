// Which manifest `paths` globs cover a file, in work linear in the files (issue 9: no per-finding
// scan of everything). Globs are bucketed by their literal directory prefix, so a file is tested
// only against the buckets of its own ancestors, each bucket one combined expression. The same
// index marks which globs some file matched, for `declaration-unused`.
import picomatch from 'picomatch';

/** Distinct globs read per vendor; further ones cover nothing (failing closed: more findings). */
export const MAX_GLOBS_PER_VENDOR = 500;
const OPTIONS = { dot: true } as const;

interface Bucket {
  globs: string[];
  /** Match any glob of the bucket; null when they could not be compiled (test one by one). */
  any: RegExp[] | null | undefined;
  /** Match the globs not yet seen matching a file; rebuilt when one is first seen. */
  unseen: RegExp[] | null | undefined;
  pending: string[];
}

const compiled = new Map<string, RegExp | null>();

/** One glob's expression; null for a glob picomatch cannot read, which covers nothing. */
function expressionOf(glob: string): RegExp | null {
  let expression = compiled.get(glob);
  if (expression === undefined) {
    try {
      expression = picomatch.makeRe(glob, OPTIONS);
    } catch {
      expression = null;
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(glob, expression);
  }
  return expression;
}

/** Globs per combined expression: larger expressions fall off V8's fast regular expressions. */
const CHUNK = 48;

/** Any of `globs`, as a few combined expressions (the same expressions `matchesOne` uses). */
function compile(globs: readonly string[]): RegExp[] | null {
  const sources = globs
    .map(expressionOf)
    .filter((expression): expression is RegExp => expression !== null)
    .map((expression) => `(?:${expression.source})`);
  const out: RegExp[] = [];
  try {
    for (let at = 0; at < sources.length; at += CHUNK) {
      out.push(new RegExp(sources.slice(at, at + CHUNK).join('|')));
    }
  } catch {
    return null; // too large for an expression: the bucket tests its globs one by one
  }
  return out;
}

const anyMatches = (expressions: RegExp[], file: string): boolean =>
  expressions.some((expression) => expression.test(file));

function matchesOne(glob: string, file: string): boolean {
  return expressionOf(glob)?.test(file) ?? false;
}

/** The literal directory a glob starts with ('' when it starts with a pattern or negates). */
function bucketOf(glob: string): string {
  try {
    const scanned = picomatch.scan(glob);
    return scanned.negated ? '' : scanned.base;
  } catch {
    return '';
  }
}

/** '' , every ancestor directory of `file`, and `file` itself: the buckets that may match it. */
function prefixes(file: string): string[] {
  const out = [''];
  for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1)) {
    out.push(file.slice(0, at));
  }
  out.push(file);
  return out;
}

export class PathIndex {
  private readonly buckets = new Map<string, Bucket>();
  private readonly seen = new Set<string>();
  /** Every directory that holds a glob's literal prefix, with the globs it holds. */
  private readonly holders = new Map<string, string[]>();
  private readonly marked = new Set<string>();
  /** Globs past MAX_GLOBS_PER_VENDOR, which the index does not read. */
  readonly dropped: number;

  constructor(globs: Iterable<string>) {
    const distinct = [...new Set(globs)];
    this.dropped = Math.max(0, distinct.length - MAX_GLOBS_PER_VENDOR);
    for (const glob of distinct.slice(0, MAX_GLOBS_PER_VENDOR)) {
      const key = bucketOf(glob);
      if (!glob.startsWith('!')) {
        for (const dir of prefixes(key)) {
          const held = this.holders.get(dir);
          if (held) held.push(glob);
          else this.holders.set(dir, [glob]);
        }
      }
      const bucket = this.buckets.get(key);
      if (bucket) {
        bucket.globs.push(glob);
        bucket.pending.push(glob);
      } else {
        this.buckets.set(key, {
          globs: [glob],
          any: undefined,
          unseen: undefined,
          pending: [glob],
        });
      }
    }
  }

  /** Whether any glob matches `file`; with `mark`, remember every glob that matches it. */
  covers(file: string, mark = false): boolean {
    let covered = false;
    for (const prefix of prefixes(file)) {
      const bucket = this.buckets.get(prefix);
      if (!bucket) continue;
      if (bucket.any === undefined) bucket.any = compile(bucket.globs);
      const hit = bucket.any
        ? anyMatches(bucket.any, file)
        : bucket.globs.some((glob) => matchesOne(glob, file));
      if (!hit) continue;
      covered = true;
      if (!mark) return true;
      this.markIn(bucket, file);
    }
    return covered;
  }

  /**
   * Whether the directory `dir` ('' for the root) holds some declared path: a dependency file
   * there declares packages for the code under it. With `mark`, its globs count as matched.
   */
  holds(dir: string, mark = false): boolean {
    const held = this.holders.get(dir);
    if (!held) return false;
    if (mark && !this.marked.has(dir)) {
      this.marked.add(dir);
      for (const glob of held) this.seen.add(glob);
    }
    return true;
  }

  /** Whether some file given to `covers(file, true)` matched `glob`. */
  wasMatched(glob: string): boolean {
    return this.seen.has(glob);
  }

  private markIn(bucket: Bucket, file: string): void {
    if (bucket.pending.length === 0) return;
    if (bucket.unseen === undefined) bucket.unseen = compile(bucket.pending);
    if (bucket.unseen && !anyMatches(bucket.unseen, file)) return;
    // A glob matched for the first time: find which (each glob is found once, so this
    // happens at most once per glob), then rebuild the expression of those still unseen.
    const still: string[] = [];
    for (const glob of bucket.pending) {
      if (matchesOne(glob, file)) this.seen.add(glob);
      else still.push(glob);
    }
    if (still.length !== bucket.pending.length) {
      bucket.pending = still;
      bucket.unseen = undefined;
    }
  }
}
