// A local stand-in for the REST endpoints the action calls, behaving as GitHub documents them:
// issue comments listed page by page with a `Link` header (per_page, at most 100), created,
// updated and deleted; file contents at a ref as base64 with an ETag; check runs created and
// updated (50 annotations per request at most). Switches make it answer 403 or 404 like a
// token without permission would.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  annotations: unknown[];
}

export interface FakeOptions {
  token?: string;
  repository?: string;
  /** Status for comment writes (POST/PATCH/DELETE), e.g. 403 for a read-only token. */
  commentWriteStatus?: number;
  /** Status for listing comments, e.g. 404 when the token cannot see the repository. */
  commentListStatus?: number;
  /** Status for creating a check run (403 without `checks: write`). */
  checkRunStatus?: number;
}

export interface Request {
  method: string;
  path: string;
  query: string;
  body: Record<string, unknown>;
}

export class FakeGitHub {
  readonly comments = new Map<number, Comment[]>();
  /** ref → path → content. */
  readonly files = new Map<string, Map<string, Buffer>>();
  readonly checkRuns: CheckRun[] = [];
  readonly requests: Request[] = [];
  options: FakeOptions;
  url = '';
  private server: Server | undefined;
  private nextId = 1000;

  constructor(options: FakeOptions = {}) {
    this.options = options;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get repository(): string {
    return this.options.repository ?? 'acme/payments';
  }

  addComments(pr: number, bodies: string[], user = 'someone'): Comment[] {
    const list = this.comments.get(pr) ?? [];
    const added = bodies.map((body) => ({
      id: this.nextId++,
      body,
      user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' },
    }));
    list.push(...added);
    this.comments.set(pr, list);
    return added;
  }

  setFile(ref: string, path: string, content: string | Buffer): void {
    const files = this.files.get(ref) ?? new Map<string, Buffer>();
    files.set(path, Buffer.from(content));
    this.files.set(ref, files);
  }

  calls(method: string, prefix = ''): Request[] {
    return this.requests.filter((r) => r.method === method && r.path.includes(prefix));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.search, body });
    const send = (status: number, answer: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(answer === undefined ? '' : JSON.stringify(answer));
    };
    if (req.headers.authorization !== `Bearer ${this.options.token ?? 'good-token'}`) {
      send(401, { message: 'Bad credentials' });
      return;
    }
    const prefix = `/repos/${this.repository}/`;
    if (!url.pathname.startsWith(prefix)) {
      send(404, { message: 'Not Found' });
      return;
    }
    const rest = url.pathname.slice(prefix.length);
    const forbidden = { message: 'Resource not accessible by integration' };
    let match: RegExpExecArray | null;

    if ((match = /^issues\/(\d+)\/comments$/.exec(rest))) {
      const pr = Number(match[1]);
      if (method === 'GET') {
        if (this.options.commentListStatus) {
          send(this.options.commentListStatus, { message: 'Not Found' });
          return;
        }
        const all = this.comments.get(pr) ?? [];
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const pages = Math.max(1, Math.ceil(all.length / perPage));
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
          all.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
        return;
      }
      if (method === 'POST') {
        if (this.options.commentWriteStatus) {
          send(this.options.commentWriteStatus, forbidden);
          return;
        }
        const [comment] = this.addComments(pr, [String(body.body)], 'github-actions[bot]');
        send(201, comment);
        return;
      }
    }
    if ((match = /^issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(match[1]);
      const owner = [...this.comments.values()].find((list) => list.some((c) => c.id === id));
      if (this.options.commentWriteStatus) {
        send(this.options.commentWriteStatus, forbidden);
        return;
      }
      if (!owner) {
        send(404, { message: 'Not Found' });
        return;
      }
      if (method === 'PATCH') {
        const comment = owner.find((c) => c.id === id) as Comment;
        comment.body = String(body.body);
        send(200, comment);
        return;
      }
      if (method === 'DELETE') {
        owner.splice(
          owner.findIndex((c) => c.id === id),
          1,
        );
        send(204, undefined);
        return;
      }
    }
    if (method === 'GET' && rest.startsWith('contents/')) {
      const path = decodeURIComponent(rest.slice('contents/'.length));
      const content = this.files.get(url.searchParams.get('ref') ?? 'main')?.get(path);
      if (content === undefined) {
        send(404, { message: 'Not Found' });
        return;
      }
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
          name: path.split('/').pop(),
          path,
          size: content.length,
          sha,
          encoding: 'base64',
          content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        },
        { etag },
      );
      return;
    }
    if (rest === 'check-runs' && method === 'POST') {
      if (this.options.checkRunStatus) {
        send(this.options.checkRunStatus, forbidden);
        return;
      }
      const output = body.output as { annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50) {
        send(422, { message: 'Only 50 annotations are allowed per request' });
        return;
      }
      const run: CheckRun = {
        id: this.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: String(body.status ?? 'queued'),
        ...(body.conclusion ? { conclusion: String(body.conclusion) } : {}),
        annotations: [...(output?.annotations ?? [])],
      };
      this.checkRuns.push(run);
      send(201, run);
      return;
    }
    if ((match = /^check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(match?.[1]));
      if (!run) {
        send(404, { message: 'Not Found' });
        return;
      }
      const output = body.output as { annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50) {
        send(422, { message: 'Only 50 annotations are allowed per request' });
        return;
      }
      run.annotations.push(...(output?.annotations ?? []));
      if (body.status) run.status = String(body.status);
      if (body.conclusion) run.conclusion = String(body.conclusion);
      send(200, run);
      return;
    }
    send(404, { message: 'Not Found' });
  }
}
