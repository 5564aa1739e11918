// Text evidence: vendor API hostnames (`endpoint`) and API-key variable names (`env`) in any
// text file, found in one pass of one regular expression built once per scan. It matches
// upper-case tokens (looked up in the set of variable names) and the top-level domains or ports
// that every host signature ends with (`.com`, `:11434`); at each such hit the host signatures
// that end there are compared in place — an Aho-Corasick-like prefilter, so the cost does not
// grow with the number of signatures.
// Host names must stand alone (not inside a longer host name); variable names must be whole
// tokens (`OPENAI_API_KEY` never matches inside `AZURE_OPENAI_API_KEY`).
import type { Evidence } from '../model.js';
import type { Catalog } from './catalog.js';

/** One DNS label, or a placeholder that stands for one (`${resource}`, `{name}`, `%s`, `<res>`). */
const LABEL = String.raw`(?:[A-Za-z0-9_-]|\$\{[^}\s]{1,64}\}|\{[^}\s]{1,64}\}|%[sv]|<[A-Za-z0-9_-]{1,64}>)+`;
/** The shape of standard variable names: matched as tokens, then looked up. */
const ENV_TOKEN = String.raw`[A-Z][A-Z0-9]*_[A-Z0-9_]*`;
const ENV_SHAPE = new RegExp(`^${ENV_TOKEN}$`);
const HOST_CHAR = /[A-Za-z0-9_.-]/;
const WORD = /[A-Za-z0-9_]/;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A host signature split for matching: `openrouter.ai/api` is host `openrouter.ai`, path `/api`. */
interface HostRule {
  vendor: string;
  name: string;
  host: string;
  path: string;
  /** For `*` patterns: the whole pattern, verified on the line of the hit. */
  wildcard?: RegExp;
}

export interface TextMatcher {
  match(file: string, text: string, documentation: boolean): Evidence[];
}

function hostEndsAt(text: string, end: number): boolean {
  const next = text[end] ?? '';
  if (/[A-Za-z0-9_-]/.test(next)) return false;
  return !(next === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? ''));
}

/** What every occurrence of a host ends with: `.tld` or `:port`; null when unknowable. */
function hostGate(host: string): string | null {
  const port = /:\d+$/.exec(host);
  if (port) return port[0];
  const tld = host.slice(host.lastIndexOf('.'));
  return tld.length > 1 && !tld.includes('*') && host.includes('.') ? tld : null;
}

export function buildTextMatcher(catalog: Catalog): TextMatcher {
  const envNames = new Map<string, string[]>();
  /** Rules by the gate (`.com`) their host ends with. */
  const byGate = new Map<string, HostRule[]>();
  /** Signatures that fit neither shape: matched as literals. */
  const literals = new Map<string, { vendor: string; kind: 'env' | 'endpoint' }[]>();
  const addLiteral = (value: string, vendor: string, kind: 'env' | 'endpoint') =>
    literals.set(value, [...(literals.get(value) ?? []), { vendor, kind }]);

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
    const rule: HostRule = { vendor, name: pattern, host, path };
    if (pattern.includes('*')) {
      const body = pattern.split('*').map(escapeRegExp).join(LABEL);
      rule.wildcard = new RegExp(`(?<![A-Za-z0-9_.-])${body}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`, 'g');
    }
    byGate.set(gate, [...(byGate.get(gate) ?? []), rule]);
  }
  for (const { vendor, name } of catalog.env) {
    if (!name) continue;
    if (ENV_SHAPE.test(name)) envNames.set(name, [...(envNames.get(name) ?? []), vendor]);
    else addLiteral(name, vendor, 'env');
  }
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const branches = [
    ...[...literals.keys()].sort(byLength).map((l) => `(${escapeRegExp(l)})`),
    ...(byGate.size > 0
      ? [`(${[...byGate.keys()].sort(byLength).map(escapeRegExp).join('|')})(?![A-Za-z0-9-])`]
      : []),
    ...(envNames.size > 0 ? [`(${ENV_TOKEN})`] : []),
  ];
  const source = branches.length > 0 ? branches.join('|') : null;
  const literalGroups = literals.size;

  return {
    match(file, text, documentation) {
      if (!source) return [];
      const out: Evidence[] = [];
      const push = (vendor: string, kind: 'endpoint' | 'env', name: string, line: number) => {
        const item: Evidence = { vendor, kind, name, file, line, direct: true };
        if (documentation) item.documentation = true;
        out.push(item);
      };
      // Lines are counted as the matches move forward through the text.
      let line = 1;
      let pos = 0;
      const lineAt = (offset: number) => {
        if (offset < pos) {
          line = 1;
          pos = 0;
        }
        for (let i = text.indexOf('\n', pos); i !== -1 && i < offset;) {
          line++;
          i = text.indexOf('\n', i + 1);
        }
        pos = offset;
        return line;
      };
      const wildcardSeen = new Set<string>();
      const re = new RegExp(source, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        if (group > 0 && group <= literalGroups) {
          // A literal signature of an unusual shape.
          for (const { vendor, kind } of literals.get(m[0]) ?? []) {
            const ok =
              kind === 'env'
                ? !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '')
                : !HOST_CHAR.test(text[start - 1] ?? '') && hostEndsAt(text, end);
            if (ok) push(vendor, kind, m[0], lineAt(start));
          }
          re.lastIndex = start + 1;
        } else if (group === literalGroups + 1 && byGate.size > 0) {
          // A top-level domain or port: which host signatures end right here?
          for (const rule of byGate.get(m[0]) ?? []) {
            if (rule.wildcard) {
              const lineStart = text.lastIndexOf('\n', start) + 1;
              const key = `${lineStart}\0${rule.name}\0${rule.vendor}`;
              if (wildcardSeen.has(key)) continue;
              wildcardSeen.add(key);
              const lineEndAt = text.indexOf('\n', end);
              const segment = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
              rule.wildcard.lastIndex = 0;
              for (let w = rule.wildcard.exec(segment); w; w = rule.wildcard.exec(segment)) {
                push(rule.vendor, 'endpoint', w[0], lineAt(lineStart + w.index));
              }
              continue;
            }
            const hostStart = end - rule.host.length;
            if (hostStart < 0 || !text.startsWith(rule.host, hostStart)) continue;
            if (HOST_CHAR.test(text[hostStart - 1] ?? '')) continue;
            if (rule.path && !text.startsWith(rule.path, end)) continue;
            if (!hostEndsAt(text, end + rule.path.length)) continue;
            push(rule.vendor, 'endpoint', rule.name, lineAt(hostStart));
          }
        } else {
          const vendors = envNames.get(m[0]);
          if (vendors && !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '')) {
            for (const vendor of vendors) push(vendor, 'env', m[0], lineAt(start));
          }
        }
      }
      return out;
    },
  };
}
