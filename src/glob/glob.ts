// Glob matching in bounded work, whatever the pattern: the manifest's `paths` and the
// `scan-exclude` input are written by whoever owns the pull request, and a regular expression
// built from `src/*a*a*a*a*a*a*b` backtracks for hours on one long committed file name.
// Here a pattern is split into `/` segments; `**` is a wildcard over whole segments and `*`, `?`
// and `[…]` over the characters of one. Both levels use the classic wildcard match that only ever
// backtracks to the last star, so a test costs at most (path length × pattern length) steps.
// Braces `{a,b}` expand into alternatives (a bounded number); a leading `!` negates.

type Token =
  | { kind: 'char'; value: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; ranges: [string, string][] };

type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

export interface GlobOptions {
  /** Compare letters regardless of case (repository names). */
  nocase?: boolean;
}

/** Longest pattern read; a longer one matches nothing (failing closed for the caller). */
export const MAX_GLOB_LENGTH = 1024;
const MAX_ALTERNATIVES = 64;

function parseClass(glob: string, start: number): { token: Token; end: number } | null {
  let at = start + 1;
  let negated = false;
  if (glob[at] === '!' || glob[at] === '^') {
    negated = true;
    at++;
  }
  const ranges: [string, string][] = [];
  let first = true;
  while (at < glob.length && (glob[at] !== ']' || first)) {
    first = false;
    let low = glob[at];
    if (low === '\\' && at + 1 < glob.length) low = glob[++at];
    let high = low;
    if (glob[at + 1] === '-' && at + 2 < glob.length && glob[at + 2] !== ']') {
      high = glob[at + 2];
      if (high === '\\' && at + 3 < glob.length) high = glob[at + 3];
      at += high === glob[at + 2] ? 2 : 3;
    }
    ranges.push([low, high]);
    at++;
  }
  if (at >= glob.length) return null; // no closing `]`: the `[` is a literal
  return { token: { kind: 'class', negated, ranges }, end: at };
}

function parseSegment(text: string): Segment {
  if (text === '**') return { kind: 'globstar' };
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '\\' && at + 1 < text.length) tokens.push({ kind: 'char', value: text[++at] });
    else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const parsed = parseClass(text, at);
      if (parsed) {
        tokens.push(parsed.token);
        at = parsed.end;
      } else tokens.push({ kind: 'char', value: c });
    } else tokens.push({ kind: 'char', value: c });
  }
  return { kind: 'tokens', tokens };
}

/** `{a,b}c` → `ac`, `bc`; nested braces expand too; at most MAX_ALTERNATIVES results. */
export function expandBraces(glob: string): string[] {
  let depth = 0;
  let open = -1;
  for (let at = 0; at < glob.length; at++) {
    const c = glob[at];
    if (c === '\\') {
      at++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = at;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = glob.slice(open + 1, at);
        const parts: string[] = [];
        let level = 0;
        let from = 0;
        for (let i = 0; i < inner.length; i++) {
          if (inner[i] === '\\') i++;
          else if (inner[i] === '{') level++;
          else if (inner[i] === '}') level--;
          else if (inner[i] === ',' && level === 0) {
            parts.push(inner.slice(from, i));
            from = i + 1;
          }
        }
        parts.push(inner.slice(from));
        if (parts.length < 2) continue; // `{a}` is literal, as in a shell
        const head = glob.slice(0, open);
        const tail = glob.slice(at + 1);
        const out: string[] = [];
        for (const part of parts) {
          for (const expanded of expandBraces(`${head}${part}${tail}`)) {
            if (out.length >= MAX_ALTERNATIVES) return out;
            out.push(expanded);
          }
        }
        return out;
      }
    }
  }
  return [glob];
}

function tokenMatches(token: Token, c: string, nocase: boolean): boolean {
  switch (token.kind) {
    case 'any':
      return c !== '/';
    case 'char':
      return nocase ? token.value.toLowerCase() === c.toLowerCase() : token.value === c;
    case 'class': {
      const probe = nocase ? [c.toLowerCase(), c.toUpperCase()] : [c];
      const inside = token.ranges.some(([low, high]) => probe.some((p) => p >= low && p <= high));
      return c !== '/' && inside !== token.negated;
    }
    case 'star':
      return false;
  }
}

/** Wildcard match of one segment's tokens against a name: backtracks only to the last star. */
function segmentMatches(tokens: Token[], name: string, nocase: boolean): boolean {
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token && token.kind === 'star') {
      starT = t++;
      starN = n;
    } else if (token && tokenMatches(token, name[n], nocase)) {
      t++;
      n++;
    } else if (starT !== -1) {
      t = starT + 1;
      n = ++starN;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** The same algorithm one level up: `**` is the star, a segment pattern the character test. */
function pathMatches(segments: Segment[], parts: string[], nocase: boolean): boolean {
  let s = 0;
  let p = 0;
  let starS = -1;
  let starP = 0;
  while (p < parts.length) {
    const segment = segments[s];
    if (segment && segment.kind === 'globstar') {
      starS = s++;
      starP = p;
    } else if (segment && segmentMatches(segment.tokens, parts[p], nocase)) {
      s++;
      p++;
    } else if (starS !== -1) {
      s = starS + 1;
      p = ++starP;
    } else return false;
  }
  while (segments[s]?.kind === 'globstar') s++;
  return s === segments.length;
}

/** A matcher for one glob; paths are relative with `/` separators. */
export function compileGlob(glob: string, options: GlobOptions = {}): (file: string) => boolean {
  if (glob.length > MAX_GLOB_LENGTH) return () => false;
  const nocase = options.nocase === true;
  let negated = false;
  let body = glob;
  while (body.startsWith('!')) {
    negated = !negated;
    body = body.slice(1);
  }
  if (body.startsWith('./')) body = body.slice(2);
  const alternatives = expandBraces(body).map((alternative) =>
    alternative
      .split('/')
      .filter((part, i, all) => part !== '' || i === all.length - 1)
      .map(parseSegment),
  );
  return (file: string) => {
    const parts = file.split('/');
    const hit = alternatives.some((segments) => pathMatches(segments, parts, nocase));
    return hit !== negated;
  };
}

/** The literal folder a glob starts with ('' when it starts with a pattern, negates or braces). */
export function literalBase(glob: string): string {
  if (glob.startsWith('!')) return '';
  const parts = glob.split('/');
  const base: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}\\]/.test(part) || part === '') break;
    base.push(part);
  }
  return base.join('/');
}
