// End to end: a pull_request whose base commit is in neither the shallow checkout nor the remote (the
// base was force-pushed away). The bundled action reads the base side (changed files and the base
// policy, custom rule folder included) through a fake GitHub REST server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiSnapshot, listPullFiles } from '../src/github/api-snapshot.js';
import { createClient } from '../src/github/client.js';
import { BOT, FakeGitHub, type FakeEntry, type FakePullFile } from './helpers/fake-github.js';
import { sh, tempDir, TempRepo } from './helpers/git-repo.js';
import { runActionProcess, type RunResult } from './helpers/action-run.js';
import { freshDist } from './helpers/dist.js';

/** A commit's tree as the fake server serves it (regular files, links, submodules). */
function treeOf(dir: string, sha: string): Map<string, FakeEntry> {
  const tree = new Map<string, FakeEntry>();
  for (const rec of sh(dir, 'ls-tree', '-r', '-z', sha).split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(rec);
    if (!m) continue;
    const [, mode, , oid, path] = m as unknown as [string, string, string, string, string];
    if (mode === '160000') tree.set(path, { type: 'submodule', url: 'https://example.invalid/sub.git' });
    else {
      const bytes = execFileSync('git', ['cat-file', 'blob', oid], { cwd: dir });
      tree.set(
        path,
        mode === '120000' ? { type: 'symlink', target: bytes.toString('utf8') } : { type: 'file', content: bytes },
      );
    }
  }
  return tree;
}

/** What GitHub lists for a pull request: git's name-status with renames, in GitHub's words. */
function pullFilesOf(dir: string, base: string, head: string): FakePullFile[] {
  const words: Record<string, FakePullFile['status']> = { A: 'added', M: 'modified', D: 'removed', T: 'changed' };
  const out: FakePullFile[] = [];
  const parts = sh(dir, 'diff', '--name-status', '-M', '-z', base, head).split('\0');
  for (let i = 0; i < parts.length && parts[i];) {
    const st = parts[i++] as string;
    if (st.startsWith('R')) {
      const from = parts[i++] as string;
      out.push({ status: 'renamed', previous_filename: from, filename: parts[i++] as string });
    } else out.push({ status: words[st[0] as string] ?? 'modified', filename: parts[i++] as string });
  }
  return out;
}

const CUSTOM_RULE = `family: acme
rules:
  - id: acme.billing
    name: Acme billing charge
    service: Acme Billing
    category: network
    modules: [acme_billing]
    sends:
      - acme_billing.charge
    hosts: [billing.acme.example]
    docs:
      detects: Charges through the Acme billing client.
      why: Card data leaves the process.
      example: |
        import acme_billing
        acme_billing.charge(1)
      resolve: Allowlist it.
      references: [https://billing.acme.example/docs]
`;

describe('action end to end: base commit only reachable through the GitHub API', () => {
  const gh = new FakeGitHub();
  let root: string;
  let workspace: string;
  let eventPath: string;
  let distDir: string;
  let baseSha: string;
  let headSha: string;
  let runNo = 0;

  const runAction = (inputs: Record<string, string>): Promise<RunResult> =>
    runActionProcess({
      root,
      distDir,
      workspace,
      eventPath,
      apiUrl: gh.url,
      runId: '43',
      sha: headSha,
      ref: 'refs/pull/9/merge',
      n: ++runNo,
      inputs,
    });

  beforeAll(async () => {
    root = tempDir('egress-e2e-api-');
    distDir = join(root, 'action', 'dist');
    cpSync(freshDist(), distDir, { recursive: true });

    const repo = new TempRepo();
    repo.write('.github/egress-audit.yml', 'rules:\n  - policy/rules\nexclude:\n  - "vendor/**"\n');
    repo.write('policy/rules/acme.yml', CUSTOM_RULE);
    repo.write('app/alerts.py', 'import sentry_sdk\n\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n');
    repo.write(
      'app/old_name.py',
      'import requests\n\n\ndef track(p):\n    requests.post("https://api.segment.io/v1/track", json=p)\n',
    );
    repo.write('app/legacy.py', 'import requests\n\nrequests.post("https://api.mixpanel.com/track", data=b"")\n');
    // Through the contents API this link would read as alerts.py: it must be skipped, not followed.
    repo.link('app/linked.py', 'alerts.py');
    baseSha = repo.commit('base');

    // The head is an orphan commit, so the remote that holds it knows nothing of the base.
    repo.git('checkout', '-q', '--orphan', 'feature');
    repo.write(
      '.github/egress-audit.yml',
      'rules:\n  - policy/rules\nexclude:\n  - "vendor/**"\nallow:\n  - service: OpenAI\n    reason: the PR approves itself\n',
    );
    repo.write(
      'app/alerts.py',
      'import sentry_sdk\n' + '# padding\n'.repeat(10) + '\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n',
    );
    repo.git('mv', 'app/old_name.py', 'app/new_name.py');
    repo.remove('app/legacy.py');
    repo.remove('app/linked.py');
    repo.write('app/linked.py', 'print("no longer a link")\n');
    repo.write(
      'app/ai.py',
      'from openai import OpenAI\n\n\ndef ask(q):\n    return OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[q])\n',
    );
    repo.write('app/billing.py', 'import acme_billing\n\nacme_billing.charge(100)\n');
    // Enough changed files for the PR's file list to span two pages.
    for (let i = 0; i < 120; i++) repo.write(`docs/page-${String(i).padStart(3, '0')}.md`, `page ${i}\n`);
    headSha = repo.commit('head');

    gh.commits.set(baseSha, treeOf(repo.dir, baseSha));
    gh.pullFiles.set(9, pullFilesOf(repo.dir, baseSha, headSha));

    const bare = join(root, 'remote.git');
    sh(root, 'clone', '-q', '--bare', '--no-local', '--single-branch', '--branch', 'feature', repo.dir, bare);
    workspace = join(root, 'workspace');
    sh(root, 'clone', '-q', '--depth=1', `file://${bare}`, workspace);
    sh(workspace, 'checkout', '-q', '--detach');
    repo.cleanup();

    eventPath = join(root, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 9,
        pull_request: { number: 9, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
        repository: { default_branch: 'main', full_name: 'acme/widgets' },
      }),
    );
    await gh.start();
  });

  afterAll(async () => {
    await gh.stop();
  });

  test('the base is read through the API: moved code is not new, the added OpenAI call is', async () => {
    const r = await runAction({ 'fail-on': 'medium' });
    const short = baseSha.slice(0, 12);
    const files = gh.pullFiles.get(9)!.length;
    expect(r.stdout).toMatch(
      new RegExp(
        `::warning::.*Base commit ${short} not available locally; read the ${files} changed files at base through the GitHub API`,
      ),
    );
    expect(r.stdout).toMatch(/Policy: \.github\/egress-audit\.yml read from [0-9a-f]{12} \(the base revision\)/);
    expect(r.stdout).toMatch(/Rules: policy\/rules read from/);
    // Both pages of the file list, and contents at the base SHA only.
    expect(gh.requests.filter((q) => q.path.includes('/pulls/9/files')).length).toBe(2);
    const contents = gh.requests.filter((q) => q.path.includes('/contents/'));
    expect(contents.length).toBeGreaterThan(0);
    expect(contents.every((q) => q.path.endsWith(`ref=${baseSha}`))).toBe(true);

    // The PR's own allow entry for OpenAI is not used; the base's custom rule is.
    const integrations = JSON.parse(r.outputs['new-integrations'] ?? '[]') as { service: string }[];
    expect(integrations.map((i) => i.service).sort()).toEqual(['Acme Billing', 'OpenAI']);
    expect(r.outputs['new-findings']).toBe('2');
    expect(r.code).toBe(1);

    const mine = gh.comments.filter((c) => c.user.login === BOT.login);
    expect(mine).toHaveLength(1);
    const body = mine[0]!.body;
    const newSection = body.split(/###\s+Removed/)[0] ?? '';
    expect(newSection).toMatch(/OpenAI/);
    expect(newSection).not.toMatch(/Sentry/);
    expect(newSection).not.toMatch(/Segment/);
    expect(body).toMatch(/Mixpanel|mixpanel/);
    expect(body).toMatch(/egress-audit\.yml/);
    expect(body).toMatch(/app\/linked\.py.*symbolic link at [0-9a-f]{12} \\\\?\(not followed/);
    expect(r.outputs['comment-id']).toBe(String(mine[0]!.id));
    expect(r.outputs['comment-content']).toBe(body);
    expect(r.summary).toMatch(/OpenAI/);
  });

  test('when the API fails too and there is no base branch to fall back to, the run fails clearly', async () => {
    gh.faults.push({ method: 'GET', path: '/pulls/9/files', status: 403 });
    const r = await runAction({ 'fail-on': 'medium', 'comment-summary-in-pr': 'never' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /GitHub API fallback: reading the base through the GitHub API failed too: pull request #9: cannot list its files: HTTP 403/,
    );
    expect(r.stdout).toMatch(/git fetch origin main failed/);
  });
});

describe('apiSnapshot against the fake REST server', () => {
  const gh = new FakeGitHub();
  const sha = 'a'.repeat(40);
  const client = () => createClient({ token: 'ghs_test', baseUrl: gh.url, noWaits: true, retries: 0 });
  const ref = { owner: 'acme', repo: 'widgets' };

  beforeAll(async () => {
    await gh.start();
    gh.commits.set(
      sha,
      new Map<string, FakeEntry>([
        ['a.py', { type: 'file', content: 'import requests\n' }],
        ['empty.py', { type: 'file', content: '' }],
        ['big.py', { type: 'file', content: Buffer.alloc(1024 * 1024 + 10, 0x23) }],
        ['in-repo-link.py', { type: 'symlink', target: 'a.py' }],
        ['outside-link.py', { type: 'symlink', target: '../../etc/passwd' }],
        ['vendor/sub', { type: 'submodule', url: 'https://example.invalid/sub.git' }],
        ['rules/x/one.yml', { type: 'file', content: 'family: x\n' }],
        ['rules/x/deep/two.yml', { type: 'file', content: 'family: y\n' }],
      ]),
    );
  });
  afterAll(() => gh.stop());

  test('reads files, skips links and submodules, respects the size limit, uses blobs over 1 MB', async () => {
    const snap = apiSnapshot(client(), ref, sha);
    const got = await snap.read(
      ['a.py', 'empty.py', 'gone.py', 'in-repo-link.py', 'outside-link.py', 'vendor/sub', 'big.py'],
      100,
    );
    expect(got.files.map((f) => [f.path, f.content.toString()])).toEqual([
      ['a.py', 'import requests\n'],
      ['empty.py', ''],
    ]);
    expect(got.skipped).toEqual([
      { file: 'in-repo-link.py', reason: 'symbolic link at aaaaaaaaaaaa (not followed)' },
      { file: 'outside-link.py', reason: 'symbolic link at aaaaaaaaaaaa (not followed)' },
      { file: 'vendor/sub', reason: 'submodule at aaaaaaaaaaaa (not scanned)' },
      { file: 'big.py', reason: '1048586 bytes exceeds max-file-size 100' },
    ]);
    const big = await snap.read(['big.py'], 2 * 1024 * 1024);
    expect(big.files[0]?.content.length).toBe(1024 * 1024 + 10);
    expect(gh.requests.some((q) => q.path.includes('/git/blobs/'))).toBe(true);
  });

  test('an API error is a skipped file with the reason, not an absent one', async () => {
    gh.faults.push({ method: 'GET', path: '/contents/a.py', status: 500 });
    const got = await apiSnapshot(client(), ref, sha).read(['a.py'], 1000);
    expect(got.files).toEqual([]);
    expect(got.skipped[0]?.reason).toMatch(/not readable at aaaaaaaaaaaa through the GitHub API: HTTP 500/);
  });

  test('lists rule folders recursively; refuses to list the whole repository', async () => {
    const snap = apiSnapshot(client(), ref, sha);
    const l = await snap.list(['rules/x']);
    expect(l.ok && [...l.value].sort()).toEqual(['rules/x/deep/two.yml', 'rules/x/one.yml']);
    expect((await snap.list(['missing'])).ok).toBe(true);
    expect((await snap.list()).ok).toBe(false);
  });

  test('the PR file list is paginated and its 3,000-file cap is reported', async () => {
    gh.pullFiles.set(
      1,
      Array.from({ length: 3100 }, (_, i) => ({ filename: `f${i}.py`, status: 'added' as const })),
    );
    gh.pullFiles.set(2, [
      { filename: 'new.py', status: 'renamed', previous_filename: 'old.py' },
      { filename: 'gone.py', status: 'removed' },
    ]);
    const capped = await listPullFiles(client(), ref, 1);
    expect(capped.ok && capped.value.changes.length).toBe(3000);
    expect(capped.ok && capped.value.notes[0]?.message).toMatch(/at most 3000 changed files/);
    const small = await listPullFiles(client(), ref, 2);
    expect(small.ok && small.value).toEqual({
      changes: [
        { status: 'renamed', path: 'new.py', oldPath: 'old.py' },
        { status: 'deleted', path: 'gone.py' },
      ],
      notes: [],
    });
  });
});
