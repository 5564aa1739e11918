// Where the action runs: the workspace, the repository, the API, and what the triggering event
// says about the pull request or merge group (read from GITHUB_EVENT_PATH).
import { readFileSync } from 'node:fs';
import type { Env } from './inputs.js';

/** Events whose base commit holds the registry that counts (SPEC 7). */
export const BASE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const;

export interface PullRequestInfo {
  number: number;
  headSha?: string;
  /** true when the head branch lives in another repository (its token is read-only). */
  fromFork: boolean;
}

export interface ActionContext {
  workspace: string;
  /** owner/name, when known. */
  repository?: string;
  apiUrl: string;
  eventName: string;
  /** pull_request, pull_request_target or merge_group: a repo registry is read from the base. */
  isBaseEvent: boolean;
  /** The base commit of a pull request or merge group. */
  baseSha?: string;
  pullRequest?: PullRequestInfo;
  /** The commit the check run belongs to: the PR head, else GITHUB_SHA. */
  headSha?: string;
}

interface EventPayload {
  pull_request?: {
    number?: unknown;
    base?: { sha?: unknown; repo?: { full_name?: unknown } };
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  };
  merge_group?: { base_sha?: unknown; head_sha?: unknown };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function readContext(env: Env, cwd = process.cwd()): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const sha = (value: unknown): string | undefined =>
    typeof value === 'string' && SHA.test(value) ? value : undefined;
  const repository = env.GITHUB_REPOSITORY;

  const isBaseEvent = (BASE_EVENTS as readonly string[]).includes(eventName);
  const context: ActionContext = {
    workspace: env.GITHUB_WORKSPACE || cwd,
    ...(repository && REPOSITORY.test(repository) ? { repository } : {}),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    isBaseEvent,
  };
  const pr = payload.pull_request;
  if (isBaseEvent && eventName !== 'merge_group' && pr) {
    context.baseSha = sha(pr.base?.sha);
    const headSha = sha(pr.head?.sha);
    if (typeof pr.number === 'number' && Number.isSafeInteger(pr.number) && pr.number > 0) {
      const head = pr.head?.repo?.full_name;
      const base = pr.base?.repo?.full_name;
      context.pullRequest = {
        number: pr.number,
        ...(headSha ? { headSha } : {}),
        fromFork: typeof head !== 'string' || head !== base,
      };
    }
    context.headSha = headSha ?? sha(env.GITHUB_SHA);
  } else if (eventName === 'merge_group') {
    context.baseSha = sha(payload.merge_group?.base_sha);
    context.headSha = sha(payload.merge_group?.head_sha) ?? sha(env.GITHUB_SHA);
  } else {
    context.headSha = sha(env.GITHUB_SHA);
  }
  return context;
}

/** Debug logging is on (re-run with debug logging, or the ACTIONS_STEP_DEBUG secret). */
export function isDebug(env: Env): boolean {
  return env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true';
}

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as EventPayload) : {};
  } catch {
    return {};
  }
}
