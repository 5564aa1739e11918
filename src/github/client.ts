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
}

export const DEFAULT_API_URL = 'https://api.github.com';

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
      return Promise.reject(
        new Error(`refusing to send a request to another host than the API's (${url.origin})`),
      );
    }
    const signal = init?.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    return base(input, { ...init, signal });
  };
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
  return new GateOctokit({
    baseUrl: apiUrl,
    auth: options.token || undefined,
    userAgent: 'ai-vendor-gate',
    request: {
      fetch: guardedFetch(apiUrl, options.timeoutMs ?? 30_000, options.fetch ?? fetch),
    },
    // Octokit's default logger writes to the console; our output boundary owns every byte.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
  });
}
