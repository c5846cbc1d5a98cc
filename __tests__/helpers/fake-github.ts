// A local fake of the GitHub REST endpoints the action uses (issue comments; a PR's files, contents
// and blobs for a base commit missing from the checkout), on 127.0.0.1. Response shapes follow GitHub's:
// comment objects with user.login/user.type, Link-header pagination, 422 when a body exceeds 65,536
// characters, "Resource not accessible by integration" 403s, secondary rate limits, the 3,000-file cap
// on a PR's file list, contents that follow in-repository symlinks and omit content over 1 MB.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN: FakeUser = { login: 'mallory', id: 1001, type: 'User' };

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  issue: number;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
}

/** A tree entry of a fake commit, for the contents and blobs endpoints. */
export type FakeEntry =
  { type: 'file'; content: Buffer | string } | { type: 'symlink'; target: string } | { type: 'submodule'; url: string };

/** One entry of GET /pulls/{n}/files (the fields the action reads; the rest are filled in). */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

/** A fault injected for the next matching requests. */
export interface Fault {
  method?: string;
  /** Substring of the path. */
  path?: string;
  status: number;
  /** How many requests it applies to (default 1). */
  times?: number;
  kind?: 'secondary-rate-limit' | 'forbidden' | 'not-found' | 'server-error' | 'reset';
  retryAfter?: number;
}

export class FakeGitHub {
  comments: FakeComment[] = [];
  requests: RecordedRequest[] = [];
  faults: Fault[] = [];
  /** Every comment endpoint answers 403 (read-only token). */
  forbidden = false;
  /** Milliseconds to wait before answering. */
  delayMs = 0;
  /** Who the token belongs to. */
  actor: FakeUser = BOT;
  owner = 'acme';
  repo = 'widgets';
  /** Trees by commit SHA (paths repo-relative). */
  commits = new Map<string, Map<string, FakeEntry>>();
  /** Changed files by pull request number. */
  pullFiles = new Map<number, FakePullFile[]>();
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  seed(issue: number, body: string, user: FakeUser = BOT): FakeComment {
    const now = new Date(Date.UTC(2024, 0, 1)).toISOString();
    const c = { id: this.nextId++, body, user, issue, created_at: now, updated_at: now };
    this.comments.push(c);
    return c;
  }

  /** Mutating requests (create/update) seen so far. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
  }

  private json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(data);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...headers,
    });
    res.end(text);
  }

  private error(
    res: ServerResponse,
    status: number,
    message: string,
    headers: Record<string, string> = {},
    extra = {},
  ): void {
    this.json(
      res,
      status,
      { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra },
      headers,
    );
  }

  private view(c: FakeComment): Record<string, unknown> {
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${c.issue}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.id, type: c.user.type, site_admin: false },
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({ method, path: url.pathname + url.search, body });
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs).unref());
    if (res.destroyed) return;

    const fault = this.faults.find(
      (f) => (!f.method || f.method === method) && (!f.path || url.pathname.includes(f.path)),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.kind === 'reset') return void req.socket.destroy();
      if (fault.kind === 'secondary-rate-limit') {
        return this.error(
          res,
          fault.status,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          {
            'retry-after': String(fault.retryAfter ?? 1),
          },
        );
      }
      if (fault.status === 404) return this.error(res, 404, 'Not Found');
      if (fault.status === 403) return this.error(res, 403, 'Resource not accessible by integration');
      return this.error(res, fault.status, fault.status === 502 ? 'Bad Gateway' : 'Server Error');
    }

    if (method === 'GET' && url.pathname === '/user') {
      if (this.actor.type === 'Bot') return this.error(res, 403, 'Resource not accessible by integration');
      return this.json(res, 200, { login: this.actor.login, id: this.actor.id, type: this.actor.type });
    }
    const repoPrefix = `/repos/${this.owner}/${this.repo}/`;
    if (method === 'GET' && url.pathname.startsWith(repoPrefix)) {
      const sub = url.pathname.slice(repoPrefix.length);
      const pulls = /^pulls\/(\d+)\/files$/.exec(sub);
      if (pulls) return this.pullFilesPage(res, url, Number(pulls[1]));
      if (sub === 'contents' || sub.startsWith('contents/'))
        return this.contents(res, decodeURIComponent(sub.slice('contents/'.length)), url.searchParams.get('ref'));
      const blob = /^git\/blobs\/([0-9a-f]{40})$/.exec(sub);
      if (blob) return this.blob(res, blob[1] as string);
    }
    const prefix = `/repos/${this.owner}/${this.repo}/issues/`;
    if (!url.pathname.startsWith(prefix)) return this.error(res, 404, 'Not Found');
    if (this.forbidden) return this.error(res, 403, 'Resource not accessible by integration');
    const rest = url.pathname.slice(prefix.length);

    let m = /^(\d+)\/comments$/.exec(rest);
    if (m && method === 'GET') {
      const issue = Number(m[1]);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const all = this.comments.filter((c) => c.issue === issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links: string[] = [];
      const link = (p: number, rel: string): string =>
        `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      return this.json(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c)),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (m && method === 'POST') {
      const text = (body as { body?: string } | undefined)?.body ?? '';
      if (text.length > 65536) return this.tooLong(res);
      const c = this.seed(Number(m[1]), text, this.actor);
      return this.json(res, 201, this.view(c), { location: `${this.url}${prefix}comments/${c.id}` });
    }
    m = /^comments\/(\d+)$/.exec(rest);
    if (m && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return this.error(res, 404, 'Not Found');
      const text = (body as { body?: string } | undefined)?.body ?? '';
      if (text.length > 65536) return this.tooLong(res);
      c.body = text;
      c.updated_at = new Date(Date.UTC(2024, 0, 2)).toISOString();
      return this.json(res, 200, this.view(c));
    }
    return this.error(res, 404, 'Not Found');
  }

  /** Link header for page `page` of `last`, like GitHub's. */
  private links(url: URL, perPage: number, page: number, last: number): Record<string, string> {
    const links: string[] = [];
    const link = (p: number, rel: string): string =>
      `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return links.length ? { link: links.join(', ') } : {};
  }

  private pullFilesPage(res: ServerResponse, url: URL, pull: number): void {
    const files = this.pullFiles.get(pull);
    if (!files) return this.error(res, 404, 'Not Found');
    // GitHub lists at most 3,000 files of a pull request.
    const all = files.slice(0, 3000);
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const blobUrl = `https://github.com/${this.owner}/${this.repo}/blob/0000000000000000000000000000000000000000`;
    const view = all.slice((page - 1) * perPage, page * perPage).map((f) => ({
      sha: f.status === 'removed' ? '0'.repeat(40) : createHash('sha1').update(f.filename).digest('hex'),
      filename: f.filename,
      status: f.status,
      additions: 1,
      deletions: f.status === 'added' ? 0 : 1,
      changes: f.status === 'added' ? 1 : 2,
      blob_url: `${blobUrl}/${encodeURI(f.filename)}`,
      raw_url: `https://github.com/${this.owner}/${this.repo}/raw/0000000000000000000000000000000000000000/${encodeURI(f.filename)}`,
      contents_url: `${this.url}/repos/${this.owner}/${this.repo}/contents/${encodeURI(f.filename)}?ref=0000000000000000000000000000000000000000`,
      patch: '@@ -1 +1 @@\n-a\n+b',
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    }));
    return this.json(res, 200, view, this.links(url, perPage, page, last));
  }

  private entryView(sha: string, path: string, e: FakeEntry): Record<string, unknown> {
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    const web = `https://github.com/${this.owner}/${this.repo}`;
    const bytes = e.type === 'file' ? Buffer.from(e.content) : Buffer.from(e.type === 'symlink' ? e.target : '');
    const oid = e.type === 'submodule' ? '1'.repeat(40) : blobSha(bytes);
    const self = `${api}/contents/${encodeURI(path)}?ref=${sha}`;
    return {
      type: e.type,
      size: e.type === 'submodule' ? 0 : bytes.length,
      name: path.split('/').pop(),
      path,
      sha: oid,
      url: self,
      git_url: e.type === 'submodule' ? null : `${api}/git/blobs/${oid}`,
      html_url: e.type === 'submodule' ? null : `${web}/blob/${sha}/${encodeURI(path)}`,
      download_url:
        e.type === 'submodule'
          ? null
          : `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${sha}/${encodeURI(path)}`,
      ...(e.type === 'symlink' ? { target: e.target } : {}),
      ...(e.type === 'submodule' ? { submodule_git_url: e.url } : {}),
      _links: { self, git: `${api}/git/blobs/${oid}`, html: `${web}/blob/${sha}/${encodeURI(path)}` },
    };
  }

  private contents(res: ServerResponse, path: string, ref: string | null): void {
    const tree = this.commits.get(ref ?? '');
    if (!tree) return this.error(res, 404, `No commit found for the ref ${ref ?? ''}`);
    path = path.replace(/\/+$/, '');
    let e = tree.get(path);
    if (e?.type === 'symlink') {
      // GitHub answers a link to a file in the repository with that file (its own path and content).
      const target = resolveLink(path, e.target);
      const t = target !== undefined ? tree.get(target) : undefined;
      if (t?.type === 'file') {
        path = target as string;
        e = t;
      }
    }
    if (e) {
      const v = this.entryView(ref as string, path, e);
      if (e.type !== 'file') return this.json(res, 200, v);
      const bytes = Buffer.from(e.content);
      // Over 1 MB the contents API omits the content (encoding "none"); the blobs API serves it.
      const big = bytes.length > 1024 * 1024;
      const content = big
        ? ''
        : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length ? '\n' : '');
      return this.json(res, 200, { ...v, content, encoding: big ? 'none' : 'base64' });
    }
    // A directory: its direct children.
    const dir = path ? `${path}/` : '';
    const children = new Map<string, Record<string, unknown>>();
    for (const [p, x] of tree) {
      if (!p.startsWith(dir)) continue;
      const rest = p.slice(dir.length);
      const slash = rest.indexOf('/');
      if (slash < 0) children.set(p, this.entryView(ref as string, p, x));
      else {
        const d = dir + rest.slice(0, slash);
        children.set(d, { ...this.entryView(ref as string, d, { type: 'file', content: '' }), type: 'dir', size: 0 });
      }
    }
    if (!children.size) return this.error(res, 404, 'Not Found');
    return this.json(res, 200, [...children.values()]);
  }

  private blob(res: ServerResponse, oid: string): void {
    for (const tree of this.commits.values())
      for (const e of tree.values()) {
        if (e.type !== 'file' || blobSha(Buffer.from(e.content)) !== oid) continue;
        const bytes = Buffer.from(e.content);
        return this.json(res, 200, {
          sha: oid,
          node_id: `B_${oid}`,
          size: bytes.length,
          url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${oid}`,
          content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
          encoding: 'base64',
        });
      }
    return this.error(res, 404, 'Not Found');
  }

  private tooLong(res: ServerResponse): void {
    this.error(
      res,
      422,
      'Validation Failed',
      {},
      {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      },
    );
  }
}

function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The repository path a relative link target points at, or undefined when it leaves the repository. */
function resolveLink(linkPath: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = linkPath.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
