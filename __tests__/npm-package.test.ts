// The npm package as a user gets it: `npm pack`, then an offline install of the tarball into an empty
// project with an empty npm cache. It must pull no other package (everything is bundled into dist/),
// ship the licence notices and both .wasm files but no rule fixtures, and its binary must run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDist } from './helpers/dist.js';
import { tempDir } from './helpers/git-repo.js';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
const work = tempDir('egress-npm-pack-');
// npm's own cache and config are kept out: an empty cache shows the install needs nothing from it.
const npmEnv = { ...process.env, npm_config_cache: join(work, 'cache'), npm_config_userconfig: join(work, 'npmrc') };
const npm = (cwd: string, ...args: string[]): string =>
  execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let packed: PackResult;
let project: string;

beforeAll(() => {
  freshDist();
  writeFileSync(join(work, 'npmrc'), '');
  packed = (JSON.parse(npm(root, 'pack', '--json', '--pack-destination', work)) as PackResult[])[0]!;
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  npm(project, 'install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('package.json declares no runtime dependency of any kind', () => {
  for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
    expect(pkg[key]).toBeUndefined();
  expect(pkg.engines).toEqual({ node: expect.stringMatching(/^>=\d+/) });
});

test('the tarball holds the bundle, both .wasm files, the rule data and the licence notices, nothing else', () => {
  const paths = packed.files.map((f) => f.path).sort();
  expect(paths).toEqual(
    expect.arrayContaining([
      'dist/cli.js',
      'dist/worker.js',
      'dist/licenses.txt',
      'dist/web-tree-sitter.wasm',
      'dist/tree-sitter-python.wasm',
      'dist/rules/compiled.json',
      'dist/rules/openai.yml',
      'LICENSE',
      'README.md',
      'package.json',
    ]),
  );
  // No fixtures, no second copy of the rules, no sources or tests; the action's own bundle stays in
  // the repository (the CLI never loads it).
  const stray = paths.filter(
    (p) =>
      !/^dist\/(chunk-[A-Z0-9]+\.js|cli\.js|worker\.js|licenses\.txt|[a-z-]+\.wasm|rules\/[a-z0-9-]+\.(yml|json))$/.test(
        p,
      ) && !['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].includes(p),
  );
  expect(stray).toEqual([]);
  expect(paths).not.toContain('dist/index.js');
});

test('dist/licenses.txt names every bundled package whose code the CLI chunks carry', () => {
  const notices = readFileSync(join(freshDist(), 'licenses.txt'), 'utf8');
  const bundled = new Set<string>();
  for (const f of readdirSync(freshDist()).filter((n) => n.endsWith('.js') && n !== 'index.js')) {
    for (const m of readFileSync(join(freshDist(), f), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      bundled.add(m[1]!);
  }
  expect(bundled.size).toBeGreaterThan(3);
  for (const name of [...bundled, 'tree-sitter-python']) expect(notices).toMatch(new RegExp(`^${name}@\\S+ \\(`, 'm'));
});

/** Whether version `v` (x.y.z) satisfies an npm engines range made of `||` alternatives of comparators. */
function satisfies(v: string, range: string): boolean {
  const num = (x: string) =>
    x
      .replace(/^v/, '')
      .split('.')
      .map((p) => Number(p) || 0);
  const cmp = (a: number[], b: number[]) => [0, 1, 2].map((i) => (a[i] ?? 0) - (b[i] ?? 0)).find((d) => d !== 0) ?? 0;
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/([<>=]+)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => {
        const m = /^(>=|<=|>|<|=)?(\d[\d.]*)$/.exec(c);
        if (!m) throw new Error(`engines range "${range}": cannot read "${c}"`);
        const d = cmp(num(v), num(m[2]!));
        return { '>=': d >= 0, '<=': d <= 0, '>': d > 0, '<': d < 0, '=': d === 0 }[m[1] ?? '=']!;
      }),
  );
}

test("every package bundled into the CLI admits the CLI's engines floor", () => {
  const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec((pkg.engines as { node: string }).node)![1]!;
  const bad: string[] = [];
  const names = new Set<string>();
  for (const f of readdirSync(freshDist()).filter((n) => n.endsWith('.js') && n !== 'index.js'))
    for (const m of readFileSync(join(freshDist(), f), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      names.add(m[1]!);
  for (const name of names) {
    const engines = (
      JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        engines?: { node?: string };
      }
    ).engines?.node;
    if (engines && !satisfies(floor, engines)) bad.push(`${name} needs node ${engines}, the CLI claims >=${floor}`);
  }
  expect(satisfies('20.0.0', '>= 20')).toBe(true); // the reader itself
  expect(satisfies('20.0.0', '>=22 || <18')).toBe(false);
  expect(satisfies('14', '>= 14.6')).toBe(false);
  expect(bad).toEqual([]);
});

test('the offline install of the tarball pulls in no other package', () => {
  const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
  expect(installed).toEqual(['egress-audit']);
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/egress-audit']);
});

test('npx egress-audit --version runs from the installed package', () => {
  const out = execFileSync('npx', ['--offline', 'egress-audit', '--version'], {
    cwd: project,
    env: npmEnv,
    encoding: 'utf8',
  });
  expect(out.trim()).toBe(pkg.version);
});

test('the installed binary scans with its bundled parser and rules', () => {
  copyFileSync(join(root, 'examples', 'head', 'app', 'support.py'), join(project, 'support.py'));
  const out = execFileSync(
    join(project, 'node_modules', '.bin', 'egress-audit'),
    ['scan', 'support.py', '--format', 'json'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  const ids = (JSON.parse(out) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
  expect(ids).toEqual(expect.arrayContaining(['ai.openai', 'communication.slack.webhook']));
});

test('npm pkg fix has nothing to change in package.json', () => {
  const dir = join(work, 'pkg-fix');
  mkdirSync(dir);
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  npm(dir, 'pkg', 'fix');
  expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(readFileSync(join(root, 'package.json'), 'utf8'));
});
