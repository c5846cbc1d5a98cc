// A local fake of the GitHub REST endpoints the action uses (issue comments), on 127.0.0.1. Response
// shapes follow GitHub's: comment objects with user.login/user.type, Link-header pagination, 422 when a
// body exceeds 65,536 characters, "Resource not accessible by integration" 403s, secondary rate limits.
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
