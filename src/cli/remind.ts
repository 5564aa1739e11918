// `remind --registry SOURCE --repository OWNER/NAME [--within DAYS] [--now] [--dry-run]`.
import { GateError } from '../errors.js';
import { displayPath, readRegistry } from '../gate.js';
import { createGitHubClient } from '../github/client.js';
import { remind, type RemindAction } from '../governance/remind.js';
import { describeError } from '../org/sweep.js';
import { singleLine } from '../report/escape.js';
import { todayUtc } from '../rules/dates.js';
import { readRegistrySource } from '../sources/registry.js';
import type { Command } from './io.js';
import { parse, parseNow } from './options.js';

export const REMIND_HELP = `Usage: ai-vendor-gate remind --registry SOURCE --repository OWNER/NAME [options]

Opens one issue in OWNER/NAME per review, attestation, certification or waiver of the registry
falling due within DAYS (overdue ones included), naming the owner the registry gives; updates
it in place on later runs (found again by a hidden marker), and closes it once the registry no
longer has the item falling due.

  --within DAYS       how far ahead to look (default: 30)
  --now YYYY-MM-DD    as of this UTC day (default: today)
  --dry-run           print what it would do; change nothing

The GitHub API is GITHUB_API_URL, the token GITHUB_TOKEN (issues: write).
Exit codes: 0 done, 2 could not run.
`;

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

function describe(action: RemindAction & { number?: number }, dryRun: boolean): string {
  const verb = (done: string, would: string) => (dryRun ? would : done);
  switch (action.op) {
    case 'create':
      return `${verb('opened', 'would open')}${action.number ? ` #${action.number}` : ''}: ${action.title}`;
    case 'update':
      return `${action.reopen ? verb('reopened', 'would reopen') : verb('updated', 'would update')} #${action.number}: ${action.title}`;
    case 'close':
      return `${verb('closed', 'would close')} #${action.number} (${action.why === 'duplicate' ? 'a duplicate' : 'no longer falling due'}): ${action.key}`;
    case 'keep':
      return `unchanged #${action.number}: ${action.key}`;
  }
}

export const remindCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    {
      registry: { type: 'string' },
      repository: { type: 'string' },
      within: { type: 'string' },
      now: { type: 'string' },
      'dry-run': { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'remind',
  );
  if (values.help) {
    io.stdout(REMIND_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`remind takes no arguments, got "${positionals[0]}".`);
  const target = REPOSITORY.exec(values.repository ?? '');
  if (!target) {
    throw new GateError(
      `--repository OWNER/NAME is required${values.repository ? `, not "${values.repository}"` : ''}.`,
    );
  }
  const within = values.within === undefined ? 30 : Number(values.within);
  if (!/^\d{1,4}$/.test(values.within ?? '30') || within > 3650) {
    throw new GateError(
      `--within must be a whole number of days from 0 to 3650, not "${values.within}".`,
    );
  }
  const now = parseNow(values.now, todayUtc());
  if (!values.registry)
    throw new GateError('No registry given: pass --registry PATH or github:OWNER/REPO/PATH@REF.');
  const fetched = await readRegistrySource(values.registry, {
    root: io.cwd,
    cwd: io.cwd,
    api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
    displayPath,
  });
  const registry = (
    await readRegistry({ source: fetched.source, file: fetched.file, bytes: fetched.bytes })
  ).data;
  const client = createGitHubClient({
    apiUrl: io.env.GITHUB_API_URL,
    token: io.env.GITHUB_TOKEN,
    onWait: (message) => io.stderr(`ai-vendor-gate: ${singleLine(message)}\n`),
  });
  const dryRun = values['dry-run'] === true;
  let outcome;
  try {
    outcome = await remind({
      client,
      owner: target[1],
      repo: target[2],
      registry,
      registrySource: fetched.source,
      now,
      withinDays: within,
      dryRun,
    });
  } catch (error) {
    throw new GateError(
      `The reminders in ${target[0]} could not be updated: ${describeError(error)}.`,
    );
  }
  io.stdout(
    `${outcome.due.length} item${outcome.due.length === 1 ? '' : 's'} of the registry fall${outcome.due.length === 1 ? 's' : ''} due by ${now} + ${within} days${dryRun ? ' (dry run: nothing changed)' : ''}.\n`,
  );
  for (const action of outcome.actions) io.stdout(`  ${singleLine(describe(action, dryRun))}\n`);
  return 0;
};
