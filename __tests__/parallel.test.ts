// The worker-thread path gives the same output, in the same order, as the single-threaded path:
// the bundled CLI (a copy of dist/) scans the rule fixtures plus generated files with --workers 1, 2
// and 3, and the JSON on stdout must be identical byte for byte (no timing fields in it; any would be
// removed first). No timing assertions.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDist } from './helpers/dist.js';

const TIMING = /^(elapsed|duration|took|timing|time)(Ms|Seconds)?$/i;

function scan(cli: string, dir: string, workers: number): string {
  const r = spawnSync(
    process.execPath,
    [cli, 'scan', dir, '--root', dir, '--format', 'json', '--workers', String(workers)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (r.status !== 0) throw new Error(`scan --workers ${workers} exited ${r.status}: ${r.stderr}`);
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !TIMING.test(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return JSON.stringify(strip(JSON.parse(r.stdout)), null, 2);
}

/** A generated module: plain code, and now and then an SDK call, a suppression or a syntax error. */
function generated(i: number): string {
  const lines = ['import json', 'import os', ''];
  if (i % 5 === 0) lines.push('import requests', '');
  if (i % 7 === 0) lines.push('import boto3', '');
  for (let k = 0; k < 1 + (i % 6); k++) {
    lines.push(`def f_${i}_${k}(data, key="k${k}"):`, '    out = {x: data[x] for x in sorted(data)}');
    if (i % 5 === 0 && k === 0) lines.push(`    requests.post("https://api${i}.example.com/v1", json=out, timeout=5)`);
    if (i % 7 === 0 && k === 0)
      lines.push('    boto3.client("s3").put_object(Bucket="b", Key=key, Body=json.dumps(out))');
    if (i % 11 === 0 && k === 0)
      lines.push(`    requests.get(os.environ["URL_${i}"])  # egress: allow[network.requests] generated case ${i}`);
    lines.push('    return out', '');
  }
  if (i % 13 === 0) lines.push('def broken(:', '    pass', '');
  return lines.join('\n');
}

describe('parallel scan', () => {
  let work: string;
  let cli: string;
  let dir: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'egress-parallel-'));
    cpSync(freshDist(), join(work, 'dist'), { recursive: true });
    cli = join(work, 'dist', 'cli.js');
    dir = join(work, 'proj');
    mkdirSync(join(dir, 'fixtures'), { recursive: true });
    for (const f of readdirSync('rules').filter((x) => x.endsWith('.py'))) {
      cpSync(join('rules', f), join(dir, 'fixtures', f));
    }
    for (let i = 0; i < 150; i++) {
      const sub = join(dir, 'gen', `p${i % 9}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `m${i}.py`), generated(i));
    }
    // Skipped and noted files must come out in the same order too.
    writeFileSync(join(dir, 'gen', 'latin1.py'), Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22, 0x0a]));
    writeFileSync(join(dir, 'gen', 'nul.py'), Buffer.from('import requests\x00\x00\n'));
    try {
      symlinkSync(join(dir, 'gen', 'p0', 'm0.py'), join(dir, 'gen', 'link.py'));
    } catch {
      // no symlinks on this file system: the rest still holds
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Each scan of this tree costs ~1.7 s of CPU: the run-to-run test reuses the first test's 2-thread run.
  let two: string | undefined;

  it('finds the same things in the same order with 1, 2 and 3 threads', () => {
    const one = scan(cli, dir, 1);
    const parsed = JSON.parse(one) as { findings: unknown[]; filesScanned: number };
    expect(parsed.filesScanned).toBeGreaterThan(200);
    expect(parsed.findings.length).toBeGreaterThan(100);
    two = scan(cli, dir, 2);
    expect(two).toBe(one);
    expect(scan(cli, dir, 3)).toBe(one);
  });

  it('is the same from run to run with workers', () => {
    expect(scan(cli, dir, 2)).toBe(two ?? scan(cli, dir, 2));
  });
});
