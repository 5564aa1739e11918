// YAML (and JSON, its subset) parsed with node positions, so every problem can point at its line.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { DocPath, Location } from '../model.js';

export interface Problem {
  message: string;
  location: Location;
}

export interface Limits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of maps and lists. */
  maxDepth: number;
  /** Alias expansions allowed when building the value (defeats "billion laughs"). */
  maxAliasCount: number;
}

export interface ParsedYaml {
  value: unknown;
  locate(path: DocPath, options?: { key?: boolean }): Location;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

const firstLine = (message: string): string =>
  message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

/** Parse one YAML document from raw bytes; never throws for bad input. */
export function parseYamlBytes(bytes: Uint8Array, file: string, limits: Limits): ParseResult {
  const start: Location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const fail = (message: string, location = start): ParseResult => ({
    ok: false,
    problems: [{ message, location }],
  });
  if (bytes.byteLength > limits.maxBytes) {
    return fail(`${file} is larger than the ${formatSize(limits.maxBytes)} limit.`);
  }
  if (bytes.includes(0)) return fail(`${file} is binary, not YAML text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(`${file} is not UTF-8 text.`);
  }
  return parseYamlText(text, file, limits);
}

export function parseYamlText(text: string, file: string, limits: Limits): ParseResult {
  // The parser recurses on flow collections: refuse deep bracket nesting before it can overflow.
  const flowDepth = deepestFlow(text);
  if (flowDepth > limits.maxDepth) {
    const location: Location = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      ok: false,
      problems: [
        { message: `The document nests deeper than ${limits.maxDepth} levels.`, location },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter, prettyErrors: false });
  const toLocation = (from: number, to: number): Location => {
    const a = lineCounter.linePos(Math.max(0, from));
    const b = lineCounter.linePos(Math.max(from, to));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    message: describeYamlError(error.code, firstLine(error.message)),
    location: toLocation(error.pos[0], error.pos[1]),
  }));
  if (problems.length > 0) return { ok: false, problems };
  if (doc.contents === null) {
    return {
      ok: false,
      problems: [{ message: 'The document is empty.', location: toLocation(0, 0) }],
    };
  }
  const deepest = depthOf(doc.contents as YamlNode, limits.maxDepth);
  if (deepest) {
    return {
      ok: false,
      problems: [
        {
          message: `The document nests deeper than ${limits.maxDepth} levels.`,
          location: nodeLocation(deepest, toLocation),
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    const message = aliasBomb
      ? `The document expands YAML aliases more than ${limits.maxAliasCount} times (a possible alias bomb).`
      : `The document cannot be read: ${firstLine(String((error as Error).message))}.`;
    return { ok: false, problems: [{ message, location: toLocation(0, 0) }] };
  }
  return { ok: true, parsed: { value, locate: makeLocator(doc, toLocation) } };
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Duplicate key: each key may appear once in a map.';
    case 'TAG_RESOLVE_FAILED':
      return `${message}: custom YAML tags are not accepted.`;
    case 'MULTIPLE_DOCS':
      return 'The file holds several YAML documents; it must hold one.';
    default:
      return `YAML syntax error: ${message.replace(/\.$/, '')}.`;
  }
}

type ToLocation = (from: number, to: number) => Location;

function nodeLocation(node: YamlNode, toLocation: ToLocation): Location {
  const range = node.range ?? [0, 0, 0];
  return toLocation(range[0], range[1]);
}

/** The first node deeper than `max`, or undefined; iterative so hostile depth cannot overflow. */
function depthOf(root: YamlNode, max: number): YamlNode | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (isMap(node) || isSeq(node)) {
      if (depth > max) return node as YamlNode;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else {
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return undefined;
}

function makeLocator(doc: Document, toLocation: ToLocation): ParsedYaml['locate'] {
  return (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const target = (options.key && keyNode ? keyNode : node) as YamlNode | null;
    return target && target.range ? nodeLocation(target, toLocation) : toLocation(0, 0);
  };
}

/** Deepest nesting of flow brackets outside quotes and comments (an upper bound, cheap). */
function deepestFlow(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  let comment = false;
  for (const c of text) {
    if (comment) {
      if (c === '\n') comment = false;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      comment = true;
    } else if (c === '[' || c === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return deepest;
}
