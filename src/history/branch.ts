// Appends a record to `history.jsonl` on a history branch through GitHub's REST API, with
// optimistic concurrency: read the file and its blob sha, chain the record to the last line,
// write with that sha; on a conflict read again and retry, so concurrent runs lose no record.
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { statusOf } from '../github/status.js';
import { singleLine } from '../report/escape.js';
import { lastRecordHash } from './chain.js';
import { canonicalJson, type GateRecord, rechain, serializeRecord } from './record.js';

export interface HistoryBranchOptions {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  apiUrl: string;
  token: string;
  /** owner/name. */
  repository: string;
  branch: string;
  /** The record to chain (rehashed on every attempt), or a builder given `previous`. */
  record: GateRecord | ((previous: string | null) => GateRecord);
  /** File on the branch; default `history.jsonl`. */
  path?: string;
  fetchImpl?: typeof fetch;
  /** The caller's GitHub client (the action's); else one is made from apiUrl and token. */
  client?: GitHubClient;
  /** In [0, 1); jitter of the back-off. Default Math.random. */
  random?: () => number;
  /** Default 10. */
  maxAttempts?: number;
  /** First back-off ceiling; doubles per attempt (full jitter). Default 250 ms. */
  baseDelayMs?: number;
  /** Largest back-off ceiling. Default 8000 ms. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type HistoryBranchResult =
  | { ok: true; attempts: number; previous: string | null; record: GateRecord }
  | { ok: false; status: number; reason: string };

type Step =
  | { kind: 'done'; previous: string | null; record: GateRecord }
  | { kind: 'retry'; status: number; reason: string; retryAfterMs?: number }
  | { kind: 'fatal'; status: number; reason: string };

interface ApiResponse {
  status: number;
  body: unknown;
  retryAfterMs?: number;
}

/** Status codes worth another attempt: conflicts, stale sha, rate limits, server errors. */
const RETRY = new Set([409, 422, 429, 500, 502, 503, 504]);
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export async function appendToHistoryBranch(
  opts: HistoryBranchOptions,
): Promise<HistoryBranchResult> {
  if (
    !REPOSITORY.test(opts.repository) ||
    opts.repository.split('/').some((p) => /^\.+$/.test(p))
  ) {
    return {
      ok: false,
      status: 0,
      reason: `"${opts.repository}" is not an OWNER/NAME repository.`,
    };
  }
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
  const random = opts.random ?? Math.random;
  const base = opts.baseDelayMs ?? 250;
  const cap = opts.maxDelayMs ?? 8000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const api = new HistoryApi(opts);
  const build =
    typeof opts.record === 'function'
      ? opts.record
      : (previous: string | null) => rechain(opts.record as GateRecord, previous);

  let checkWritten = false;
  let last: Step = { kind: 'fatal', status: 0, reason: 'No attempt was made.' };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    last = await attemptOnce(api, opts, build, checkWritten);
    if (last.kind === 'done') {
      return { ok: true, attempts: attempt, previous: last.previous, record: last.record };
    }
    if (last.kind === 'fatal') return { ok: false, status: last.status, reason: last.reason };
    // A write may have gone through even when its answer said otherwise (a retried request
    // that met its own first write): every later attempt looks for the record first.
    checkWritten = true;
    if (attempt < maxAttempts) {
      const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
      await sleep(Math.max(last.retryAfterMs ?? 0, Math.floor(random() * ceiling)));
    }
  }
  return {
    ok: false,
    status: last.status,
    reason: `Gave up after ${maxAttempts} attempts; the last one failed: ${last.reason}`,
  };
}

async function attemptOnce(
  api: HistoryApi,
  opts: HistoryBranchOptions,
  build: (previous: string | null) => GateRecord,
  checkAlreadyWritten: boolean,
): Promise<Step> {
  const path = opts.path ?? 'history.jsonl';
  const contentsPath = `contents/${encodePath(path)}`;
  const got = await api.call('GET', contentsPath, { ref: opts.branch });
  if (got.status === 200) {
    const file = await readFileBody(api, got.body);
    if (typeof file === 'string') return { kind: 'fatal', status: 200, reason: file };
    return write(api, opts, contentsPath, file.text, file.sha, build, checkAlreadyWritten);
  }
  if (got.status !== 404) return failure('GET', contentsPath, got);

  // No file: is the branch missing too?
  const ref = await api.call('GET', `git/ref/heads/${encodePath(opts.branch)}`);
  if (ref.status === 200) {
    return write(api, opts, contentsPath, '', null, build, checkAlreadyWritten);
  }
  if (ref.status !== 404) return failure('GET', 'git/ref', ref);
  return createOrphanBranch(api, opts, path, build);
}

async function write(
  api: HistoryApi,
  opts: HistoryBranchOptions,
  contentsPath: string,
  text: string,
  sha: string | null,
  build: (previous: string | null) => GateRecord,
  checkAlreadyWritten: boolean,
): Promise<Step> {
  let previous: string | null;
  try {
    previous = lastRecordHash(text);
  } catch (error) {
    return { kind: 'fatal', status: 0, reason: (error as Error).message };
  }
  const record = build(previous);
  if (checkAlreadyWritten) {
    // A previous attempt may have succeeded without us hearing back.
    const written = findWritten(text, record);
    if (written !== undefined) return { kind: 'done', ...written };
  }
  const separator = text !== '' && !text.endsWith('\n') ? '\n' : '';
  const body: Record<string, unknown> = {
    message: commitMessage(record),
    content: Buffer.from(`${text}${separator}${serializeRecord(record)}\n`, 'utf8').toString(
      'base64',
    ),
    branch: opts.branch,
  };
  if (sha !== null) body.sha = sha;
  const put = await api.call('PUT', contentsPath, body);
  if (put.status === 200 || put.status === 201) return { kind: 'done', previous, record };
  return failure('PUT', contentsPath, put);
}

/** Builds the branch from nothing: a commit with no parents holding only the history. */
async function createOrphanBranch(
  api: HistoryApi,
  opts: HistoryBranchOptions,
  path: string,
  build: (previous: string | null) => GateRecord,
): Promise<Step> {
  const record = build(null);
  const blob = await api.call('POST', 'git/blobs', {
    content: Buffer.from(`${serializeRecord(record)}\n`, 'utf8').toString('base64'),
    encoding: 'base64',
  });
  if (blob.status !== 201) return failure('POST', 'git/blobs', blob);
  const tree = await api.call('POST', 'git/trees', {
    tree: [{ path, mode: '100644', type: 'blob', sha: stringField(blob.body, 'sha') }],
  });
  if (tree.status !== 201) return failure('POST', 'git/trees', tree);
  const commit = await api.call('POST', 'git/commits', {
    message: commitMessage(record),
    tree: stringField(tree.body, 'sha'),
    parents: [],
  });
  if (commit.status !== 201) return failure('POST', 'git/commits', commit);
  const ref = await api.call('POST', 'git/refs', {
    ref: `refs/heads/${opts.branch}`,
    sha: stringField(commit.body, 'sha'),
  });
  // 422 "Reference already exists": another run created the branch first; read it and retry.
  if (ref.status === 201) return { kind: 'done', previous: null, record };
  return failure('POST', 'git/refs', ref);
}

/** The file's text from a contents response; files over 1 MB come through the blobs API. */
async function readFileBody(
  api: HistoryApi,
  body: unknown,
): Promise<{ text: string; sha: string } | string> {
  const sha = stringField(body, 'sha');
  if (sha === '') return 'The contents API returned no blob sha for the history file.';
  let content = stringField(body, 'content');
  let encoding = stringField(body, 'encoding');
  if (encoding !== 'base64') {
    const blob = await api.call('GET', `git/blobs/${encodeURIComponent(sha)}`);
    if (blob.status !== 200) return `Reading the history blob failed with status ${blob.status}.`;
    content = stringField(blob.body, 'content');
    encoding = stringField(blob.body, 'encoding');
    if (encoding !== 'base64') return 'The history blob did not come back as base64.';
  }
  return { text: Buffer.from(content, 'base64').toString('utf8'), sha };
}

/** The record already on the branch when an earlier attempt's write went through unheard. */
function findWritten(
  text: string,
  record: GateRecord,
): { previous: string | null; record: GateRecord } | undefined {
  const key = bodyKey(record);
  for (const line of text.split('\n')) {
    try {
      const existing = JSON.parse(line) as GateRecord;
      if (bodyKey(existing) === key) return { previous: existing.previous, record: existing };
    } catch {
      // not a record: not ours
    }
  }
  return undefined;
}

function bodyKey(record: GateRecord): string {
  const body: Partial<GateRecord> = { ...record };
  delete body.previous;
  delete body.sha256;
  return canonicalJson(body);
}

function commitMessage(record: GateRecord): string {
  const commit = record.sha === null ? '' : ` at ${record.sha.slice(0, 12)}`;
  return singleLine(`ai-vendor-gate: record ${record.decision}${commit} [skip ci]`);
}

function failure(method: string, what: string, response: ApiResponse): Step {
  const detail = stringField(response.body, 'message');
  const reason = singleLine(
    `GitHub answered ${response.status} to ${method} ${what.replace(/\?.*$/, '')}${
      detail === '' ? '' : `: ${detail.slice(0, 200)}`
    }`,
  ).replace(/\.?$/, '.');
  if (response.status === 0 || RETRY.has(response.status)) {
    return {
      kind: 'retry',
      status: response.status,
      reason,
      retryAfterMs: response.retryAfterMs,
    };
  }
  return { kind: 'fatal', status: response.status, reason };
}

function stringField(body: unknown, key: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The history's calls on the one GitHub client; never throws (a network failure is status 0). */
class HistoryApi {
  private readonly base: string;
  private readonly client: GitHubClient;

  constructor(opts: HistoryBranchOptions) {
    this.base = `/repos/${opts.repository}`;
    this.client =
      opts.client ??
      createGitHubClient({
        apiUrl: opts.apiUrl,
        token: opts.token,
        ...(opts.fetchImpl ? { fetch: opts.fetchImpl } : {}),
      });
  }

  /** `params` go to the query of a GET and to the JSON body of a write. */
  async call(
    method: string,
    path: string,
    params: Record<string, unknown> = {},
  ): Promise<ApiResponse> {
    try {
      // Owner, name and path are already encoded: no template variables, so every parameter
      // is data (a body key can never be taken for a URL part).
      const response = await this.client.request(`${method} ${this.base}/${path}`, params);
      return { status: response.status, body: response.data };
    } catch (error) {
      const status = statusOf(error);
      // Octokit reports a failed connection or a timeout as 500 without a response.
      const response = (
        error as { response?: { data?: unknown; headers?: Record<string, string> } }
      ).response;
      if (status === undefined || response === undefined) {
        return { status: 0, body: { message: 'the GitHub API did not answer' } };
      }
      const retryAfter = Number(response.headers?.['retry-after']);
      return {
        status,
        body: response.data ?? null,
        retryAfterMs:
          Number.isFinite(retryAfter) && retryAfter > 0
            ? Math.min(retryAfter, 60) * 1000
            : undefined,
      };
    }
  }
}
