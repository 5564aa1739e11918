// `org plan | sweep | report`: the gate across an organization (SPEC section 9).
import { writeOwnFile } from '../fs/no-follow.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
import { displayPath } from '../gate.js';
import { createGitHubClient } from '../github/client.js';
import {
  mergeInventories,
  parseInventory,
  serializeInventory,
  type Inventory,
} from '../org/inventory.js';
import { parseShard, parseShardCount, planMatrix } from '../org/shard.js';
import { sweepOrganization } from '../org/sweep.js';
import { singleLine } from '../report/escape.js';
import { todayUtc } from '../rules/dates.js';
import { readRegistrySource } from '../sources/registry.js';
import type { Command, Io } from './io.js';
import { oneOf, parse, parseNow } from './options.js';

export const ORG_HELP = `Usage: ai-vendor-gate org <plan|sweep|report> [options]

  org plan   --org ORG [--shards N]
             prints the JSON matrix of N shards for a workflow's strategy.matrix
  org sweep  --org ORG --registry SOURCE [--shard I/N] [--concurrency K]
             [--now YYYY-MM-DD] [--output inventory.json]
             evaluates the default branch of every repository of ORG (archived ones skipped)
             with the same engine as check, and writes the inventory (JSON)
  org report INVENTORY... [--format html|json|markdown|cyclonedx] [--output FILE]
             [--now YYYY-MM-DD]
             merges the shards' inventories into one report (default: markdown); refuses a
             missing or repeated shard; --now stamps the CycloneDX BOM with that day

The GitHub API is GITHUB_API_URL (default https://api.github.com), the token GITHUB_TOKEN.
Exit codes: 0 done, 2 could not run (bad arguments, unusable registry, organization not listed).
A repository that cannot be evaluated is recorded with decision "error" and the reason.
`;

const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
export const REPORT_FORMATS = ['html', 'json', 'markdown', 'cyclonedx'] as const;

function organizationOf(value: string | undefined): string {
  if (value === undefined) throw new GateError('--org ORG is required.');
  if (!ORG_NAME.test(value)) {
    throw new GateError(`--org must be a GitHub organization name, not "${value}".`);
  }
  return value;
}

async function writeOutput(io: Io, output: string | undefined, text: string): Promise<void> {
  if (!output) {
    io.stdout(text);
    return;
  }
  try {
    await writeOwnFile(path.resolve(io.cwd, output), text);
  } catch {
    throw new GateError(`The output could not be written to ${output}.`);
  }
}

const plan: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    { org: { type: 'string' }, shards: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'org',
  );
  if (values.help) {
    io.stdout(ORG_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`org plan takes no arguments, got "${positionals[0]}".`);
  organizationOf(values.org);
  io.stdout(`${JSON.stringify(planMatrix(parseShardCount(values.shards)))}\n`);
  return 0;
};

const sweep: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    {
      org: { type: 'string' },
      registry: { type: 'string' },
      shard: { type: 'string' },
      concurrency: { type: 'string' },
      now: { type: 'string' },
      output: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'org',
  );
  if (values.help) {
    io.stdout(ORG_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`org sweep takes no arguments, got "${positionals[0]}".`);
  const organization = organizationOf(values.org);
  const shard = parseShard(values.shard);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!/^\d{1,2}$/.test(values.concurrency ?? '4') || concurrency < 1 || concurrency > 32) {
    throw new GateError(
      `--concurrency must be a whole number from 1 to 32, not "${values.concurrency}".`,
    );
  }
  const now = parseNow(values.now, todayUtc());
  const source = values.registry ?? io.env.AI_VENDOR_GATE_REGISTRY;
  if (!source) {
    throw new GateError(
      'No registry given: pass --registry PATH or --registry github:OWNER/REPO/PATH@REF.',
    );
  }
  const registry = await readRegistrySource(source, {
    root: io.cwd,
    cwd: io.cwd,
    api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
    displayPath,
  });
  const client = createGitHubClient({
    apiUrl: io.env.GITHUB_API_URL,
    token: io.env.GITHUB_TOKEN,
    // A large repository's archive takes longer than an API call.
    timeoutMs: 300_000,
    onWait: (message) => io.stderr(`ai-vendor-gate: ${singleLine(message)}\n`),
  });
  const inventory = await sweepOrganization({
    client,
    organization,
    registry: { source: registry.source, file: registry.file, bytes: registry.bytes },
    now,
    shard,
    concurrency,
  });
  await writeOutput(io, values.output, serializeInventory(inventory));
  const count = (decision: string) =>
    inventory.repositories.filter((r) => r.decision === decision).length;
  io.stderr(
    `ai-vendor-gate: swept ${inventory.repositories.length} repositories of ${organization} (shard ${shard.index}/${shard.count}): ${count('pass')} pass, ${count('fail')} fail, ${count('error')} could not be evaluated.\n`,
  );
  return 0;
};

export async function readInventories(files: string[], cwd: string): Promise<Inventory> {
  const parts = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(cwd, file), 'utf8');
    } catch {
      throw new GateError(`The inventory ${file} cannot be read.`);
    }
    parts.push({ name: file, inventory: parseInventory(text, file) });
  }
  return mergeInventories(parts);
}

const report: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    {
      format: { type: 'string' },
      output: { type: 'string' },
      now: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'org',
  );
  if (values.help) {
    io.stdout(ORG_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new GateError('org report needs one or more inventory files.');
  const format = oneOf(values.format, REPORT_FORMATS, '--format', 'markdown');
  const inventory = await readInventories(positionals, io.cwd);
  let text: string;
  switch (format) {
    case 'json':
      text = serializeInventory(inventory);
      break;
    case 'html': {
      const { renderOrgPage } = await import('../report/pages/org-page.js');
      text = renderOrgPage(inventory);
      break;
    }
    case 'cyclonedx': {
      const { inventoryBom } = await import('../report/cyclonedx.js');
      text = inventoryBom(inventory, {
        timestamp: values.now ? parseNow(values.now, inventory.now) : undefined,
      });
      break;
    }
    default: {
      const { renderOrgMarkdown } = await import('../report/pages/org-markdown.js');
      text = renderOrgMarkdown(inventory);
    }
  }
  await writeOutput(io, values.output, text);
  return 0;
};

const SUBCOMMANDS: Record<string, Command> = { plan, sweep, report };

export const orgCommand: Command = async (argv, io) => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(ORG_HELP);
    return name === undefined ? 2 : 0;
  }
  const sub = Object.prototype.hasOwnProperty.call(SUBCOMMANDS, name)
    ? SUBCOMMANDS[name]
    : undefined;
  if (!sub) throw new GateError(`Unknown org command "${name}"; use plan, sweep or report.`);
  return sub(rest, io);
};
