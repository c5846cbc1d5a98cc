import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffFolders } from '../src/diff/folders.js';
import {
  diffRevisions,
  ensureCommit,
  gitSnapshot,
  isShallow,
  listChanges,
  parseNameStatus,
  resolveCommit,
} from '../src/diff/git.js';
import { sh, tempDir, TempRepo } from './helpers/git-repo.js';

const byPath = <T extends { path: string }>(xs: T[]): Record<string, T> =>
  Object.fromEntries(xs.map((x) => [x.path, x]));

describe('parseNameStatus', () => {
  test('renames carry two paths, others one', () => {
    expect(parseNameStatus(['M', 'a.py', 'R087', 'old.py', 'new.py', 'D', 'gone.py', 'T', 'x'])).toEqual([
      { status: 'modified', path: 'a.py' },
      { status: 'renamed', path: 'new.py', oldPath: 'old.py' },
      { status: 'deleted', path: 'gone.py' },
      { status: 'type-changed', path: 'x' },
    ]);
  });
});

describe('git revisions', () => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  const weird = ['with space.py', 'new\nline.py', 'ünïcödé/ファイル.py', '-leading-dash.py', 'hash#q?pct%.py'];

  beforeAll(() => {
    repo = new TempRepo();
    repo.write('keep.py', 'import os\n');
    repo.write('moved.py', 'import requests\n' + 'x = 1\n'.repeat(20));
    repo.write('gone.py', 'print(1)\n');
    repo.write('becomes_link.py', 'print(2)\n');
    repo.write('edit.py', 'a = 1\n');
    base = repo.commit('base');
    repo.git('mv', 'moved.py', 'pkg_moved.py');
    repo.remove('gone.py');
    repo.link('becomes_link.py', '/etc/passwd');
    repo.link('evil.py', '../../../../etc/passwd');
    repo.write('edit.py', 'a = 2\n');
    for (const w of weird) repo.write(w, `# ${JSON.stringify(w)}\n`);
    repo.write('big.py', 'x = 1\n'.repeat(1000));
    // A submodule: a gitlink entry pointing at another repository's commit.
    const sub = new TempRepo();
    sub.write('s.py', 'print(3)\n');
    const subSha = sub.commit('sub');
    repo.git('add', '-A');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${subSha},vendor/sub`);
    repo.git('commit', '-q', '-m', 'head');
    head = repo.git('rev-parse', 'HEAD');
    sub.cleanup();
  });
  afterAll(() => repo.cleanup());

  test('lists renames, deletions, type changes and odd names exactly', async () => {
    const r = await listChanges(repo.dir, base, head);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = byPath(r.value);
    expect(m['pkg_moved.py']).toEqual({ status: 'renamed', path: 'pkg_moved.py', oldPath: 'moved.py' });
    expect(m['gone.py']?.status).toBe('deleted');
    expect(m['becomes_link.py']?.status).toBe('type-changed');
    expect(m['edit.py']?.status).toBe('modified');
    expect(m['vendor/sub']?.status).toBe('added');
    for (const w of weird) expect(m[w]?.status).toBe('added');
  });

  test('reads contents at a revision; links and submodules are skipped, not followed', async () => {
    const snap = gitSnapshot(repo.dir, head);
    const got = await snap.read(
      ['edit.py', 'becomes_link.py', 'evil.py', 'vendor/sub', 'gone.py', 'big.py', ...weird],
      1000,
    );
    const files = byPath(got.files);
    expect(files['edit.py']?.content.toString()).toBe('a = 2\n');
    for (const w of weird) expect(files[w]?.content.toString()).toBe(`# ${JSON.stringify(w)}\n`);
    expect(files['gone.py']).toBeUndefined();
    const skipped = Object.fromEntries(got.skipped.map((s) => [s.file, s.reason]));
    expect(skipped['becomes_link.py']).toMatch(/symbolic link/);
    expect(skipped['evil.py']).toMatch(/symbolic link/);
    expect(skipped['vendor/sub']).toMatch(/submodule/);
    expect(skipped['big.py']).toMatch(/max-file-size/);
    expect(JSON.stringify(got)).not.toMatch(/root:/);
    const old = await gitSnapshot(repo.dir, base).read(['gone.py', 'becomes_link.py'], 1000);
    expect(old.files.map((f) => f.path).sort()).toEqual(['becomes_link.py', 'gone.py']);
  });

  test('refuses option-like and unknown revisions', async () => {
    expect((await resolveCommit(repo.dir, '--output=/tmp/x')).ok).toBe(false);
    const gone = await ensureCommit(repo.dir, 'f'.repeat(40));
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.problems[0]?.message).toMatch(/force-pushed/);
  });

  test('diffRevisions in a full clone uses the merge base', async () => {
    const d = await diffRevisions(repo.dir, base, head, { useMergeBase: true });
    expect(d.ok).toBe(true);
    if (d.ok) expect(d.value.fromSha).toBe(base);
  });
});

describe('shallow clone without the base commit', () => {
  test('fetches just that commit from origin and says so', async () => {
    const work = new TempRepo();
    work.write('a.py', 'print(1)\n');
    const base = work.commit('base');
    work.write('a.py', 'print(2)\n');
    const head = work.commit('head');
    const root = tempDir();
    const bare = join(root, 'remote.git');
    sh(root, 'clone', '-q', '--bare', work.dir, bare);
    sh(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const clone = join(root, 'clone');
    sh(root, 'clone', '-q', '--depth=1', `file://${bare}`, clone);
    expect(await isShallow(clone)).toBe(true);
    expect((await resolveCommit(clone, base)).ok).toBe(false);

    const d = await diffRevisions(clone, base, head, { useMergeBase: true });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.log.join('\n')).toMatch(/Fetched [0-9a-f]{12} from origin \(shallow clone\)/);
    expect(d.value.log.join('\n')).toMatch(/Merge base not in the checkout/);
    expect(d.value.changes).toEqual([{ status: 'modified', path: 'a.py' }]);
    const old = await d.value.base.read(['a.py'], 1e6);
    expect(old.files[0]?.content.toString()).toBe('print(1)\n');
    work.cleanup();
  });
});

describe('two-folder mode', () => {
  test('diffs two trees, detects exact moves, never follows links out of the root', async () => {
    const root = tempDir();
    const b = join(root, 'base');
    const h = join(root, 'head');
    for (const [dir, files] of [
      [b, { 'same.py': 'x = 1\n', 'old.py': 'import os\nprint(1)\n', 'gone.py': 'y\n', 'mod.py': '1\n' }],
      [h, { 'same.py': 'x = 1\n', 'sub dir/new name.py': 'import os\nprint(1)\n', 'mod.py': '2\n', 'added.py': 'z\n' }],
    ] as const) {
      for (const [p, c] of Object.entries(files)) {
        mkdirSync(join(dir, p, '..'), { recursive: true });
        writeFileSync(join(dir, p), c);
      }
    }
    execFileSync('ln', ['-s', '/etc/passwd', join(h, 'evil.py')]);
    execFileSync('ln', ['-s', '/etc', join(h, 'etcdir')]);
    const d = await diffFolders(b, h, (p) => p.endsWith('.py'));
    expect(d.changes).toEqual([
      { status: 'added', path: 'added.py' },
      { status: 'added', path: 'evil.py' },
      { status: 'deleted', path: 'gone.py' },
      { status: 'modified', path: 'mod.py' },
      { status: 'renamed', path: 'sub dir/new name.py', oldPath: 'old.py' },
    ]);
    const got = await d.head.read(['evil.py', 'mod.py', 'etcdir/passwd'], 1e6);
    expect(got.files.map((f) => f.path)).toEqual(['mod.py']);
    expect(got.skipped).toEqual([{ file: 'evil.py', reason: 'symbolic link (not followed)' }]);
  });
});

describe('action revision fallbacks', () => {
  test('a base commit force-pushed away falls back to the tip of the base branch', async () => {
    const { resolvePlan } = await import('../src/action/revisions.js');
    const work = new TempRepo();
    work.write('a.py', 'print(1)\n');
    const tip = work.commit('base');
    work.write('a.py', 'print(2)\n');
    const head = work.commit('head');
    work.git('branch', 'feature');
    work.git('reset', '-q', '--hard', tip);
    const root = tempDir();
    const clone = join(root, 'clone');
    sh(root, 'clone', '-q', '--no-local', work.dir, clone);
    sh(clone, 'fetch', '-q', 'origin', 'feature');
    const r = await resolvePlan(clone, {
      kind: 'diff',
      base: 'e'.repeat(40),
      head,
      prNumber: 1,
      baseBranch: 'main',
      why: 'test',
    });
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.plan.kind !== 'diff') return;
    expect(r.value.plan.base).toBe(tip);
    expect(r.value.warnings.join('\n')).toMatch(/tip of main/);
    work.cleanup();
  });
});
