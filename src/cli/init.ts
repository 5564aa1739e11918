// `init`: a starter manifest from what the scan found.
import { writeOwnFile } from '../fs/no-follow.js';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { scan, starterManifest } from '../detect/index.js';
import { GateError } from '../errors.js';
import { displayPath, readRegistry } from '../gate.js';
import type { Registry } from '../model.js';
import { readRegistrySource } from '../sources/registry.js';
import type { Command } from './io.js';
import { parse } from './options.js';
import { requireDirectory } from './scan.js';

export const INIT_HELP = `Usage: ai-vendor-gate init [--root DIR] [--registry SOURCE] [--manifest PATH] [--force]

Writes a starter manifest (default ROOT/.github/ai-vendors.yml) declaring each vendor the scan
finds, with placeholders for purpose and data classification. Never overwrites an existing
manifest unless --force is given.
`;

export const initCommand: Command = async (argv, io) => {
  const { values, positionals } = parse(
    argv,
    {
      root: { type: 'string' },
      registry: { type: 'string' },
      manifest: { type: 'string' },
      force: { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'init',
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new GateError(`init takes no arguments, got "${positionals[0]}".`);
  const root = path.resolve(io.cwd, values.root ?? '.');
  await requireDirectory(root);
  const target = values.manifest
    ? path.resolve(io.cwd, values.manifest)
    : path.join(root, '.github', 'ai-vendors.yml');
  const shown = displayPath(root, target);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) {
    throw new GateError(`${shown} already exists; pass --force to overwrite it.`);
  }
  let registry: Registry | undefined;
  if (values.registry) {
    const fetched = await readRegistrySource(values.registry, {
      root,
      cwd: io.cwd,
      api: { apiUrl: io.env.GITHUB_API_URL, token: io.env.GITHUB_TOKEN },
      displayPath,
    });
    registry = (await readRegistry(fetched)).data;
  }
  const { evidence } = await scan(root, {});
  const text = starterManifest(evidence, registry);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeOwnFile(target, text);
  } catch {
    throw new GateError(`The manifest could not be written to ${shown}.`);
  }
  const vendors = new Set(evidence.filter((e) => e.context !== 'docs').map((e) => e.vendor));
  io.stdout(
    `Wrote ${shown} declaring ${vendors.size} vendor${vendors.size === 1 ? '' : 's'}${vendors.size ? ` (${[...vendors].sort().join(', ')})` : ''}: fill in each purpose and data classification, then run ai-vendor-gate check.\n`,
  );
  return 0;
};
