// `registry diff BASE HEAD [--inventory FILE] [--format markdown|json]`.
import { writeOwnFile } from '../fs/no-follow.js';
import { GateError } from '../errors.js';
import { displayPath } from '../gate.js';
import { registryDiff } from '../governance/diff.js';
import { renderDiffMarkdown } from '../governance/diff-markdown.js';
import { readRegistrySource } from '../sources/registry.js';
import type { Command, Io } from './io.js';
import { readInventories } from './org.js';
import { oneOf, parse, parseNow } from './options.js';

export const REGISTRY_HELP = `Usage: ai-vendor-gate registry diff BASE HEAD [options]

Lists what changed per vendor between two registries (status, products, conditions,
attestations, review, profile, waivers) and, with an inventory, which repositories change
decision: each repository's declared use and evidence are evaluated against BASE and HEAD.
BASE and HEAD are paths or github:OWNER/REPO/PATH@REF.

  --inventory FILE    an org sweep inventory (repeat for shards)
  --now YYYY-MM-DD    evaluate as of this day (default: the inventory's day)
  --format FORMAT     markdown | json (default: markdown)
  --output FILE       write to FILE instead of standard output

Exit codes: 0 done, 2 could not compare (a registry missing or invalid).
`;

async function read(source: string, io: Io) {
  const fetched = await readRegistrySource(source, {
    root: io.cwd,
    cwd: io.cwd,
    api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
    displayPath,
  });
  return { source: fetched.source, file: fetched.file, bytes: fetched.bytes };
}

export const registryCommand: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(REGISTRY_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'diff') throw new GateError(`Unknown registry command "${sub}"; use diff.`);
  const { values, positionals } = parse(
    rest,
    {
      inventory: { type: 'string', multiple: true },
      now: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'registry',
  );
  if (values.help) {
    io.stdout(REGISTRY_HELP);
    return 0;
  }
  if (positionals.length !== 2)
    throw new GateError('registry diff takes two registries: BASE HEAD.');
  const format = oneOf(values.format, ['markdown', 'json'] as const, '--format', 'markdown');
  const [base, head] = [await read(positionals[0], io), await read(positionals[1], io)];
  const inventory = values.inventory?.length
    ? await readInventories(values.inventory, io.cwd)
    : undefined;
  const now = values.now === undefined ? undefined : parseNow(values.now, inventory?.now ?? '');
  const diff = await registryDiff(base, head, { inventory, now });
  const text = format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffMarkdown(diff);
  if (values.output) {
    const path = await import('node:path');
    try {
      await writeOwnFile(path.resolve(io.cwd, values.output), text);
    } catch {
      throw new GateError(`The output could not be written to ${values.output}.`);
    }
  } else io.stdout(text);
  return 0;
};
