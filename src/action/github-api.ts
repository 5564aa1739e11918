// The action's sinks (check run, PR comment) call GitHub through the one client
// (src/github/client.ts): these helpers only turn Octokit's thrown errors into answers a sink can
// weigh (a 403 is a missing permission to report, not a crash).
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/status.js';

export interface ApiResponse<T = unknown> {
  /** 0 when GitHub did not answer (network failure, timeout). */
  status: number;
  ok: boolean;
  body: T;
}

/**
 * `method` on `path` below the API (`/repos/…`, already encoded): `params` go to the query of
 * a GET and to the JSON body of a write. Never throws for an HTTP status.
 */
export async function call<T = unknown>(
  client: GitHubClient,
  method: string,
  path: string,
  params: Record<string, unknown> = {},
): Promise<ApiResponse<T>> {
  try {
    const response = await client.request(`${method} ${path}`, params);
    return { status: response.status, ok: true, body: response.data as T };
  } catch (error) {
    return failed<T>(error);
  }
}

/** Every item of a list endpoint, page by page (Octokit follows `Link: rel="next"`). */
export async function listAll<T>(
  client: GitHubClient,
  path: string,
  params: Record<string, unknown> = {},
): Promise<ApiResponse<T[]>> {
  try {
    const items = (await client.paginate(`GET ${path}`, { per_page: 100, ...params })) as T[];
    return { status: 200, ok: true, body: items };
  } catch (error) {
    return failed<T[]>(error, [] as T[]);
  }
}

function failed<T>(error: unknown, empty: unknown = null): ApiResponse<T> {
  const response = (error as { response?: { data?: unknown } }).response;
  const status = response === undefined ? 0 : (statusOf(error) ?? 0);
  return { status, ok: false, body: (response?.data ?? empty) as T };
}

/** The status of a failed request, as a log line would say it. */
export function describeFailure(response: ApiResponse): string {
  if (response.status === 0) return 'no answer from the GitHub API';
  const message =
    response.body !== null && typeof response.body === 'object' && 'message' in response.body
      ? String((response.body as { message: unknown }).message).slice(0, 200)
      : '';
  return message ? `HTTP ${response.status} (${message})` : `HTTP ${response.status}`;
}
