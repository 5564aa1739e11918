// Argument parsing shared by the commands: node's own parseArgs, errors as GateError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GateError } from '../errors.js';
import { isCalendarDate } from '../load/schema.js';
import type { FailOn } from '../model.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = String((error as Error).message)
      .split('\n')[0]
      .replace(/\.$/, '');
    throw new GateError(`${message} (see "ai-vendor-gate ${command} --help").`);
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GateError(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

export function parseNow(value: string | undefined, today: string): string {
  if (value === undefined || value === '') return today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new GateError(`--now must be a real date written YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
