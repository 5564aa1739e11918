// Where a command writes. Every byte the CLI prints goes through the output boundary
// (src/report/escape.ts): `withOutputBoundary` wraps the streams, whoever calls them.
import { writeSync } from 'node:fs';
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
    stdout: commandSafeWriter((text) => io.stdout(text)),
    stderr: commandSafeWriter((text) => io.stderr(text)),
    env: io.env,
    cwd: io.cwd,
    // Forwarded, not copied: a copy would ask the question at once (see processIo).
    get color() {
      return io.color;
    },
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
    stdout: directWriter(1, () => process.stdout),
    stderr: directWriter(2, () => process.stderr),
    env: process.env,
    cwd: process.cwd(),
    // Asked only by a command that renders in colour: the question creates Node's stdout stream.
    get color() {
      return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    },
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

/**
 * Writes straight to a file descriptor, in order and completely, before the call returns: the
 * CLI writes its report once, and creating Node's stream for it costs more than writing.
 * Should the descriptor be non-blocking (a pipe another process made so), a write can be
 * refused for now (EAGAIN); that write and every later one then go through Node's stream,
 * which waits for the reader.
 */
function directWriter(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let direct = true;
  return (text) => {
    if (!direct) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      direct = false;
      stream().write(bytes.subarray(written));
    }
  };
}
