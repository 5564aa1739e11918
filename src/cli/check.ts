// `check`: the gate itself.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
import { displayPath, runGate } from '../gate.js';
import type { GateResult } from '../model.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { todayUtc } from '../rules/dates.js';
import { readRegistrySource } from '../sources/registry.js';
import type { Command, Io } from './io.js';
import { FAIL_ON, oneOf, parse, parseNow } from './options.js';
import { writeRecord } from './record.js';

export const CHECK_HELP = `Usage: ai-vendor-gate check [options]

Evaluates the manifest against the registry and scans the repository for undeclared AI use.

  --manifest PATH           manifest (default: ROOT/.github/ai-vendors.yml)
  --registry SOURCE         registry path, or github:OWNER/REPO/PATH@REF
                            (default: $AI_VENDOR_GATE_REGISTRY)
  --root DIR                repository root (default: current directory)
  --no-scan                 do not scan the repository
  --now YYYY-MM-DD          evaluate as of this UTC day (default: today)
  --fail-on LEVEL           error | warning | never (default: error)
  --format FORMAT           text | json | sarif | markdown (default: text)
  --output FILE             write the report to FILE instead of standard output
  --repository OWNER/NAME   for waivers (default: $GITHUB_REPOSITORY)
  --record FILE             write the gate record (canonical JSON) to FILE
  --history FILE            append the gate record to a hash-chained history
  --debug                   print stack traces of internal errors

Exit codes: 0 pass, 1 fail, 2 could not evaluate.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

export function render(
  result: GateResult,
  format: (typeof FORMATS)[number],
  color: boolean,
): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result);
    case 'markdown':
      return renderMarkdown(result);
    default:
      return renderText(result, { color });
  }
}

export const checkCommand: Command = async (argv: string[], io: Io) => {
  const { values, positionals } = parse(
    argv,
    {
      manifest: { type: 'string' },
      registry: { type: 'string' },
      root: { type: 'string' },
      'no-scan': { type: 'boolean' },
      now: { type: 'string' },
      'fail-on': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      repository: { type: 'string' },
      record: { type: 'string' },
      history: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'check',
  );
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`check takes no arguments, got "${positionals[0]}".`);
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error');
  const now = parseNow(values.now, todayUtc());
  const root = path.resolve(io.cwd, values.root ?? '.');
  const source = values.registry ?? io.env.AI_VENDOR_GATE_REGISTRY;
  if (!source) {
    throw new GateError(
      'No registry given: pass --registry PATH or --registry github:OWNER/REPO/PATH@REF.',
    );
  }
  const registry = await readRegistrySource(source, {
    root,
    cwd: io.cwd,
    api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
    displayPath,
  });
  const manifestPath = values.manifest
    ? path.resolve(io.cwd, values.manifest)
    : path.join(root, '.github', 'ai-vendors.yml');
  const repository = values.repository ?? (io.env.GITHUB_REPOSITORY || undefined);
  if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new GateError(`--repository must be OWNER/NAME, not "${repository}".`);
  }
  const result = await runGate({
    root,
    manifestPath,
    registry,
    scan: !values['no-scan'],
    now,
    failOn,
    repository,
  });
  const output = render(result, format, io.color && !values.output);
  if (values.output) {
    try {
      await writeFile(path.resolve(io.cwd, values.output), output);
    } catch {
      throw new GateError(`The report could not be written to ${values.output}.`);
    }
  } else {
    io.stdout(output);
  }
  if (values.record || values.history) {
    await writeRecord(result, io, {
      record: values.record && path.resolve(io.cwd, values.record),
      history: values.history && path.resolve(io.cwd, values.history),
      registry,
    });
  }
  return result.report.decision === 'pass' ? 0 : 1;
};
