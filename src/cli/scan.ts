// `scan`: the inventory of AI vendor use found in the tree.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { scan } from '../detect/index.js';
import { renderScanText, scanJson } from '../report/scan.js';
import { GateError } from '../errors.js';
import type { Command } from './io.js';
import { oneOf, parse } from './options.js';

export const SCAN_HELP = `Usage: ai-vendor-gate scan [--root DIR] [--format text|json] [--exclude GLOB ...]

Lists the evidence of AI vendor use in the repository: dependencies, lockfiles, workflows,
SDK imports, API hostnames and API-key variable names, each with its context (runtime, test,
docs, ...). Honours .gitignore. Files not read (binary, over 2 MiB, unreadable, links leading
outside the root) are listed with the reason.
`;

export async function requireDirectory(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // reported below
  }
  throw new GateError(`The root ${dir} is not a directory.`);
}

export const scanCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    {
      root: { type: 'string' },
      format: { type: 'string' },
      exclude: { type: 'string', multiple: true },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'scan',
  );
  if (values.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`scan takes no arguments, got "${positionals[0]}".`);
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  const given = values.root ?? '.';
  const root = path.resolve(io.cwd, given);
  await requireDirectory(root);
  const result = await scan(root, { exclude: values.exclude });
  io.stdout(
    format === 'json' ? scanJson(given, result) : renderScanText(result, { color: io.color }),
  );
  return 0;
};
