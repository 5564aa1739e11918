// The command line: parse the command, run it, turn every failure into exit 2 with one sentence.
// Commands load on demand, so `check` does not pay for the organization sweep, the page
// renderers or the GitHub client at start-up.
import { GateError } from '../errors.js';
import { singleLine } from '../report/escape.js';
import type { Command, Io } from './io.js';

export const HELP = `Usage: ai-vendor-gate <command> [options]

Commands:
  check     evaluate the manifest against the registry and scan for undeclared AI use
  scan      list the evidence of AI vendor use in the repository
  init      write a starter manifest from what the scan finds
  history   verify FILE | show FILE: the hash-chained history of gate decisions
  schema    manifest | registry | record: print a JSON schema
  org       plan | sweep | report: the gate across an organization, and its inventory
  registry  diff BASE HEAD: what a registry change changes, and for which repositories
  remind    open, update and close issues for reviews and attestations falling due

Run "ai-vendor-gate <command> --help" for a command's options.
Exit codes: 0 pass, 1 fail, 2 could not evaluate.
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).checkCommand,
  scan: async () => (await import('./scan.js')).scanCommand,
  init: async () => (await import('./init.js')).initCommand,
  history: async () => (await import('./history.js')).historyCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  org: async () => (await import('./org.js')).orgCommand,
  registry: async () => (await import('./registry.js')).registryCommand,
  remind: async () => (await import('./remind.js')).remindCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(HELP);
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      const { TOOL } = await import('../tool.js');
      io.stdout(`${TOOL.version}\n`);
      return 0;
    }
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new GateError(`Unknown command "${name}"; run ai-vendor-gate --help.`);
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof GateError) {
      io.stderr(`ai-vendor-gate: ${singleLine(error.message)}\n`);
      for (const detail of error.details) io.stderr(`  ${singleLine(detail)}\n`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(
        `ai-vendor-gate: internal error, the gate could not evaluate: ${singleLine(reason)}${debug ? '' : ' (run with --debug for the stack trace).'}\n`,
      );
    }
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
