#!/usr/bin/env node
// `node bench/real/measure.mjs [--mirrors DIR] [--work DIR] [--cli FILE] [--only a,b] [--timeout S]
//                               [--workers N] [--sample N] [--json FILE] [--quiet] [--no-copy]
//                               [--label TEXT] [--compare PREVIOUS.json]`
//
// Measures egress-audit on real projects that phone home, against the sites listed by hand in
// bench/real/expected.yaml. For each project: extract the .py files of the pinned commit from a bare
// git snapshot (no network), run `egress-audit scan --json` on the listed folders, then compare:
//   found      a finding on the site's file whose start line is within ±1 of the site's line;
//   host right one of those findings names the expected host (hostname compared without port).
// Prints found % and host-right % per shape, per project and in total, the misses, and a rough noise
// figure: findings that match no listed site (many are real egress that is simply not listed).
// Snapshots: <mirrors>/<owner>+<name>/repo (what the `fetch` tool writes); see README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

// ---------- arguments ----------
const opt = {
  mirrors: process.env.EGRESS_REAL_MIRRORS ?? '/work/.mirror',
  work: join(tmpdir(), 'egress-audit-real'),
  cli: join(repoRoot, 'dist', 'cli.js'),
  expected: join(here, 'expected.yaml'),
  only: undefined,
  timeout: 300,
  workers: 1,
  sample: 15,
  json: undefined,
  quiet: false,
  copy: true,
  label: undefined,
  compare: undefined,
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => {
    const v = argv[++i];
    if (v === undefined) fail(`${a} needs a value`);
    return v;
  };
  if (a === '--mirrors') opt.mirrors = resolve(next());
  else if (a === '--work') opt.work = resolve(next());
  else if (a === '--cli') opt.cli = resolve(next());
  else if (a === '--expected') opt.expected = resolve(next());
  else if (a === '--only') opt.only = new Set(next().split(','));
  else if (a === '--timeout') opt.timeout = Number(next());
  else if (a === '--workers') opt.workers = Number(next());
  else if (a === '--sample') opt.sample = Number(next());
  else if (a === '--json') opt.json = resolve(next());
  else if (a === '--quiet') opt.quiet = true;
  else if (a === '--no-copy') opt.copy = false;
  else if (a === '--label') opt.label = next();
  else if (a === '--compare') opt.compare = resolve(next());
  else if (a === '--help' || a === '-h') {
    const text = readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1);
    console.log(
      text
        .slice(
          0,
          text.findIndex((l) => !l.startsWith('//')),
        )
        .join('\n'),
    );
    process.exit(0);
  } else fail(`unknown argument ${a}`);
}

function fail(message) {
  console.error(`measure: ${message}`);
  process.exit(2);
}

if (!existsSync(opt.cli)) fail(`${opt.cli} not found: run npm run build first`);
opt.source = opt.cli;
const expected = parse(readFileSync(opt.expected, 'utf8'));
// A flow mapping with an unquoted comma silently adds keys: check every site's form.
const siteKeys = ['file', 'line', 'host', 'shapes', 'what'];
for (const r of expected.repos) {
  for (const s of r.sites) {
    const extra = Object.keys(s).filter((k) => !siteKeys.includes(k));
    const ok = typeof s.file === 'string' && Number.isInteger(s.line) && Array.isArray(s.shapes) && s.shapes.length > 0;
    if (extra.length > 0 || !ok)
      fail(`${r.repo} ${s.file}:${s.line}: malformed site (extra keys: ${extra.join(', ')})`);
  }
}
const repos = expected.repos.filter((r) => !opt.only || opt.only.has(r.repo));
if (repos.length === 0) fail('no project selected');
mkdirSync(opt.work, { recursive: true });
// Each run has its own folder (bundle copy, findings): several runs may share the work folder.
const runDir = mkdtempSync(join(opt.work, 'run-'));
// The bundle is self-contained (node built-ins only): a private copy keeps a concurrent
// `npm run build` from swapping chunks and rule files under a running scan.
const copy = join(runDir, 'dist');
if (opt.copy) {
  cpSync(dirname(opt.cli), copy, { recursive: true });
  opt.cli = join(copy, 'cli.js');
}
// The revision of the checkout the bundle was built in (dist/ sits at its root), unless --label.
let revision = opt.label ?? '';
if (!revision) {
  try {
    const cwd = resolve(dirname(opt.source), '..');
    revision = execFileSync('git', ['-C', cwd, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the revision line is left empty
  }
}

// ---------- snapshot extraction ----------
function mirrorOf(r) {
  return join(opt.mirrors, r.github.replace('/', '+'), 'repo');
}

function git(gitDir, args, input) {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Extracts the .py files under the scanned folders at the pinned commit; reuses a complete copy. */
function extract(r) {
  const dir = join(opt.work, r.repo);
  const stamp = join(dir, '.egress-audit-real');
  const want = `${r.commit} ${r.scan.join(',')}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  const gitDir = mirrorOf(r);
  if (!existsSync(gitDir)) throw new Error(`no snapshot at ${gitDir} (fetch github:${r.github})`);
  try {
    git(gitDir, ['cat-file', '-e', `${r.commit}^{commit}`]);
  } catch {
    throw new Error(`commit ${r.commit} is not in ${gitDir}`);
  }
  // Extracted into a staging folder and renamed into place, so a concurrent run never sees half a copy.
  const stage = mkdtempSync(join(opt.work, `.${r.repo}-`));
  const files = git(gitDir, ['ls-tree', '-r', '-z', '--name-only', r.commit, '--', ...r.scan])
    .toString()
    .split('\0')
    .filter((f) => f.endsWith('.py'));
  // Batches keep the command line short; archive + tar, because a snapshot has no work tree.
  for (let i = 0; i < files.length; i += 400) {
    const tar = git(gitDir, ['archive', '--format=tar', r.commit, '--', ...files.slice(i, i + 400)]);
    execFileSync('tar', ['-x', '-C', stage], { input: tar, maxBuffer: 1 << 30 });
  }
  writeFileSync(join(stage, '.egress-audit-real'), want);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
    rmSync(stage, { recursive: true, force: true }); // another run finished the same copy first
  } else {
    rmSync(dir, { recursive: true, force: true });
    renameSync(stage, dir);
  }
  return dir;
}

// ---------- scanning ----------
function scan(r, dir) {
  const out = join(runDir, `${r.repo}.findings.json`);
  rmSync(out, { force: true });
  const t0 = Date.now();
  const res = spawnSync(
    process.execPath,
    [opt.cli, 'scan', ...r.scan, '--root', dir, '--json', out, '--workers', String(opt.workers)],
    { cwd: dir, timeout: opt.timeout * 1000, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = (Date.now() - t0) / 1000;
  if (res.error || !existsSync(out)) {
    const why = res.error ? res.error.message : `exit ${res.status}: ${(res.stderr ?? '').slice(-400)}`;
    return { findings: [], seconds, error: why };
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { findings: report.findings ?? [], seconds, skipped: (report.skipped ?? []).length };
}

// ---------- comparison ----------
function hostname(h) {
  if (!h) return undefined;
  let s = String(h).trim().toLowerCase().replace(/\.$/, '');
  if (s.startsWith('[')) s = s.slice(1, s.indexOf(']'));
  else if (s.split(':').length === 2) s = s.split(':')[0];
  return s;
}

const near = (f, file, line) => f.file === file && Math.abs(f.startLine - line) <= 1;

const shapeStats = new Map();
const repoStats = [];
const misses = [];
/** Per site: 'host' (found, host right), 'found' (found, host wrong or unknown), 'missed'. */
const siteStatus = {};
const wrongHosts = [];
const unmatched = [];
let totalFindings = 0;
const total = { sites: 0, found: 0, hostSites: 0, hostRight: 0 };

function bump(stats, site, found, hostRight) {
  stats.sites++;
  if (found) stats.found++;
  if (site.host) {
    stats.hostSites++;
    if (hostRight) stats.hostRight++;
  }
}

for (const r of repos) {
  let dir;
  let result;
  try {
    dir = extract(r);
    result = scan(r, dir);
  } catch (e) {
    result = { findings: [], seconds: 0, error: e.message };
  }
  const { findings } = result;
  totalFindings += findings.length;
  const rs = { repo: r.repo, sites: 0, found: 0, hostSites: 0, hostRight: 0, findings: findings.length };
  rs.seconds = result.seconds;
  if (result.error) rs.error = result.error;
  const used = new Set();
  for (const site of r.sites) {
    const hits = findings.filter((f) => near(f, site.file, site.line));
    hits.forEach((f) => used.add(f));
    const found = hits.length > 0;
    const want = hostname(site.host);
    const got = hits.map((f) => hostname(f.destination?.host)).filter(Boolean);
    const hostRight = Boolean(want) && got.includes(want);
    bump(rs, site, found, hostRight);
    bump(total, site, found, hostRight);
    for (const shape of site.shapes) {
      if (!shapeStats.has(shape)) shapeStats.set(shape, { sites: 0, found: 0, hostSites: 0, hostRight: 0 });
      bump(shapeStats.get(shape), site, found, hostRight);
    }
    const where = `${r.repo} ${site.file}:${site.line}`;
    siteStatus[where] = hostRight ? 'host' : found ? 'found' : 'missed';
    if (!found) misses.push({ where, shapes: site.shapes, host: site.host, what: site.what });
    else if (want && !hostRight) {
      const detail = hits.map((f) => f.destination?.host ?? f.destination?.detail ?? f.destination?.source);
      wrongHosts.push({ where, shapes: site.shapes, host: site.host, reported: [...new Set(detail)] });
    }
  }
  for (const f of findings) if (!used.has(f)) unmatched.push({ repo: r.repo, f });
  repoStats.push(rs);
}

// ---------- report ----------
const pct = (a, b) => (b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(0).padStart(3)} %`);
const row = (name, s) =>
  `| ${name} | ${s.sites} | ${s.found} | ${pct(s.found, s.sites)} | ${s.hostRight}/${s.hostSites} | ${pct(s.hostRight, s.hostSites)} |`;
const lines = [`egress-audit at ${revision || '?'} (${opt.cli}), ${new Date().toISOString()}`, ''];
lines.push('| shape | sites | found | found % | host right | host right % |', '| --- | --- | --- | --- | --- | --- |');
const shapes = [...shapeStats.entries()].sort((a, b) => b[1].sites - a[1].sites || a[0].localeCompare(b[0]));
for (const [shape, s] of shapes) lines.push(row(shape, s));
lines.push(row('**total**', total));
lines.push('');
lines.push('| project | sites | found | found % | host right | host right % | findings | seconds |');
lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of repoStats) {
  const err = s.error ? ` ERROR: ${s.error.replace(/\s+/g, ' ').slice(0, 120)}` : '';
  lines.push(`${row(s.repo, s)} ${s.findings} | ${s.seconds.toFixed(1)}${err} |`);
}
lines.push('');
const unmatchedNonTest = unmatched.filter(
  ({ f }) => !/(^|\/)(tests?|testing)(\/|$)|(^|\/)test_[^/]*\.py$/.test(f.file),
);
const inDetail = wrongHosts.filter((w) =>
  w.reported.some((d) => hostname(w.host) && String(d).toLowerCase().includes(hostname(w.host))),
);
lines.push(
  `Found with a wrong or no host: ${wrongHosts.length}, of which ${inDetail.length} name the expected host ` +
    'only in the destination detail (e.g. "env X (default host)").',
);
lines.push(
  `Findings: ${totalFindings}; not at a listed site: ${unmatched.length} ` +
    `(${unmatchedNonTest.length} outside test folders). Host right is counted over the ${total.hostSites} ` +
    `sites with a known host; "found" over all ${total.sites}.`,
);
console.log(lines.join('\n'));

if (!opt.quiet) {
  console.log(`\nMissed sites (${misses.length}):`);
  for (const m of misses) console.log(`  ${m.where}  [${m.shapes.join(', ')}]  ${m.host ?? '-'}  ${m.what}`);
  console.log(`\nFound, wrong or no host (${wrongHosts.length}):`);
  for (const w of wrongHosts)
    console.log(`  ${w.where}  [${w.shapes.join(', ')}]  want ${w.host}, got ${w.reported.join(' | ')}`);
  // An even spread over the list, so the sample is not one project's.
  const step = Math.max(1, Math.floor(unmatchedNonTest.length / Math.max(1, opt.sample)));
  const sample = unmatchedNonTest.filter((_, i) => i % step === 0).slice(0, opt.sample);
  console.log(
    `\nSample of findings at no listed site (${sample.length} of ${unmatchedNonTest.length}, test folders left out):`,
  );
  for (const { repo, f } of sample) {
    const dest = f.destination?.host ?? f.destination?.detail ?? f.destination?.source ?? '';
    console.log(`  ${repo} ${f.file}:${f.startLine}  ${f.ruleId}  ${dest}`);
  }
}

if (opt.json) {
  const summary = {
    revision,
    date: new Date().toISOString(),
    total,
    shapes: Object.fromEntries(shapes),
    repos: repoStats,
    findings: totalFindings,
    unmatched: unmatched.length,
    unmatchedOutsideTests: unmatchedNonTest.length,
    hostOnlyInDetail: inDetail.length,
    misses,
    wrongHosts,
    sites: siteStatus,
  };
  writeFileSync(opt.json, `${JSON.stringify(summary, null, 2)}\n`);
}

// Gains and losses against an earlier --json summary: what a change to the engine moved.
if (opt.compare) {
  const before = JSON.parse(readFileSync(opt.compare, 'utf8')).sites ?? {};
  const rank = { missed: 0, found: 1, host: 2 };
  const moved = Object.entries(siteStatus).filter(([k, v]) => before[k] && before[k] !== v);
  const gains = moved.filter(([k, v]) => rank[v] > rank[before[k]]);
  const losses = moved.filter(([k, v]) => rank[v] < rank[before[k]]);
  console.log(`\nAgainst ${opt.compare}: ${gains.length} sites better, ${losses.length} worse.`);
  for (const [k, v] of gains) console.log(`  + ${k}: ${before[k]} -> ${v}`);
  for (const [k, v] of losses) console.log(`  - ${k}: ${before[k]} -> ${v}`);
}

rmSync(copy, { recursive: true, force: true });
if (!opt.quiet) console.log(`\nFindings per project: ${runDir}`);
