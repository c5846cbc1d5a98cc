// Paths (issue 7, item 2): symbolic links never lead outside the workspace, odd file names are scanned
// and come out correctly encoded in SARIF and escaped in Markdown.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { renderComment } from '../src/report/comment.js';
import { renderScanMarkdown } from '../src/report/scan-markdown.js';
import { serializeSarif, toSarif } from '../src/report/sarif.js';
import { collectFiles, scanPaths } from '../src/scan/scan.js';
import { builtinRules } from './helpers/engine.js';
import { comparisonOf, markdownProblems, MARKER, REPO, runCli, STACK_FRAME, tempWorkspace } from './helpers/hostile.js';
import { schemaErrors } from './helpers/sarif-validate.js';

const PASSWD = '/etc/passwd';
const passwdText = (() => {
  try {
    return readFileSync(PASSWD, 'utf8');
  } catch {
    return 'root:x:0:0';
  }
})();
/** A line of /etc/passwd that would only show up in output if the file was read. */
const PASSWD_PROBE = passwdText.split('\n').find((l) => l.includes(':')) ?? 'root:x:0:0';

describe('symbolic links', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeAll(() => {
    ws = tempWorkspace();
    ws.write('ok.py', 'import requests\nrequests.get("https://ok.example/")\n');
    ws.write('inside/real.py', 'import requests\nrequests.get("https://inside.example/")\n');
    symlinkSync(PASSWD, join(ws.root, 'evil.py'));
    symlinkSync('/etc', join(ws.root, 'etcdir'));
    symlinkSync(join(ws.root, 'inside'), join(ws.root, 'alias-dir'));
    symlinkSync('inside/real.py', join(ws.root, 'alias.py'));
    symlinkSync('../../../../../../../../etc/passwd', join(ws.root, 'inside', 'rel-evil.py'));
    symlinkSync('evil.py', join(ws.root, 'chain.py')); // link to a link
    symlinkSync('/nonexistent/target.py', join(ws.root, 'dangling.py'));
  });
  afterAll(() => ws.cleanup());

  it('collectFiles never returns a link, and reports each one it met with a reason', () => {
    const c = collectFiles([], ws.root, defaultConfig());
    expect(c.files.map((f) => f.path)).toEqual(['inside/real.py', 'ok.py']);
    const reasons = Object.fromEntries(c.skipped.map((s) => [s.file, s.reason]));
    for (const f of ['evil.py', 'alias.py', 'inside/rel-evil.py', 'chain.py', 'dangling.py'])
      expect(reasons[f]).toMatch(/symbolic link/);
  });

  it('a symlinked directory (to /etc, or inside the workspace) is not followed and is reported', () => {
    const c = collectFiles([], ws.root, defaultConfig());
    const reasons = Object.fromEntries(c.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['etcdir']).toMatch(/symbolic link/);
    expect(reasons['alias-dir']).toMatch(/symbolic link/);
  });

  it('explicit inputs through a link or outside the root are refused', () => {
    const c = collectFiles(
      ['evil.py', 'etcdir', 'etcdir/passwd', 'alias-dir/real.py', '../../etc/passwd', PASSWD],
      ws.root,
      defaultConfig(),
    );
    expect(c.files).toEqual([]);
    expect(c.skipped.map((s) => s.file).sort()).toEqual(
      expect.arrayContaining(['evil.py', 'etcdir', 'etcdir/passwd', 'alias-dir/real.py']),
    );
    expect(c.skipped).toHaveLength(6);
  });

  it('the scan API and the CLI never read /etc/passwd through a link', async () => {
    const cfg = defaultConfig();
    const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
    expect(r.findings.map((f) => f.file).sort()).toEqual(['inside/real.py', 'ok.py']);
    expect(JSON.stringify(r)).not.toContain(PASSWD_PROBE);
    const run = runCli(
      ['scan', '.', 'etcdir/passwd', '--format', 'json', '--sarif', 'out.sarif', '--workers', '1'],
      ws.root,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(PASSWD_PROBE);
    expect(readFileSync(join(ws.root, 'out.sarif'), 'utf8')).not.toContain(PASSWD_PROBE);
    expect(JSON.parse(run.stdout).skipped.map((s: { file: string }) => s.file)).toEqual(
      expect.arrayContaining(['evil.py', 'etcdir/passwd']),
    );
  });

  it('a workspace root that is itself a link is resolved once, and nothing escapes it', async () => {
    const outer = tempWorkspace();
    try {
      symlinkSync(ws.root, join(outer.root, 'root-link'));
      const c = collectFiles([], join(outer.root, 'root-link'), defaultConfig());
      expect(c.files.map((f) => f.path)).toEqual(['inside/real.py', 'ok.py']);
    } finally {
      outer.cleanup();
    }
  });
});

describe('odd file names', () => {
  const NAMES = [
    'with space.py',
    'ünïcødé/数据.py',
    'hash#frag.py',
    'query?x=1.py',
    'percent%41%2F.py',
    'back`tick`.py',
    'new\nline.py',
    '-leading-dash.py',
    '--help.py',
    'emoji 🚀.py',
    'quote\'"s.py',
    'bracket[1](2).py',
    'pipe|and&amp.py',
    '@org|x.py',
  ];
  let ws: ReturnType<typeof tempWorkspace>;
  beforeAll(() => {
    ws = tempWorkspace();
    for (const n of NAMES) ws.write(n, 'import requests\nrequests.get("https://names.example/")\n');
  });
  afterAll(() => ws.cleanup());

  it('all are scanned, with exact repo-relative paths', async () => {
    const cfg = defaultConfig();
    const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
    expect(r.skipped).toEqual([]);
    expect(r.findings.map((f) => f.file).sort()).toEqual([...NAMES].sort());
  });

  it('SARIF: each artifact URI is a valid percent-encoded URI reference that decodes to the name', async () => {
    const cfg = defaultConfig();
    const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
    const { log } = toSarif({
      findings: r.findings,
      rules: builtinRules(cfg).rules,
      skipped: NAMES.map((file) => ({ file, reason: 'test' })),
      notes: [],
      version: '0.0.0',
    });
    expect(schemaErrors(JSON.parse(serializeSarif(log)))).toEqual([]);
    const uris = log.runs[0]!.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    for (const u of uris) expect(u).toMatch(/^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+$/);
    expect(uris.map((u) => u.split('/').map(decodeURIComponent).join('/')).sort()).toEqual([...NAMES].sort());
  });

  it('Markdown: names are escaped in the scan report and the PR comment', async () => {
    const cfg = defaultConfig();
    const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
    expect(markdownProblems(renderScanMarkdown(r))).toEqual([]);
    const md = renderComment(comparisonOf(r), REPO, { marker: MARKER, failed: false, failOn: 'high' });
    expect(markdownProblems(md, { marker: MARKER, runUrl: REPO.runUrl })).toEqual([]);
    expect(md).not.toContain('new\nline');
  });

  it('CLI: a leading-dash file name after `--` is a path, not an option', () => {
    const run = runCli(['scan', '--format', 'json', '--workers', '1', '--', '-leading-dash.py', '--help.py'], ws.root);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code).toBe(0);
    const files = JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file);
    expect(files.sort()).toEqual(['--help.py', '-leading-dash.py']);
  });
});

describe('paths under a .git folder or excluded folders are not scanned, but a lookalike is', () => {
  it('".git" is excluded, ".git-py" and "git" are not', async () => {
    const ws = tempWorkspace();
    try {
      mkdirSync(join(ws.root, '.git'));
      for (const p of ['.git/hooks/x.py', '.git-py/x.py', 'git/x.py'])
        ws.write(p, 'import requests\nrequests.get("https://x.example/")\n');
      const c = collectFiles([], ws.root, defaultConfig());
      expect(c.files.map((f) => f.path)).toEqual(['.git-py/x.py', 'git/x.py']);
    } finally {
      ws.cleanup();
    }
  });
});
