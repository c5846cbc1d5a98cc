// The CLI's conventions, in-process (runScan / runDiff with recording streams): standard input,
// `-` outputs, .gitignore, --exclude, --quiet, colours, write failures, permalinks and SARIF provenance
// from the origin remote (never its credentials), the README synopsis; -V from the built CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { useColor } from '../src/cli/color.js';
import { DIFF_USAGE, runDiff } from '../src/cli/diff.js';
import { webRepo } from '../src/cli/remote.js';
import { runScan, SCAN_USAGE } from '../src/cli/scan.js';
import { VERSION } from '../src/version.js';
import { sh, TempRepo } from './helpers/git-repo.js';

const SENTRY = 'import sentry_sdk\n\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n';
const OPENAI = 'import openai\n\nopenai.OpenAI().chat.completions.create(model="m", messages=[])\n';
const ENV = { PATH: process.env.PATH }; // no GITHUB_*, no colour variables

function sink(stdin?: Buffer) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    stdin: stdin ? Object.assign(Readable.from([stdin]), { isTTY: false }) : undefined,
    env: ENV,
  };
  return { out, io };
}
const scan = (args: string[], stdin?: Buffer) => {
  const s = sink(stdin);
  return runScan(args, s.io, { defaultWorkers: 1 }).then((code) => ({ code, ...s.out }));
};
const files = (json: string): string[] =>
  [...new Set((JSON.parse(json).findings as { file: string }[]).map((f) => f.file))].sort();

const repo = new TempRepo();
beforeAll(() => {
  repo.write('.gitignore', 'build/\ngen_*.py\n!gen_keep.py\n');
  repo.write('app/a.py', SENTRY);
  repo.write('app/gen_client.py', OPENAI); // ignored
  repo.write('app/gen_keep.py', OPENAI); // re-included by the negation
  repo.write('build/lib/b.py', SENTRY); // ignored folder
  repo.write('legacy/old.py', OPENAI);
  repo.commit('base');
  repo.write('build/tracked.py', SENTRY);
  sh(repo.dir, 'add', '-f', 'build/tracked.py'); // tracked files are never ignored, as in git
  repo.commit('tracked');
  sh(repo.dir, 'remote', 'add', 'origin', 'https://bot:ghp_SECRET123@gitlab.example.com/grp/sub/shop.git');
});
afterAll(() => repo.cleanup());

describe('scan: what is scanned', () => {
  it('honours .gitignore in a git repository (negations, folders); tracked files stay', async () => {
    const r = await scan(['--root', repo.dir, repo.dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual(['app/a.py', 'app/gen_keep.py', 'build/tracked.py', 'legacy/old.py']);
  });
  it('--no-ignore scans ignored files; a path named explicitly is scanned anyway', async () => {
    const all = await scan(['--root', repo.dir, repo.dir, '--format', 'json', '--no-ignore']);
    expect(files(all.stdout)).toContain('build/lib/b.py');
    expect(files(all.stdout)).toContain('app/gen_client.py');
    const named = await scan(['--root', repo.dir, join(repo.dir, 'build'), '--format', 'json']);
    expect(files(named.stdout)).toEqual(['build/lib/b.py', 'build/tracked.py']);
  });
  it('--exclude is repeatable; a folder excludes what is in it', async () => {
    const r = await scan([
      '--root',
      repo.dir,
      repo.dir,
      '--format',
      'json',
      '--exclude',
      'legacy',
      '--exclude',
      '**/gen_*.py',
    ]);
    expect(files(r.stdout)).toEqual(['app/a.py', 'build/tracked.py']);
  });
});

describe('scan: standard input', () => {
  it('"-" scans the piped bytes under --stdin-filename', async () => {
    const r = await scan(
      ['-', '--stdin-filename', join(repo.dir, 'app/new.py'), '--root', repo.dir, '--format', 'json'],
      Buffer.from(OPENAI),
    );
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).findings as { file: string; ruleId: string; startLine: number }[];
    expect(findings.map((f) => [f.file, f.ruleId, f.startLine])).toEqual([['app/new.py', 'ai.openai', 3]]);
  });
  it('defaults the name to stdin.py; refuses a name outside the root and a terminal as input', async () => {
    const r = await scan(['-', '--root', repo.dir, '--format', 'json'], Buffer.from(SENTRY));
    expect(files(r.stdout)).toEqual(['stdin.py']);
    const out = await scan(['-', '--root', repo.dir, '--stdin-filename', '/etc/x.py'], Buffer.from(SENTRY));
    expect([out.code, out.stderr]).toEqual([2, expect.stringMatching(/--stdin-filename.*inside the scan root/)]);
    const tty = sink();
    tty.io.stdin = Object.assign(Readable.from([]), { isTTY: true });
    expect(await runScan(['-', '--root', repo.dir], tty.io, { defaultWorkers: 1 })).toBe(2);
    expect(tty.out.stderr).toMatch(/nothing is piped/);
    expect((await scan(['--root', repo.dir, '--stdin-filename', 'x.py'])).code).toBe(2);
  });
});

describe('scan: outputs', () => {
  it('--sarif - writes SARIF alone to stdout, with versionControlProvenance and no credentials', async () => {
    const r = await scan(['--root', repo.dir, join(repo.dir, 'app'), '--sarif', '-']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].versionControlProvenance).toEqual([
      {
        repositoryUri: 'https://gitlab.example.com/grp/sub/shop',
        revisionId: sh(repo.dir, 'rev-parse', 'HEAD'),
        branch: 'main',
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ]);
    expect(r.stdout).not.toMatch(/SECRET|bot:/);
  });
  it('--json - and --gitlab-sast - go to stdout; two "-" outputs are a usage error', async () => {
    const j = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '--json', '-']);
    expect(files(j.stdout)).toEqual(['app/a.py']);
    const g = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '--gitlab-sast', '-']);
    expect(JSON.parse(g.stdout).vulnerabilities.map((v: { location: { file: string } }) => v.location.file)).toEqual([
      'app/a.py',
    ]);
    const both = await scan(['--root', repo.dir, '--json', '-', '--sarif', '-']);
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect(both.stderr).toMatch(/only one output can go to standard output.*--sarif, --json|--json, --sarif/);
  });
  it('a file that cannot be written is exit 2 naming the flag and the file, in scan and diff', async () => {
    const blocker = join(repo.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const target = join(blocker, 'out.json');
    const s = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '--json', target]);
    expect([s.code, s.stdout]).toEqual([2, '']);
    expect(s.stderr).toContain(`egress-audit scan: cannot write --json ${target}:`);
    const d = sink();
    expect(await runDiff(['--repo', repo.dir, '--base', 'HEAD~1', '--head', 'HEAD', '--sarif', target], d.io)).toBe(2);
    expect(d.out.stderr).toContain(`egress-audit diff: cannot write --sarif ${target}:`);
  });
  it('-q prints nothing on success and only the gate failure otherwise', async () => {
    const ok = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '-q']);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const failed = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '--quiet', '--fail-on', 'low']);
    expect([failed.code, failed.stdout]).toEqual([1, '']);
    expect(failed.stderr).toMatch(/fails the gate/);
  });
});

describe('diff: permalinks from the origin remote', () => {
  it('links into the remote (GitLab: /-/blob/), never with its credentials', async () => {
    const d = sink();
    expect(await runDiff(['--repo', repo.dir, '--base', 'HEAD~1', '--head', 'HEAD'], d.io)).toBe(0);
    const sha = sh(repo.dir, 'rev-parse', 'HEAD');
    expect(d.out.stdout).toContain(`(https://gitlab.example.com/grp/sub/shop/-/blob/${sha}/build/tracked.py#L3)`);
    expect(d.out.stdout + d.out.stderr).not.toMatch(/SECRET|bot:|local\//);
  });
  it('parses https, ssh and scp-like remotes; rejects what is not a forge URL', () => {
    expect(webRepo('https://x-access-token:tok@github.com/acme/shop.git')).toEqual({
      serverUrl: 'https://github.com',
      repository: 'acme/shop',
      blobPath: 'blob',
    });
    expect(webRepo('git@github.com:acme/shop.git')?.serverUrl).toBe('https://github.com');
    expect(webRepo('ssh://git@ghe.example.com:2222/acme/shop')).toEqual({
      serverUrl: 'https://ghe.example.com',
      repository: 'acme/shop',
      blobPath: 'blob',
    });
    expect(webRepo('https://gitlab.com:8443/a/b/c/')).toMatchObject({
      serverUrl: 'https://gitlab.com:8443',
      repository: 'a/b/c',
    });
    for (const bad of [
      '/srv/git/shop.git',
      'file:///srv/shop',
      'C:\\repos\\shop',
      'https://github.com/only',
      'https://h/../x',
    ])
      expect(webRepo(bad)).toBeUndefined();
  });
  it('folders (no remote): sites are plain file:line, not links to an invented repository', async () => {
    const d = sink();
    const base = join(repo.dir, 'legacy');
    expect(await runDiff(['--base', base, '--head', join(repo.dir, 'app')], d.io)).toBe(0);
    expect(d.out.stdout).toMatch(/a\.py\\?:3/);
    expect(d.out.stdout).not.toMatch(/\]\(https?:\/\/[^)]*blob/);
  });
});

test('colours: --no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, else only on a terminal', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  expect(useColor(tty, {})).toBe(true);
  expect(useColor(pipe, {})).toBe(false);
  expect(useColor(tty, {}, { noColor: true })).toBe(false);
  expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
  expect(useColor(tty, { NO_COLOR: '' })).toBe(true); // no-color.org: set and not empty
  expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
  expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
  expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(true);
  expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
  expect(useColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true); // FORCE_COLOR wins, as in Node
  expect(useColor(pipe, { FORCE_COLOR: '1' }, { noColor: true })).toBe(false);
});

test('-V and --version print the version; -v is not a version flag', () => {
  const cli = join(process.cwd(), 'dist', 'cli.js');
  for (const flag of ['-V', '--version'])
    expect(execFileSync('node', [cli, flag], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
  const v = spawnSync('node', [cli, '-v'], { encoding: 'utf8' });
  expect([v.status, v.stdout]).toEqual([2, '']);
});

test('the built CLI reads a real pipe for "-" and writes SARIF to a real stdout', () => {
  const cli = join(process.cwd(), 'dist', 'cli.js');
  const r = spawnSync(
    'node',
    [cli, 'scan', '-', '--root', repo.dir, '--stdin-filename', 'app/piped.py', '--sarif', '-'],
    {
      input: OPENAI,
      encoding: 'utf8',
      env: ENV,
      cwd: repo.dir, // a relative --stdin-filename is taken from the current folder, like PATH arguments
    },
  );
  expect([r.status, r.stderr]).toEqual([0, '']);
  const log = JSON.parse(r.stdout);
  expect(
    log.runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri,
    ),
  ).toEqual(['app/piped.py']);
});

test("the README's CLI synopsis lists every flag that --help lists", () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const synopsis = /```sh\n(egress-audit scan \[PATH[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(synopsis).toMatch(/egress-audit diff/);
  const flags = (usage: string): string[] => [...new Set(usage.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? [])];
  const missing = [...flags(SCAN_USAGE), ...flags(DIFF_USAGE)].filter(
    (f) => !new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(synopsis),
  );
  expect(missing).toEqual([]);
});

test('chmod guard: a read-only folder is a write failure too', async () => {
  if (process.getuid?.() === 0) return; // root writes anywhere
  const dir = join(repo.dir, 'ro');
  execFileSync('mkdir', ['-p', dir]);
  chmodSync(dir, 0o500);
  const r = await scan(['--root', repo.dir, join(repo.dir, 'app/a.py'), '--markdown', join(dir, 'r.md')]);
  chmodSync(dir, 0o700);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/cannot write --markdown/);
});
