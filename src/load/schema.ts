// Schema checks with the validators compiled at build time, each error turned into a located,
// plain-language problem.
import type { ErrorObject } from 'ajv';
import type { DocPath, Location } from '../model.js';
import type { ParsedYaml, Problem } from './yaml.js';

const KEBAB_HINT = 'a lowercase kebab-case id (letters a-z, digits and single hyphens)';
const DATE_HINT = 'a date written YYYY-MM-DD';

/** What each pattern of the schemas asks for, in words; a pattern not listed is shown as is. */
export const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': KEBAB_HINT,
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'letters, digits, ".", "_" and "-"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': DATE_HINT,
  '^\\d{4}-\\d{2}-\\d{2}$': DATE_HINT,
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$':
    'a UTC time written YYYY-MM-DDThh:mm:ssZ',
  '^[0-9a-f]{64}$': 'a SHA-256 digest (64 lowercase hexadecimal digits)',
  '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a commit id (40 or 64 lowercase hexadecimal digits)',
  '^[0-9]+$': 'digits',
};

function pointerToPath(pointer: string): DocPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** `vendors[0].product`, or `the document` for the root. */
export function displayPath(path: DocPath): string {
  if (path.length === 0) return 'the document';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${(text ?? String(value)).slice(0, 80)}"`;
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value}`;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** A JSON schema, as read from schemas/ (only the keywords `allowedProperties` walks). */
export type JsonSchema = Readonly<Record<string, unknown>>;

const isSchema = (node: unknown): node is JsonSchema =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

/** `node`, or the definition its local `$ref` (`#/$defs/name`) names. */
function dereferenced(node: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = isSchema(target) ? target[part] : undefined;
  return isSchema(target) ? target : node;
}

/**
 * The property names the schema lists for the value at `path`, found by walking the schema as
 * the validator walked the document: a listed property, else `additionalProperties`, and
 * `items` for a list. (The validators are compiled without each error's schema, which would
 * double their size: start-up time.)
 */
export function allowedProperties(root: JsonSchema, path: DocPath): string[] {
  let node = dereferenced(root, root);
  for (const segment of path) {
    const properties = node.properties;
    let next: unknown;
    if (typeof segment === 'number' && isSchema(node.items)) next = node.items;
    else if (isSchema(properties) && Object.hasOwn(properties, String(segment))) {
      next = properties[String(segment)];
    } else next = node.additionalProperties;
    if (!isSchema(next)) return [];
    node = dereferenced(next, root);
  }
  return isSchema(node.properties) ? Object.keys(node.properties) : [];
}

/** The sentence for one error, or null for one that another error reports. */
function describe(error: ErrorObject, value: unknown, schema: JsonSchema): string | null {
  const path = pointerToPath(error.instancePath);
  const where = displayPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where} is missing the required property "${params.missingProperty}".`;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = allowedProperties(schema, path);
      const hint = closest(key, known);
      return (
        `Unknown property ${quote(key)} in ${where}` +
        (hint ? `: did you mean "${hint}"?` : `; allowed: ${known.join(', ')}.`)
      );
    }
    case 'propertyNames':
      return null; // reported by the nested pattern error, which names the key
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return (
        `${where} must be one of ${allowed.join(', ')}, not ${quote(value)}` +
        (hint ? `: did you mean "${hint}"?` : '.')
      );
    }
    case 'const':
      return `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(value)}.`;
    case 'type':
      return `${where} must be ${typeArticle(String(params.type))}, not ${typeName(value)}.`;
    case 'pattern': {
      const propertyName = error.propertyName;
      const subject =
        propertyName === undefined ? where : `The key ${quote(propertyName)} in ${where}`;
      const shown = propertyName === undefined ? value : propertyName;
      const pattern = String(params.pattern);
      const hint = Object.hasOwn(PATTERN_HINTS, pattern)
        ? PATTERN_HINTS[pattern]
        : `text matching ${pattern}`;
      return `${subject} must be ${hint}, not ${quote(shown)}.`;
    }
    case 'minLength':
      return `${where} must not be empty.`;
    case 'maxLength':
      return `${where} is longer than ${params.limit} characters.`;
    case 'maxItems':
      return `${where} has more than ${params.limit} items.`;
    case 'minimum':
    case 'maximum':
      return `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}.`;
    case 'minProperties':
      return `${where} must not be empty.`;
    case 'uniqueItems':
      return `${where} lists the same item twice (items ${params.i} and ${params.j}).`;
    case 'oneOf':
      return `${where} must have exactly one of "evidence" (met by an attestation) or "check" (a built-in rule).`;
    default:
      // The validators are compiled without messages: a keyword the schemas start using gets
      // its sentence above (test/load/schema.test.ts lists the keywords each schema uses).
      return `${where} breaks the schema's "${error.keyword}" rule.`;
  }
}

function typeArticle(type: string): string {
  if (type === 'object') return 'a map';
  if (type === 'array') return 'a list';
  if (type === 'integer') return 'a whole number';
  return `a ${type}`;
}

function valueAt(root: unknown, path: DocPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Turn a validator's errors into problems located at their node (or at the key they name).
 * A node reached through aliases is validated once per path but reported once, at its anchor.
 * Linear in the number of errors: each is located by an O(depth) lookup. Each sentence is
 * written when first read: a document with 50,000 unknown keys lists 1,000 problems and counts
 * the rest, and describing the rest (a near-miss search per key) would be most of the work.
 */
export function schemaProblems(
  errors: readonly ErrorObject[],
  parsed: ParsedYaml,
  schema: JsonSchema,
): Problem[] {
  const problems: Problem[] = [];
  // What was reported at each line: an error reached again through an alias is reported once.
  // By line, not by a string made for each error: at 50,000 errors, making and hashing those
  // strings costs more than the rest of the loop.
  const seen: (LazyProblem | LazyProblem[] | Set<string> | undefined)[] = [];
  const paths = new Map<string, DocPath>(); // aliases repeat the same instance paths
  for (const error of errors) {
    // Errors under oneOf branches explain why each branch failed; the oneOf error says it plainly.
    if (error.schemaPath.includes('/oneOf/')) continue;
    // A propertyNames error is reported by the nested pattern error, which names the key.
    if (!describes(error)) continue;
    let path = paths.get(error.instancePath);
    if (!path) {
      path = pointerToPath(error.instancePath);
      paths.set(error.instancePath, path);
    }
    // Locate and deduplicate before describing: repeats through aliases cost one lookup each.
    const key = keyNamed(error);
    const location =
      key === undefined ? parsed.locate(path) : parsed.locate([...path, key], AT_KEY);
    const problem = new LazyProblem(location, error, path, parsed.value, schema);
    const atLine = seen[location.line];
    if (atLine === undefined) {
      seen[location.line] = problem;
    } else if (atLine instanceof LazyProblem) {
      if (atLine.repeats(problem)) continue;
      seen[location.line] = [atLine, problem];
    } else if (Array.isArray(atLine)) {
      if (atLine.some((other) => other.repeats(problem))) continue;
      atLine.push(problem);
      // Many on one line (a flow map of unknown keys): by id, so it stays linear.
      if (atLine.length > 8) seen[location.line] = new Set(atLine.map((p) => p.id()));
    } else {
      const id = problem.id();
      if (atLine.has(id)) continue;
      atLine.add(id);
    }
    problems.push(problem);
  }
  return problems;
}

const AT_KEY = { key: true } as const;

/** Whether `describe` gives the error a sentence (it gives none for `propertyNames`). */
const describes = (error: ErrorObject): boolean => error.keyword !== 'propertyNames';

/**
 * A problem whose sentence is written when `message` is first read, then kept as an own
 * property. A class rather than an object literal with an accessor: V8 gives each such literal
 * its own hidden class, which costs more at 50,000 problems than describing them. `toJSON`
 * writes the message, so a serialized problem has it; spreading one unread would not.
 */
class LazyProblem implements Problem {
  readonly #error: ErrorObject;
  readonly #path: DocPath;
  readonly #root: unknown;
  readonly #schema: JsonSchema;

  constructor(
    readonly location: Location,
    error: ErrorObject,
    path: DocPath,
    root: unknown,
    schema: JsonSchema,
  ) {
    this.#error = error;
    this.#path = path;
    this.#root = root;
    this.#schema = schema;
  }

  get message(): string {
    const message = describe(this.#error, valueAt(this.#root, this.#path), this.#schema) ?? '';
    this.message = message;
    return message;
  }

  set message(value: string) {
    Object.defineProperty(this, 'message', {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }

  /** The same error at the same node: the same location, schema path and key. */
  repeats(other: LazyProblem): boolean {
    const a = this.location;
    const b = other.location;
    return (
      this.#error.schemaPath === other.#error.schemaPath &&
      (keyNamed(this.#error) ?? '') === (keyNamed(other.#error) ?? '') &&
      a.line === b.line &&
      a.column === b.column &&
      a.endLine === b.endLine &&
      a.endColumn === b.endColumn
    );
  }

  /** The same as `repeats` compares, as a string (the line aside). */
  id(): string {
    const { column, endLine, endColumn } = this.location;
    return `${column}:${endLine}:${endColumn} ${this.#error.schemaPath} ${keyNamed(this.#error) ?? ''}`;
  }

  toJSON(): Problem {
    return { message: this.message, location: this.location };
  }
}

/** The map key an error is about (an unknown key, or a key breaking `propertyNames`). */
function keyNamed(error: ErrorObject): string | undefined {
  if (error.keyword === 'additionalProperties') {
    return String((error.params as { additionalProperty?: unknown }).additionalProperty);
  }
  return error.propertyName;
}

/** A validator's errors as plain sentences, for documents without positions (JSON lines). */
export function schemaSentences(
  errors: readonly ErrorObject[],
  value: unknown,
  schema: JsonSchema,
): string[] {
  const sentences = new Set<string>();
  for (const error of errors) {
    if (error.schemaPath.includes('/oneOf/')) continue;
    const described = describe(error, valueAt(value, pointerToPath(error.instancePath)), schema);
    if (described) sentences.add(described);
  }
  return [...sentences];
}

const locationKey = (l: Location): string => `${l.line}:${l.column}:${l.endLine}:${l.endColumn}`;

const DATE_KEYS = new Set(['date', 'expires']);

/** The schema checks the date shape; this checks the day exists (no 2026-02-30). */
export function checkCalendarDates(parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>(); // a date reached through aliases is reported once
  // Depth first in document order, so a date reached through aliases is named by its first path.
  const stack: [unknown, (string | number)[]][] = [[parsed.value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    const children: [unknown, (string | number)[]][] = [];
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (item !== null && typeof item === 'object') children.push([item, [...path, index]]);
      });
    } else if (node !== null && typeof node === 'object') {
      // Object.keys, not Object.entries: a map of 50,000 keys is a dictionary-mode object, on
      // which entries costs several times more than keys and a lookup each.
      for (const key of Object.keys(node)) {
        const item = (node as Record<string, unknown>)[key];
        if (DATE_KEYS.has(key) && typeof item === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item)) {
          if (isCalendarDate(item)) continue;
          const location = parsed.locate([...path, key]);
          const id = locationKey(location);
          if (seen.has(id)) continue;
          seen.add(id);
          problems.push({
            message: `${displayPath([...path, key])} is ${quote(item)}, a day that does not exist.`,
            location,
          });
        } else if (item !== null && typeof item === 'object') {
          children.push([item, [...path, key]]);
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return problems.sort((a, b) => a.location.line - b.location.line);
}

export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which maps years 0-99 to 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
