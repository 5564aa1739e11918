// Where the registry comes from: a path, or github:OWNER/REPO/PATH@REF through the contents API
// (GitHub Enterprise Server works the same through GITHUB_API_URL).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
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
}

/** Read a file at a ref through the contents API; the raw bytes and the blob sha. */
export async function fetchContents(
  target: GithubSource,
  api: ApiOptions,
): Promise<{ bytes: Uint8Array; blobSha?: string }> {
  const base = (api.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const encodedPath = target.path.split('/').map(encodeURIComponent).join('/');
  const url = `${base}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/contents/${encodedPath}?ref=${encodeURIComponent(target.ref)}`;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'ai-vendor-gate',
  };
  if (api.token) headers.authorization = `Bearer ${api.token}`;
  const where = `${target.owner}/${target.repo}/${target.path}@${target.ref}`;
  let response: Response;
  try {
    response = await (api.fetchImpl ?? fetch)(url, {
      headers,
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new GateError(
      `The registry ${where} could not be fetched: the GitHub API at ${base} did not answer.`,
    );
  }
  if (!response.ok) {
    const reason =
      response.status === 404
        ? 'it does not exist or the token cannot read it'
        : response.status === 401 || response.status === 403
          ? 'the token is not allowed to read it'
          : `the API answered ${response.status}`;
    throw new GateError(`The registry ${where} could not be fetched: ${reason}.`);
  }
  const body = (await response.json()) as {
    type?: string;
    content?: string;
    encoding?: string;
    sha?: string;
    size?: number;
  };
  if (body.type !== undefined && body.type !== 'file') {
    throw new GateError(`The registry ${where} is not a file.`);
  }
  if ((body.size ?? 0) > REGISTRY_LIMITS.maxBytes) {
    throw new GateError(`The registry ${where} is larger than the 5 MiB limit.`);
  }
  if (body.encoding !== 'base64' || typeof body.content !== 'string') {
    throw new GateError(
      `The registry ${where} could not be fetched: the API returned no file content.`,
    );
  }
  return { bytes: Buffer.from(body.content.replace(/\s+/g, ''), 'base64'), blobSha: body.sha };
}

export async function readLocalFile(
  file: string,
  label: string,
  maxBytes: number,
): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
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
    return await readFile(file);
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
