// `history verify FILE` and `history show FILE [--format ...]`. `argv` is what follows `history`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFsError, parseHistory, verifyHistory } from '../history/chain.js';
import { HISTORY_FORMATS, type HistoryFormat, renderHistory } from '../history/show.js';
import { singleLine } from '../report/escape.js';
import type { Command, Io } from './io.js';

const USAGE = `Usage:
  ai-vendor-gate history verify FILE
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
  let values: { format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { help: { type: 'boolean', short: 'h' }, format: { type: 'string', short: 'f' } },
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

  if (sub === 'verify') {
    const result = verifyHistory(text);
    if (result.ok) {
      io.stdout(`${result.count} ${result.count === 1 ? 'record' : 'records'}, chain intact\n`);
      return 0;
    }
    io.stdout(`${singleLine(`${file}:${result.line}: ${result.reason}`)}\n`);
    return 1;
  }

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
