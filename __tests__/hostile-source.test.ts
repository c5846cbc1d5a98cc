// Hostile and broken Python source (issue 7, item 1): the scan keeps working, reports what it can,
// and says what it could not read. Every case here guards a specific failure mode.
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles, scanPaths } from '../src/scan/scan.js';
import { decodeSource } from '../src/scan/decode.js';
import type { ScanResult } from '../src/types.js';
import { withinBudget } from './helpers/budget.js';
import { builtinRules } from './helpers/engine.js';
import { config, scanBytes, tempWorkspace } from './helpers/hostile.js';
import { listedExists } from '../src/resolve/modules.js';
import { scanSources } from '../src/scan/scan.js';

const hosts = (r: ScanResult) => r.findings.map((f) => f.destination.host);
const at = (r: ScanResult, host: string) => r.findings.find((f) => f.destination.host === host);
const lineOf = (r: ScanResult, host: string) => at(r, host)?.startLine;

describe('syntax errors and Python 2', () => {
  it('reports findings from the parts that parse and notes the errors', async () => {
    const src = [
      'import requests',
      'def broken(:',
      '    pass',
      'requests.post("https://after-error.example/x")',
      'x = = 2',
      'requests.get("https://after-second-error.example/")',
    ].join('\n');
    const r = await scanBytes(src);
    expect(hosts(r)).toEqual(expect.arrayContaining(['after-error.example', 'after-second-error.example']));
    expect(lineOf(r, 'after-error.example')).toBe(4);
    expect(r.notes.some((n) => /syntax error/i.test(n.message) && n.file === 'app.py')).toBe(true);
    expect(r.skipped).toEqual([]);
  });

  it('reads Python 2 code (print statements, exec statements, backticks, <>)', async () => {
    const src = [
      'import urllib2, requests',
      'print "sending"',
      'exec "x = 1"',
      'if 1 <> 2: print `x`',
      'urllib2.urlopen("http://py2.example/api")',
      'requests.get("https://py2-requests.example/")',
    ].join('\n');
    const r = await scanBytes(src);
    expect(lineOf(r, 'py2-requests.example')).toBe(6);
    expect(hosts(r)).toContain('py2.example');
    // tree-sitter-python still knows print/exec statements; whatever it cannot parse is noted.
    expect(r.skipped).toEqual([]);
  });
});

describe('encodings', () => {
  const body = (word: Buffer) =>
    Buffer.concat([Buffer.from('import requests\nrequests.get("https://enc.example/'), word, Buffer.from('")\n')]);

  it.each([
    ['latin-1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café'],
    ['latin_1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café'],
    ['iso-8859-1', Buffer.from([0xe9, 0x80]), 'é\u0080'], // Python's latin-1 is not windows-1252
    ['cp1252', Buffer.from([0x80, 0x20, 0xe9]), '€ é'],
    ['shift_jis', Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]), 'テスト'],
    ['cp932', Buffer.from([0x83, 0x65]), 'テ'],
    ['euc_jp', Buffer.from([0xa5, 0xc6]), 'テ'],
    ['utf-8-sig', Buffer.from('ü'), 'ü'],
  ])('honours a PEP 263 "%s" declaration', async (enc, word, expected) => {
    const src = Buffer.concat([Buffer.from(`# -*- coding: ${enc} -*-\n`), body(word)]);
    const r = await scanBytes(src);
    const f = at(r, 'enc.example');
    expect(f?.startLine).toBe(3);
    expect(f?.snippet).toContain(expected);
    expect(r.notes).toEqual([]);
  });

  it('honours a declaration on line 2 after a shebang, also with lone-CR line ends', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const src = Buffer.concat([
        Buffer.from(`#!/usr/bin/env python${eol}# vim: set fileencoding=latin-1 :${eol}import requests${eol}`),
        Buffer.from('requests.get("https://enc.example/caf'),
        Buffer.from([0xe9]),
        Buffer.from(`")${eol}`),
      ]);
      const r = await scanBytes(src);
      expect(at(r, 'enc.example')?.snippet).toContain('café');
      expect(lineOf(r, 'enc.example')).toBe(4);
      expect(r.notes).toEqual([]);
    }
  });

  it('decodes invalid UTF-8 leniently and says so, keeping line numbers', async () => {
    const src = Buffer.concat([
      Buffer.from('import requests\n# broken: '),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]),
      Buffer.from('\nrequests.get("https://lenient.example/")\n'),
    ]);
    const r = await scanBytes(src);
    expect(lineOf(r, 'lenient.example')).toBe(3);
    expect(r.notes).toEqual([
      expect.objectContaining({ file: 'app.py', message: expect.stringMatching(/not valid utf-8/) }),
    ]);
  });

  it('notes an unknown declared encoding and still scans the file as UTF-8', async () => {
    const r = await scanBytes(
      '# coding: no-such-codec\nimport requests\nrequests.get("https://unknown-enc.example/")\n',
    );
    expect(lineOf(r, 'unknown-enc.example')).toBe(3);
    expect(r.notes.map((n) => n.message).join()).toMatch(/unknown source encoding "no-such-codec"/);
  });

  // Python runs these: code spelled in escapes or UTF-7 must not hide from the scan.
  it.each([
    ['unicode_escape', '\\x72equests.get("https://hidden-escape.example/")'],
    ['unicode_escape', '\\N{LATIN SMALL LETTER R}equests.get("https://hidden-named.example/")'],
    ['raw_unicode_escape', '\\u0072equests.get("https://hidden-raw.example/")'],
    ['utf-7', '+AHI-equests.get(+ACI-https://hidden-utf7.example/+ACI-)'],
  ])('decodes a "%s" source the way Python does (no hiding code in escapes)', async (enc, line) => {
    const r = await scanBytes(`# coding: ${enc}\nimport requests\n${line}\n`);
    expect(r.findings.map((f) => f.startLine)).toEqual([3]);
    expect(r.findings[0]!.destination.host).toMatch(/^hidden-/);
    expect(r.notes.map((n) => n.message).join()).toMatch(new RegExp(`decoded as ${enc}`));
  });

  it('strips a UTF-8 BOM without shifting columns', async () => {
    const r = await scanBytes('\uFEFFimport requests\nrequests.get("https://bom.example/")\n');
    const f = at(r, 'bom.example');
    expect(f).toMatchObject({ startLine: 2, startColumn: 1 });
    expect(r.notes).toEqual([]);
  });
});

describe('binary content', () => {
  it('skips a file with a NUL byte, with the reason', async () => {
    const r = await scanBytes(
      Buffer.concat([Buffer.from('import requests\nrequests.get("https://x.example/")\n#'), Buffer.from([0])]),
    );
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([{ file: 'app.py', reason: expect.stringMatching(/NUL/) }]);
    expect(r.filesScanned).toBe(0);
  });

  it('skips a NUL byte far past the start of the file too (Python refuses it anywhere)', async () => {
    const src = Buffer.concat([
      Buffer.from(`import requests\n${'# pad\n'.repeat(5000)}`),
      Buffer.from([0, 1, 2, 0xff]),
    ]);
    const r = await scanBytes(src);
    expect(r.skipped).toEqual([{ file: 'app.py', reason: expect.stringMatching(/NUL/) }]);
  });

  it('skips a compiled .pyc renamed to .py', async () => {
    const pyc = Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0xe3, 0, 0, 0, 0, 0, 0, 0]);
    const r = await scanBytes(pyc, 'evil.py');
    expect(r.skipped.map((s) => s.file)).toEqual(['evil.py']);
  });
});

describe('size and shape', () => {
  // Time budgets below (CPU time, helpers/budget.ts): the slowest wall time of three full runs on this
  // 2-core machine (quiet to five agents sharing it), times about five; a quadratic walk costs far more.
  it('scans a 5 MB single line when the size limit allows it', async () => {
    const src = `import requests; x = "${'a'.repeat(5 * 1024 * 1024)}"; requests.get("https://long-line.example/")\n`;
    // Measured 0.17-0.88 s.
    const r = await withinBudget(5_000, () =>
      scanBytes(src, 'app.py', config({ maxFileBytes: 8 * 1024 * 1024, maxFileMillis: 30_000 })),
    );
    const f = at(r, 'long-line.example');
    expect(f?.startLine).toBe(1);
    expect(f!.startColumn).toBeGreaterThan(5 * 1024 * 1024);
    expect(f!.snippet.length).toBeLessThanOrEqual(2000);
  });

  it('survives 20,000 nested parentheses and brackets', async () => {
    const n = 20_000;
    // Measured 0.66-3.5 s for the four.
    await withinBudget(20_000, async () => {
      for (const [open, close] of [
        ['(', ')'],
        ['[', ']'],
        ['{', '}'],
        ['(', ''], // unbalanced
      ]) {
        const src = `import requests\nx = ${open!.repeat(n)}1${close!.repeat(n)}\nrequests.get("https://after-nesting.example/")\n`;
        const r = await scanBytes(src);
        // Balanced: the call after it is found. Unbalanced: it may swallow the call, but nothing throws.
        if (close) expect(lineOf(r, 'after-nesting.example')).toBe(3);
        expect(r.skipped.filter((s) => /analysis failed/.test(s.reason))).toEqual([]);
      }
    });
  });

  it('resolves (or gives up on) a 20,000-term "+" chain and a 50,000-segment attribute chain without overflow', async () => {
    const plus = `import requests\nu = "https://plus.example/" ${'+ "a" '.repeat(20_000)}\nrequests.get(u)\n`;
    const attr = `import requests\nx = requests${'.a'.repeat(50_000)}\nrequests${'.b'.repeat(50_000)}()\nrequests.get("https://attr.example/")\n`;
    const call = `import requests\nrequests.get("https://calls.example/")${'.json()'.repeat(20_000)}\n`;
    // Measured 0.43-2.7 s for the three.
    await withinBudget(15_000, async () => {
      for (const src of [plus, attr, call]) {
        const r = await scanBytes(src);
        expect(r.skipped).toEqual([]);
        expect(r.findings.length).toBeGreaterThan(0);
      }
    });
  });

  it('reports a file over max-file-size as skipped (never read), and counts nothing', async () => {
    const ws = tempWorkspace();
    try {
      const big = ws.write('big.py', 'import requests\n');
      truncateSync(big, 50 * 1024 * 1024); // sparse 50 MB
      ws.write('small.py', 'import requests\nrequests.get("https://small.example/")\n');
      const cfg = config();
      const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
      expect(r.skipped).toEqual([
        { file: 'big.py', reason: `larger than max-file-size (${50 * 1024 * 1024} > ${cfg.maxFileBytes} bytes)` },
      ]);
      expect(r.filesScanned).toBe(1);
      expect(hosts(r)).toEqual(['small.example']);
    } finally {
      ws.cleanup();
    }
  });

  it('scans and counts 10,000 files in one tree', async () => {
    const ws = tempWorkspace();
    try {
      for (let i = 0; i < 10_000; i++) {
        const dir = `pkg${i % 50}`;
        const text =
          i % 500 === 0 ? `import requests\nrequests.get("https://f${i}.example/")\n` : `x = ${i}\nprint(x)\n`;
        ws.write(join(dir, `m${i}.py`), text);
      }
      const cfg = config();
      const collected = collectFiles([], ws.root, cfg);
      expect(collected.files).toHaveLength(10_000);
      // Measured 0.8-10.1 s (the slowest with five agents on the machine).
      const r = await withinBudget(60_000, () => scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) }));
      expect(r.filesScanned).toBe(10_000);
      expect(r.skipped).toEqual([]);
      expect(r.findings).toHaveLength(20);
    } finally {
      ws.cleanup();
    }
  }, 120_000);
});

describe('line endings and whitespace', () => {
  const lines = [
    'import requests',
    '',
    'def f():',
    '    requests.get("https://one.example/")',
    'requests.get("https://two.example/")',
  ];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s: line numbers are right', async (_name, eol) => {
    const r = await scanBytes(lines.join(eol) + eol);
    expect(lineOf(r, 'one.example')).toBe(4);
    expect(at(r, 'one.example')?.startColumn).toBe(5);
    expect(lineOf(r, 'two.example')).toBe(5);
    expect(at(r, 'two.example')?.snippet).toBe('requests.get("https://two.example/")');
  });

  it('mixed endings: every line break counts once', async () => {
    const src =
      'import requests\r\n# a\r# b\n\r\nrequests.get("https://mixed.example/")\r\n\rrequests.get("https://mixed2.example/")';
    const r = await scanBytes(src);
    expect(lineOf(r, 'mixed.example')).toBe(5);
    expect(lineOf(r, 'mixed2.example')).toBe(7);
  });

  it('tabs and spaces: columns count characters (a tab is one column)', async () => {
    const src = 'import requests\nif True:\n\tif True:\n\t        requests.get("https://tabs.example/")\n';
    const r = await scanBytes(src);
    expect(at(r, 'tabs.example')).toMatchObject({ startLine: 4, startColumn: 10 });
  });

  it('form feeds, vertical tabs and U+2028 in code do not shift line numbers', async () => {
    const src =
      'import requests\n\f\nx = "a\u2028b"\n\vrequests.get("https://ff.example/")\nrequests.get("https://ff2.example/")\n';
    const r = await scanBytes(src);
    expect(lineOf(r, 'ff2.example')).toBe(5);
  });
});

describe('time per file is bounded', () => {
  it('a file whose parse exceeds max-file-millis is reported as skipped, not dropped', async () => {
    const src =
      'import requests\n' + 'requests.get("https://slow.example/", data=[1, 2, (3, {4: 5})])\n'.repeat(40_000);
    const r = await scanBytes(src, 'slow.py', config({ maxFileBytes: 16 * 1024 * 1024, maxFileMillis: 1 }));
    expect(r.skipped).toEqual([{ file: 'slow.py', reason: expect.stringMatching(/longer than 1 ms/) }]);
    expect(r.findings).toEqual([]);
  });

  it('a file whose analysis (not parse) exceeds max-file-millis is reported as skipped', async () => {
    // 5,000 nested sends: parses in ~0.1 s, but each site walks its arguments (~15 s unbounded).
    const n = 5_000;
    const src = `import requests\nx = ${'requests.get('.repeat(n)}"https://nested.example/"${')'.repeat(n)}\n`;
    // The bound must bound: measured 0.31-1.1 s in all, against ~15 s unbounded.
    const r = await withinBudget(5_000, () => scanBytes(src, 'nested.py', config({ maxFileMillis: 300 })));
    expect(r.skipped).toEqual([{ file: 'nested.py', reason: expect.stringMatching(/longer than 300 ms/) }]);
  });

  it("parsing the modules a file imports is not the file's own time, and is bounded on its own", async () => {
    // Two imported modules of 0.25 MB take some 0.3-0.6 s to load in all; app.py's own analysis a few ms.
    // A PR scan of app.py (nothing parsed before it) used to skip it, though a full scan did not.
    const big = (name: string) =>
      `${name} = "https://${name.toLowerCase()}.example/"\n` + 'x = [1, (2, 3), {"k": 4}]\n'.repeat(10_000);
    const texts: Record<string, string> = {
      'pkg/__init__.py': '',
      'pkg/a.py': big('A'),
      'pkg/b.py': big('B'),
      'app.py': [
        'import requests',
        'from pkg.a import A',
        'from pkg.b import B',
        'requests.get(A)',
        'requests.get(B)',
        ...Array.from({ length: 20 }, (_, i) => `requests.get("https://h${i}.example/")`),
      ].join('\n'),
    };
    const scan = (maxFileMillis: number) => {
      const cfg = config({ maxFileMillis });
      return scanSources([{ path: 'app.py', content: Buffer.from(texts['app.py']!) }], {
        config: cfg,
        rules: builtinRules(cfg),
        project: { exists: listedExists(Object.keys(texts)), read: (p: string) => texts[p] },
      });
    };
    const ok = await scan(200);
    expect(ok.skipped).toEqual([]);
    expect(ok.findings.slice(0, 2).map((f) => [f.startLine, f.destination.host])).toEqual([
      [4, 'a.example'],
      [5, 'b.example'],
    ]);
    const slow = await scan(20); // the modules may take 10 x 20 ms to parse
    expect(slow.skipped).toEqual([
      { file: 'app.py', reason: 'parsing the modules it imports took longer than 200 ms' },
    ]);
  });

  it('one pathological file does not stop the others', async () => {
    const cfg = config({ maxFileMillis: 1 });
    const big = 'import requests\n' + 'requests.get("https://slow.example/", data=[1, (2, 3)])\n'.repeat(40_000);
    const r = await (
      await import('../src/scan/scan.js')
    ).scanSources(
      [
        { path: 'a.py', content: Buffer.from(big) },
        { path: 'b.py', content: Buffer.from([0x23, 0]) },
        { path: 'c.py', content: Buffer.from('import requests\nrequests.get("https://c.example/")\n') },
      ],
      { config: { ...cfg, maxFileMillis: 1 }, rules: builtinRules(cfg) },
    );
    // c.py is tiny: it may or may not fit in 1 ms (a loaded machine), but it is never silently dropped.
    const skipped = r.skipped.map((s) => s.file);
    expect(skipped.filter((f) => f !== 'c.py')).toEqual(['a.py', 'b.py']);
    expect(r.filesScanned + r.skipped.length).toBe(3);
  });
});

describe('decodeSource unit cases', () => {
  it('keeps length for lone CR (offsets stay valid) and never throws on random bytes', () => {
    expect(decodeSource(Buffer.from('a\rb\r\nc')).text).toBe('a\nb\r\nc');
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      const bytes = Buffer.alloc(64);
      for (let j = 0; j < bytes.length; j++) bytes[j] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      const head = Buffer.from(
        `# coding: ${['utf-7', 'unicode_escape', 'raw_unicode_escape', 'latin-1', 'ascii', 'shift_jis'][i % 6]}\n`,
      );
      expect(() => decodeSource(Buffer.concat([head, bytes]))).not.toThrow();
    }
  });

  it('decodes a long UTF-7 shift run without exhausting the call stack', () => {
    const d = decodeSource(Buffer.from(`# coding: utf-7\nx = "+${'AGE'.repeat(400_000)}-"\n`));
    expect(d.text?.length).toBeGreaterThan(100_000);
  });
});
