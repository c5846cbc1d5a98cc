#!/usr/bin/env node
// `npm run bench [-- DIR] [--rounds N] [--scale-rounds N] [--no-scale] [--no-pr] [--build] [--big DIR] [--no-big]`
//
// Measures, in one run and on one corpus (the Python standard library of this machine without its
// tests, or DIR), alternating the order every round:
//   (a) the parse floor: read + parse every file with the same web-tree-sitter + grammar
//   (b) `egress-audit scan` end to end, single-threaded (--workers 1)
//   (c) the same with --workers 2
//   (d) PR mode: `egress-audit diff` between two commits of a generated 10,000-file repository
//       where the head changes 20 files (and the same command on identical revisions, to split
//       start-up + git + rule loading from the analysis of the 40 file versions)
//   (e) start-up: `egress-audit --version` against `node -e 0`
//   (f) (c) again with a warm `--cache` (filled by the warm-up pass): its output must equal (c)'s;
//       once, outside the rounds, `--shard 1/2` and `2/2` merged must equal a full scan's JSON
//   (g) once, peak RSS of a 2-worker scan of the big corpus: the whole library folder of this Python
//       (standard library with its tests and site-packages, about 13,000 files), or --big DIR
// then a scaling table for the single-threaded scan at 1x, 4x, 16x the corpus (replicated files)
// and 4x bigger files. Every ratio is taken within a round, then the median is reported.
// No network. Everything it generates lives under $TMPDIR/egress-audit-bench.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './gen-repo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const t0 = Date.now();

// ---------- arguments ----------
const argv = process.argv.slice(2);
const opt = {
  rounds: 5,
  scaleRounds: 3,
  scale: true,
  pr: true,
  build: false,
  dir: undefined,
  big: undefined,
  bigRun: true,
};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--rounds') opt.rounds = Math.max(1, Number(argv[++i]));
  else if (a === '--scale-rounds') opt.scaleRounds = Math.max(1, Number(argv[++i]));
  else if (a === '--no-scale') opt.scale = false;
  else if (a === '--no-pr') opt.pr = false;
  else if (a === '--build') opt.build = true;
  else if (a === '--big') opt.big = resolve(argv[++i]);
  else if (a === '--no-big') opt.bigRun = false;
  else if (a === '-h' || a === '--help') {
    console.log(
      'usage: node bench/run.mjs [DIR] [--rounds N] [--scale-rounds N] [--no-scale] [--no-pr] [--build] [--big DIR] [--no-big]',
    );
    process.exit(0);
  } else if (!a.startsWith('-') && !opt.dir) opt.dir = resolve(a);
  else {
    console.error(`bench: unknown argument ${a}`);
    process.exit(2);
  }
}

const work = join(tmpdir(), 'egress-audit-bench');
mkdirSync(work, { recursive: true });
const log = (s = '') => process.stdout.write(`${s}\n`);
const progress = (s) => process.stderr.write(`\r\x1b[K${s}`);

// ---------- the CLI under test: a snapshot of dist/, so a concurrent build cannot change it mid-run ----------
if (opt.build || !existsSync(join(repo, 'dist', 'cli.js'))) {
  log('building dist/ (npm run build)...');
  execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
}
const dist = join(work, `dist-${process.pid}`);
cpSync(join(repo, 'dist'), dist, { recursive: true });
const cli = join(dist, 'cli.js');
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));

// ---------- corpus ----------
function stdlibDir() {
  const out = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error('python3 not found: give a corpus folder (node bench/run.mjs DIR)');
  return out.stdout.trim();
}

const SKIP_DIRS = new Set(['test', 'tests', 'idle_test', 'site-packages', '__pycache__']);
function listPy(dir, skipDirs) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!skipDirs || !SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

let source;
let corpus;
if (opt.dir) {
  source = `folder ${opt.dir}`;
  corpus = opt.dir;
} else {
  const std = stdlibDir();
  source = `Python standard library ${std} (without test/, tests/, idle_test/, site-packages/)`;
  const files = listPy(std, true);
  // Copy into a clean folder (relative paths kept), reused while the file list is the same.
  const key = Buffer.from(`${std}:${files.length}`).toString('base64url').slice(-24);
  corpus = join(work, `corpus-${key}`);
  if (!existsSync(join(corpus, '.complete'))) {
    rmSync(corpus, { recursive: true, force: true });
    for (const f of files) {
      const dst = join(corpus, relative(std, f));
      mkdirSync(dirname(dst), { recursive: true });
      copyFileSync(f, dst);
    }
    writeFileSync(join(corpus, '.complete'), '');
  }
}
const corpusFiles = listPy(corpus, false);
const listFile = join(work, `list-${process.pid}.txt`);
writeFileSync(listFile, corpusFiles.join('\n'));
process.on('exit', () => rmSync(listFile, { force: true }));
let corpusBytes = 0;
let corpusLines = 0;
for (const f of corpusFiles) {
  const b = readFileSync(f);
  corpusBytes += b.length;
  for (let i = 0; i < b.length; i++) if (b[i] === 10) corpusLines++;
}

const corpusKey = Buffer.from(`${corpus}:${corpusFiles.length}:${corpusBytes}`).toString('base64url').slice(-20);

// ---------- machine ----------
const cpu = cpus();
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const rssHook = join(here, 'rss-hook.mjs');
log(`egress-audit bench — ${new Date().toISOString()}`);
log(
  `machine: ${cpu.length} CPU (${cpu[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
log(`corpus: ${source}`);
log(
  `        ${corpusFiles.length} files, ${fmtInt(corpusBytes)} bytes (${(corpusBytes / 1e6).toFixed(1)} MB), ${fmtInt(corpusLines)} lines`,
);
log(
  `CLI: ${relative(process.cwd(), join(repo, 'dist', 'cli.js')) || 'dist/cli.js'} (snapshot), RSS from ${timeBin ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'}`,
);

// ---------- running one command ----------
/** Run a command; wall time (s) from here, peak RSS (MB) of the process tree leader. */
function run(cmd, args, { out, cwd } = {}) {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  let file = cmd;
  let full = args;
  const env = { ...process.env, NO_COLOR: '1' };
  if (timeBin) {
    file = timeBin;
    full = ['-f', '%M', '-o', rssFile, cmd, ...args];
  } else if (cmd === process.execPath) {
    full = ['--import', rssHook, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const start = process.hrtime.bigint();
  const r = spawnSync(file, full, { cwd: cwd ?? repo, env, maxBuffer: 1 << 28, encoding: out ? 'utf8' : 'buffer' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(0, 2000)}`);
  }
  let rss;
  try {
    const txt = readFileSync(rssFile, 'utf8').trim().split('\n').pop();
    rss = Number(txt) / 1024; // KB -> MB
  } catch {
    rss = NaN;
  }
  if (out) writeFileSync(out, r.stdout);
  return { wall, rss };
}

const node = process.execPath;
const cacheDir = join(work, `cache-${process.pid}`);
rmSync(cacheDir, { recursive: true, force: true });
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
const SCAN = (dir, workers) => [cli, 'scan', dir, '--root', dir, '--format', 'json', '--workers', String(workers)];

// ---------- PR repository ----------
let pr;
if (opt.pr) {
  progress('generating the PR repository (10,000 files, cached)...');
  const t = Date.now();
  try {
    pr = generateRepo(join(work, 'pr-repo-10000'), { files: 10000, changed: 20 });
    pr.dir = join(work, 'pr-repo-10000');
    progress('');
    log(
      `PR repo: 10,000 generated Python files (${(pr.bytes / 1e6).toFixed(1)} MB), head changes 20 files (${((Date.now() - t) / 1000).toFixed(1)} s to prepare)`,
    );
  } catch (e) {
    progress('');
    log(`PR mode skipped: cannot generate the git repository (${String(e.message ?? e).split('\n')[0]})`);
    pr = undefined;
  }
}

// ---------- measurements ----------
const M = {
  floor: {
    label: '(a) parse floor: read + parse (web-tree-sitter)',
    cmd: () => [node, [join(here, 'floor.mjs'), listFile, dist]],
  },
  scan1: { label: '(b) scan --workers 1', cmd: (o) => [node, SCAN(corpus, 1), o] },
  scan2: { label: '(c) scan --workers 2', cmd: (o) => [node, SCAN(corpus, 2), o] },
  // (f) the same with a warm cache: the warm-up pass fills it, every round reuses it.
  cached: {
    label: '(f) scan --workers 2 --cache (warm)',
    cmd: (o) => [node, [...SCAN(corpus, 2), '--cache', cacheDir], o],
  },
  version: { label: '(e) egress-audit --version', cmd: () => [node, [cli, '--version']] },
  nodeE: { label: '(e) node -e 0', cmd: () => [node, ['-e', '0']] },
};
if (pr) {
  const diff = (base) => [node, [cli, 'diff', '--base', base, '--head', pr.head, '--repo', pr.dir, '--format', 'json']];
  M.pr = { label: '(d) diff, 20 changed files', cmd: (o) => [...diff(pr.base), o] };
  M.pr0 = { label: '(d) diff, identical revisions', cmd: (o) => [...diff(pr.head), o] };
}
const keys = Object.keys(M);
for (const k of keys) M[k].runs = [];
const outputs = {
  scan1: join(work, `scan1-${process.pid}.json`),
  scan2: join(work, `scan2-${process.pid}.json`),
  cached: join(work, `cached-${process.pid}.json`),
  pr: join(work, `pr-${process.pid}.json`),
};
process.on('exit', () => Object.values(outputs).forEach((f) => rmSync(f, { force: true })));

// Warm-up (page cache, compiled code), not counted.
progress('warm-up...');
for (const k of keys) {
  const [c, a] = M[k].cmd();
  run(c, a, { out: outputs[k] });
}
{
  // The warm-up filled the cache; this run's output is the warm one compared with the cold scan's.
  const [c, a] = M.cached.cmd();
  run(c, a, { out: outputs.cached });
}
const floorInfo = JSON.parse(spawnSync(node, [join(here, 'floor.mjs'), listFile, dist], { encoding: 'utf8' }).stdout);

for (let r = 0; r < opt.rounds; r++) {
  // Rotate the order every round so no measurement always follows the same one.
  const order = keys.map((_, i) => keys[(i + r) % keys.length]);
  for (const k of order) {
    progress(`round ${r + 1}/${opt.rounds}: ${M[k].label}`);
    const [c, a] = M[k].cmd();
    M[k].runs.push(run(c, a));
  }
}
progress('');

// ---------- results ----------
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const perRound = (f) => Array.from({ length: opt.rounds }, (_, i) => f(i));
const wall = (k) => M[k].runs.map((x) => x.wall);
const w = (k, i) => M[k].runs[i].wall;

const scanOut = JSON.parse(readFileSync(outputs.scan1, 'utf8'));
const sameOutput = readFileSync(outputs.scan1, 'utf8') === readFileSync(outputs.scan2, 'utf8');
const sameCached = readFileSync(outputs.cached, 'utf8') === readFileSync(outputs.scan2, 'utf8');
// Two shards merged must equal one full scan (issue 15): checked once, outside the timed rounds.
progress('two shards and their merge...');
const part = (name) => join(work, `${name}-${process.pid}.json`);
const scanTo = (file, extra = []) => run(node, [...SCAN(corpus, 2), '--json', file, ...extra]);
scanTo(part('full'));
scanTo(part('shard-1'), ['--shard', '1/2']);
scanTo(part('shard-2'), ['--shard', '2/2']);
run(node, [cli, 'merge', part('shard-1'), part('shard-2'), '--root', corpus, '--json', part('merged')]);
const sameShards = readFileSync(part('merged'), 'utf8') === readFileSync(part('full'), 'utf8');
for (const name of ['full', 'shard-1', 'shard-2', 'merged']) rmSync(part(name), { force: true });
progress('');

log();
log(`| measurement | n | median wall s | min–max s | files/s | MB/s | peak RSS MB (max) |`);
log(`|---|---|---|---|---|---|---|`);
for (const k of keys) {
  const m = M[k];
  const mw = med(wall(k));
  const perCorpus = ['floor', 'scan1', 'scan2', 'cached'].includes(k);
  const rss = Math.max(...m.runs.map((x) => x.rss));
  log(
    `| ${m.label} | ${m.runs.length} | ${mw.toFixed(3)} | ${Math.min(...wall(k)).toFixed(3)}–${Math.max(...wall(k)).toFixed(3)} | ${perCorpus ? fmtInt(corpusFiles.length / mw) : '–'} | ${perCorpus ? (corpusBytes / 1e6 / mw).toFixed(1) : '–'} | ${Number.isFinite(rss) ? rss.toFixed(0) : '?'} |`,
  );
}
log();
log(`floor: ${floorInfo.files} files parsed, ${floorInfo.errors} trees with syntax errors`);
log(
  `scan: ${scanOut.filesScanned} files scanned, ${scanOut.filesParsed} parsed (the text prefilter skipped ${scanOut.filesScanned - scanOut.filesParsed}), ${scanOut.findings.length} findings, ${scanOut.skipped.length} skipped; --workers 1 and 2 outputs ${sameOutput ? 'identical' : 'DIFFER'}; warm-cache output ${sameCached ? 'identical' : 'DIFFERS'}; two shards merged ${sameShards ? 'identical to the full scan' : 'DIFFER from the full scan'}`,
);

const ratios = [];
const ratio = (name, values, target, pass, unit = '×') => {
  const m = med(values);
  ratios.push({ name, m, min: Math.min(...values), max: Math.max(...values), target, ok: pass(m), unit });
};
ratio(
  '(b)/(a) full scan single-threaded ÷ parse floor',
  perRound((i) => w('scan1', i) / w('floor', i)),
  '≤ 1.5',
  (m) => m <= 1.5,
);
ratio(
  '(c)/(a) cold full scan, default workers (2) ÷ parse floor',
  perRound((i) => w('scan2', i) / w('floor', i)),
  '≤ 0.5',
  (m) => m <= 0.5,
);
ratio(
  '(f)/(c) warm-cache scan ÷ cold scan',
  perRound((i) => w('cached', i) / w('scan2', i)),
  '≤ 0.25',
  (m) => m <= 0.25,
);
ratio(
  '(b)/(c) speed-up with 2 workers',
  perRound((i) => w('scan1', i) / w('scan2', i)),
  '≥ 1.6',
  (m) => m >= 1.6,
);
if (pr) {
  ratio(
    '(d) PR analysis after start-up: diff − --version',
    perRound((i) => w('pr', i) - w('version', i)),
    '≤ 0.5 s',
    (m) => m <= 0.5,
    ' s',
  );
  ratio(
    '(d) PR analysis of the 40 file versions: diff − diff of identical revisions',
    perRound((i) => w('pr', i) - w('pr0', i)),
    '≤ 0.5 s',
    (m) => m <= 0.5,
    ' s',
  );
}
ratio(
  '(e) start-up: --version ÷ node -e 0',
  perRound((i) => w('version', i) / w('nodeE', i)),
  '≤ 2',
  (m) => m <= 2,
);
const rssMax = Math.max(...['scan1', 'scan2'].flatMap((k) => M[k].runs.map((x) => x.rss)));
log();
log(`| ratio (median of per-round values) | median | min–max | target | |`);
log(`|---|---|---|---|---|`);
for (const r of ratios) {
  const f = (x) => (r.unit === ' s' ? `${x.toFixed(3)} s` : `${x.toFixed(2)}×`);
  log(`| ${r.name} | ${f(r.m)} | ${f(r.min)}–${f(r.max)} | ${r.target} | ${r.ok ? 'pass' : 'FAIL'} |`);
}
log(
  `| peak RSS, full scan (1 or 2 workers) | ${rssMax.toFixed(0)} MB | | ≤ 300 MB | ${rssMax <= 300 ? 'pass' : 'FAIL'} |`,
);
// (g) the big corpus, once: memory is what this measures (a full scan keeps only shared modules' trees).
if (opt.bigRun) {
  let big = opt.big;
  if (!big && !opt.dir) big = stdlibDir();
  if (big && existsSync(big)) {
    const bigFiles = listPy(big, false);
    let bigBytes = 0;
    for (const f of bigFiles) bigBytes += readFileSync(f).length;
    progress(`(g) big corpus: ${bigFiles.length} files`);
    const g = run(node, SCAN(big, 2), { out: join(work, `big-${process.pid}.json`) });
    progress('');
    const gOut = JSON.parse(readFileSync(join(work, `big-${process.pid}.json`), 'utf8'));
    rmSync(join(work, `big-${process.pid}.json`), { force: true });
    log(
      // The built-in excludes (site-packages, venv...) leave many of the listed files out: say how many were scanned.
      `| (g) peak RSS, scan --workers 2 of ${big} (${fmtInt(bigFiles.length)} files, ${(bigBytes / 1e6).toFixed(0)} MB; ${fmtInt(gOut.filesScanned)} scanned after the built-in excludes, ${gOut.filesParsed} parsed): ${g.wall.toFixed(1)} s | ${g.rss.toFixed(0)} MB | | ≤ 300 MB | ${g.rss <= 300 ? 'pass' : 'FAIL'} |`,
    );
  }
}
if (pr) {
  const prOut = JSON.parse(readFileSync(outputs.pr, 'utf8'));
  const count = (x) => (Array.isArray(x) ? x.length : typeof x === 'number' ? x : '?');
  log(
    `PR run: ${
      ['added', 'removed', 'newFindings', 'findings']
        .filter((k) => k in prOut)
        .map((k) => `${k} ${count(prOut[k])}`)
        .join(', ') || 'json ok'
    }`,
  );
}

// ---------- scaling ----------
if (opt.scale) {
  log();
  log(
    'Scaling, single-threaded scan (--workers 1); corpus replicated k times (hard links), or each file repeated k times:',
  );
  const variants = [
    { name: '1× (the corpus)', k: 1, dir: corpus },
    { name: '4× files', k: 4, dir: replicate(4) },
    { name: '16× files', k: 16, dir: replicate(16) },
    { name: '4× file size', k: 4, dir: biggerFiles(4) },
  ];
  for (const v of variants) v.runs = [];
  for (let r = 0; r < opt.scaleRounds; r++) {
    for (const v of r % 2 ? [...variants].reverse() : variants) {
      progress(`scaling round ${r + 1}/${opt.scaleRounds}: ${v.name}`);
      v.runs.push(run(node, SCAN(v.dir, 1)));
    }
  }
  progress('');
  const base = med(variants[0].runs.map((x) => x.wall));
  log(`| corpus | files | MB | n | median wall s | min–max s | MB/s | peak RSS MB | wall ÷ (k × 1× wall) |`);
  log(`|---|---|---|---|---|---|---|---|---|`);
  for (const v of variants) {
    const ws = v.runs.map((x) => x.wall);
    const mw = med(ws);
    const files = v.name.includes('size') ? corpusFiles.length : corpusFiles.length * v.k;
    const mb = (corpusBytes * v.k) / 1e6;
    log(
      `| ${v.name} | ${fmtInt(files)} | ${mb.toFixed(1)} | ${ws.length} | ${mw.toFixed(2)} | ${Math.min(...ws).toFixed(2)}–${Math.max(...ws).toFixed(2)} | ${(mb / mw).toFixed(1)} | ${Math.max(...v.runs.map((x) => x.rss)).toFixed(0)} | ${(mw / (v.k * base)).toFixed(2)} |`,
    );
  }
}

log();
log(
  `load at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; bench took ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);

// ---------- helpers ----------
function fmtInt(n) {
  return Math.round(n).toLocaleString('en-US');
}

/** k copies of the corpus as hard links (same bytes, same page cache), cached between runs. */
function replicate(k) {
  const target = join(work, `scale-x${k}-${corpusKey}`);
  if (!existsSync(join(target, '.complete'))) {
    rmSync(target, { recursive: true, force: true });
    for (let c = 0; c < k; c++) {
      for (const f of corpusFiles) {
        const dst = join(target, `copy${c}`, relative(corpus, f));
        mkdirSync(dirname(dst), { recursive: true });
        try {
          linkSync(f, dst);
        } catch {
          copyFileSync(f, dst);
        }
      }
    }
    writeFileSync(join(target, '.complete'), '');
  }
  return target;
}

/** Each file's text repeated k times (valid Python: module bodies concatenated); max-file-size raised. */
function biggerFiles(k) {
  const target = join(work, `scale-size${k}-${corpusKey}`);
  if (!existsSync(join(target, '.complete'))) {
    rmSync(target, { recursive: true, force: true });
    for (const f of corpusFiles) {
      const dst = join(target, relative(corpus, f));
      mkdirSync(dirname(dst), { recursive: true });
      let text = readFileSync(f);
      if (text.length && text[text.length - 1] !== 10) text = Buffer.concat([text, Buffer.from('\n')]);
      writeFileSync(dst, Buffer.concat(Array.from({ length: k }, () => text)));
    }
    mkdirSync(join(target, '.github'), { recursive: true });
    writeFileSync(join(target, '.github', 'egress-audit.yml'), `max-file-size: ${64 * 1024 * 1024}\n`);
    writeFileSync(join(target, '.complete'), '');
  }
  return target;
}
