// Which manifest `paths` globs cover a file, in work linear in the files (issue 9: no per-finding
// scan of everything). Globs are bucketed by their literal directory prefix, so a file is tested
// only against the buckets of its own ancestors. The same
// index marks which globs some file matched, for `declaration-unused`.
import { compileGlob, literalBase } from '../glob/glob.js';

/** Distinct globs read per vendor; further ones cover nothing (failing closed: more findings). */
export const MAX_GLOBS_PER_VENDOR = 500;

/** A compiled test: one glob, or several at once. */
interface Tester {
  test(file: string): boolean;
}

interface Bucket {
  globs: string[];
  /** Match any glob of the bucket. */
  any: Tester[] | null | undefined;
  /** Match the globs not yet seen matching a file; rebuilt when one is first seen. */
  unseen: Tester[] | null | undefined;
  pending: string[];
}

const compiled = new Map<string, Tester>();

/** One glob's matcher: bounded work whatever the pattern (the pull request writes it). */
function expressionOf(glob: string): Tester {
  let tester = compiled.get(glob);
  if (tester === undefined) {
    tester = { test: compileGlob(glob) };
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(glob, tester);
  }
  return tester;
}

/** Any of `globs`, as one tester. */
function compile(globs: readonly string[]): Tester[] {
  const testers = globs.map(expressionOf);
  return [{ test: (file) => testers.some((tester) => tester.test(file)) }];
}

const anyMatches = (testers: Tester[], file: string): boolean =>
  testers.some((tester) => tester.test(file));

function matchesOne(glob: string, file: string): boolean {
  return expressionOf(glob).test(file);
}

/** The literal directory a glob starts with ('' when it starts with a pattern or negates). */
function bucketOf(glob: string): string {
  return literalBase(glob);
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
