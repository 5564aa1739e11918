// The registry the gate evaluates against. A path in the workspace, or github:OWNER/REPO/PATH@REF
// through the contents API. On pull requests and merge groups a registry in the repository is
// the blob the BASE commit has at that path (git when the checkout has the commit, else the
// contents API), resolved inside the base tree only, so a pull request can neither edit it nor
// swap it for a link to a file that approves its vendor; `registry-sha256` pins the bytes.
import path from 'node:path';
import { GateError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { displayPath, sha256 } from '../gate.js';
import { REGISTRY_LIMITS } from '../load/documents.js';
import {
  apiTreeReader,
  gitIn,
  gitTreeReader,
  MAX_LINK_HOPS,
  repoComponents,
  resolveInTree,
  ResolveError,
  workingTreeReader,
  type Resolved,
} from '../sources/base-commit.js';
import {
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
  /** The action's GitHub client, shared with its other calls. */
  client?: GitHubClient;
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
    ...(request.client ? { client: request.client } : {}),
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

  if (!context.isBaseEvent) {
    const localPath = await confine(workspace, source, 'registry');
    const file = displayPath(workspace, localPath);
    const bytes = await readLocalFile(localPath, 'registry', REGISTRY_LIMITS.maxBytes);
    return { registry: { source, file, bytes, localPath }, origin: 'working tree' };
  }
  return readFromBase(request, api);
}

/**
 * The registry exactly as the base commit has it. The path is taken as written (lexically, never
 * through the working tree, which the pull request controls) and resolved inside the base
 * commit's tree; the working tree is only compared with it, for `registry-changed`.
 */
async function readFromBase(request: RegistryRequest, api: ApiOptions): Promise<ResolvedRegistry> {
  const { source, workspace, context } = request;
  const components = lexicalPath(request);
  const file = components.join('/');
  const base = context.baseSha;
  if (base === undefined) {
    throw new GateError(
      `The ${context.eventName} event names no base commit, so the registry ${file} cannot be read as the base branch has it.`,
    );
  }
  const maxBytes = REGISTRY_LIMITS.maxBytes;
  let reader = await gitTreeReader(gitIn(workspace), base, maxBytes);
  let origin: ResolvedRegistry['origin'] = 'base commit (git)';
  if (reader === null) {
    if (context.repository === undefined) {
      throw new GateError(
        `The registry ${file} must be read from the base commit ${base.slice(0, 12)}, which the checkout lacks, and GITHUB_REPOSITORY is not set.`,
      );
    }
    const [owner, repo] = context.repository.split('/');
    reader = apiTreeReader(api, { owner, repo }, base, maxBytes);
    origin = 'base commit (API)';
  }

  let atBase: Resolved;
  try {
    atBase = await resolveInTree(reader, components, maxBytes);
  } catch (error) {
    if (error instanceof ResolveError) throw baseFailure(error, file, base);
    throw error;
  }
  const atHead = await resolveInTree(workingTreeReader(workspace, maxBytes), components, maxBytes)
    .then((resolved) => resolved)
    .catch(() => null);
  const registry: FetchedRegistry = {
    source,
    file,
    bytes: atBase.bytes,
    localPath: path.join(workspace, ...components),
  };
  const same =
    atHead !== null &&
    atHead.shape.join('\n') === atBase.shape.join('\n') &&
    Buffer.from(atHead.bytes).equals(Buffer.from(atBase.bytes));
  return same ? { registry, origin } : { registry, registryChanged: { file, base }, origin };
}

/** The registry input as repository path components, judged without touching the disk. */
function lexicalPath(request: RegistryRequest): string[] {
  const { source, workspace, context } = request;
  for (const root of new Set([workspace, path.resolve(context.workspace)])) {
    const relative = path.relative(root, path.resolve(root, source));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const components = repoComponents(relative.split(path.sep).join('/'));
    if (components !== null && components.length > 0) return components;
  }
  if (path.relative(workspace, path.resolve(workspace, source)) === '') {
    throw new GateError(`The registry ${source} is the workspace itself, a directory, not a file.`);
  }
  throw new GateError(
    `The registry ${source} resolves outside the workspace, which the action does not read or write.`,
  );
}

function baseFailure(error: ResolveError, file: string, base: string): GateError {
  const commit = `the base commit ${base.slice(0, 12)}`;
  const at = error.at === file ? '' : ` (at ${error.at})`;
  switch (error.reason) {
    case 'absent':
      return new GateError(
        `The registry ${file} does not exist in ${commit}${at}, and a pull request cannot bring the registry it is checked against.`,
      );
    case 'directory':
      return new GateError(`The registry ${file} is a directory in ${commit}${at}, not a file.`);
    case 'outside':
      return new GateError(
        `The registry ${file} is a symbolic link in ${commit} that points outside the repository${at}, which the gate does not follow.`,
      );
    case 'loop':
      return new GateError(
        `The registry ${file} goes through more than ${MAX_LINK_HOPS} symbolic links in ${commit}${at}.`,
      );
    case 'special':
      return new GateError(
        `The registry ${file} is neither a file nor a symbolic link in ${commit}${at} (a submodule?).`,
      );
    case 'too-large':
      return new GateError(
        `The registry ${file} is larger than the ${REGISTRY_LIMITS.maxBytes / (1024 * 1024)} MiB limit in ${commit}${at}.`,
      );
  }
}
