// `history verify FILE [--head SHA256]` and `history show FILE [--format ...]`. `argv` is what
// follows `history`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeFsError,
  parseHead,
  parseHistory,
  verifyAnchored,
  verifyHistory,
} from '../history/chain.js';
import { HISTORY_FORMATS, type HistoryFormat, renderHistory } from '../history/show.js';
import { singleLine } from '../report/escape.js';
import type { Command, Io } from './io.js';

const USAGE = `Usage:
  ai-vendor-gate history verify FILE [--head SHA256]
  ai-vendor-gate history show FILE [--format text|markdown|html|json]
`;

export const historyCommand: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'verify' && sub !== 'show') {
    return usageError(io, `Unknown history command "${sub}"; use verify or show.`);
  }
  let values: { format?: string; head?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string', short: 'f' },
        head: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usageError(io, describeArgError(error, sub));
  }
  if (values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  if (sub === 'verify' && values.format !== undefined) {
    return usageError(io, 'history verify has no option --format.');
  }
  if (sub === 'show' && values.head !== undefined) {
    return usageError(io, 'history show has no option --head.');
  }
  let head: string | undefined;
  if (values.head !== undefined) {
    const parsed = parseHead(values.head);
    if (parsed === null) {
      return usageError(io, "--head must be the 64 hex digits of a record's sha256.");
    }
    head = parsed;
  }
  if (positionals.length !== 1) {
    return usageError(io, `history ${sub} takes exactly one FILE.`);
  }
  const format = values.format ?? 'text';
  if (!isFormat(format)) {
    return usageError(io, `--format must be text, markdown, html or json, not "${format}".`);
  }

  const file = positionals[0];
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.stderr(`${singleLine(`Cannot read ${file}: ${describeFsError(error)}.`)}\n`);
    return 2;
  }

  if (sub === 'verify') return verify(io, file, text, head);

  const parsed = parseHistory(text);
  if (!parsed.ok) {
    io.stderr(`${singleLine(`${file}:${parsed.line}: ${parsed.reason}`)}\n`);
    return 2;
  }
  const check = verifyHistory(text);
  if (!check.ok) {
    io.stderr(
      `${singleLine(`warning: ${file}:${check.line}: ${check.reason} Run "history verify" for details.`)}\n`,
    );
  }
  io.stdout(renderHistory(parsed.records, format));
  return 0;
};

function verify(io: Io, file: string, text: string, head: string | undefined): number {
  const result = verifyAnchored(text, head);
  if (!result.ok) {
    const where = result.line === null ? file : `${file}:${result.line}`;
    io.stdout(`${singleLine(`${where}: ${result.reason}`)}\n`);
    return 1;
  }
  const lines = [`${result.count} ${result.count === 1 ? 'record' : 'records'}, chain intact`];
  if (head !== undefined) {
    lines.push(`The latest record is the published head ${head}.`);
  } else {
    lines.push(
      result.head === null
        ? 'The history is empty, so it has no head.'
        : `Head (sha256 of the latest record): ${result.head}`,
      'Removal of the latest records cannot be detected without a published head: compare this head with the one the gate published (the record-sha256 output, the check run, the pull request comment), or pass it with --head.',
    );
  }
  io.stdout(lines.map((l) => `${l}\n`).join(''));
  return 0;
}

function isFormat(value: string): value is HistoryFormat {
  return (HISTORY_FORMATS as readonly string[]).includes(value);
}

function usageError(io: Io, message: string): number {
  io.stderr(`${singleLine(message)}\n`);
  return 2;
}

function describeArgError(error: unknown, sub: string): string {
  const code = (error as { code?: string }).code;
  const option = /'([^']+)'/.exec((error as Error).message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    return `history ${sub} has no option ${option}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return `Option ${option.replace(/ .*$/, '')} needs a value.`;
  }
  return `Invalid arguments for history ${sub}.`;
}
