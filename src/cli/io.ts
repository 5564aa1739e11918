// Where a command writes. Every byte the CLI prints goes through the output boundary
// (src/report/escape.ts): `withOutputBoundary` wraps the streams, whoever calls them.
import { commandSafeWriter, singleLine } from '../report/escape.js';

/** Where a command writes; the CLI passes process streams, tests pass buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL, ...). */
  env: Record<string, string | undefined>;
  cwd: string;
  /** Colour allowed (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
}

/** A command's contract: returns the exit code (0 pass, 1 fail, 2 could not evaluate). */
export type Command = (argv: string[], io: Io) => Promise<number>;

/**
 * The same streams, with no line able to become a workflow command (`::` at a line start,
 * `##[` anywhere), even when a line is written in pieces. Idempotent on already safe text.
 */
export function withOutputBoundary(io: Io): Io {
  return {
    ...io,
    stdout: commandSafeWriter((text) => io.stdout(text)),
    stderr: commandSafeWriter((text) => io.stderr(text)),
  };
}

/**
 * The process's own streams, behind the boundary. What a library would print on its own
 * (process warnings, `console.*`) cannot reach the streams either: with `debug` it goes to
 * stderr through the boundary, one line per message; otherwise it is dropped, so a warning
 * quoting untrusted input cannot appear in a log and the report on stdout stays parseable.
 */
export function processIo(options: { debug?: boolean } = {}): Io {
  const io = withOutputBoundary({
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
  const stray = (...parts: unknown[]): void => {
    if (!options.debug) return;
    const text = parts.map((part) => (part instanceof Error ? part.message : String(part)));
    io.stderr(`ai-vendor-gate (debug): ${singleLine(text.join(' '))}\n`);
  };
  process.emitWarning = ((warning: string | Error) => stray(warning)) as typeof process.emitWarning;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[method] = stray;
  }
  return io;
}
