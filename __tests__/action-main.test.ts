// The action in-process (src/action/main.ts with a recording core facade) on a real git repository and
// a fake GitHub REST server on 127.0.0.1: the gate, the sticky comment, warn-only, a read-only token.
// e2e-action.test.ts runs the same flows through the bundle; this gives main.ts in-process coverage.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../src/action/main.js';
import { FakeCore } from './helpers/fake-core.js';
import { BOT, FakeGitHub } from './helpers/fake-github.js';
import { tempDir, TempRepo } from './helpers/git-repo.js';

const gh = new FakeGitHub();
const repo = new TempRepo();
let env: NodeJS.ProcessEnv;
let headSha: string;

const TWILIO =
  'import os\nfrom twilio.rest import Client\n\nclient = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])\n\n\ndef page(msg):\n    client.messages.create(to="+15550001", from_="+15550002", body=msg)\n';

beforeAll(async () => {
  repo.write('.github/egress-audit.yml', 'exclude:\n  - "vendor/**"\n');
  repo.write('app/alerts.py', 'import sentry_sdk\n\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n');
  const baseSha = repo.commit('base');
  repo.write('app/notify.py', TWILIO);
  headSha = repo.commit('head');
  const eventPath = join(tempDir('egress-main-event-'), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
      repository: { default_branch: 'main', full_name: 'acme/widgets' },
    }),
  );
  env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_API_URL: await gh.start(),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: '42',
    GITHUB_SHA: headSha,
    GITHUB_REF: 'refs/pull/7/merge',
  };
});

afterAll(async () => {
  await gh.stop();
  repo.cleanup();
});

async function runAction(inputs: Record<string, string>): Promise<{ code: number; core: FakeCore }> {
  const core = new FakeCore({ 'github-token': 'ghs_fake', ...inputs });
  const code = await run(env, { core, client: { noWaits: true } });
  return { code, core };
}

const ours = () => gh.comments.filter((c) => c.user.login === BOT.login);

test('a PR adding an integration at or above fail-on fails the gate and posts one comment', async () => {
  const { code, core } = await runAction({ 'fail-on': 'high' });
  expect(code).toBe(1);
  expect(core.failures).toEqual([
    expect.stringMatching(/fails the gate \(fail-on: high\)[\s\S]*app\/notify\.py:8 Twilio → api\.twilio\.com/),
  ]);
  expect(ours()).toHaveLength(1);
  const body = ours()[0]!.body;
  expect(body.startsWith('<!-- egress-audit:pr-comment -->')).toBe(true);
  expect(body).toMatch(/Twilio/);
  expect(body).not.toMatch(/Sentry/); // unchanged file: not new
  expect(core.outputs).toEqual({
    'sarif-file': 'egress-audit.sarif',
    'new-findings': '1',
    'new-integrations': expect.stringContaining('"service":"Twilio"'),
    'highest-new-risk': 'high',
    'comment-content': body,
    'comment-id': String(ours()[0]!.id),
    // upload-sarif's ref/sha: the PR head analysed, not refs/pull/7/merge and its merge commit.
    'sarif-ref': 'refs/pull/7/head',
    'sarif-sha': headSha,
  });
  const declared = Object.keys(
    (parse(readFileSync(join(process.cwd(), 'action.yml'), 'utf8')) as { outputs: object }).outputs,
  );
  expect(Object.keys(core.outputs).sort()).toEqual(declared.sort());
  expect(core.summary).toMatch(/New outbound integrations/);
  expect(core.infos).toContainEqual(expect.stringMatching(/^PR comment created/));
  // The failing finding is an error annotation on its line; nothing was capped.
  expect(core.errors.map((a) => a.where)).toEqual([
    expect.objectContaining({ file: 'app/notify.py', startLine: 8, endLine: 8, title: 'egress-audit: Twilio (high)' }),
  ]);
  expect(core.notices).toEqual([]);
  const sarif = JSON.parse(readFileSync(join(repo.dir, 'egress-audit.sarif'), 'utf8'));
  expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('communication.twilio');
  expect(sarif.runs[0].versionControlProvenance).toEqual([
    { repositoryUri: 'https://github.com/acme/widgets', revisionId: headSha, mappedTo: { uriBaseId: '%SRCROOT%' } },
  ]);
});

test('a second run with the gate passing updates the same comment in place', async () => {
  const id = ours()[0]!.id;
  const { code, core } = await runAction({ 'fail-on': 'critical' });
  expect(code).toBe(0);
  expect(core.failures).toEqual([]);
  expect(gh.requests.filter((q) => q.method === 'PATCH').at(-1)?.path).toMatch(new RegExp(`/issues/comments/${id}$`));
  expect(ours()).toHaveLength(1);
  expect(core.outputs['comment-id']).toBe(String(id));
});

test('warn-only: exit 0, no failure, a warning that the gate would fail', async () => {
  const { code, core } = await runAction({ 'fail-on': 'low', 'warn-only': 'true' });
  expect(code).toBe(0);
  expect(core.failures).toEqual([]);
  expect(core.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^warn-only: the gate would fail/));
  // warn-only: the finding that would fail is a warning annotation, not an error.
  expect(core.errors).toEqual([]);
  expect(core.warnings.map((w) => w.where)).toContainEqual(
    expect.objectContaining({ file: 'app/notify.py', startLine: 8 }),
  );
});

test('a 403 on commenting is a warning naming pull-requests: write; the gate still applies', async () => {
  gh.forbidden = true;
  try {
    const { code, core } = await runAction({ 'fail-on': 'high' });
    expect(code).toBe(1);
    expect(core.failures).toHaveLength(1);
    expect(core.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/HTTP 403.*pull-requests: write/s),
    );
    expect(core.outputs['comment-id']).toBe('');
    expect(core.outputs['new-findings']).toBe('1');
    expect(core.summary).toMatch(/Twilio/);
  } finally {
    gh.forbidden = false;
  }
});

test('comment-summary-in-pr never: no GitHub request at all', async () => {
  const requests = gh.requests.length;
  const { code } = await runAction({ 'fail-on': 'high', 'comment-summary-in-pr': 'never' });
  expect(code).toBe(1);
  expect(gh.requests).toHaveLength(requests);
});

test('an invalid input fails the run naming the input, before any analysis', async () => {
  const { code, core } = await runAction({ 'fail-on': 'sometimes' });
  expect(code).toBe(1);
  expect(core.failures).toEqual([expect.stringMatching(/^Invalid inputs:[\s\S]*fail-on/)]);
  expect(core.outputs).toEqual({});
});

test('html-report writes the self-contained report of the PR: the new integration marked, permalinks to head', async () => {
  const { code, core } = await runAction({
    'fail-on': 'none',
    'comment-summary-in-pr': 'never',
    'html-report': 'out/egress.html',
  });
  expect(code).toBe(0);
  expect(core.infos).toContainEqual(expect.stringMatching(/^HTML report: .*out\/egress\.html$/));
  const html = readFileSync(join(repo.dir, 'out', 'egress.html'), 'utf8');
  const sections = [
    ...html.matchAll(/<section class="integration" id="(integration-\d+)"[^>]*>\n<h3>(.*?)<\/h3>/g),
  ].map((m) => m[2]);
  expect(sections).toHaveLength(1);
  expect(sections[0]).toMatch(/Twilio → <code>api\.twilio\.com<\/code> <span class="badge badge-new">new<\/span>/);
  expect(html).toContain(`https://github.com/acme/widgets/blob/${headSha}/app/notify.py#L8`);
});

test('an html-report path that cannot be written fails the run naming the input', async () => {
  writeFileSync(join(repo.dir, 'blocker'), 'a file, not a folder');
  const { code, core } = await runAction({
    'fail-on': 'none',
    'comment-summary-in-pr': 'never',
    'html-report': 'blocker/r.html',
  });
  expect(code).toBe(1);
  expect(core.failures).toEqual([expect.stringMatching(/html-report.*cannot write the HTML report/)]);
});
