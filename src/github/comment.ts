// One sticky PR comment: found by our hidden marker at the very start of the body AND an author we
// trust (github-actions[bot] or the token's own user), updated in place, never duplicated. A comment by
// anyone else that carries the marker is ignored. Failures are values: the gate never depends on them.
import { DEFAULT_MARKER } from '../report/marker.js';
import { messageOf, statusOf, type Client } from './client.js';

export type CommentMode = 'always' | 'on-failure' | 'never';
export { DEFAULT_MARKER };
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/** GitHub's limit on an issue comment body. */
export const MAX_COMMENT_CHARS = 65_536;

export interface UpsertRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  mode: CommentMode;
  /** Whether the PR has something that fails (or would fail) the gate. */
  failing: boolean;
  /** Full body. */
  body: string;
  /** Short body for when GitHub rejects the full one (counts plus a link to the job summary). */
  degradedBody: string;
  /** Body for `on-failure` mode once the PR is clean. */
  resolvedBody: string;
  marker?: string;
  /** Extra logins trusted as our own (e.g. an app's bot); the token's user is added when known. */
  authors?: string[];
}

export interface UpsertOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  commentId?: number;
  url?: string;
  /** The body now on GitHub (or the one we tried), for the comment-content output. */
  body?: string;
  degraded?: boolean;
  warning?: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user: { login: string; type?: string } | null;
}

export function withMarker(body: string, marker = DEFAULT_MARKER): string {
  return body.startsWith(marker) ? body : `${marker}\n${body}`;
}

const normalize = (s: string): string => s.replace(/\r\n/g, '\n').trim();

export async function upsertComment(gh: Client, req: UpsertRequest): Promise<UpsertOutcome> {
  const marker = req.marker ?? DEFAULT_MARKER;
  if (req.mode === 'never') return { action: 'skipped' };
  const target = { owner: req.owner, repo: req.repo, issue_number: req.issueNumber };

  const authors = new Set([GITHUB_ACTIONS_BOT, ...(req.authors ?? [])]);
  const me = await whoAmI(gh);
  if (me) authors.add(me);

  let existing: IssueComment | undefined;
  try {
    existing = await findSticky(gh, target, marker, authors);
  } catch (err) {
    return failed(err, 'list comments on');
  }

  const wantBody = req.failing || req.mode === 'always' ? req.body : req.resolvedBody;
  if (req.mode === 'on-failure' && !req.failing && !existing) return { action: 'skipped' };

  const attempt = async (body: string): Promise<UpsertOutcome> => {
    const full = withMarker(body, marker);
    if (existing) {
      if (normalize(existing.body ?? '') === normalize(full)) {
        return { action: 'unchanged', commentId: existing.id, url: existing.html_url, body: full };
      }
      const r = await gh.rest.issues.updateComment({
        owner: req.owner,
        repo: req.repo,
        comment_id: existing.id,
        body: full,
      });
      return { action: 'updated', commentId: r.data.id, url: r.data.html_url, body: full };
    }
    const r = await gh.rest.issues.createComment({ ...target, body: full });
    return { action: 'created', commentId: r.data.id, url: r.data.html_url, body: full };
  };

  const tooLong = withMarker(wantBody, marker).length > MAX_COMMENT_CHARS;
  try {
    return tooLong ? { ...(await attempt(req.degradedBody)), degraded: true } : await attempt(wantBody);
  } catch (err) {
    if (statusOf(err) !== 422 || tooLong) return failed(err, existing ? 'update the comment on' : 'comment on');
    try {
      // GitHub counts differently from us (e.g. after normalisation): retry once with the short body.
      return { ...(await attempt(req.degradedBody)), degraded: true };
    } catch (err2) {
      return failed(err2, existing ? 'update the comment on' : 'comment on');
    }
  }
}

async function findSticky(
  gh: Client,
  target: { owner: string; repo: string; issue_number: number },
  marker: string,
  authors: Set<string>,
): Promise<IssueComment | undefined> {
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...target, per_page: 100 })) {
    for (const c of page.data as IssueComment[]) {
      if (c.user && authors.has(c.user.login) && (c.body ?? '').startsWith(marker)) return c;
    }
  }
  return undefined;
}

/** The token's own login (works for PATs; GITHUB_TOKEN and app tokens get 403 and use the bot name). */
async function whoAmI(gh: Client): Promise<string | undefined> {
  try {
    const r = await gh.request('GET /user', { request: { retries: 0 } });
    return (r.data as { login?: string }).login;
  } catch {
    return undefined;
  }
}

function failed(err: unknown, what: string): UpsertOutcome {
  const status = statusOf(err);
  const perm =
    status === 403 || status === 404
      ? ' The token needs `pull-requests: write` (fork pull requests get a read-only token: use the job summary, ' +
        'or a `pull_request_target`/`workflow_run` workflow that does not check out PR code).'
      : '';
  return {
    action: 'failed',
    warning: `Could not ${what} the pull request${status ? ` (HTTP ${status})` : ''}: ${messageOf(err)}.${perm}`,
  };
}
