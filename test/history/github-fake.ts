// A local stand-in for the parts of GitHub's REST API that the history branch uses: the
// contents API (base64 content, blob sha = git blob SHA-1, 409 on a stale sha, 404 for an absent
// branch or file) and the git data API (blobs, trees, commits, refs with 422 when it exists).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');
}

export interface FakeGitHubOptions {
  token?: string;
  repository?: string;
  /** Contents responses for files larger than this carry no content (as GitHub above 1 MB). */
  inlineLimit?: number;
  /** Answer every contents PUT with this status. */
  putStatus?: number;
  /** Random latency up to this many ms before each answer, so requests interleave. */
  jitterMs?: number;
}

export class FakeGitHub {
  readonly branches = new Map<string, Map<string, Buffer>>();
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly log: string[] = [];
  readonly status: number[] = [];
  private server: Server | undefined;
  private counter = 0;

  constructor(private readonly options: FakeGitHubOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  file(branch: string, path = 'history.jsonl'): string | undefined {
    return this.branches.get(branch)?.get(path)?.toString('utf8');
  }

  count(entry: string): number {
    return this.log.filter((l) => l === entry).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    const jitter = this.options.jitterMs ?? 0;
    if (jitter > 0) await new Promise((r) => setTimeout(r, Math.random() * jitter));
    const [status, answer] = this.route(
      req.method ?? 'GET',
      new URL(req.url ?? '/', 'http://x'),
      req,
      body,
    );
    this.status.push(status);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  }

  private route(
    method: string,
    url: URL,
    req: IncomingMessage,
    body: Record<string, unknown>,
  ): [number, unknown] {
    if (req.headers.authorization !== `Bearer ${this.options.token ?? 'good'}`) {
      return [401, { message: 'Bad credentials' }];
    }
    const prefix = `/repos/${this.options.repository ?? 'acme/payments'}/`;
    if (!url.pathname.startsWith(prefix)) return [404, { message: 'Not Found' }];
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    const key = `${method} ${rest.replace(/^(contents|git\/blobs|git\/ref\/heads)\/.*/, '$1')}`;
    this.log.push(key);

    if (method === 'GET' && rest.startsWith('contents/')) {
      const files = this.branches.get(url.searchParams.get('ref') ?? 'main');
      if (files === undefined) return [404, { message: 'No commit found for the ref' }];
      const content = files.get(rest.slice('contents/'.length));
      if (content === undefined) return [404, { message: 'Not Found' }];
      const inline = content.length <= (this.options.inlineLimit ?? Infinity);
      return [
        200,
        {
          type: 'file',
          size: content.length,
          sha: gitBlobSha(content),
          encoding: inline ? 'base64' : 'none',
          content: inline ? (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '',
        },
      ];
    }
    if (method === 'PUT' && rest.startsWith('contents/')) {
      if (this.options.putStatus !== undefined)
        return [this.options.putStatus, { message: 'Nope' }];
      const files = this.branches.get(String(body.branch));
      if (files === undefined) return [404, { message: `Branch ${String(body.branch)} not found` }];
      const path = rest.slice('contents/'.length);
      const current = files.get(path);
      if (current !== undefined && body.sha === undefined) {
        return [422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' }];
      }
      if (current !== undefined && body.sha !== gitBlobSha(current)) {
        return [409, { message: `${path} does not match ${String(body.sha)}` }];
      }
      if (current === undefined && body.sha !== undefined)
        return [409, { message: 'no such file' }];
      const content = Buffer.from(String(body.content), 'base64');
      files.set(path, content);
      return [current === undefined ? 201 : 200, { content: { sha: gitBlobSha(content) } }];
    }
    if (method === 'GET' && rest.startsWith('git/blobs/')) {
      const blob = this.blobs.get(rest.slice('git/blobs/'.length)) ?? this.findBlob(rest.slice(10));
      if (blob === undefined) return [404, { message: 'Not Found' }];
      return [
        200,
        {
          sha: gitBlobSha(blob),
          size: blob.length,
          encoding: 'base64',
          content: blob.toString('base64'),
        },
      ];
    }
    if (method === 'GET' && rest.startsWith('git/ref/heads/')) {
      const branch = rest.slice('git/ref/heads/'.length);
      return this.branches.has(branch)
        ? [200, { ref: `refs/heads/${branch}`, object: { sha: 'f'.repeat(40), type: 'commit' } }]
        : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && rest === 'git/blobs') {
      const content = Buffer.from(
        String(body.content),
        body.encoding === 'base64' ? 'base64' : 'utf8',
      );
      const sha = gitBlobSha(content);
      this.blobs.set(sha, content);
      return [201, { sha }];
    }
    if (method === 'POST' && rest === 'git/trees') {
      const entries = body.tree as { path: string; sha: string }[];
      const sha = this.id();
      this.trees.set(sha, new Map(entries.map((e) => [e.path, e.sha])));
      return [201, { sha }];
    }
    if (method === 'POST' && rest === 'git/commits') {
      const sha = this.id();
      this.commits.set(sha, {
        tree: String(body.tree),
        parents: body.parents as string[],
        message: String(body.message),
      });
      return [201, { sha }];
    }
    if (method === 'POST' && rest === 'git/refs') {
      const branch = String(body.ref).replace(/^refs\/heads\//, '');
      if (this.branches.has(branch)) return [422, { message: 'Reference already exists' }];
      const commit = this.commits.get(String(body.sha));
      const tree = commit === undefined ? undefined : this.trees.get(commit.tree);
      if (tree === undefined) return [422, { message: 'Object does not exist' }];
      const files = new Map<string, Buffer>();
      for (const [path, blob] of tree) files.set(path, this.blobs.get(blob) ?? Buffer.alloc(0));
      this.branches.set(branch, files);
      return [201, { ref: body.ref, object: { sha: body.sha } }];
    }
    return [404, { message: 'Not Found' }];
  }

  private findBlob(sha: string): Buffer | undefined {
    for (const files of this.branches.values()) {
      for (const content of files.values()) if (gitBlobSha(content) === sha) return content;
    }
    return undefined;
  }

  private id(): string {
    this.counter++;
    return createHash('sha1').update(`object ${this.counter}`).digest('hex');
  }
}
