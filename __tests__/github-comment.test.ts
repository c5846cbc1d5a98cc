import { createClient } from '../src/github/client.js';
import { DEFAULT_MARKER, upsertComment, type UpsertRequest } from '../src/github/comment.js';
import { BOT, FakeGitHub, HUMAN } from './helpers/fake-github.js';

const gh = new FakeGitHub();
let n = 0;
let log: string[] = [];
// noWaits: retries and rate-limit handling run as in production, without Octokit's real sleeps
// (1 s write spacing, 3 s between comment posts, retry-after seconds).
const client = (opts: { timeoutMs?: number } = {}) =>
  createClient({ token: 'ghs_test', baseUrl: gh.url, noWaits: true, id: `t${n++}`, log: (m) => log.push(m), ...opts });

const req = (over: Partial<UpsertRequest> = {}): UpsertRequest => ({
  owner: 'acme',
  repo: 'widgets',
  issueNumber: 7,
  mode: 'always',
  failing: true,
  body: `${DEFAULT_MARKER}\n## ⚠️ New outbound integrations: 1 (1 high)\n`,
  degradedBody: `${DEFAULT_MARKER}\n## counts only\n`,
  resolvedBody: `${DEFAULT_MARKER}\n## ✅ Resolved\n`,
  ...over,
});

beforeAll(() => gh.start());
afterAll(() => gh.stop());
beforeEach(() => {
  gh.comments = [];
  gh.requests = [];
  gh.faults = [];
  gh.forbidden = false;
  gh.delayMs = 0;
  gh.actor = BOT;
  log = [];
});

test('creates once, updates in place, leaves an unchanged body alone', async () => {
  const first = await upsertComment(client(), req());
  expect(first.action).toBe('created');
  const second = await upsertComment(client(), req({ body: `${DEFAULT_MARKER}\nchanged\n` }));
  expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
  const writes = gh.writes().length;
  const third = await upsertComment(client(), req({ body: `${DEFAULT_MARKER}\nchanged\n` }));
  expect(third.action).toBe('unchanged');
  expect(gh.writes()).toHaveLength(writes);
  expect(gh.comments).toHaveLength(1);
});

test('finds our comment on a later page (Link pagination) and ignores a marker planted by another user', async () => {
  for (let i = 0; i < 130; i++) gh.seed(7, `noise ${i}`, HUMAN);
  const planted = gh.seed(7, `${DEFAULT_MARKER}\nfake report by a PR author`, HUMAN);
  const ours = gh.seed(7, `${DEFAULT_MARKER}\nold`, BOT);
  const r = await upsertComment(client(), req());
  expect(r).toMatchObject({ action: 'updated', commentId: ours.id });
  expect(gh.comments.find((c) => c.id === planted.id)?.body).toMatch(/fake report/);
  expect(gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/comments')).length).toBeGreaterThanOrEqual(
    2,
  );
  expect(gh.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/${planted.id}`))).toBe(false);
});

test('the marker must start the body: our own comment quoting it later is not the sticky one', async () => {
  gh.seed(7, `some other bot text\n${DEFAULT_MARKER}`, BOT);
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('created');
  expect(gh.comments).toHaveLength(2);
});

test('on-failure: nothing when clean and no earlier comment; resolves an earlier one', async () => {
  expect((await upsertComment(client(), req({ mode: 'on-failure', failing: false }))).action).toBe('skipped');
  expect(gh.writes()).toHaveLength(0);
  await upsertComment(client(), req({ mode: 'on-failure', failing: true }));
  const r = await upsertComment(client(), req({ mode: 'on-failure', failing: false }));
  expect(r.action).toBe('updated');
  expect(gh.comments[0]?.body).toMatch(/Resolved/);
});

test('never: no requests at all', async () => {
  expect((await upsertComment(client(), req({ mode: 'never' }))).action).toBe('skipped');
  expect(gh.requests).toHaveLength(0);
});

test('403 (read-only token) is a warning naming pull-requests: write', async () => {
  gh.forbidden = true;
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('failed');
  expect(r.warning).toMatch(/HTTP 403/);
  expect(r.warning).toMatch(/pull-requests: write/);
});

test('404 on the PR is a warning too', async () => {
  gh.faults.push({ path: '/comments', status: 404, times: 5 });
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('failed');
  expect(r.warning).toMatch(/HTTP 404.*pull-requests: write/s);
});

test('422 body too long: retried once with the degraded body', async () => {
  const huge = `${DEFAULT_MARKER}\n${'x'.repeat(60_000)}`;
  gh.faults.push({ method: 'POST', status: 422, times: 1 });
  const r = await upsertComment(client(), req({ body: huge }));
  expect(r).toMatchObject({ action: 'created', degraded: true });
  expect(gh.comments[0]?.body).toMatch(/counts only/);
});

test('a body over 65,536 characters is degraded before sending', async () => {
  const r = await upsertComment(client(), req({ body: 'y'.repeat(70_000) }));
  expect(r).toMatchObject({ action: 'created', degraded: true });
  expect(gh.writes()).toHaveLength(1);
});

test('500 then 502 then success is retried', async () => {
  gh.faults.push({ method: 'GET', path: '/comments', status: 500 }, { method: 'GET', path: '/comments', status: 502 });
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('created');
  expect(gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/comments'))).toHaveLength(3);
});

test('5xx retries stop after three: four attempts, then a warning', async () => {
  gh.faults.push({ method: 'GET', path: '/comments', status: 500, times: 10 });
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('failed');
  expect(r.warning).toMatch(/HTTP 500/);
  expect(gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/comments'))).toHaveLength(4);
});

test('network reset is retried', async () => {
  gh.faults.push({ method: 'GET', path: '/comments', status: 0, kind: 'reset' });
  expect((await upsertComment(client(), req())).action).toBe('created');
});

test('secondary rate limit: waits for retry-after, then succeeds', async () => {
  gh.faults.push({ method: 'POST', status: 403, kind: 'secondary-rate-limit', retryAfter: 1 });
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('created');
  expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(2);
  expect(log).toEqual([expect.stringMatching(/secondary rate limit on POST .*; retrying after 1s$/)]);
});

test('secondary rate limit asking for more than a minute: gives up after one attempt', async () => {
  gh.faults.push({ method: 'POST', status: 403, kind: 'secondary-rate-limit', retryAfter: 120 });
  const r = await upsertComment(client(), req());
  expect(r.action).toBe('failed');
  expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
  expect(log).toEqual([expect.stringMatching(/secondary rate limit on POST .*; giving up$/)]);
});

test('a slow server hits the bounded timeout and becomes a warning', async () => {
  gh.delayMs = 2000;
  const started = Date.now();
  const r = await upsertComment(client({ timeoutMs: 300 }), req());
  expect(r.action).toBe('failed');
  expect(r.warning).toMatch(/timed out|abort/i);
  expect(Date.now() - started).toBeLessThan(1900);
});

test('a PAT user is trusted as author besides github-actions[bot]', async () => {
  gh.actor = { login: 'release-bot-user', id: 5, type: 'User' };
  const mine = gh.seed(7, `${DEFAULT_MARKER}\nold`, gh.actor);
  const r = await upsertComment(client(), req());
  expect(r).toMatchObject({ action: 'updated', commentId: mine.id });
});

test('a GitHub App bot named in comment-authors owns the sticky comment; without it a new one is made', async () => {
  const app = { login: 'my-app[bot]', id: 5001, type: 'Bot' as const };
  const theirs = gh.seed(7, `${DEFAULT_MARKER}\nold report by the app`, app);
  gh.actor = app;
  const trusted = await upsertComment(client(), req({ authors: ['my-app[bot]'] }));
  expect(trusted).toMatchObject({ action: 'updated', commentId: theirs.id });
  gh.comments = [theirs];
  const untrusted = await upsertComment(client(), req());
  expect(untrusted.action).toBe('created');
});
