// A local GitHub: a real HTTP server on 127.0.0.1 that answers the REST endpoints the gate calls
// as GitHub documents them, so the client, its pagination, redirects, retries and rate-limit
// handling are exercised for real. Shared by the tests and the benchmarks; extend it with
// `route()` (the action's tests add check runs, comments and git data the same way).
//
// What it models:
// - authentication (`Authorization: token T` or `Bearer T`; anything else is a 401);
// - `Link` pagination (`per_page` up to 100, `page`), as `GET /orgs/{org}/repos` and
//   `GET /repos/{o}/{r}/issues` answer;
// - `GET /repos/{o}/{r}/tarball/{ref}`: a 302 to a second server on another port (another origin,
//   like codeload.github.com) that serves the gzip tarball with GitHub's top-level folder;
// - the contents API (base64 with an ETag), the issues API (list with `state`, create, update);
// - injected failures at the Nth request: a primary rate limit (403, `x-ratelimit-remaining: 0`,
//   `x-ratelimit-reset`), a secondary one (403 with `retry-after`), a 429, a 502;
// - a request log for assertions.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubTarball, type TarEntry } from './tarball.js';

export interface FakeRepo {
  owner: string;
  name: string;
  archived: boolean;
  private: boolean;
  default_branch: string;
  /** Commit of the default branch (40 hex digits). */
  sha: string;
  /** Files of the default branch. */
  files: Record<string, string | Buffer>;
  /** Raw tar entries added to the tarball (hostile archives), paths under the top folder. */
  extraEntries: TarEntry[];
  /** A tarball served as is instead of one built from `files`. */
  tarball?: Buffer;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  assignees: { login: string }[];
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Pull requests are issues too in the issues API; remind must skip them. */
  pull_request?: { url: string };
}

export type Failure = 'rate-limit' | 'secondary-rate-limit' | 'too-many-requests' | 'bad-gateway';

export interface LoggedRequest {
  server: 'api' | 'codeload';
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

export interface RouteContext {
  fake: FakeGitHub;
  req: IncomingMessage;
  url: URL;
  /** The pattern's capture groups, URL-decoded. */
  params: string[];
  body: unknown;
  send(status: number, answer?: unknown, headers?: Record<string, string>): void;
  /** Answers one page of `items` with GitHub's `Link` header. */
  paginate(items: unknown[]): void;
}

export type RouteHandler = (context: RouteContext) => void | Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

export interface FakeOptions {
  /** The accepted token (default `good-token`). */
  token?: string;
  /** Milliseconds added before every API answer (to overlap concurrent clients). */
  latencyMs?: number;
  /**
   * The user a personal token acts as: `GET /user` answers it and new issues are theirs. Unset,
   * the token is a workflow's: `GET /user` is 403 and new issues are `github-actions[bot]`'s.
   */
  tokenLogin?: string;
}

const FAILURES: Record<
  Failure,
  (now: number) => { status: number; headers: Record<string, string>; message: string }
> = {
  'rate-limit': (now) => ({
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(Math.ceil(now / 1000) + 1),
    },
    message: 'API rate limit exceeded for installation.',
  }),
  'secondary-rate-limit': () => ({
    status: 403,
    headers: { 'retry-after': '1' },
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  }),
  'too-many-requests': () => ({
    status: 429,
    headers: { 'retry-after': '1' },
    message: 'You have exceeded a secondary rate limit.',
  }),
  'bad-gateway': () => ({ status: 502, headers: {}, message: 'Server Error' }),
};

export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly issues = new Map<string, FakeIssue[]>();
  /** `owner/repo` → ref → path → bytes, for the contents API beyond the default branch. */
  readonly refFiles = new Map<string, Map<string, Map<string, Buffer>>>();
  readonly requests: LoggedRequest[] = [];
  url = '';
  codeloadUrl = '';
  options: FakeOptions;
  private readonly routes: Route[] = [];
  private readonly failures = new Map<number, Failure>();
  private apiCount = 0;
  private nextId = 5000;
  private clock = Date.parse('2026-11-29T12:00:00Z');
  private api: Server | undefined;
  private codeload: Server | undefined;

  constructor(options: FakeOptions = {}) {
    this.options = options;
    this.builtinRoutes();
  }

  get token(): string {
    return this.options.token ?? 'good-token';
  }

  /** The environment a CLI run needs to talk to this fake. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_TOKEN: this.token, ...extra };
  }

  async start(): Promise<string> {
    this.api = createServer((req, res) => void this.handleApi(req, res));
    this.codeload = createServer((req, res) => void this.handleCodeload(req, res));
    for (const server of [this.api, this.codeload]) {
      server.keepAliveTimeout = 1000;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    }
    this.url = `http://127.0.0.1:${(this.api.address() as AddressInfo).port}`;
    this.codeloadUrl = `http://127.0.0.1:${(this.codeload.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const server of [this.api, this.codeload]) {
      if (!server) continue;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Add a handler; routes added later win over earlier ones and the built-in ones. */
  route(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.routes.unshift({ method: method.toUpperCase(), pattern, handler });
  }

  /** Make the Nth API request from now (1 = the next one) fail with `failure`. */
  failAt(n: number, failure: Failure): void {
    this.failures.set(this.apiCount + n, failure);
  }

  addRepo(fullName: string, init: Partial<Omit<FakeRepo, 'owner' | 'name'>> = {}): FakeRepo {
    const [owner, name] = fullName.split('/');
    const repo: FakeRepo = {
      owner,
      name,
      archived: false,
      private: false,
      default_branch: 'main',
      sha: createHash('sha1').update(fullName).digest('hex'),
      files: {},
      extraEntries: [],
      ...init,
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  setFile(fullName: string, ref: string, path: string, content: string | Buffer): void {
    const refs = this.refFiles.get(fullName.toLowerCase()) ?? new Map();
    const files = refs.get(ref) ?? new Map<string, Buffer>();
    files.set(path, Buffer.from(content));
    refs.set(ref, files);
    this.refFiles.set(fullName.toLowerCase(), refs);
  }

  issuesOf(fullName: string): FakeIssue[] {
    const key = fullName.toLowerCase();
    const list = this.issues.get(key) ?? [];
    this.issues.set(key, list);
    return list;
  }

  addIssue(fullName: string, fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const list = this.issuesOf(fullName);
    const stamp = this.tick();
    const issue: FakeIssue = {
      id: this.nextId++,
      number: list.length + 1,
      body: '',
      state: 'open',
      labels: [],
      assignees: [],
      user: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: stamp,
      updated_at: stamp,
      closed_at: null,
      ...fields,
    };
    list.push(issue);
    return issue;
  }

  calls(method: string, pathPrefix = ''): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private builtinRoutes(): void {
    this.route('GET', /^\/orgs\/([^/]+)\/repos$/, ({ fake, params, paginate, send }) => {
      const org = params[0].toLowerCase();
      const repos = [...fake.repos.values()]
        .filter((r) => r.owner.toLowerCase() === org)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((r) => fake.repoJson(r));
      if (
        repos.length === 0 &&
        ![...fake.repos.values()].some((r) => r.owner.toLowerCase() === org)
      ) {
        send(404, { message: 'Not Found' });
        return;
      }
      paginate(repos);
    });
    this.route('GET', /^\/repos\/([^/]+)\/([^/]+)$/, ({ fake, params, send }) => {
      const repo = fake.repos.get(`${params[0]}/${params[1]}`.toLowerCase());
      if (repo) send(200, fake.repoJson(repo));
      else send(404, { message: 'Not Found' });
    });
    this.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/tarball(?:\/(.+))?$/, (context) => {
      const { fake, params, send } = context;
      const repo = fake.repos.get(`${params[0]}/${params[1]}`.toLowerCase());
      if (!repo) {
        send(404, { message: 'Not Found' });
        return;
      }
      const ref = params[2] || repo.default_branch;
      const target = `${fake.codeloadUrl}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}/legacy.tar.gz/${encodeURIComponent(ref)}`;
      send(302, undefined, { location: target });
    });
    this.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/, (context) => {
      const { fake, params, url, req, send } = context;
      const key = `${params[0]}/${params[1]}`.toLowerCase();
      const repo = fake.repos.get(key);
      const ref = url.searchParams.get('ref') ?? repo?.default_branch ?? 'main';
      const fromRef = fake.refFiles.get(key)?.get(ref)?.get(params[2]);
      const fromRepo =
        repo && (ref === repo.default_branch || ref === repo.sha)
          ? repo.files[params[2]]
          : undefined;
      const found = fromRef ?? fromRepo;
      if (found === undefined) {
        send(404, { message: 'Not Found' });
        return;
      }
      const content = Buffer.from(found);
      const sha = createHash('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
        .digest('hex');
      const etag = `"${sha}"`;
      if (req.headers['if-none-match'] === etag) {
        send(304, undefined, { etag });
        return;
      }
      send(
        200,
        {
          type: 'file',
          name: params[2].split('/').pop(),
          path: params[2],
          size: content.length,
          sha,
          encoding: 'base64',
          content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        },
        { etag },
      );
    });
    this.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/issues$/, ({ fake, params, url, paginate }) => {
      const state = url.searchParams.get('state') ?? 'open';
      const list = fake
        .issuesOf(`${params[0]}/${params[1]}`)
        .filter((i) => state === 'all' || i.state === state)
        // GitHub's default order: newest first.
        .sort((a, b) => b.number - a.number);
      paginate(list);
    });
    this.route('GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, ({ fake, params, send }) => {
      const issue = fake
        .issuesOf(`${params[0]}/${params[1]}`)
        .find((i) => i.number === Number(params[2]));
      if (issue) send(200, issue);
      else send(404, { message: 'Not Found' });
    });
    this.route('GET', /^\/user$/, ({ fake, send }) => {
      if (fake.options.tokenLogin) send(200, { login: fake.options.tokenLogin, type: 'User' });
      else send(403, { message: 'Resource not accessible by integration' });
    });
    this.route('POST', /^\/repos\/([^/]+)\/([^/]+)\/issues$/, ({ fake, params, body, send }) => {
      const fields = (body ?? {}) as Record<string, unknown>;
      if (typeof fields.title !== 'string' || fields.title === '') {
        send(422, { message: 'Validation Failed' });
        return;
      }
      const issue = fake.addIssue(`${params[0]}/${params[1]}`, {
        ...(fake.options.tokenLogin
          ? { user: { login: fake.options.tokenLogin, type: 'User' } }
          : {}),
        title: fields.title,
        body: typeof fields.body === 'string' ? fields.body : '',
        labels: Array.isArray(fields.labels)
          ? fields.labels.map((name) => ({ name: String(name) }))
          : [],
        assignees: Array.isArray(fields.assignees)
          ? fields.assignees.map((login) => ({ login: String(login) }))
          : [],
      });
      send(201, issue);
    });
    this.route('PATCH', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, (context) => {
      const { fake, params, body, send } = context;
      const issue = fake
        .issuesOf(`${params[0]}/${params[1]}`)
        .find((i) => i.number === Number(params[2]));
      if (!issue) {
        send(404, { message: 'Not Found' });
        return;
      }
      const fields = (body ?? {}) as Record<string, unknown>;
      if (typeof fields.title === 'string') issue.title = fields.title;
      if (typeof fields.body === 'string') issue.body = fields.body;
      if (fields.state === 'open' || fields.state === 'closed') {
        issue.closed_at = fields.state === 'closed' ? fake.tick() : null;
        issue.state = fields.state;
      }
      if (Array.isArray(fields.labels))
        issue.labels = fields.labels.map((name) => ({ name: String(name) }));
      issue.updated_at = fake.tick();
      send(200, issue);
    });
  }

  repoJson(repo: FakeRepo): Record<string, unknown> {
    const fullName = `${repo.owner}/${repo.name}`;
    return {
      id: Number.parseInt(repo.sha.slice(0, 8), 16),
      name: repo.name,
      full_name: fullName,
      owner: { login: repo.owner, type: 'Organization' },
      private: repo.private,
      archived: repo.archived,
      disabled: false,
      fork: false,
      default_branch: repo.default_branch,
      html_url: `https://github.example/${fullName}`,
    };
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }

  private authorized(header: string | undefined): boolean {
    return header === `token ${this.token}` || header === `Bearer ${this.token}`;
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await this.readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const entry: LoggedRequest = {
      server: 'api',
      method,
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      status: 0,
    };
    this.requests.push(entry);
    const count = ++this.apiCount;
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const send = (status: number, answer?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${count}`,
        ...headers,
      });
      res.end(answer === undefined ? '' : JSON.stringify(answer));
    };
    const failure = this.failures.get(count);
    if (failure) {
      this.failures.delete(count);
      const { status, headers, message } = FAILURES[failure](Date.now());
      send(status, { message, documentation_url: 'https://docs.github.com/rest' }, headers);
      return;
    }
    if (!this.authorized(req.headers.authorization)) {
      send(401, { message: 'Bad credentials' });
      return;
    }
    const paginate = (items: unknown[]) => {
      const perPage = Math.max(
        1,
        Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100),
      );
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const pages = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number, rel: string) => {
        const target = new URL(url);
        target.searchParams.set('page', String(p));
        return `<${target.toString()}>; rel="${rel}"`;
      };
      const links: string[] = [];
      if (page < pages) links.push(link(page + 1, 'next'), link(pages, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      send(
        200,
        items.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      );
    };
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params = match.slice(1).map((p) => (p === undefined ? '' : decodeURIComponent(p)));
      try {
        await route.handler({ fake: this, req, url, params, body, send, paginate });
      } catch (error) {
        if (!res.headersSent) send(500, { message: String(error) });
      }
      return;
    }
    send(404, { message: 'Not Found' });
  }

  /** The archive host: no authentication, like codeload's signed URLs. */
  private async handleCodeload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await this.readBody(req);
    const url = new URL(req.url ?? '/', this.codeloadUrl);
    const entry: LoggedRequest = {
      server: 'codeload',
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: undefined,
      status: 200,
    };
    this.requests.push(entry);
    const match = /^\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/(.+)$/.exec(url.pathname);
    const repo = match
      ? this.repos.get(
          `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`.toLowerCase(),
        )
      : undefined;
    if (!repo) {
      entry.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    const bytes =
      repo.tarball ?? githubTarball(repo.owner, repo.name, repo.sha, repo.files, repo.extraEntries);
    res.writeHead(200, {
      'content-type': 'application/x-gzip',
      'content-disposition': `attachment; filename=${repo.owner}-${repo.name}-${repo.sha.slice(0, 7)}.tar.gz`,
      'content-length': String(bytes.length),
    });
    res.end(bytes);
  }
}
