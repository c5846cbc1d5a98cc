// PR mode lists only Python changes with rename detection (issue 11): a changed non-Python blob that is
// missing from the object store (a partial clone, a pruned .har) is never read, so the run succeeds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../src/cli/diff.js';
import { listChanges } from '../src/diff/changes.js';
import { TempRepo } from './helpers/git-repo.js';

const TWILIO =
  'import os\nfrom twilio.rest import Client\n\nc = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])\nc.messages.create(to="+1", from_="+2", body="x")\n';

function dropBlob(repo: TempRepo, rev: string, path: string): void {
  const oid = repo.git('rev-parse', `${rev}:${path}`);
  rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
}

describe('changed files', () => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = new TempRepo();
    const har = JSON.stringify({ log: { entries: Array.from({ length: 50 }, (_, i) => ({ url: `https://x/${i}` })) } });
    repo.write('fixtures/session.har', har);
    repo.write('app/old_name.py', TWILIO);
    repo.write('.github/egress-audit.yml', 'paths: ["**/*.py"]\nexclude: ["**/gen/**"]\n');
    base = repo.commit('base');
    // A rename candidate pair of non-Python files (git would read both blobs to pair them) and a Python rename.
    repo.remove('fixtures/session.har');
    repo.write('fixtures/session-2.har', har.replace('x/1', 'y/1'));
    repo.remove('app/old_name.py');
    repo.write('app/new_name.py', TWILIO);
    repo.write('app/UPPER.PY', 'x = 1\n');
    repo.write('.github/egress-audit.yml', 'paths: ["**/*.py"]\nexclude: ["**/gen/**"] # changed\n');
    head = repo.commit('head');
    dropBlob(repo, base, 'fixtures/session.har');
    dropBlob(repo, head, 'fixtures/session-2.har');
  });
  afterAll(() => repo.cleanup());

  it('plain git rename detection would fail on the missing blob', () => {
    expect(() => repo.git('diff', '-M', '--name-status', base, head)).toThrow();
  });

  it('lists everything, renames only among Python files, without reading other blobs', async () => {
    const r = await listChanges(repo.dir, base, head);
    expect(r.ok && r.value).toEqual([
      { status: 'modified', path: '.github/egress-audit.yml' },
      { status: 'added', path: 'app/UPPER.PY' },
      { status: 'renamed', path: 'app/new_name.py', oldPath: 'app/old_name.py' },
      { status: 'added', path: 'fixtures/session-2.har' },
      { status: 'deleted', path: 'fixtures/session.har' },
    ]);
  });

  it('PR mode succeeds, follows the Python rename and still lists the policy change', async () => {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s) },
    };
    const code = await runDiff(['--repo', repo.dir, '--base', base, '--head', head, '--format', 'json'], io);
    expect(out.stderr).not.toMatch(/failed/);
    expect(code).toBe(0);
    const cmp = JSON.parse(out.stdout);
    expect(cmp.newFindings).toEqual([]);
    expect(cmp.policyChanges).toEqual(['.github/egress-audit.yml']);
    // The (base) exclude glob matches nothing at head: a warning, not a failure.
    expect(out.stderr).toMatch(/exclude\[0\]: glob "\*\*\/gen\/\*\*" matches no file at head/);
  });
});
