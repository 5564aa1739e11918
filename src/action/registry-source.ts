// The registry the gate evaluates against. A path in the workspace, or github:OWNER/REPO/PATH@REF
// through the contents API. On pull requests and merge groups a registry in the repository is
// read from the BASE commit (git history when the checkout has it, else the contents API), so a
// pull request cannot approve its own vendor; `registry-sha256` pins the bytes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { GateError } from '../errors.js';
import { displayPath, sha256 } from '../gate.js';
import { REGISTRY_LIMITS } from '../load/documents.js';
import {
  fetchContents,
  isGithubSource,
  readLocalFile,
  readRegistrySource,
  type ApiOptions,
  type FetchedRegistry,
} from '../sources/registry.js';
import { confine } from './confine.js';
import type { ActionContext } from './context.js';

export interface ResolvedRegistry {
  registry: FetchedRegistry;
  /** Set when a pull request changes the registry: the engine then warns `registry-changed`. */
  registryChanged?: { file: string; base: string };
  /** Where the bytes came from, for the log. */
  origin: 'remote' | 'working tree' | 'base commit (git)' | 'base commit (API)';
}

export interface RegistryRequest {
  source: string;
  /** The real workspace (see confine.ts). */
  workspace: string;
  context: ActionContext;
  token: string;
  pin?: string;
  fetchImpl?: typeof fetch;
}

export async function resolveRegistry(request: RegistryRequest): Promise<ResolvedRegistry> {
  const resolved = await read(request);
  if (request.pin !== undefined) {
    const actual = sha256(resolved.registry.bytes);
    if (actual !== request.pin) {
      throw new GateError(
        `The registry ${resolved.registry.file} has SHA-256 ${actual}, but registry-sha256 pins ${request.pin}.`,
      );
    }
  }
  return resolved;
}

async function read(request: RegistryRequest): Promise<ResolvedRegistry> {
  const { source, workspace, context } = request;
  const api: ApiOptions = {
    apiUrl: context.apiUrl,
    token: request.token,
    ...(request.fetchImpl ? { fetchImpl: request.fetchImpl } : {}),
  };
  if (isGithubSource(source)) {
    const registry = await readRegistrySource(source, {
      root: workspace,
      cwd: workspace,
      api,
      displayPath,
    });
    return { registry, origin: 'remote' };
  }

  const localPath = await confine(workspace, source, 'registry');
  const file = displayPath(workspace, localPath);
  if (!context.isBaseEvent) {
    const bytes = await readLocalFile(localPath, 'registry', REGISTRY_LIMITS.maxBytes);
    return { registry: { source, file, bytes, localPath }, origin: 'working tree' };
  }

  const base = context.baseSha;
  if (base === undefined) {
    throw new GateError(
      `The ${context.eventName} event names no base commit, so the registry cannot be read as the base branch has it.`,
    );
  }
  const relative = path.relative(workspace, localPath).split(path.sep).join('/');
  const fromGit = await readFromGit(workspace, base, relative);
  let baseBytes: Uint8Array;
  let origin: ResolvedRegistry['origin'];
  if (fromGit.kind === 'found') {
    baseBytes = fromGit.bytes;
    origin = 'base commit (git)';
  } else if (fromGit.kind === 'absent') {
    throw absentAtBase(file, base);
  } else {
    baseBytes = await readFromApi(context, api, relative, base, file);
    origin = 'base commit (API)';
  }

  const working = await readLocalFile(localPath, 'registry', REGISTRY_LIMITS.maxBytes).catch(
    () => null,
  );
  const registry: FetchedRegistry = { source, file, bytes: baseBytes, localPath };
  if (working !== null && Buffer.from(working).equals(Buffer.from(baseBytes))) {
    return { registry, origin };
  }
  return { registry, registryChanged: { file, base }, origin };
}

function absentAtBase(file: string, base: string): GateError {
  return new GateError(
    `The registry ${file} does not exist in the base commit ${base.slice(0, 12)}, and a pull request cannot bring the registry it is checked against.`,
  );
}

type GitRead = { kind: 'found'; bytes: Uint8Array } | { kind: 'absent' } | { kind: 'unavailable' };

/** `git show BASE:./PATH` when the checkout has the base commit (no shell). */
async function readFromGit(workspace: string, base: string, relative: string): Promise<GitRead> {
  const hasCommit = await git(workspace, ['cat-file', '-e', `${base}^{commit}`]);
  if (hasCommit === null) return { kind: 'unavailable' };
  const shown = await git(workspace, ['show', `${base}:./${relative}`]);
  return shown === null ? { kind: 'absent' } : { kind: 'found', bytes: shown };
}

function git(cwd: string, args: string[]): Promise<Buffer | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: REGISTRY_LIMITS.maxBytes + 1,
        timeout: 30_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

async function readFromApi(
  context: ActionContext,
  api: ApiOptions,
  relative: string,
  base: string,
  file: string,
): Promise<Uint8Array> {
  if (context.repository === undefined) {
    throw new GateError(
      `The registry ${file} must be read from the base commit ${base.slice(0, 12)}, which the checkout lacks, and GITHUB_REPOSITORY is not set.`,
    );
  }
  const [owner, repo] = context.repository.split('/');
  try {
    const { bytes } = await fetchContents({ owner, repo, path: relative, ref: base }, api);
    return bytes;
  } catch (error) {
    if (error instanceof GateError && /does not exist/.test(error.message)) {
      throw new GateError(
        `The registry ${file} could not be read from the base commit ${base.slice(0, 12)} through the API: it does not exist there or the token cannot read it.`,
      );
    }
    throw error;
  }
}
