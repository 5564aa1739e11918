// Where the registry comes from: a path, or github:OWNER/REPO/PATH@REF through the contents API
// (GitHub Enterprise Server works the same through GITHUB_API_URL), on the one GitHub client.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GateError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/status.js';
import { REGISTRY_LIMITS } from '../load/documents.js';

export interface GithubSource {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

export interface FetchedRegistry {
  source: string;
  /** Display path for locations: repo-relative for a local file, the source for a remote one. */
  file: string;
  bytes: Uint8Array;
  /** Absolute path of a local registry (for confinement and base-commit checks). */
  localPath?: string;
  /** Blob sha of a remote registry, for the gate record. */
  blobSha?: string;
}

const GITHUB_SOURCE = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@(.+)$/;

export function parseGithubSource(source: string): GithubSource | undefined {
  const match = GITHUB_SOURCE.exec(source);
  if (!match) return undefined;
  const [, owner, repo, file, ref] = match;
  if (file.split('/').some((part) => part === '..' || part === '')) return undefined;
  return { owner, repo, path: file, ref };
}

export function isGithubSource(source: string): boolean {
  return source.startsWith('github:');
}

export interface ApiOptions {
  apiUrl?: string;
  token?: string;
  fetchImpl?: typeof fetch;
  /** An existing client (the action's), so every call shares its limits and deadlines. */
  client?: GitHubClient;
}

/** What the contents API says is at a path (a symlink is not followed here). */
export type ContentsEntry =
  | { type: 'file'; bytes: Uint8Array; blobSha?: string; path: string }
  | { type: 'symlink'; target: string; path: string }
  | { type: 'dir' }
  | { type: 'submodule' };

interface ContentsBody {
  type?: unknown;
  content?: unknown;
  encoding?: unknown;
  sha?: unknown;
  size?: unknown;
  target?: unknown;
  path?: unknown;
}

export async function clientFor(api: ApiOptions): Promise<GitHubClient> {
  if (api.client) return api.client;
  // Octokit is a large part of the bundle: loaded only when something is read through the API.
  const { createGitHubClient } = await import('../github/client.js');
  return createGitHubClient({
    ...(api.apiUrl ? { apiUrl: api.apiUrl } : {}),
    ...(api.token ? { token: api.token } : {}),
    ...(api.fetchImpl ? { fetch: api.fetchImpl } : {}),
  });
}

/** `a/b c.yml` → `a/b%20c.yml`: each segment encoded, the separators kept. */
export function encodeRepoPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=REF`: the entry at the path, or null when the
 * API answers 404 (absent, or hidden from the token). Other failures are a GateError.
 */
export async function readContentsEntry(
  target: GithubSource,
  api: ApiOptions,
  maxBytes: number = REGISTRY_LIMITS.maxBytes,
): Promise<ContentsEntry | null> {
  const client = await clientFor(api);
  const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
  let data: unknown;
  try {
    // The path is encoded here, segment by segment: the route template would turn `/` into %2F.
    const response = await client.request(
      `GET /repos/{owner}/{repo}/contents/${encodeRepoPath(target.path)}`,
      { owner: target.owner, repo: target.repo, ref: target.ref },
    );
    data = response.data;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return null;
    throw new GateError(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
  }
  if (Array.isArray(data)) return { type: 'dir' };
  const body: ContentsBody = data !== null && typeof data === 'object' ? data : {};
  const path = typeof body.path === 'string' ? body.path : target.path;
  if (body.type === 'symlink') {
    if (typeof body.target !== 'string') {
      throw new GateError(`The registry ${where} is a symbolic link the API did not describe.`);
    }
    return { type: 'symlink', target: body.target, path };
  }
  if (body.type === 'dir') return { type: 'dir' };
  if (body.type === 'submodule') return { type: 'submodule' };
  if (body.type !== undefined && body.type !== 'file') {
    throw new GateError(`The registry ${where} is not a file.`);
  }
  const size = typeof body.size === 'number' ? body.size : 0;
  if (size > maxBytes) {
    throw new GateError(
      `The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`,
    );
  }
  const blobSha = typeof body.sha === 'string' ? body.sha : undefined;
  let content = body.content;
  let encoding = body.encoding;
  if (encoding === 'none' && blobSha !== undefined) {
    // Files over 1 MB come without content: the blob API has it.
    const blob = await client
      .request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner: target.owner,
        repo: target.repo,
        file_sha: blobSha,
      })
      .catch((error: unknown) => {
        throw new GateError(`The registry ${where} could not be fetched: ${failureReason(error)}.`);
      });
    content = blob.data.content;
    encoding = blob.data.encoding;
  }
  if (encoding !== 'base64' || typeof content !== 'string') {
    throw new GateError(
      `The registry ${where} could not be fetched: the API returned no file content.`,
    );
  }
  const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  if (bytes.length > maxBytes) {
    throw new GateError(
      `The registry ${where} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`,
    );
  }
  return { type: 'file', bytes, path, ...(blobSha ? { blobSha } : {}) };
}

/** Read a file at a ref through the contents API; the raw bytes and the blob sha. */
export async function fetchContents(
  target: GithubSource,
  api: ApiOptions,
): Promise<{ bytes: Uint8Array; blobSha?: string }> {
  const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
  const entry = await readContentsEntry(target, api);
  if (entry === null) {
    throw new GateError(
      `The registry ${where} could not be fetched: it does not exist or the token cannot read it.`,
    );
  }
  if (entry.type !== 'file') throw new GateError(`The registry ${where} is not a file.`);
  return { bytes: entry.bytes, ...(entry.blobSha ? { blobSha: entry.blobSha } : {}) };
}

/** Why a request failed, in words (never the library's message, which may quote a URL). */
export function failureReason(error: unknown): string {
  const status = statusOf(error);
  if (status === undefined || status === 500) {
    // RequestError uses 500 for network failures and timeouts too.
    return 'the GitHub API did not answer';
  }
  if (status === 401 || status === 403) return 'the token is not allowed to read it';
  if (status === 404) return 'it does not exist or the token cannot read it';
  if (status === 429) return 'the GitHub API rate limit was exceeded';
  return `the API answered ${status}`;
}

export async function readLocalFile(
  file: string,
  label: string,
  maxBytes: number,
): Promise<Uint8Array> {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new GateError(`The ${label} ${file} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GateError(
      code === 'ENOENT'
        ? `The ${label} ${file} does not exist.`
        : `The ${label} ${file} cannot be read.`,
    );
  }
  if (size > maxBytes) {
    throw new GateError(
      `The ${label} ${file} is larger than the ${maxBytes / (1024 * 1024)} MiB limit.`,
    );
  }
  try {
    return readFileSync(file);
  } catch {
    throw new GateError(`The ${label} ${file} cannot be read.`);
  }
}

export async function readRegistrySource(
  source: string,
  options: {
    root: string;
    cwd: string;
    api: ApiOptions;
    displayPath: (root: string, file: string) => string;
  },
): Promise<FetchedRegistry> {
  if (isGithubSource(source)) {
    const target = parseGithubSource(source);
    if (!target) {
      throw new GateError(
        `The registry source ${source} is not of the form github:OWNER/REPO/PATH@REF.`,
      );
    }
    const { bytes, blobSha } = await fetchContents(target, options.api);
    return { source, file: source, bytes, blobSha };
  }
  const localPath = path.resolve(options.cwd, source);
  const bytes = await readLocalFile(localPath, 'registry', REGISTRY_LIMITS.maxBytes);
  return { source, file: options.displayPath(options.root, localPath), bytes, localPath };
}

/** How the record names the registry's source: a path, or repo, path, ref and blob sha. */
export function registrySourceInfo(fetched: FetchedRegistry): {
  path?: string;
  repo?: string;
  ref?: string;
  blobSha?: string;
} {
  const remote = parseGithubSource(fetched.source);
  if (!remote) return { path: fetched.file };
  return {
    repo: `${remote.owner}/${remote.repo}`,
    path: remote.path,
    ref: remote.ref,
    ...(fetched.blobSha ? { blobSha: fetched.blobSha } : {}),
  };
}
