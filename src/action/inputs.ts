// The action's inputs (SPEC 7), read from the runner's INPUT_* variables and checked: a bad value
// is exit 2 with one sentence naming the input, never a silent default.
import { GateError } from '../errors.js';
import { isCalendarDate } from '../load/schema.js';
import type { FailOn } from '../model.js';
import { todayUtc } from '../rules/dates.js';

export type Env = Record<string, string | undefined>;

export const PR_COMMENT_MODES = ['never', 'on-failure', 'always'] as const;
export type PrCommentMode = (typeof PR_COMMENT_MODES)[number];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export interface ActionInputs {
  manifest: string;
  registry: string;
  /** Lowercase hex, when pinned. */
  registrySha256?: string;
  scan: boolean;
  scanExclude: string[];
  failOn: FailOn;
  now: string;
  token: string;
  annotations: boolean;
  summary: boolean;
  prComment: PrCommentMode;
  sarifFile: string;
  recordFile: string;
  historyBranch?: string;
  /** Set by the user; else derived (see outputs.ts sarifCategory). */
  sarifCategory?: string;
  /** The job's matrix values (`${{ toJson(matrix) }}`), so matrix legs get distinct categories. */
  matrix: Record<string, string>;
}

/** As the runner names it: `INPUT_` and the input's name upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readInputs(env: Env, clock: () => Date = () => new Date()): ActionInputs {
  const get = (name: string): string => (env[inputVariable(name)] ?? '').trim();
  const orDefault = (name: string, fallback: string): string => get(name) || fallback;

  const registry = get('registry');
  if (registry === '') {
    throw new GateError(
      'The registry input is required: a path in the repository or github:OWNER/REPO/PATH@REF.',
    );
  }
  const pin = get('registry-sha256').toLowerCase();
  if (pin !== '' && !/^[0-9a-f]{64}$/.test(pin)) {
    throw new GateError('The registry-sha256 input must be 64 hexadecimal characters (SHA-256).');
  }
  const now = get('now');
  if (now !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(now) || !isCalendarDate(now))) {
    throw new GateError(`The now input must be a real date written YYYY-MM-DD, not "${now}".`);
  }
  const historyBranch = get('history-branch');
  if (historyBranch !== '' && !isBranchName(historyBranch)) {
    throw new GateError(`The history-branch input "${historyBranch}" is not a valid branch name.`);
  }
  const sarifCategory = get('sarif-category');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(sarifCategory)) {
    throw new GateError('The sarif-category input must be one line without control characters.');
  }
  return {
    manifest: orDefault('manifest', '.github/ai-vendors.yml'),
    registry,
    ...(pin !== '' ? { registrySha256: pin } : {}),
    scan: boolean(get('scan'), 'scan', true),
    scanExclude: list(get('scan-exclude')),
    failOn: oneOf(get('fail-on'), FAIL_ON, 'fail-on', 'error'),
    now: now || todayUtc(clock),
    token: get('token'),
    annotations: boolean(get('annotations'), 'annotations', true),
    summary: boolean(get('summary'), 'summary', true),
    prComment: oneOf(get('pr-comment'), PR_COMMENT_MODES, 'pr-comment', 'on-failure'),
    sarifFile: orDefault('sarif-file', 'ai-vendor-gate.sarif'),
    recordFile: orDefault('record-file', 'ai-vendor-gate-record.json'),
    ...(historyBranch !== '' ? { historyBranch } : {}),
    ...(sarifCategory !== '' ? { sarifCategory } : {}),
    matrix: matrixValues(get('matrix')),
  };
}

/** `toJson(matrix)`: an object of matrix values, or `null` outside a matrix; else ignored. */
function matrixValues(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const values: Record<string, string> = {};
  for (const key of Object.keys(parsed).sort()) {
    const value = (parsed as Record<string, unknown>)[key];
    values[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return values;
}

/** The YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
function boolean(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new GateError(`The ${name} input must be true or false, not "${value}".`);
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GateError(`The ${name} input must be one of ${allowed.join(', ')}, not "${value}".`);
}

/** Globs separated by newlines or commas; blanks dropped. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A conservative subset of git's ref-name rules. */
function isBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9._/-]+$/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.split('/').some((part) => part.startsWith('.'))
  );
}
