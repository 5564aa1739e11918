// `check`: the gate itself.
import { writeOwnFile } from '../fs/no-follow.js';

import path from 'node:path';
import { GateError } from '../errors.js';
import { displayPath, runGate, TOOL } from '../gate.js';
import type { FailOn, GateResult } from '../model.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { defaultCategory, renderErrorSarif, renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { todayUtc } from '../rules/dates.js';
import { readRegistrySource, type FetchedRegistry } from '../sources/registry.js';
import type { Command, Io } from './io.js';
import { FAIL_ON, oneOf, parse, parseNow } from './options.js';

export const CHECK_HELP = `Usage: ai-vendor-gate check [options]

Evaluates the manifest against the registry and scans the repository for undeclared AI use.

  --manifest PATH           manifest (default: ROOT/.github/ai-vendors.yml)
  --registry SOURCE         registry path, or github:OWNER/REPO/PATH@REF
                            (default: $AI_VENDOR_GATE_REGISTRY)
  --root DIR                repository root (default: current directory)
  --no-scan                 do not scan the repository
  --now YYYY-MM-DD          evaluate as of this UTC day (default: today)
  --fail-on LEVEL           error | warning | never (default: error)
  --format FORMAT           text | json | sarif | markdown | cyclonedx (default: text)
  --output FILE             write the report to FILE instead of standard output
  --sarif-category ID       SARIF analysis category, distinct per upload
                            (default: ai-vendor-gate/MANIFEST-PATH)
  --repository OWNER/NAME   for waivers (default: $GITHUB_REPOSITORY)
  --record FILE             write the gate record (canonical JSON) to FILE
  --history FILE            append the gate record to a hash-chained history
  --debug                   print stack traces of internal errors

Exit codes: 0 pass, 1 fail, 2 could not evaluate.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type CheckFormat = (typeof FORMATS)[number];
/** Formats `render` writes, and the AI-BOM, which also reads the manifest's declared uses. */
const ALL_FORMATS = [...FORMATS, 'cyclonedx'] as const;

export interface RenderOptions {
  color: boolean;
  /** SARIF analysis category (default: one per manifest path). */
  sarifCategory?: string;
}

/** The report in one of the `--format`s; each renderer writes through the output boundary. */
export function render(result: GateResult, format: CheckFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result, { category: options.sarifCategory });
    case 'markdown':
      return renderMarkdown(result);
    case 'text':
      return renderText(result, { color: options.color });
  }
}

async function writeReport(io: Io, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeOwnFile(path.resolve(io.cwd, output), text);
  } catch {
    throw new GateError(`The report could not be written to ${output}.`);
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
      'sarif-category': { type: 'string' },
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
  const format = oneOf(values.format, ALL_FORMATS, '--format', 'text');
  const root = path.resolve(io.cwd, values.root ?? '.');
  const manifestPath = values.manifest
    ? path.resolve(io.cwd, values.manifest)
    : path.join(root, '.github', 'ai-vendors.yml');
  const sarifCategory = values['sarif-category'];
  let evaluated: { result: GateResult; registry: FetchedRegistry; now: string };
  try {
    const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error');
    const now = parseNow(values.now, todayUtc());
    const { result, registry } = await evaluateCheck(values, io, {
      root,
      manifestPath,
      now,
      failOn,
    });
    evaluated = { result, registry, now };
  } catch (error) {
    // Exit 2 still leaves a SARIF that says so, where a SARIF was asked for; the reason goes
    // to stderr as for every format.
    if (format === 'sarif') {
      const reason =
        error instanceof GateError ? error.message : 'Internal error: the gate could not evaluate.';
      const sarif = renderErrorSarif(reason, {
        category: sarifCategory ?? defaultCategory(displayPath(root, manifestPath)),
        version: TOOL.version,
      });
      await writeReport(io, values.output, sarif).catch(() => undefined);
    }
    throw error;
  }
  const { result, registry, now } = evaluated;
  const output =
    format === 'cyclonedx'
      ? await (await import('../org/bom.js')).checkBom(result, manifestPath, values.now && now)
      : render(result, format, {
          // Asked only for text: asking creates Node's stdout stream (see cli/io.ts).
          color: format === 'text' && !values.output && io.color,
          sarifCategory,
        });
  await writeReport(io, values.output, output);
  if (values.record || values.history) {
    // The history code (canonical JSON, the chain) loads only for runs that keep a record.
    const { writeRecord } = await import('./record.js');
    await writeRecord(result, io, {
      record: values.record && path.resolve(io.cwd, values.record),
      history: values.history && path.resolve(io.cwd, values.history),
      registry,
    });
  }
  return result.report.decision === 'pass' ? 0 : 1;
};

interface CheckValues {
  registry?: string;
  repository?: string;
  'no-scan'?: boolean;
  output?: string;
  record?: string;
  history?: string;
}

/** Reads the registry and runs the engine: everything that can make `check` exit 2. */
async function evaluateCheck(
  values: CheckValues,
  io: Io,
  inputs: { root: string; manifestPath: string; now: string; failOn: FailOn },
): Promise<{ result: GateResult; registry: FetchedRegistry }> {
  const source = values.registry ?? io.env.AI_VENDOR_GATE_REGISTRY;
  if (!source) {
    throw new GateError(
      'No registry given: pass --registry PATH or --registry github:OWNER/REPO/PATH@REF.',
    );
  }
  const registry = await readRegistrySource(source, {
    root: inputs.root,
    cwd: io.cwd,
    api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
    displayPath,
  });
  const repository = values.repository ?? (io.env.GITHUB_REPOSITORY || undefined);
  if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new GateError(`--repository must be OWNER/NAME, not "${repository}".`);
  }
  const result = await runGate({
    root: inputs.root,
    manifestPath: inputs.manifestPath,
    registry,
    scan: !values['no-scan'],
    now: inputs.now,
    failOn: inputs.failOn,
    repository,
    // What this run writes is never evidence for this or a later run.
    outputFiles: [values.output, values.record, values.history]
      .filter((file): file is string => typeof file === 'string' && file !== '')
      .map((file) => path.resolve(io.cwd, file)),
  });
  return { result, registry };
}
