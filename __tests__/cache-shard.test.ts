// Full-scan cache and shards: a warm scan reuses every entry and gives the same result; a change re-analyses
// only the files whose import closure it touches; unusable entries are ignored; shards partition the files
// and merged shards equal the full scan; `merge` refuses parts it cannot combine.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMerge } from '../src/cli/merge.js';
import { defaultConfig } from '../src/config/load.js';
import { toJson } from '../src/report/json.js';
import { FileCache } from '../src/scan/file-cache.js';
import { mergeResults } from '../src/scan/results.js';
import { scanPaths } from '../src/scan/scan.js';
import { parseShard, shardFiles } from '../src/scan/shard.js';
import { VERSION } from '../src/version.js';
import { builtinRules } from './helpers/engine.js';

const FILES: Record<string, string> = {
  'app/__init__.py': '',
  'app/config.py': 'COLLECTOR = "https://collect.example.net/v1"\n',
  'app/client.py': [
    'import requests',
    'from .config import COLLECTOR',
    '',
    'def report(payload):',
    '    return requests.post(COLLECTOR, json=payload)',
    '',
  ].join('\n'),
  'app/main.py': ['from app.client import report', '', 'report({"user": 1})', ''].join('\n'),
  'tools/plain.py': 'def add(a, b):\n    return a + b\n',
  'tools/mail.py': 'import smtplib\nsmtplib.SMTP("smtp.example.org").sendmail("a", ["b"], "hi")\n',
};

let root: string;
let cacheDir: string;
const rules = builtinRules();

function write(files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}

async function scan(cache?: FileCache) {
  return scanPaths(['.'], root, { config: defaultConfig(), rules, ...(cache ? { cache } : {}) });
}

function entries(): string[] {
  const out: string[] = [];
  const v = join(cacheDir, 'v1');
  for (const d of readdirSync(v)) for (const f of readdirSync(join(v, d))) out.push(join(v, d, f));
  return out.sort();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ea-cache-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'ea-cache-dir-'));
  write(FILES);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('full-scan cache', () => {
  it('a warm scan analyses nothing and gives byte-identical output', async () => {
    const plain = toJson(await scan(), VERSION);
    const cold = new FileCache(cacheDir);
    const first = toJson(await scan(cold), VERSION);
    expect(cold.stats).toMatchObject({ hits: 0, misses: 6, written: 6, rejected: 0 });
    const warm = new FileCache(cacheDir);
    const second = toJson(await scan(warm), VERSION);
    expect(warm.stats).toMatchObject({ hits: 6, misses: 0, written: 0, rejected: 0 });
    expect(first).toBe(plain);
    expect(second).toBe(plain);
    // The cross-module destination survives the round trip.
    expect(JSON.parse(second).findings.map((f: { destination: { host?: string } }) => f.destination.host)).toContain(
      'collect.example.net',
    );
  });

  it('a changed module re-analyses the files that can reach it, and only those', async () => {
    await scan(new FileCache(cacheDir));
    write({ 'app/config.py': 'COLLECTOR = "https://moved.example.net/v2"\n' });
    const cache = new FileCache(cacheDir);
    const result = await scan(cache);
    // config.py itself, client.py (imports it), main.py (imports client); app/__init__.py imports nothing.
    expect(cache.stats).toMatchObject({ hits: 3, misses: 3 });
    const hosts = result.findings.map((f) => `${f.file}:${f.destination.host}`);
    expect(hosts).toContain('app/main.py:moved.example.net');
    expect(toJson(result, VERSION)).toBe(toJson(await scan(), VERSION));
  });

  it("a submodule read only as an attribute of its package is part of its reader's key", async () => {
    // `import app` + `app.config.COLLECTOR`: no import statement names app/config.py, the resolver reads it.
    write({ 'tools/beacon.py': 'import requests\nimport app\n\nrequests.post(app.config.COLLECTOR)\n' });
    await scan(new FileCache(cacheDir));
    write({ 'app/config.py': 'COLLECTOR = "https://moved.example.net/v2"\n' });
    const result = await scan(new FileCache(cacheDir));
    expect(result.findings.map((f) => `${f.file}:${f.destination.host}`)).toContain(
      'tools/beacon.py:moved.example.net',
    );
    expect(toJson(result, VERSION)).toBe(toJson(await scan(), VERSION));
  });

  it('a new file is the only one analysed', async () => {
    await scan(new FileCache(cacheDir));
    write({ 'tools/extra.py': 'import requests\nrequests.get("https://new.example.com")\n' });
    const cache = new FileCache(cacheDir);
    await scan(cache);
    expect(cache.stats).toMatchObject({ hits: 6, misses: 1 });
  });

  it('a corrupt or foreign entry is ignored with a note, and the file analysed again', async () => {
    await scan(new FileCache(cacheDir));
    const [a, b] = entries();
    writeFileSync(a!, '{"format":1,"key":"');
    // Another file's entry under this key: it names another key, so it is never trusted.
    writeFileSync(b!, readFileSync(entries()[2]!));
    const cache = new FileCache(cacheDir);
    const result = await scan(cache);
    expect(cache.stats).toMatchObject({ hits: 4, misses: 2, rejected: 2 });
    expect(cache.notes).toHaveLength(2);
    expect(cache.notes.join('\n')).toMatch(/not valid JSON/);
    expect(cache.notes.join('\n')).toMatch(/another key/);
    expect(toJson(result, VERSION)).toBe(toJson(await scan(), VERSION));
  });

  it('a different policy does not reuse entries', async () => {
    await scan(new FileCache(cacheDir));
    const cache = new FileCache(cacheDir);
    const config = defaultConfig();
    config.internalDomains = ['example.net'];
    await scanPaths(['.'], root, { config, rules, cache });
    expect(cache.stats.hits).toBe(0);
  });

  it('an entry whose findings name another file is rejected', async () => {
    await scan(new FileCache(cacheDir));
    for (const e of entries()) {
      const j = JSON.parse(readFileSync(e, 'utf8'));
      if (!j.outcome.findings.length) continue;
      j.outcome.findings[0].file = 'elsewhere.py';
      writeFileSync(e, JSON.stringify(j));
    }
    const cache = new FileCache(cacheDir);
    await scan(cache);
    expect(cache.stats.rejected).toBe(3);
    expect(cache.notes.join('\n')).toMatch(/names another file/);
  });
});

describe('shards', () => {
  it('parses I/N and rejects anything else, naming the flag', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, value: { index: 2, count: 4 } });
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1/257', '-1/2'])
      expect(parseShard(bad)).toMatchObject({ ok: false, problems: [{ file: '--shard' }] });
  });

  it('partitions files deterministically and about evenly by size', () => {
    const files = Array.from({ length: 50 }, (_, i) => ({
      path: `f${String(i).padStart(2, '0')}.py`,
      size: 100 + i * 37,
    }));
    const parts = [1, 2, 3].map((index) => shardFiles(files, { index, count: 3 }));
    expect(
      parts
        .flat()
        .map((f) => f.path)
        .sort(),
    ).toEqual(files.map((f) => f.path));
    expect(new Set(parts.flat().map((f) => f.path)).size).toBe(50);
    const sizes = parts.map((p) => p.reduce((s, f) => s + f.size, 0));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.max(...files.map((f) => f.size)));
    expect(shardFiles([...files].reverse(), { index: 2, count: 3 })).toEqual(parts[1]);
  });

  it('merged shards equal the full scan, cross-module destinations included', async () => {
    const full = toJson(await scan(), VERSION);
    const parts = [];
    for (const index of [1, 2, 3])
      parts.push(await scanPaths(['.'], root, { config: defaultConfig(), rules, shard: { index, count: 3 } }));
    expect(parts.every((p) => p.filesScanned > 0)).toBe(true);
    expect(toJson(mergeResults(parts), VERSION)).toBe(full);
  });
});

describe('egress-audit merge', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
    };
  };

  it('writes the merged JSON and refuses a part given twice or from another version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ea-merge-'));
    try {
      const paths: string[] = [];
      for (const index of [1, 2]) {
        const r = await scanPaths(['.'], root, { config: defaultConfig(), rules, shard: { index, count: 2 } });
        paths.push(join(dir, `p${index}.json`));
        writeFileSync(paths.at(-1)!, toJson(r, VERSION));
      }
      const ok = io();
      const merged = join(dir, 'merged.json');
      expect(await runMerge([...paths, '--json', merged, '--root', root], ok.io)).toBe(0);
      expect(readFileSync(merged, 'utf8')).toBe(toJson(await scan(), VERSION));
      // The other report flags of `scan` work on merged parts too: one CSV row per finding.
      const csv = join(dir, 'merged.csv');
      expect(await runMerge([...paths, '--csv', csv, '--root', root], io().io)).toBe(0);
      const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
      expect(rows.length - 1).toBe(JSON.parse(readFileSync(merged, 'utf8')).findings.length);

      const twice = io();
      expect(await runMerge([paths[0]!, paths[0]!, '--root', root], twice.io)).toBe(2);
      expect(twice.out.stderr).toMatch(/also in part 1/);

      const old = JSON.parse(readFileSync(paths[1]!, 'utf8'));
      old.version = '0.0.0-other';
      writeFileSync(paths[1]!, JSON.stringify(old));
      const foreign = io();
      expect(await runMerge(paths, foreign.io)).toBe(2);
      expect(foreign.out.stderr).toMatch(/made by egress-audit 0\.0\.0-other/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
