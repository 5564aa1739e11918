// `org sweep`: every repository of an organization (one shard of it), each default branch read
// as a tarball through the API, extracted into a temporary tree and evaluated by `runGate`
// exactly as `check` evaluates a checkout, so the sweep and `check` cannot disagree. Bounded
// concurrency; rate limits and transient errors are the client's job; a repository that cannot
// be evaluated is recorded with decision `error` and the reason, never lost.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { GateError } from '../errors.js';
import { readRegistry, runGate, sha256, TOOL, type RegistryInput } from '../gate.js';
import type { GitHubClient } from '../github/client.js';
import type { Evidence } from '../model.js';
import {
  ArchiveLimitError,
  ArchiveUnreadableError,
  extractArchive,
  type ArchiveLimits,
  ARCHIVE_LIMITS,
} from './archive.js';
import { readDeclaredUses } from './declared.js';
import { compareRepositories, type Inventory, type InventoryRepository } from './inventory.js';
import { shardOf, type Shard } from './shard.js';

export const MANIFEST_PATH = '.github/ai-vendors.yml';
/** Evidence kept per repository in the inventory (the rest is counted). */
export const EVIDENCE_CAP = 2000;
const NAME = /^[A-Za-z0-9_.-]+$/;

export interface ListedRepository {
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface SweepOptions {
  client: GitHubClient;
  organization: string;
  registry: RegistryInput;
  now: string;
  shard: Shard;
  concurrency: number;
  limits?: ArchiveLimits;
  /** Parent of the temporary folder (default: the system's). */
  tempRoot?: string;
  /** Called as each repository finishes (progress on stderr). */
  onRepository?: (entry: InventoryRepository, done: number, total: number) => void;
}

export async function listRepositories(
  client: GitHubClient,
  organization: string,
): Promise<{ repositories: ListedRepository[]; archived: number }> {
  let listed;
  try {
    listed = await client.paginate('GET /orgs/{org}/repos', {
      org: organization,
      type: 'all',
      per_page: 100,
    });
  } catch (error) {
    throw new GateError(
      `The repositories of ${organization} could not be listed: ${describeError(error)}.`,
    );
  }
  const repositories: ListedRepository[] = [];
  let archived = 0;
  for (const repo of listed) {
    if (repo.archived || repo.disabled) {
      archived++;
      continue;
    }
    const owner = repo.owner?.login ?? organization;
    // Names come from the API; anything that is not a GitHub name is not fetched through a URL.
    if (!NAME.test(owner) || !NAME.test(repo.name)) continue;
    repositories.push({ owner, name: repo.name, defaultBranch: repo.default_branch ?? 'main' });
  }
  return { repositories, archived };
}

/** A client error in a few words: the status the API gave, or what went wrong on the way. */
export function describeError(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status > 0) {
    return status === 404
      ? 'the API answered 404 (no such repository or branch, or the token cannot read it)'
      : status === 401 || status === 403
        ? `the API answered ${status} (the token is not allowed, or a rate limit outlasted the retries)`
        : `the API answered ${status}`;
  }
  if (error instanceof ArchiveLimitError || error instanceof ArchiveUnreadableError) {
    return error.message;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'the request timed out';
  return 'the API could not be reached';
}

async function downloadTarball(client: GitHubClient, repo: ListedRepository): Promise<Readable> {
  const response = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
    owner: repo.owner,
    repo: repo.name,
    ref: repo.defaultBranch,
    // Stream the body to the extractor instead of buffering the whole archive.
    request: { parseSuccessResponseBody: false },
  });
  const body = response.data as unknown;
  if (body instanceof Readable) return body;
  if (body && typeof (body as WebReadableStream).getReader === 'function') {
    return Readable.fromWeb(body as WebReadableStream);
  }
  if (body instanceof ArrayBuffer) return Readable.from([Buffer.from(body)]);
  throw new ArchiveLimitError('the API returned no archive');
}

function errorEntry(repo: ListedRepository, reason: string, sha: string | null = null) {
  const entry: InventoryRepository = {
    repository: `${repo.owner}/${repo.name}`,
    ref: repo.defaultBranch,
    sha,
    decision: 'error',
    manifest: false,
    summary: { errors: 0, warnings: 0, notes: 0 },
    vendors: [],
    findings: [],
    reason,
  };
  return entry;
}

/** Evaluate one repository; never throws (a failure is an `error` record). */
export async function sweepRepository(
  repo: ListedRepository,
  options: Pick<SweepOptions, 'client' | 'registry' | 'now' | 'limits'> & { workDir: string },
): Promise<InventoryRepository> {
  const fullName = `${repo.owner}/${repo.name}`;
  const root = path.join(options.workDir, `${repo.owner}--${repo.name}`);
  // A dropped connection or an archive that reads as empty is transient: up to two more tries
  // (HTTP errors are retried by the client already).
  for (let attempt = 1; ; attempt++) {
    await rm(root, { recursive: true, force: true });
    await mkdir(root);
    try {
      const archive = await downloadTarball(options.client, repo);
      const extracted = await extractArchive(archive, root, options.limits ?? ARCHIVE_LIMITS);
      const declared = await readDeclaredUses(
        path.join(root, ...MANIFEST_PATH.split('/')),
        MANIFEST_PATH,
      );
      const result = await runGate({
        root,
        manifestPath: MANIFEST_PATH,
        registry: options.registry,
        scan: true,
        now: options.now,
        failOn: 'error',
        repository: fullName,
      });
      const { report } = result;
      const vendors = new Set<string>(report.evidence.map((e) => e.vendor));
      for (const use of declared.declared ?? []) {
        vendors.add(use.vendor);
        if (use.via) vendors.add(use.via);
      }
      const byReason: Record<string, number> = {};
      for (const skip of extracted.skipped)
        byReason[skip.reason] = (byReason[skip.reason] ?? 0) + 1;
      const unlisted = extracted.skippedCount - extracted.skipped.length;
      if (unlisted > 0) byReason.other = (byReason.other ?? 0) + unlisted;
      for (const [reason, count] of Object.entries(report.scan?.skippedByReason ?? {})) {
        byReason[reason] = (byReason[reason] ?? 0) + (count ?? 0);
      }
      const skippedCount = extracted.skippedCount + (report.scan?.skippedCount ?? 0);
      const evidence: Evidence[] = report.evidence.slice(0, EVIDENCE_CAP);
      const entry: InventoryRepository = {
        repository: fullName,
        ref: repo.defaultBranch,
        sha: extracted.sha,
        decision: report.decision,
        manifest: declared.present,
        summary: report.summary,
        vendors: [...vendors].sort(),
        findings: report.findings,
        ...(declared.owner !== undefined ? { owner: declared.owner } : {}),
        ...(declared.declared ? { declared: declared.declared } : {}),
        ...(declared.text !== undefined
          ? { manifestText: declared.text, manifestPath: MANIFEST_PATH }
          : {}),
        evidence,
        ...(report.evidence.length > EVIDENCE_CAP ? { evidenceTruncated: true } : {}),
        ...(skippedCount > 0
          ? {
              skipped: {
                count: skippedCount,
                byReason,
                examples: [
                  ...extracted.skipped,
                  ...(report.skipped ?? []).map((s) => ({ file: s.file, reason: s.reason })),
                ].slice(0, 20),
              },
            }
          : {}),
      };
      return entry;
    } catch (error) {
      const transient =
        !(error instanceof ArchiveLimitError) &&
        !(error instanceof GateError) &&
        typeof (error as { status?: unknown }).status !== 'number';
      if (transient && attempt < 3) continue;
      if (error instanceof GateError) return errorEntry(repo, error.message.replace(/\.$/, ''));
      return errorEntry(repo, `the default branch could not be read: ${describeError(error)}`);
    } finally {
      await rm(root, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** Run `work` over `items` with at most `limit` at a time, results in input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function sweepOrganization(options: SweepOptions): Promise<Inventory> {
  // An unusable registry stops the sweep before any repository is read (exit 2).
  const registryDocument = (await readRegistry(options.registry)).data;
  const { repositories } = await listRepositories(options.client, options.organization);
  const mine = repositories
    .filter((r) => shardOf(`${r.owner}/${r.name}`, options.shard.count) === options.shard.index)
    .sort((a, b) =>
      compareRepositories(
        { repository: `${a.owner}/${a.name}` },
        { repository: `${b.owner}/${b.name}` },
      ),
    );
  const workDir = await mkdtemp(path.join(options.tempRoot ?? tmpdir(), 'ai-vendor-gate-sweep-'));
  let done = 0;
  try {
    const entries = await mapBounded(mine, options.concurrency, async (repo) => {
      const entry = await sweepRepository(repo, { ...options, workDir });
      options.onRepository?.(entry, ++done, mine.length);
      return entry;
    });
    return {
      schemaVersion: 1,
      organization: options.organization,
      now: options.now,
      registry: {
        source: options.registry.source,
        sha256: sha256(options.registry.bytes),
      },
      repositories: entries.sort(compareRepositories),
      shard: options.shard,
      registryDocument,
      tool: { ...TOOL },
    };
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
