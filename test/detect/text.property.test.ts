// The text matcher against the one it replaced, kept below as the oracle: the same evidence
// (vendor, kind, name, line, column, endColumn, in the same order) on generated text mixing the
// catalog's host names and variable names, host-like noise, letter-case changes and boundaries.
// The old matcher handed every `.com` to JavaScript, the new one only those after a label some
// signature has (and anchors names with `\b`, not a lookbehind); nothing else may differ. The
// oracle differs from the old code in one line, a fix made with the new matcher: after a gate
// hit (`.CO`) the old code resumed after the gate, so a name that starts in it
// (`process.env.CO_API_KEY`) was missed; both now read the gate again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, defaultCatalog, type Catalog } from '../../src/detect/catalog.js';
import { buildTextMatcher, type TextMatcher } from '../../src/detect/text.js';
import type { Evidence } from '../../src/model.js';

const catalogs: Record<string, Catalog> = {
  default: defaultCatalog(),
  // Shapes the built-in catalog lacks: a wildcard label before the gate, a port, a label that
  // ends another one, a host on a gate that is a prefix of another, literals of both kinds.
  registry: buildCatalog({
    acme: {
      hosts: [
        'gw-*.com',
        '*.acme.dev',
        'svc.internal:8443',
        'bedrock-agent',
        'xopenai.com',
        'models.acme.co',
        'acme.co/v1',
        'com.ai',
        'api.*.*.acme.io',
        '*.com.cn',
      ],
      env: ['ACME_TOKEN', 'acmekey', 'CO_TOKEN', 'Mixed_Key', 'AI_KEY'],
    },
  }),
  // So many labels on `.com` that the matcher leaves them out of its expression (too long for
  // V8 to optimize) and lets every `.com` through, as the old matcher did.
  large: buildCatalog({
    bulk: {
      hosts: [
        ...Array.from(
          { length: 800 },
          (_, i) => `api.${((i * 2654435761) >>> 0).toString(36)}.com`,
        ),
        'api.openai.com',
      ],
    },
  }),
};

/** One of `value`'s letters in the other case, at random. */
const recased = (value: string) =>
  fc
    .array(fc.boolean(), { minLength: value.length, maxLength: value.length })
    .map((flips) =>
      [...value]
        .map((ch, i) =>
          flips[i] ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch,
        )
        .join(''),
    );

/** What a `*` of a signature is written as: a label, a placeholder, or something that is not one. */
const filler = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,8}$/),
  fc.constantFrom(
    '${resourceName}',
    '{region}',
    '<res>',
    '%s',
    '%v',
    '',
    'a.b',
    '${}',
    '<>',
    'A_B',
  ),
);

function hostText(catalog: Catalog): fc.Arbitrary<string> {
  const patterns = catalog.hosts.map((h) => h.pattern);
  return fc
    .tuple(fc.constantFrom(...patterns), fc.array(filler, { minLength: 4, maxLength: 4 }))
    .map(([pattern, fill]) => pattern.split('*').reduce((out, part, i) => out + fill[i - 1] + part))
    .chain((host) =>
      fc.oneof(
        fc.constant(host),
        fc.constant(host.toUpperCase()),
        recased(host),
        fc
          .constantFrom('/v1', '/api', ':11434', '.evil', '-x', '_', '.', '. ')
          .map((s) => host + s),
      ),
    );
}

function envText(catalog: Catalog): fc.Arbitrary<string> {
  const names = catalog.env.map((e) => e.name);
  return fc.constantFrom(...names).chain((name) =>
    fc.oneof(
      fc.constant(name),
      fc.constant(name.toLowerCase()),
      recased(name),
      fc.constantFrom('AZURE_', 'MY_', 'x', 'X', '.', '_').map((p) => p + name),
      fc.constantFrom('_OLD', 'x', 'X', '1', '=', '.com').map((s) => name + s),
    ),
  );
}

/** Host-like noise around the gates and labels the signatures use. */
const noise = fc
  .array(
    fc.constantFrom(
      ...'a x Z 1 - _ . : / % s $ # { } < >'.split(' '),
      'com',
      'CO',
      'ai',
      '.com',
      '.co',
      '.Ai',
      '.io',
      ':11434',
      ':1143',
      'openai',
      'azure',
      'api',
      'OPENAI',
      'API_KEY',
      'amazonaws',
      'googleapis',
      'localhost',
      '127.0.0.1',
      'bedrock',
      'runtime',
      'huggingface',
      'acme',
      'gw-',
      'example7',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const boundary = fc.constantFrom(
  '',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '=',
  '.',
  '/',
  ':',
  '-',
  '_',
  'x',
  'X',
  '[',
  ']',
);

function textOf(catalog: Catalog): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(hostText(catalog), envText(catalog), noise, boundary, boundary), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));
}

describe('the text matcher against the one it replaced', () => {
  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`the same evidence, in the same order (${name} catalog)`, () => {
      const now = buildTextMatcher(catalog);
      const before = buildOldMatcher(catalog);
      fc.assert(
        fc.property(textOf(catalog), (text) => {
          expect(now.match('a.ts', text, 'runtime')).toEqual(before.match('a.ts', text, 'runtime'));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('generated text does reach every kind of evidence', () => {
    // A guard on the generators: were they to stop producing hits, the comparison above would
    // pass vacuously.
    const kinds = new Set<string>();
    const now = buildTextMatcher(catalogs.registry);
    fc.assert(
      fc.property(textOf(catalogs.registry), (text) => {
        for (const e of now.match('a.ts', text, 'runtime')) kinds.add(`${e.kind} ${e.vendor}`);
      }),
      { numRuns: 6000, seed: 1 },
    );
    expect([...kinds]).toEqual(
      expect.arrayContaining(['endpoint acme', 'env acme', 'endpoint openai', 'env openai']),
    );
  });
});

// The old matcher, as it was before hosts were filtered by label inside the expression.

/** The longest DNS name: a wildcard label never reaches further back than this. */
const MAX_HOST = 253;
/** A placeholder that stands for a label (`${x}`, `{x}`, `<x>`) is at most this long inside. */
const MAX_PLACEHOLDER = 64;
/** Comparisons allowed per hit for signatures with several wildcards: a bound, never reached. */
const WILDCARD_BUDGET = 4096;

/** A host signature split for matching: `openrouter.ai/api` is host `openrouter.ai`, path `/api`. */
interface HostRule {
  vendor: string;
  name: string;
  /** The host in lower case, split at each `*` (one part when there is no wildcard). */
  parts: string[];
  path: string;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isLower(c) || isUpper(c) || isDigit(c);
const isWord = (c: number) => isAlnum(c) || c === 95; // [A-Za-z0-9_]
const isLabel = (c: number) => isWord(c) || c === 45; // [A-Za-z0-9_-]
const isHostChar = (c: number) => isLabel(c) || c === 46; // [A-Za-z0-9_.-]

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal matched in any letter case, without the `i` flag (which would widen other branches). */
function caseless(value: string): string {
  let out = '';
  for (const ch of value) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper ? `[${lower}${upper}]` : escapeRegExp(ch);
  }
  return out;
}

/** `text` at `at` equals `lower` (already lower case) in any ASCII letter case. */
function equalsAt(text: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(at + i);
    if (isUpper(c)) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** A host ends here: no label character follows, nor a dot that starts another label. */
function hostEndsAt(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isLabel(next)) return false;
  return !(next === 46 && isAlnum(text.charCodeAt(end + 1)));
}

/** What every occurrence of a host ends with: `.tld` or `:port`; null when unknowable. */
function hostGate(host: string): string | null {
  const port = /:\d+$/.exec(host);
  if (port) return port[0];
  const tld = host.slice(host.lastIndexOf('.'));
  return tld.length > 1 && !tld.includes('*') && host.includes('.') ? tld : null;
}

/**
 * The start of the placeholder or label character that ends just before `end`, or -1:
 * `${name}`, `{name}`, `<name>`, `%s`, `%v`, or one character of `[A-Za-z0-9_-]`.
 */
function unitStart(text: string, end: number, floor: number): number {
  const last = text.charCodeAt(end - 1);
  if (end - 1 < floor) return -1;
  if (last === 125 /* } */) {
    for (let i = end - 2; i >= Math.max(floor, end - 2 - MAX_PLACEHOLDER); i--) {
      const c = text.charCodeAt(i);
      if (c === 123 /* { */) {
        if (i === end - 2) return -1;
        const sigil = text.charCodeAt(i - 1);
        return i > floor && (sigil === 36 /* $ */ || sigil === 35) /* # */ ? i - 1 : i;
      }
      if (c === 125 || c <= 32) return -1;
    }
    return -1;
  }
  if (last === 62 /* > */) {
    for (let i = end - 2; i >= Math.max(floor, end - 2 - MAX_PLACEHOLDER); i--) {
      const c = text.charCodeAt(i);
      if (c === 60 /* < */) return i === end - 2 ? -1 : i;
      if (!isLabel(c)) return -1;
    }
    return -1;
  }
  if ((last === 115 || last === 118) /* s v */ && text.charCodeAt(end - 2) === 37 /* % */) {
    return end - 2 >= floor ? end - 2 : end - 1;
  }
  return isLabel(last) ? end - 1 : -1;
}

/**
 * Where a host signature that ends at `end` starts, or -1. Parts are compared right to left;
 * each `*` takes one or more label units. With nothing before a `*` the label runs to the host's
 * left edge; otherwise every unit boundary within reach is tried, under a fixed budget.
 */
function hostStartBefore(text: string, end: number, parts: string[]): number {
  const floor = Math.max(0, end - MAX_HOST);
  let budget = WILDCARD_BUDGET;
  const matchFrom = (index: number, at: number): number => {
    const part = parts[index] ?? '';
    const start = at - part.length;
    if (start < floor || !equalsAt(text, start, part)) return -1;
    if (index === 0) return isHostChar(text.charCodeAt(start - 1)) ? -1 : start;
    // A wildcard ends at `start`: walk its units backwards.
    let pos = start;
    for (;;) {
      if (--budget < 0) return -1;
      const unit = unitStart(text, pos, floor);
      if (unit === -1) return -1;
      pos = unit;
      if (index - 1 === 0 && parts[0] === '') {
        // A leading `*`: the label must reach the host's left edge.
        if (unitStart(text, pos, floor) !== -1) continue;
        return isHostChar(text.charCodeAt(pos - 1)) ? -1 : pos;
      }
      const found = matchFrom(index - 1, pos);
      if (found !== -1) return found;
    }
  };
  return matchFrom(parts.length - 1, end);
}

function buildOldMatcher(catalog: Catalog): TextMatcher {
  const envNames = new Map<string, string[]>();
  /**
   * Rules by the gate (`.com`, lower case) their host ends with, and within a gate by the label
   * just before it (`openai` of `api.openai.com`; `*` when that label is a wildcard).
   */
  const byGate = new Map<string, Map<string, HostRule[]>>();
  /** Signatures that fit neither shape: matched as literals. */
  const literals = new Map<string, { vendor: string; kind: 'env' | 'endpoint'; name: string }[]>();
  const addLiteral = (value: string, vendor: string, kind: 'env' | 'endpoint') => {
    const key = kind === 'endpoint' ? value.toLowerCase() : value;
    literals.set(key, [...(literals.get(key) ?? []), { vendor, kind, name: value }]);
  };

  for (const { vendor, pattern } of catalog.hosts) {
    if (!pattern) continue;
    const slash = pattern.indexOf('/');
    const host = slash === -1 ? pattern : pattern.slice(0, slash);
    const path = slash === -1 ? '' : pattern.slice(slash);
    const gate = hostGate(host);
    if (!gate) {
      if (!pattern.includes('*')) addLiteral(pattern, vendor, 'endpoint');
      continue;
    }
    const key = gate.toLowerCase();
    const rule: HostRule = { vendor, name: pattern, parts: host.toLowerCase().split('*'), path };
    const before = host.slice(0, host.length - gate.length).toLowerCase();
    const last = before.slice(before.lastIndexOf('.') + 1);
    const label = last.includes('*') ? '*' : last;
    const labels = byGate.get(key) ?? new Map<string, HostRule[]>();
    labels.set(label, [...(labels.get(label) ?? []), rule]);
    byGate.set(key, labels);
  }
  for (const { vendor, name } of catalog.env) {
    if (!name) continue;
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/.test(name)) {
      envNames.set(name, [...(envNames.get(name) ?? []), vendor]);
    } else addLiteral(name, vendor, 'env');
  }
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const literalKeys = [...literals.keys()].sort(byLength);
  // Only the branches in use: an always-failing branch would cost V8 its fast paths.
  const branches: string[] = [];
  const groups = { literal: 0, gate: 0, env: 0 };
  if (literalKeys.length > 0) {
    branches.push(`(${literalKeys.map(caseless).join('|')})`);
    groups.literal = branches.length;
  }
  if (byGate.size > 0) {
    branches.push(`(${[...byGate.keys()].sort(byLength).map(caseless).join('|')})(?![A-Za-z0-9-])`);
    groups.gate = branches.length;
  }
  if (envNames.size > 0) {
    // One way to split at the first `_`, nothing after the last star: no backtracking.
    branches.push('(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*_[A-Z0-9_]*)');
    groups.env = branches.length;
  }
  const source = branches.length > 0 ? branches.join('|') : null;

  return {
    match(file, text, context) {
      if (!source) return [];
      const out: Evidence[] = [];
      // Lines are counted as the hits move forward: the start of the current line and the
      // next line break are remembered, so each break is passed over once.
      let line = 1;
      let lineStart = 0;
      let nextBreak = text.indexOf('\n');
      const advance = (offset: number) => {
        while (nextBreak !== -1 && nextBreak < offset) {
          line++;
          lineStart = nextBreak + 1;
          nextBreak = text.indexOf('\n', lineStart);
        }
      };
      /** `start` is on the current line (a hit never spans a line break). */
      const push = (
        vendor: string,
        kind: 'endpoint' | 'env',
        name: string,
        start: number,
        end: number,
      ) => {
        out.push({
          vendor,
          kind,
          name,
          file,
          line,
          column: start - lineStart + 1,
          endColumn: end - lineStart + 1,
          direct: true,
          context,
        });
      };
      const re = new RegExp(source, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        advance(start);
        const literal = groups.literal ? m[groups.literal] : undefined;
        const gate = groups.gate ? m[groups.gate] : undefined;
        const token = groups.env ? m[groups.env] : undefined;
        if (literal !== undefined) {
          // A literal signature of an unusual shape.
          for (const { vendor, kind, name } of literals.get(
            literals.has(literal) ? literal : literal.toLowerCase(),
          ) ?? []) {
            const ok =
              kind === 'env'
                ? literal === name &&
                  !isWord(text.charCodeAt(start - 1)) &&
                  !isWord(text.charCodeAt(end))
                : !isHostChar(text.charCodeAt(start - 1)) && hostEndsAt(text, end);
            if (ok) push(vendor, kind, kind === 'env' ? name : literal, start, end);
          }
          re.lastIndex = start + 1;
        } else if (gate !== undefined) {
          // A top-level domain or port: which host signatures end right here?
          // Only the signatures whose label before the gate is the one written here: a line of
          // thousands of other `.com` hosts costs one short look back each.
          // The one change: the gate's letters are read again (see the header).
          re.lastIndex = start + 1;
          const labels = byGate.get(gate.toLowerCase());
          if (!labels) continue;
          let from = start;
          while (from > start - 64 && isLabel(text.charCodeAt(from - 1))) from--;
          const label = text.slice(from, start).toLowerCase();
          const rules = [...(labels.get(label) ?? []), ...(labels.get('*') ?? [])];
          for (const rule of rules) {
            if (rule.path && !text.startsWith(rule.path, end)) continue;
            const hostEnd = end + rule.path.length;
            if (!hostEndsAt(text, hostEnd)) continue;
            const hostStart = hostStartBefore(text, end, rule.parts);
            if (hostStart === -1 || hostStart < lineStart) continue;
            // The name is the signature, or for a wildcard what it matched, as written.
            const name = rule.parts.length > 1 ? text.slice(hostStart, hostEnd) : rule.name;
            push(rule.vendor, 'endpoint', name, hostStart, hostEnd);
          }
        } else if (token !== undefined) {
          // The token took every [A-Z0-9_] there was: a lower-case letter after it means it
          // was part of a longer word.
          if (isLower(text.charCodeAt(end))) continue;
          for (const vendor of envNames.get(token) ?? []) push(vendor, 'env', token, start, end);
        }
      }
      return out;
    },
  };
}
