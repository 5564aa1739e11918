// The one GitHub client: Octokit (the library @actions/github wraps) with the retry and
// throttling plugins, so rate limits (primary, secondary, `retry-after`, `x-ratelimit-reset`)
// and transient errors are the library's job. Built on @octokit/core rather than
// @actions/github so that the CLI and the core never import `@actions/*`; the action, the
// history branch, `github:` registries, the organization sweep and `remind` all use it.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

const GateOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GateOctokit>;

export interface ClientOptions {
  /** GITHUB_API_URL; GitHub Enterprise Server and a local test server work alike. */
  apiUrl?: string;
  token?: string;
  /** Per request, milliseconds. */
  timeoutMs?: number;
  /** How often a rate-limited request is tried again before it fails. */
  rateLimitRetries?: number;
  /** Longest wait for a rate limit, seconds; a longer one fails instead of stalling the job. */
  maxRateLimitWaitSeconds?: number;
  /** Where rate-limit waits are reported (escaped by the caller's output boundary). */
  onWait?: (message: string) => void;
  fetch?: typeof fetch;
  /**
   * Least time between two writes (POST, PATCH, PUT, DELETE) of this client, and between two
   * that notify people (comments, issues). GitHub asks for about a second, and three for those
   * that notify, to stay clear of secondary rate limits (the throttling plugin's defaults, shared
   * by every client of the process); a test server can take them faster.
   */
  writeSpacingMs?: number;
  /** Milliseconds per second of `retry-after` (tests shrink the wait; default 1000). */
  retryAfterUnitMs?: number;
}

export const DEFAULT_API_URL = 'https://api.github.com';
/** 421 Misdirected Request: what the client answers itself for a URL off the API's origin. */
export const REFUSED_STATUS = 421;

export function apiUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * A fetch that never sends the token to another origin than the API's (a Link header or a
 * hostile redirect cannot take it elsewhere; fetch drops authorization on cross-origin
 * redirects itself) and that gives every request a deadline.
 */
function guardedFetch(apiUrl: string, timeoutMs: number, base: typeof fetch): typeof fetch {
  const origin = new URL(apiUrl).origin;
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) {
      // An answer, not a thrown error: Octokit would report a throw as a 500 and retry it.
      return Promise.resolve(
        new Response(
          JSON.stringify({
            message: `refused to send the request to another host than the API's (${url.origin})`,
          }),
          { status: REFUSED_STATUS, headers: { 'content-type': 'application/json' } },
        ),
      );
    }
    const signal = init?.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    return base(input, { ...init, signal });
  };
}

/**
 * A 429 is waited out here, as `retry-after` (or `x-ratelimit-reset`) says: the throttling
 * plugin only recognizes a 429 whose message names a secondary rate limit, and the retry plugin
 * would retry it on its own schedule, too early. Bounded in count and in wait.
 */
function waitingOut429(
  base: typeof fetch,
  retries: number,
  maxWaitSeconds: number,
  unitMs: number,
  onWait: ((message: string) => void) | undefined,
): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await base(input, init);
      if (response.status !== 429 || attempt >= retries) return response;
      const seconds = waitSeconds(response.headers, attempt);
      if (seconds > maxWaitSeconds) return response;
      await response.body?.cancel().catch(() => undefined);
      onWait?.(`GitHub answered 429 (too many requests): waiting ${seconds} s.`);
      await new Promise((resolve) => setTimeout(resolve, seconds * unitMs));
    }
  };
}

/** Seconds to wait before trying again: `retry-after`, else until the reset, else 1, 2, 4… */
export function waitSeconds(headers: Headers, attempt: number, now = Date.now()): number {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
  if (retryAfter !== null) {
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  const reset = headers.get('x-ratelimit-reset');
  if (reset !== null && /^\d+$/.test(reset.trim())) {
    return Math.max(0, Number(reset.trim()) - Math.floor(now / 1000) + 1);
  }
  return 2 ** attempt;
}

export function createGitHubClient(options: ClientOptions = {}): GitHubClient {
  const apiUrl = (options.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, '');
  const retries = options.rateLimitRetries ?? 4;
  const maxWait = options.maxRateLimitWaitSeconds ?? 600;
  const onLimit =
    (kind: string) =>
    (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
      if (count >= retries || after > maxWait) return false;
      options.onWait?.(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: waiting ${after} s.`,
      );
      return true;
    };
  const unitMs = options.retryAfterUnitMs ?? 1000;
  const guarded = guardedFetch(apiUrl, options.timeoutMs ?? 30_000, options.fetch ?? fetch);
  return new GateOctokit({
    baseUrl: apiUrl,
    auth: options.token || undefined,
    userAgent: 'ai-vendor-gate',
    request: {
      fetch: waitingOut429(guarded, retries, maxWait, unitMs, options.onWait),
    },
    // Octokit's default logger writes to the console; our output boundary owns every byte.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: unitMs,
      ...(options.writeSpacingMs === undefined
        ? {}
        : {
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
            notifications: new Bottleneck.Group({
              maxConcurrent: 1,
              minTime: options.writeSpacingMs,
            }),
          }),
    },
    // 429 is waited out in the fetch layer (waitingOut429); what comes back is final.
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, REFUSED_STATUS, 422, 429, 451] },
  });
}
