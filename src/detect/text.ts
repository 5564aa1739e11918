// Text evidence: vendor API hostnames (`endpoint`) and API-key variable names (`env`) in any
// text file, found in one forward pass of one regular expression built once per scan.
//
// The pass is linear whatever the shape of the text (an attacker writes the files):
// - variable names are upper-case tokens anchored at a word boundary (`\b`), so inside a run of
//   capitals no position starts a new attempt, and the token itself never backtracks; the token
//   is then looked up in the set of names;
// - hosts are found by what every host signature ends with (`.com`, `.ai`, `:11434`, matched in
//   any letter case), and only where the whole label before it is one a signature has there
//   (`openai` of `.com`), checked inside the expression by a bounded lookbehind: a file of
//   thousands of other `.com` hosts costs no step outside the expression (unless a registry puts
//   a wildcard label, or hundreds of labels, on that gate: see below). At each such hit the
//   signatures that end there are compared in place, backwards, over a bounded window: nothing
//   re-slices or re-scans the line per hit;
// - lines and columns are counted incrementally as the hits move forward.
// Host names must stand alone (not inside a longer host name) and match in any letter case;
// variable names must be whole tokens (`OPENAI_API_KEY` never matches inside
// `AZURE_OPENAI_API_KEY`).
import type { Evidence, EvidenceContext } from '../model.js';
import type { Catalog } from './catalog.js';

/** The longest DNS name: a wildcard label never reaches further back than this. */
const MAX_HOST = 253;
/** A placeholder that stands for a label (`${x}`, `{x}`, `<x>`) is at most this long inside. */
const MAX_PLACEHOLDER = 64;
/** Comparisons allowed per hit for signatures with several wildcards: a bound, never reached. */
const WILDCARD_BUDGET = 4096;
/**
 * The longest expression the matcher builds with every gate's labels in it: V8 stops optimizing
 * a regular expression whose source is over 20 KiB (kRegExpTooLargeToOptimize), and the scan
 * then costs tens of times as much per byte. Only a registry of hundreds of hosts gets near.
 */
const MAX_SOURCE = 16_000;

/** A host signature split for matching: `openrouter.ai/api` is host `openrouter.ai`, path `/api`. */
interface HostRule {
  vendor: string;
  name: string;
  /** The host in lower case, split at each `*` (one part when there is no wildcard). */
  parts: string[];
  path: string;
}

export interface TextMatcher {
  match(file: string, text: string, context: EvidenceContext): Evidence[];
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

/**
 * The words (lower case, distinct) as one alternation in any letter case, factored by their last
 * characters: inside a lookbehind, which reads right to left, each character of the text is
 * compared with a few branches (one per distinct character there), not once per word, however
 * many hosts a registry adds on one top-level domain.
 */
function bySuffix(words: string[][]): string {
  const groups = new Map<string, string[][]>();
  let empty = false;
  for (const word of words) {
    const last = word[word.length - 1];
    if (last === undefined) empty = true;
    else if (groups.has(last)) groups.get(last)?.push(word.slice(0, -1));
    else groups.set(last, [word.slice(0, -1)]);
  }
  const branches = [...groups].map(([last, rests]) => {
    const before =
      rests.length === 1 ? caseless((rests[0] ?? []).join('')) : `(?:${bySuffix(rests)})`;
    return `${before}${caseless(last)}`;
  });
  // The empty word last: a longer one is tried first, the empty one on backtracking.
  if (empty) branches.push('');
  return branches.join('|');
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
 * `${name}`, `#{name}`, `{name}`, `<name>`, `%s`, `%v`, or one character of `[A-Za-z0-9_-]`.
 */
function unitStart(text: string, end: number, floor: number): number {
  const last = text.charCodeAt(end - 1);
  if (end - 1 < floor) return -1;
  if (last === 125 /* } */) {
    for (let i = end - 2; i >= Math.max(floor, end - 2 - MAX_PLACEHOLDER); i--) {
      const c = text.charCodeAt(i);
      if (c === 123 /* { */) {
        if (i === end - 2) return -1;
        // `${x}` (JS, shell) and `#{x}` (Ruby) take their sigil with them.
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

export function buildTextMatcher(catalog: Catalog): TextMatcher {
  /** Vendors by variable name, with the name itself: evidence names the catalog's string. */
  const envNames = new Map<string, { name: string; vendors: string[] }>();
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
  // A wildcard label's rules apply after any label: each label's list carries them too (after
  // its own), so a hit takes one list and allocates nothing.
  for (const labels of byGate.values()) {
    const wild = labels.get('*');
    if (!wild) continue;
    for (const [label, rules] of labels) if (label !== '*') labels.set(label, [...rules, ...wild]);
  }
  for (const { vendor, name } of catalog.env) {
    if (!name) continue;
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/.test(name)) {
      envNames.set(name, { name, vendors: [...(envNames.get(name)?.vendors ?? []), vendor] });
    } else addLiteral(name, vendor, 'env');
  }
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const literalKeys = [...literals.keys()].sort(byLength);
  const literalBranch = `(${literalKeys.map(caseless).join('|')})`;
  // One way to split at the first `_`, nothing after the last star: no backtracking. `\b`
  // before a capital is the lookbehind `(?<![A-Za-z0-9_])`, which V8 runs slower: a third fewer
  // instructions on runs of capitals and on deep nesting (callgrind).
  const envBranch = '\\b([A-Z][A-Z0-9]*_[A-Z0-9_]*)';
  // Each gate hits only after one of its labels, whole (no label character before it): the
  // lookbehind runs backwards from the gate's end over the labels' characters, so it is bounded,
  // and it runs only where the gate itself matched. A gate without it hits wherever it is
  // written and the rules decide, as they do for every hit: so it is for a gate with a wildcard
  // label (a registry's `foo-*.com`), and for the gates whose labels would take the expression
  // past MAX_SOURCE (smallest lists first), where V8 would stop optimizing all of it.
  const gateKeys = [...byGate.keys()].sort(byLength);
  const ends = new Map(gateKeys.map((gate) => [gate, `${caseless(gate)}(?![A-Za-z0-9-])`]));
  const filters = new Map<string, string>();
  for (const gate of gateKeys) {
    const labels = byGate.get(gate);
    if (!labels || labels.has('*')) continue;
    const known = bySuffix([...labels.keys()].map((label) => [...label]));
    filters.set(gate, `(?<=(?<![A-Za-z0-9_-])(?:${known})${caseless(gate)})`);
  }
  let size =
    (literalKeys.length > 0 ? literalBranch.length : 0) +
    (envNames.size > 0 ? envBranch.length : 0) +
    [...ends.values()].reduce((sum, end) => sum + end.length + 1, 0);
  for (const [gate, filter] of [...filters].sort((a, b) => a[1].length - b[1].length)) {
    if (size + filter.length > MAX_SOURCE) filters.delete(gate);
    else size += filter.length;
  }
  // Only the branches in use: an always-failing branch would cost V8 its fast paths.
  const branches: string[] = [];
  const groups = { literal: 0, gate: 0, env: 0 };
  if (literalKeys.length > 0) {
    branches.push(literalBranch);
    groups.literal = branches.length;
  }
  if (byGate.size > 0) {
    branches.push(
      `(${gateKeys.map((gate) => `${ends.get(gate)}${filters.get(gate) ?? ''}`).join('|')})`,
    );
    groups.gate = branches.length;
  }
  if (envNames.size > 0) {
    branches.push(envBranch);
    groups.env = branches.length;
  }
  const source = branches.length > 0 ? branches.join('|') : null;

  // One expression object for every file: building it per file cost more than matching a
  // small file. `match` is synchronous, so its lastIndex is never shared mid-search.
  const shared = new RegExp(source ?? '(?!)', 'g');
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
      const re = shared; // reset: the previous file left its lastIndex
      re.lastIndex = 0;
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
          // A top-level domain or port (after a label some signature has, where the expression
          // checks it): which host signatures end right here?
          // The gate's own letters are read again, so a name that starts in them is still found
          // (`process.env.CO_API_KEY`: `.CO` is a gate, `CO_API_KEY` a name).
          re.lastIndex = start + 1;
          const labels = byGate.get(gate.toLowerCase());
          if (!labels) continue;
          let from = start;
          while (from > start - 64 && isLabel(text.charCodeAt(from - 1))) from--;
          const label = text.slice(from, start).toLowerCase();
          const rules = labels.get(label) ?? labels.get('*') ?? [];
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
          // The catalog's copy of the name, not a slice of the text: a slice would keep the
          // whole file's text alive as long as the evidence.
          const known = envNames.get(token);
          if (!known) continue;
          for (const vendor of known.vendors) push(vendor, 'env', known.name, start, end);
        }
      }
      return out;
    },
  };
}
