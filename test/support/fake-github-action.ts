// The shared fake GitHub (fake-github.ts) with the routes the action adds: issue comments (listed
// page by page, created, updated, deleted), check runs (50 annotations per request at most),
// the contents API as GitHub answers it for links and folders, and the git data the history
// branch writes (contents PUT with optimistic concurrency, blobs, trees, commits, refs). Switches
// make it answer like a token without permission.
import { createHash } from 'node:crypto';
import { FakeGitHub, type FakeOptions, type RouteContext } from './fake-github.js';

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
  summary: string;
  annotations: unknown[];
}

export interface ActionFakeOptions extends FakeOptions {
  repository?: string;
  /** Status for comment writes (POST/PATCH/DELETE), e.g. 403 for a read-only token. */
  commentWriteStatus?: number;
  /** Status for listing comments, e.g. 404 when the token cannot see the repository. */
  commentListStatus?: number;
  /** Status for creating a check run (403 without `checks: write`). */
  checkRunStatus?: number;
  /** Contents answers for files above this many bytes carry no content (GitHub: 1 MB). */
  inlineLimit?: number;
  /** Answer every contents PUT with this status. */
  putStatus?: number;
  /** Random latency up to this many ms before each history answer, so requests interleave. */
  jitterMs?: number;
}

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');
}

const FORBIDDEN = { message: 'Resource not accessible by integration' };

export class ActionFakeGitHub extends FakeGitHub {
  declare options: ActionFakeOptions;
  readonly comments = new Map<number, Comment[]>();
  readonly checkRuns: CheckRun[] = [];
  /** `ref` → path → link target, for the contents API's `type: symlink`. */
  readonly symlinks = new Map<string, Map<string, string>>();
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  private nextActionId = 1000;

  constructor(options: ActionFakeOptions = {}) {
    super(options);
    this.actionRoutes();
  }

  get repository(): string {
    return this.options.repository ?? 'acme/payments';
  }

  /** A file of this fake's repository at `ref` (a commit sha or a branch). */
  setRepoFile(ref: string, path: string, content: string | Buffer): void {
    this.setFile(this.repository, ref, path, content);
  }

  setSymlink(ref: string, path: string, target: string): void {
    const links = this.symlinks.get(ref) ?? new Map<string, string>();
    links.set(path, target);
    this.symlinks.set(ref, links);
  }

  /** Files of a branch or commit (created empty when asked for). */
  refFilesOf(ref: string, create = false): Map<string, Buffer> | undefined {
    const key = this.repository.toLowerCase();
    const refs = this.refFiles.get(key) ?? new Map<string, Map<string, Buffer>>();
    if (create) this.refFiles.set(key, refs);
    if (!refs.has(ref) && create) refs.set(ref, new Map());
    return refs.get(ref);
  }

  /** A file's text on a branch, e.g. the history. */
  text(branch: string, path = 'history.jsonl'): string | undefined {
    return this.refFilesOf(branch)?.get(path)?.toString('utf8');
  }

  addComments(pr: number, bodies: string[], user = 'someone'): Comment[] {
    const list = this.comments.get(pr) ?? [];
    const added = bodies.map((body) => ({
      id: this.nextActionId++,
      body,
      user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' },
    }));
    list.push(...added);
    this.comments.set(pr, list);
    return added;
  }

  /** Requests of this repository below `/repos/OWNER/NAME/` + `rest`, by method. */
  repoCalls(method: string, rest = ''): { path: string; query: URLSearchParams; body: unknown }[] {
    return this.calls(method, `/repos/${this.repository}/${rest}`);
  }

  private async jitter(): Promise<void> {
    const jitter = this.options.jitterMs ?? 0;
    if (jitter > 0) await new Promise((r) => setTimeout(r, Math.random() * jitter));
  }

  private actionRoutes(): void {
    const repo = '/repos/([^/]+)/([^/]+)';
    const ours = (context: RouteContext): boolean => {
      if (`${context.params[0]}/${context.params[1]}`.toLowerCase() === this.repository) {
        return true;
      }
      context.send(404, { message: 'Not Found' });
      return false;
    };

    // Comments of a pull request.
    this.route('GET', new RegExp(`^${repo}/issues/(\\d+)/comments$`), (context) => {
      if (!ours(context)) return;
      if (this.options.commentListStatus) {
        context.send(this.options.commentListStatus, { message: 'Not Found' });
        return;
      }
      context.paginate(this.comments.get(Number(context.params[2])) ?? []);
    });
    this.route('POST', new RegExp(`^${repo}/issues/(\\d+)/comments$`), (context) => {
      if (!ours(context)) return;
      if (this.options.commentWriteStatus) {
        context.send(this.options.commentWriteStatus, FORBIDDEN);
        return;
      }
      const body = (context.body ?? {}) as { body?: unknown };
      const [comment] = this.addComments(
        Number(context.params[2]),
        [String(body.body)],
        'github-actions[bot]',
      );
      context.send(201, comment);
    });
    for (const method of ['PATCH', 'DELETE']) {
      this.route(method, new RegExp(`^${repo}/issues/comments/(\\d+)$`), (context) => {
        if (!ours(context)) return;
        if (this.options.commentWriteStatus) {
          context.send(this.options.commentWriteStatus, FORBIDDEN);
          return;
        }
        const id = Number(context.params[2]);
        const list = [...this.comments.values()].find((l) => l.some((c) => c.id === id));
        const index = list?.findIndex((c) => c.id === id) ?? -1;
        if (!list || index < 0) {
          context.send(404, { message: 'Not Found' });
          return;
        }
        if (method === 'DELETE') {
          list.splice(index, 1);
          context.send(204);
          return;
        }
        list[index].body = String((context.body as { body?: unknown } | undefined)?.body);
        context.send(200, list[index]);
      });
    }

    // Check runs.
    const annotationsOf = (body: unknown): unknown[] | 'too-many' => {
      const output = (body as { output?: { annotations?: unknown[] } } | undefined)?.output;
      const annotations = output?.annotations ?? [];
      return annotations.length > 50 ? 'too-many' : annotations;
    };
    this.route('POST', new RegExp(`^${repo}/check-runs$`), (context) => {
      if (!ours(context)) return;
      if (this.options.checkRunStatus) {
        context.send(this.options.checkRunStatus, FORBIDDEN);
        return;
      }
      const body = (context.body ?? {}) as Record<string, unknown>;
      const annotations = annotationsOf(body);
      if (annotations === 'too-many') {
        context.send(422, { message: 'Only 50 annotations are allowed per request' });
        return;
      }
      const run: CheckRun = {
        id: this.nextActionId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: String(body.status ?? 'queued'),
        ...(body.conclusion ? { conclusion: String(body.conclusion) } : {}),
        summary: String((body.output as { summary?: unknown } | undefined)?.summary ?? ''),
        annotations: [...annotations],
      };
      this.checkRuns.push(run);
      context.send(201, run);
    });
    this.route('PATCH', new RegExp(`^${repo}/check-runs/(\\d+)$`), (context) => {
      if (!ours(context)) return;
      const run = this.checkRuns.find((r) => r.id === Number(context.params[2]));
      if (!run) {
        context.send(404, { message: 'Not Found' });
        return;
      }
      const body = (context.body ?? {}) as Record<string, unknown>;
      const annotations = annotationsOf(body);
      if (annotations === 'too-many') {
        context.send(422, { message: 'Only 50 annotations are allowed per request' });
        return;
      }
      run.annotations.push(...annotations);
      if (body.status) run.status = String(body.status);
      if (body.conclusion) run.conclusion = String(body.conclusion);
      context.send(200, run);
    });

    // Contents, as GitHub answers them: a file (base64, or no content above the inline limit),
    // a link (`type: symlink` with its target), or a folder (a list of entries).
    this.route('GET', new RegExp(`^${repo}/contents/(.+)$`), async (context) => {
      if (!ours(context)) return;
      await this.jitter();
      const ref = context.url.searchParams.get('ref') ?? 'main';
      const wanted = context.params[2];
      const files = this.refFilesOf(ref);
      const link = this.symlinks.get(ref)?.get(wanted);
      if (link !== undefined) {
        const bytes = Buffer.from(link);
        context.send(200, {
          type: 'symlink',
          target: link,
          name: wanted.split('/').pop(),
          path: wanted,
          size: bytes.length,
          sha: gitBlobSha(bytes),
        });
        return;
      }
      const content = files?.get(wanted);
      if (content !== undefined) {
        const inline = content.length <= (this.options.inlineLimit ?? 1024 * 1024);
        context.send(200, {
          type: 'file',
          name: wanted.split('/').pop(),
          path: wanted,
          size: content.length,
          sha: gitBlobSha(content),
          encoding: inline ? 'base64' : 'none',
          content: inline
            ? (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
            : '',
        });
        return;
      }
      const names = new Set<string>();
      for (const path of [...(files?.keys() ?? []), ...(this.symlinks.get(ref)?.keys() ?? [])]) {
        if (path.startsWith(`${wanted}/`)) names.add(path.slice(wanted.length + 1).split('/')[0]);
      }
      if (names.size === 0) {
        context.send(404, { message: files ? 'Not Found' : 'No commit found for the ref' });
        return;
      }
      context.send(
        200,
        [...names].sort().map((name) => ({ name, path: `${wanted}/${name}`, type: 'dir' })),
      );
    });
    this.route('PUT', new RegExp(`^${repo}/contents/(.+)$`), async (context) => {
      if (!ours(context)) return;
      await this.jitter();
      if (this.options.putStatus !== undefined) {
        context.send(this.options.putStatus, { message: 'Nope' });
        return;
      }
      const body = (context.body ?? {}) as Record<string, unknown>;
      const files = this.refFilesOf(String(body.branch));
      if (files === undefined) {
        context.send(404, { message: `Branch ${String(body.branch)} not found` });
        return;
      }
      const path = context.params[2];
      const current = files.get(path);
      if (current !== undefined && body.sha === undefined) {
        context.send(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
        return;
      }
      if (
        (current !== undefined && body.sha !== gitBlobSha(current)) ||
        (current === undefined && body.sha !== undefined)
      ) {
        context.send(409, { message: `${path} does not match ${String(body.sha)}` });
        return;
      }
      const content = Buffer.from(String(body.content), 'base64');
      files.set(path, content);
      context.send(current === undefined ? 201 : 200, { content: { sha: gitBlobSha(content) } });
    });

    // Git data, for the history branch.
    this.route('GET', new RegExp(`^${repo}/git/blobs/([0-9a-f]+)$`), (context) => {
      if (!ours(context)) return;
      const sha = context.params[2];
      const blob = this.blobs.get(sha) ?? this.findBlob(sha);
      if (blob === undefined) {
        context.send(404, { message: 'Not Found' });
        return;
      }
      context.send(200, {
        sha,
        size: blob.length,
        encoding: 'base64',
        content: blob.toString('base64'),
      });
    });
    this.route('GET', new RegExp(`^${repo}/git/ref/heads/(.+)$`), async (context) => {
      if (!ours(context)) return;
      await this.jitter();
      const branch = context.params[2];
      if (this.refFilesOf(branch) === undefined) {
        context.send(404, { message: 'Not Found' });
        return;
      }
      context.send(200, {
        ref: `refs/heads/${branch}`,
        object: { sha: 'f'.repeat(40), type: 'commit' },
      });
    });
    this.route('POST', new RegExp(`^${repo}/git/blobs$`), (context) => {
      if (!ours(context)) return;
      const body = (context.body ?? {}) as Record<string, unknown>;
      const content = Buffer.from(
        String(body.content),
        body.encoding === 'base64' ? 'base64' : 'utf8',
      );
      const sha = gitBlobSha(content);
      this.blobs.set(sha, content);
      context.send(201, { sha });
    });
    this.route('POST', new RegExp(`^${repo}/git/trees$`), (context) => {
      if (!ours(context)) return;
      const entries = ((context.body ?? {}) as { tree?: { path: string; sha: string }[] }).tree;
      const sha = this.objectId();
      this.trees.set(sha, new Map((entries ?? []).map((e) => [e.path, e.sha])));
      context.send(201, { sha });
    });
    this.route('POST', new RegExp(`^${repo}/git/commits$`), (context) => {
      if (!ours(context)) return;
      const body = (context.body ?? {}) as Record<string, unknown>;
      const sha = this.objectId();
      this.commits.set(sha, {
        tree: String(body.tree),
        parents: (body.parents as string[] | undefined) ?? [],
        message: String(body.message),
      });
      context.send(201, { sha });
    });
    this.route('POST', new RegExp(`^${repo}/git/refs$`), async (context) => {
      if (!ours(context)) return;
      await this.jitter();
      const body = (context.body ?? {}) as Record<string, unknown>;
      const branch = String(body.ref).replace(/^refs\/heads\//, '');
      if (this.refFilesOf(branch) !== undefined) {
        context.send(422, { message: 'Reference already exists' });
        return;
      }
      const commit = this.commits.get(String(body.sha));
      const tree = commit === undefined ? undefined : this.trees.get(commit.tree);
      if (tree === undefined) {
        context.send(422, { message: 'Object does not exist' });
        return;
      }
      const files = this.refFilesOf(branch, true) as Map<string, Buffer>;
      for (const [path, blob] of tree) files.set(path, this.blobs.get(blob) ?? Buffer.alloc(0));
      context.send(201, { ref: body.ref, object: { sha: body.sha } });
    });
  }

  private findBlob(sha: string): Buffer | undefined {
    for (const files of this.refFiles.get(this.repository.toLowerCase())?.values() ?? []) {
      for (const content of files.values()) if (gitBlobSha(content) === sha) return content;
    }
    return undefined;
  }

  private objectId(): string {
    return createHash('sha1').update(`object ${this.nextActionId++}`).digest('hex');
  }
}
