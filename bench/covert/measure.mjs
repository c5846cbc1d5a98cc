#!/usr/bin/env node
// `node bench/covert/measure.mjs [--mirrors DIR] [--work DIR] [--cli FILE] [--only a,b] [--json FILE]
//                                 [--quiet] [--no-copy] [--label TEXT]`
//
// Measures egress-audit on peers' test suites and on our own held-out evasion set (see README.md).
//   Peer suites (guarddog.yaml, bandit.yaml, semgrep-rules.yaml): the listed files are extracted from
//   a bare git snapshot at the pinned commit (no network), an import prelude is added for the names the
//   snippets use without importing them, the built CLI scans them, and each listed site counts as found
//   when a finding's region overlaps the site's statement lines. `benign` lines send nothing: a finding
//   there is a false positive. Findings at neither are listed for review (not counted).
//   Evasion set (evasion/*): `# expect: egress [host=H]` / `# expect: none` annotate the next line that
//   is not an annotation; recall is over the egress lines, precision over every reported line (a
//   reported line that is not annotated egress is a false positive).
// Snapshots: <mirrors>/<owner>+<name>/repo (what the workspace's `fetch` tool writes).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const SUITES = ['guarddog', 'bandit', 'semgrep-rules', 'evasion'];

// ---------- arguments ----------
const opt = {
  mirrors: process.env.EGRESS_REAL_MIRRORS ?? '/work/.mirror',
  work: join(tmpdir(), 'egress-audit-covert'),
  cli: join(repoRoot, 'dist', 'cli.js'),
  only: new Set(SUITES),
  json: undefined,
  quiet: false,
  copy: true,
  label: undefined,
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
  else if (a === '--only') opt.only = new Set(next().split(','));
  else if (a === '--json') opt.json = resolve(next());
  else if (a === '--quiet') opt.quiet = true;
  else if (a === '--no-copy') opt.copy = false;
  else if (a === '--label') opt.label = next();
  else fail(`unknown argument ${a} (see the comment at the top of ${fileURLToPath(import.meta.url)})`);
}
for (const s of opt.only) if (!SUITES.includes(s)) fail(`unknown suite ${s} (${SUITES.join(', ')})`);

function fail(message) {
  console.error(`measure: ${message}`);
  process.exit(2);
}

if (!existsSync(opt.cli)) fail(`${opt.cli} not found: run npm run build first`);
const source = opt.cli;
mkdirSync(opt.work, { recursive: true });
const runDir = mkdtempSync(join(opt.work, 'run-'));
// A private copy of the bundle: a concurrent `npm run build` cannot swap chunks under a running scan.
if (opt.copy) {
  cpSync(dirname(opt.cli), join(runDir, 'dist'), { recursive: true });
  opt.cli = join(runDir, 'dist', 'cli.js');
}

// ---------- the import prelude ----------
// Peer snippets call `requests.post(...)`, `urlopen(...)` or `Popen(...)` without importing them. For
// each name below that a file uses (`name.` or `name(`) and never binds at module level (import,
// `as`, def, class, assignment in column 0: an import inside one function does not serve the others),
// the import is added at the top of the extracted file; finding lines are shifted back by the number
// of added lines, so sites keep the line numbers of the original file.
const PRELUDE = [
  ...['os', 'sys', 'socket', 'ssl', 'base64', 'zlib', 'codecs', 'subprocess', 'requests', 'httpx', 'urllib3']
    .concat(['urllib2', 'httplib', 'ftplib', 'telnetlib', 'paramiko', 'platform', 'getpass', 'json', 'aiodns'])
    .concat(['six', 'builtins', 'stat', 'marshal'])
    .map((m) => [m, `import ${m}`]),
  ['urllib', 'import urllib.request, urllib.parse'],
  ['http', 'import http.client'],
  ['dns', 'import dns.resolver'],
  ...['urlopen', 'urlretrieve', 'Request', 'URLopener', 'FancyURLopener', 'OpenerDirector'].map((n) => [
    n,
    `from urllib.request import ${n}`,
  ]),
  ...['Popen', 'check_output', 'check_call'].map((n) => [n, `from subprocess import ${n}`]),
  ...['environ', 'uname', 'popen'].map((n) => [n, `from os import ${n}`]),
  ['FTP', 'from ftplib import FTP'],
];

function prelude(text) {
  const esc = (n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = [];
  for (const [name, line] of PRELUDE) {
    const n = esc(name);
    const used = new RegExp(`(^|[^.\\w])${n}\\s*[.(]`, 'm').test(text);
    const bound = new RegExp(
      `^(import\\s+${n}\\b|from\\s+\\S+\\s+import\\s+.*\\b${n}\\b|(import|from)\\s[^\\n]*\\bas\\s+${n}\\b|(async\\s+)?def\\s+${n}\\b|class\\s+${n}\\b|${n}\\s*=[^=])`,
      'm',
    ).test(text);
    if (used && !bound) lines.push(line);
  }
  return lines;
}

// ---------- extraction ----------
function git(gitDir, args) {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function loadSuite(name) {
  const file = join(here, `${name}.yaml`);
  const spec = parse(readFileSync(file, 'utf8'));
  for (const kind of ['sites', 'benign']) {
    for (const s of spec[kind] ?? []) {
      const extra = Object.keys(s).filter((k) => !['file', 'line', 'end', 'what'].includes(k));
      if (typeof s.file !== 'string' || !Number.isInteger(s.line) || extra.length > 0)
        fail(`${file}: malformed ${kind} entry ${JSON.stringify(s)}`);
      if (s.file.split('/').includes('..')) fail(`${file}: ${s.file} leaves the suite's root`);
      s.end ??= s.line;
    }
  }
  return spec;
}

/** Extracts the suite's listed files with their prelude; returns the folder and each file's offset. */
function extractPeer(name, spec) {
  const gitDir = join(opt.mirrors, spec.github.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`no snapshot at ${gitDir} (fetch github:${spec.github})`);
  const dir = join(runDir, name);
  const offsets = new Map();
  const files = [...new Set([...spec.sites, ...(spec.benign ?? [])].map((s) => s.file))];
  for (const f of files) {
    const text = git(gitDir, ['show', `${spec.commit}:${spec.root}/${f}`]).toString('utf8');
    const pre = prelude(text);
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), pre.length ? `${pre.join('\n')}\n${text}` : text);
    offsets.set(f, { offset: pre.length, prelude: pre, lines: text.split('\n') });
  }
  return { dir, offsets };
}

function scan(name, dir) {
  const out = join(runDir, `${name}.findings.json`);
  const res = spawnSync(process.execPath, [opt.cli, 'scan', '.', '--root', dir, '--json', out, '--workers', '1'], {
    cwd: dir,
    timeout: 300_000,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (res.error || !existsSync(out)) {
    throw new Error(res.error ? res.error.message : `exit ${res.status}: ${(res.stderr ?? '').slice(-400)}`);
  }
  return JSON.parse(readFileSync(out, 'utf8')).findings ?? [];
}

const overlaps = (f, file, line, end, offset = 0) =>
  f.file === file && f.startLine - offset <= end && (f.endLine ?? f.startLine) - offset >= line;
const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);
const show = (text) =>
  JSON.stringify(
    String(text ?? '')
      .trim()
      .slice(0, 100),
  );

// ---------- peer suites ----------
function measurePeer(name) {
  const spec = loadSuite(name);
  const { dir, offsets } = extractPeer(name, spec);
  const findings = scan(name, dir);
  const off = (f) => offsets.get(f.file)?.offset ?? 0;
  const used = new Set();
  const misses = [];
  let found = 0;
  for (const s of spec.sites) {
    const hits = findings.filter((f) => overlaps(f, s.file, s.line, s.end, off(f)));
    hits.forEach((f) => used.add(f));
    if (hits.length > 0) found++;
    else misses.push({ ...s, text: offsets.get(s.file).lines[s.line - 1] });
  }
  const noisy = [];
  for (const s of spec.benign ?? []) {
    const hits = findings.filter((f) => overlaps(f, s.file, s.line, s.end, off(f)));
    hits.forEach((f) => used.add(f));
    if (hits.length > 0) noisy.push({ ...s, rules: [...new Set(hits.map((f) => f.ruleId))] });
  }
  const other = findings
    .filter((f) => !used.has(f))
    .map((f) => ({ file: f.file, line: f.startLine - off(f), rule: f.ruleId }));
  const prelude = [...offsets.values()].reduce((n, o) => n + (o.prelude.length > 0 ? 1 : 0), 0);
  return {
    suite: name,
    sites: spec.sites.length,
    found,
    benign: (spec.benign ?? []).length,
    benignReported: noisy.length,
    findings: findings.length,
    filesWithPrelude: prelude,
    misses,
    noisy,
    other,
  };
}

// ---------- evasion set ----------
const EXPECT = /^\s*#\s*expect:\s*(egress|none)\b(.*)$/;

function measureEvasion() {
  const src = join(here, 'evasion');
  const dir = join(runDir, 'evasion');
  cpSync(src, dir, { recursive: true });
  const expected = [];
  for (const f of readdirSync(src, { recursive: true }).map(String).sort()) {
    if (!/\.(py|pyw|pth)$/.test(f)) continue;
    const lines = readFileSync(join(src, f), 'utf8').split('\n');
    let pending = [];
    lines.forEach((l, i) => {
      const m = EXPECT.exec(l);
      if (m) {
        const host = /\bhost=(\S+)/.exec(m[2])?.[1];
        pending.push({ kind: m[1], host });
        return;
      }
      if (/^\s*#/.test(l) && pending.length > 0) return; // other comments between annotation and line
      for (const p of pending) expected.push({ file: f.split('\\').join('/'), line: i + 1, ...p, text: l });
      pending = [];
    });
    if (pending.length > 0) fail(`evasion/${f}: annotation at the end of the file`);
  }
  const findings = scan('evasion', dir);
  const egress = expected.filter((e) => e.kind === 'egress');
  const misses = [];
  const wrongHost = [];
  let found = 0;
  let hostSites = 0;
  let hostRight = 0;
  for (const e of egress) {
    const hits = findings.filter((f) => overlaps(f, e.file, e.line, e.line));
    if (hits.length > 0) found++;
    else misses.push(e);
    if (e.host) {
      hostSites++;
      const got = hits.map((f) => f.destination?.host).filter(Boolean);
      if (got.some((h) => h === e.host || h.split(':')[0] === e.host)) hostRight++;
      else if (hits.length > 0) wrongHost.push({ ...e, got });
    }
  }
  // Precision over reported lines: every line the scan reports is either annotated egress or wrong.
  const reported = new Map();
  for (const f of findings) reported.set(`${f.file}:${f.startLine}`, f);
  const isEgress = (f) => egress.some((e) => overlaps(f, e.file, e.line, e.line));
  const falsePositives = [...reported.values()]
    .filter((f) => !isEgress(f))
    .map((f) => ({
      file: f.file,
      line: f.startLine,
      rule: f.ruleId,
      annotated: expected.some((e) => e.file === f.file && e.line === f.startLine),
    }));
  return {
    suite: 'evasion',
    sites: egress.length,
    found,
    benign: expected.length - egress.length,
    reportedLines: reported.size,
    falsePositives,
    hostSites,
    hostRight,
    misses,
    wrongHost,
  };
}

// ---------- report ----------
// The revision of the checkout the bundle was built in (dist/ sits at its root), unless --label.
let revision = opt.label ?? '';
if (!revision) {
  try {
    const cwd = resolve(dirname(source), '..');
    revision = execFileSync('git', ['-C', cwd, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
}
const results = [];
for (const name of SUITES.filter((s) => opt.only.has(s))) {
  try {
    results.push(name === 'evasion' ? measureEvasion() : measurePeer(name));
  } catch (e) {
    results.push({ suite: name, error: e.message });
  }
}
console.log(`egress-audit at ${revision || '?'}, ${new Date().toISOString()}\n`);
console.log('| suite | sites | found | recall | non-egress lines | reported there | findings |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  if (r.error) console.log(`| ${r.suite} | ERROR: ${r.error.replace(/\s+/g, ' ').slice(0, 160)} |`);
  else if (r.suite === 'evasion') {
    const tp = r.reportedLines - r.falsePositives.length;
    console.log(
      `| evasion | ${r.sites} | ${r.found} | ${pct(r.found, r.sites)} | ${r.benign} | ${r.falsePositives.length} ` +
        `(precision ${pct(tp, r.reportedLines)}) | ${r.reportedLines} lines |`,
    );
  } else
    console.log(
      `| ${r.suite} | ${r.sites} | ${r.found} | ${pct(r.found, r.sites)} | ${r.benign} | ${r.benignReported} | ${r.findings} |`,
    );
}
const ev = results.find((r) => r.suite === 'evasion' && !r.error);
if (ev) console.log(`\nEvasion set: host right ${ev.hostRight}/${ev.hostSites} (${pct(ev.hostRight, ev.hostSites)}).`);

if (!opt.quiet) {
  for (const r of results.filter((x) => !x.error)) {
    console.log(`\n## ${r.suite}: missed (${r.misses.length})`);
    for (const m of r.misses) console.log(`  ${m.file}:${m.line}  ${m.what ?? ''}  ${show(m.text)}`);
    if (r.suite === 'evasion') {
      console.log(`\n## evasion: reported, not egress (${r.falsePositives.length})`);
      for (const f of r.falsePositives)
        console.log(`  ${f.file}:${f.line}  ${f.rule}${f.annotated ? '  (expect: none)' : '  (not annotated)'}`);
      console.log(`\n## evasion: found, wrong or no host (${r.wrongHost.length})`);
      for (const w of r.wrongHost)
        console.log(`  ${w.file}:${w.line}  want ${w.host}, got ${w.got.join(' | ') || '-'}`);
    } else {
      console.log(`\n## ${r.suite}: non-egress lines reported (${r.noisy.length})`);
      for (const n of r.noisy) console.log(`  ${n.file}:${n.line}  ${n.rules.join(', ')}  ${n.what ?? ''}`);
      console.log(`\n## ${r.suite}: findings at no listed line (${r.other.length}, for review)`);
      for (const o of r.other) console.log(`  ${o.file}:${o.line}  ${o.rule}`);
    }
  }
}
if (opt.json)
  writeFileSync(opt.json, `${JSON.stringify({ revision, date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`\nScanned copies and findings: ${runDir}`);
