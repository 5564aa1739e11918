// A small client for the REST endpoints the action's sinks use (comments, check runs), on plain
// fetch against GITHUB_API_URL, so GitHub Enterprise Server and a local test server work alike.

export interface ApiResponse<T = unknown> {
  status: number;
  ok: boolean;
  body: T;
  headers: Headers;
}

export class GitHubApi {
  readonly baseUrl: string;

  constructor(
    apiUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.baseUrl = apiUrl.replace(/\/+$/, '');
  }

  /** `route` is a path below the API (`/repos/…`) or an absolute URL on the same origin. */
  async request<T = unknown>(
    method: string,
    route: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> {
    const url = route.startsWith('/') ? `${this.baseUrl}${route}` : route;
    if (new URL(url).origin !== new URL(this.baseUrl).origin) {
      // Never send the token to another host, whatever a Link header says.
      throw new Error(`refusing to follow a link to another host (${new URL(url).origin})`);
    }
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'ai-vendor-gate',
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.fetchImpl(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: unknown = null;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return {
      status: response.status,
      ok: response.ok,
      body: parsed as T,
      headers: response.headers,
    };
  }

  /** Every item of a list endpoint, following `Link: <…>; rel="next"` page by page. */
  async paginate<T>(route: string, maxPages = 100): Promise<ApiResponse<T[]>> {
    const items: T[] = [];
    let next: string | undefined = route;
    let last: ApiResponse<unknown> | undefined;
    for (let page = 0; next !== undefined && page < maxPages; page++) {
      last = await this.request<unknown>('GET', next);
      if (!last.ok) return { ...last, body: [] };
      if (Array.isArray(last.body)) items.push(...(last.body as T[]));
      next = nextLink(last.headers.get('link'));
    }
    return {
      status: last?.status ?? 0,
      ok: true,
      body: items,
      headers: last?.headers ?? new Headers(),
    };
  }
}

/** The `rel="next"` target of a Link header (RFC 8288), if any. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(^|;)\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/.test(match[2])) {
      return match[1];
    }
  }
  return undefined;
}

/** The status of a failed request, as a log line would say it. */
export function describeFailure(response: ApiResponse): string {
  const message =
    response.body !== null && typeof response.body === 'object' && 'message' in response.body
      ? String((response.body as { message: unknown }).message)
      : '';
  return message ? `HTTP ${response.status} (${message})` : `HTTP ${response.status}`;
}
