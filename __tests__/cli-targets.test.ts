// Bad targets are errors (issue 11): a scan path that does not exist, lies outside the root or is not a
// regular file or folder exits 2 naming it; `diff --repo` that is not a repository says so; a bad
// `working-directory` input names the input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkingDirectory } from '../src/action/inputs.js';
import { runDiff } from '../src/cli/diff.js';
import { runScan } from '../src/cli/scan.js';
import { checkTargets } from '../src/cli/targets.js';
import { git } from '../src/diff/exec.js';
import { tempDir, TempRepo } from './helpers/git-repo.js';

function sink() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
  };
}

const SENTRY = 'import sentry_sdk\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n';

describe('egress-audit scan targets', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'app.py'), SENTRY);
  });
  const scan = async (...args: string[]) => {
    const s = sink();
    const code = await runScan(['--root', root, '--workers', '1', ...args], s.io, { defaultWorkers: 1 });
    return { code, ...s.out };
  };

  it('a path that does not exist exits 2 naming it', async () => {
    const r = await scan(join(root, 'nosuch/dir'), '--fail-on', 'high');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(root, 'nosuch/dir')}: does not exist`);
    expect(r.stdout).toBe('');
  });

  it('a path outside the root exits 2 naming it', async () => {
    for (const p of ['/etc', join(root, '..')]) {
      const r = await scan(p);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${p}: is outside the scan root`);
    }
  });

  it('a FIFO named explicitly is refused with a reason', async () => {
    const fifo = join(root, 'pipe.py');
    execFileSync('mkfifo', [fifo]);
    const r = await scan(fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fifo}: is a FIFO (named pipe), not a regular file or folder`);
  });

  it('a device is refused; relative paths resolve against the working folder', () => {
    expect(checkTargets(['null'], '/dev', '/dev')).toEqual([
      { file: 'null', message: expect.stringMatching(/is a character device/) },
    ]);
    expect(checkTargets(['src', 'src/app.py', '.'], root, root)).toEqual([]);
    // A root given through a link accepts paths under its real location (and under the link).
    const outer = tempDir();
    symlinkSync(root, join(outer, 'link'));
    expect(checkTargets([join(root, 'src'), join(outer, 'link', 'src')], join(outer, 'link'), outer)).toEqual([]);
  });

  it('a missing --root exits 2; good targets still scan', async () => {
    const s = sink();
    expect(await runScan(['--root', join(root, 'gone'), '--workers', '1'], s.io, { defaultWorkers: 1 })).toBe(2);
    expect(s.out.stderr).toContain('--root: does not exist');
    const ok = await scan(join(root, 'src'), '--fail-on', 'critical');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Sentry/);
  });
});

describe('egress-audit diff --repo', () => {
  it('a folder that is not a git repository says so', async () => {
    const dir = tempDir();
    const s = sink();
    expect(await runDiff(['--repo', dir, '--base', 'HEAD~1', '--head', 'HEAD'], s.io)).toBe(2);
    expect(s.out.stderr).toMatch(/not a git repository/);
    expect(s.out.stderr).not.toMatch(/is not a commit/);
  });

  it('a missing folder says so', async () => {
    const s = sink();
    const gone = join(tempDir(), 'gone');
    expect(await runDiff(['--repo', gone, '--base', 'a', '--head', 'b'], s.io)).toBe(2);
    expect(s.out.stderr).toContain(`${gone}: folder does not exist`);
  });

  it('a real repository still works', async () => {
    const repo = new TempRepo();
    repo.write('a.py', 'x = 1\n');
    const base = repo.commit('base');
    repo.write('a.py', SENTRY);
    repo.commit('head');
    expect(await runDiff(['--repo', repo.dir, '--base', base, '--head', 'HEAD'], sink().io)).toBe(0);
    repo.cleanup();
  });
});

describe('working folders', () => {
  it('a bad working-directory input names the input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(checkWorkingDirectory(join(dir, 'nope'), 'nope')).toMatchObject({
      key: 'working-directory',
      message: expect.stringMatching(/^"nope" \(.*\) does not exist$/),
    });
    expect(checkWorkingDirectory(join(dir, 'file'), 'file')?.message).toMatch(/is not a folder/);
    expect(checkWorkingDirectory(dir, '.')).toBeUndefined();
  });

  it('git in a missing folder reports the folder, not "spawn git ENOENT"', async () => {
    const gone = join(tempDir(), 'gone');
    const r = await git(gone, ['status']);
    expect(r.code).toBe(-1);
    expect(r.stderr).toBe(`folder ${gone} does not exist`);
    const withInput = await git(gone, ['cat-file', '--batch'], { input: 'x\n' });
    expect(withInput.stderr).toBe(`folder ${gone} does not exist`);
  });
});
