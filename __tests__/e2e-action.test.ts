// End to end: the bundled action (a copy of dist/ with no node_modules) on a real git repository with a
// pull_request event, talking to a fake GitHub REST server on 127.0.0.1.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOT, FakeGitHub, HUMAN } from './helpers/fake-github.js';
import { sh, tempDir, TempRepo } from './helpers/git-repo.js';
import { runActionProcess, type RunResult } from './helpers/action-run.js';
import { freshDist } from './helpers/dist.js';

describe('action end to end (pull_request)', () => {
  const gh = new FakeGitHub();
  let root: string;
  let workspace: string;
  let eventPath: string;
  let distDir: string;
  let baseSha: string;
  let headSha: string;
  let runNo = 0;

  const runAction = (inputs: Record<string, string>, over: NodeJS.ProcessEnv = {}): Promise<RunResult> =>
    runActionProcess({
      root,
      distDir,
      workspace,
      eventPath,
      apiUrl: gh.url,
      runId: '42',
      sha: headSha,
      ref: 'refs/pull/7/merge',
      n: ++runNo,
      inputs,
      env: over,
    });

  beforeAll(async () => {
    root = tempDir('egress-e2e-');
    // The action must run from a copy of dist/ with no node_modules anywhere above it.
    distDir = join(root, 'action', 'dist');
    cpSync(freshDist(), distDir, { recursive: true });

    const repo = new TempRepo();
    repo.write('.github/egress-audit.yml', 'exclude:\n  - "vendor/**"\n');
    repo.write('app/alerts.py', 'import sentry_sdk\n\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n');
    repo.write(
      'app/old_name.py',
      'import requests\n\n\ndef track(p):\n    requests.post("https://api.segment.io/v1/track", json=p)\n',
    );
    repo.write('app/legacy.py', 'import requests\n\nrequests.post("https://api.mixpanel.com/track", data=b"")\n');
    baseSha = repo.commit('base');
    repo.write(
      '.github/egress-audit.yml',
      'exclude:\n  - "vendor/**"\nallow:\n  - service: Twilio\n    reason: the PR approves itself\n',
    );
    // Moved code: same call, ten lines further down.
    repo.write(
      'app/alerts.py',
      'import sentry_sdk\n' + '# padding\n'.repeat(10) + '\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n',
    );
    repo.git('mv', 'app/old_name.py', 'app/new_name.py');
    repo.remove('app/legacy.py');
    repo.write(
      'app/notify.py',
      'import os\nfrom twilio.rest import Client\n\nclient = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])\n\n\ndef page(msg):\n    client.messages.create(to="+15550001", from_="+15550002", body=msg)\n',
    );
    repo.write(
      'app/hooks.py',
      'import requests\n\n\ndef ping(payload):\n    # egress: allow[Slack] approved in the PR itself\n    requests.post("https://hooks.slack.com/services/T000/B000/XXXX", json=payload)\n',
    );
    headSha = repo.commit('head');

    // The runner's checkout: a shallow clone of the head only; the base commit must be fetched.
    const bare = join(root, 'remote.git');
    sh(root, 'clone', '-q', '--bare', repo.dir, bare);
    workspace = join(root, 'workspace');
    sh(root, 'clone', '-q', '--depth=1', `file://${bare}`, workspace);
    sh(workspace, 'checkout', '-q', '--detach');
    repo.cleanup();

    eventPath = join(root, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: baseSha, ref: 'main' },
          head: { sha: headSha, ref: 'feature' },
        },
        repository: { default_branch: 'main', full_name: 'acme/widgets' },
      }),
    );
    await gh.start();
    // Someone else planted a copy of our marker: it must never be edited.
    gh.seed(7, '<!-- egress-audit:pr-comment -->\nfake all-clear', HUMAN);
  });

  afterAll(async () => {
    await gh.stop();
  });

  test('first run: comment created, outputs and summary written, gate fails on the new high finding', async () => {
    gh.faults.push({ method: 'GET', path: '/issues/7/comments', status: 500 });
    const r = await runAction({ 'fail-on': 'high' });
    expect(r.stdout).toMatch(/Fetched [0-9a-f]{12} from origin \(shallow clone\)/);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*fail the gate/);
    expect(r.stdout).toMatch(/app\/notify\.py:8 Twilio/);

    const mine = gh.comments.filter((c) => c.user.login === BOT.login);
    expect(mine).toHaveLength(1);
    const body = mine[0]!.body;
    expect(body.startsWith('<!-- egress-audit:pr-comment -->')).toBe(true);
    expect(body).toMatch(/Twilio/);
    // Moved and renamed code is not new; the deleted file's integration is removed.
    const newSection = body.split(/###\s+Removed/)[0] ?? '';
    expect(newSection).not.toMatch(/Sentry/);
    expect(newSection).not.toMatch(/Segment/);
    expect(body).toMatch(/Mixpanel|mixpanel/);
    // Policy changes and the suppression the PR added are listed.
    expect(body).toMatch(/egress-audit\.yml/);
    expect(body).toMatch(/approved in the PR itself/);
    expect(gh.comments.find((c) => c.user.login === HUMAN.login)?.body).toMatch(/fake all-clear/);

    const integrations = JSON.parse(r.outputs['new-integrations'] ?? '[]') as { service: string }[];
    expect(integrations.map((i) => i.service).sort()).toEqual(['Slack', 'Twilio']);
    expect(r.outputs['new-findings']).toBe('2');
    expect(r.outputs['highest-new-risk']).toBe('high');
    expect(r.outputs['comment-id']).toBe(String(mine[0]!.id));
    expect(r.outputs['comment-content']).toBe(body);
    expect(r.outputs['sarif-file']).toBe('egress-audit.sarif');
    expect(r.summary).toMatch(/New outbound integrations/);
    expect(r.summary).not.toMatch(/<!-- egress-audit/);

    const sarif = JSON.parse(readFileSync(join(workspace, 'egress-audit.sarif'), 'utf8'));
    const uris = sarif.runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['app/alerts.py', 'app/hooks.py', 'app/new_name.py', 'app/notify.py']));
  });

  test('second run, same result: the comment is not re-sent or duplicated', async () => {
    const writes = gh.writes().length;
    const r = await runAction({ 'fail-on': 'high' });
    expect(r.code).toBe(1);
    expect(gh.writes()).toHaveLength(writes);
    expect(gh.comments.filter((c) => c.user.login === BOT.login)).toHaveLength(1);
  });

  test('fail-on critical passes; the same comment is updated in place', async () => {
    const id = gh.comments.find((c) => c.user.login === BOT.login)!.id;
    const r = await runAction({ 'fail-on': 'critical' });
    expect(r.code).toBe(0);
    const patches = gh.requests.filter((q) => q.method === 'PATCH');
    expect(patches.at(-1)?.path).toMatch(new RegExp(`/issues/comments/${id}$`));
    expect(gh.comments.filter((c) => c.user.login === BOT.login)).toHaveLength(1);
    expect(r.outputs['comment-id']).toBe(String(id));
  });

  test('warn-only never fails', async () => {
    const r = await runAction({ 'fail-on': 'low', 'warn-only': 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::warn-only/);
  });

  test('403 on commenting: a warning naming pull-requests: write, summary written, gate still applied', async () => {
    gh.forbidden = true;
    const r = await runAction({ 'fail-on': 'high' });
    gh.forbidden = false;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::.*pull-requests: write/);
    expect(r.summary).toMatch(/Twilio/);
    expect(r.outputs['new-findings']).toBe('2');
    expect(r.outputs['comment-id']).toBe('');
  });

  test('allow-pr-suppressions honours the suppression the PR added', async () => {
    const r = await runAction({ 'fail-on': 'high', 'allow-pr-suppressions': 'true', 'comment-summary-in-pr': 'never' });
    expect(r.outputs['new-findings']).toBe('1');
    expect(r.code).toBe(1); // Twilio still fails: the PR's own allow entry is not used.
  });

  test('push to the default branch: a full scan of the checkout, no comment', async () => {
    const pushEvent = join(root, 'push.json');
    writeFileSync(
      pushEvent,
      JSON.stringify({ before: baseSha, after: headSha, repository: { default_branch: 'main' } }),
    );
    const requests = gh.requests.length;
    const r = await runAction(
      { 'fail-on': 'critical', 'sarif-file': 'full.sarif' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent, GITHUB_REF: 'refs/heads/main' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/full scan \(push to the default branch\)/);
    const sarif = JSON.parse(readFileSync(join(workspace, 'full.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(4);
    expect(gh.requests.length).toBe(requests);
  });
});
