#!/usr/bin/env node
// The command-line front end: process streams in (behind the output boundary), exit code out.
import { processIo } from './cli/io.js';
import { main } from './cli/main.js';
import { singleLine } from './report/escape.js';

const argv = process.argv.slice(2);
const io = processIo({ debug: argv.includes('--debug') });

// Whatever escapes main() (a stray rejection in a library) is still one sentence and exit 2,
// never Node's stack trace and exit 1, which a workflow would read as "fail", not "error".
const crash = (error: unknown): void => {
  const reason = error instanceof Error ? error.message : String(error);
  io.stderr(`ai-vendor-gate: internal error, the gate could not evaluate: ${singleLine(reason)}\n`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// Not a top-level await: the bundle is CommonJS (scripts/build-cli.mjs).
void main(argv, io).then((code) => {
  process.exitCode = code;
}, crash);
