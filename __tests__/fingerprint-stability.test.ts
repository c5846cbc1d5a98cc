// A finding's identity survives formatting: comments, wrapping, quotes, parentheses, assignments,
// moved code and a real formatter (black) never turn an existing finding into a "new" one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareScans } from '../src/compare/compare.js';
import type { ScanResult } from '../src/types.js';
import { scanText } from './helpers/engine.js';

/**
 * Scans of an unchanged fixture, shared by the two whole-corpus tests below (each scans every fixture as
 * it is): the scanner is deterministic, and one scan per text keeps this suite inside its share of time.
 */
const originals = new Map<string, Promise<ScanResult>>();
const scanOriginal = (text: string, file: string): Promise<ScanResult> => {
  const key = `${file}\0${text}`;
  if (!originals.has(key)) originals.set(key, scanText(text, file));
  return originals.get(key)!;
};

async function pr(base: string, head: string): Promise<{ added: number; removed: number; head: ScanResult }> {
  const b = await scanText(base, 'app.py');
  const h = await scanText(head, 'app.py');
  const cmp = compareScans(b, h, { files: [{ path: 'app.py', status: 'modified' }], policyChanges: [] });
  return { added: cmp.newFindings.length, removed: cmp.removedFindings.length, head: h };
}

const fingerprints = (r: ScanResult): string[] => r.findings.map((f) => f.fingerprint).sort();

describe('identity from the call, not the line', () => {
  const cases: [string, string, string][] = [
    [
      'a trailing comment',
      'import sentry_sdk\nsentry_sdk.init(dsn="https://k@o1.ingest.sentry.io/1")\n',
      'import sentry_sdk\nsentry_sdk.init(dsn="https://k@o1.ingest.sentry.io/1")  # keep in sync with ops\n',
    ],
    [
      'arguments wrapped over four lines with a trailing comma',
      'import requests\nrequests.post("https://hooks.slack.com/services/T/B/x", json={"text": msg}, timeout=5)\n',
      'import requests\nrequests.post(\n    "https://hooks.slack.com/services/T/B/x",\n    json={"text": msg},\n    timeout=5,\n)\n',
    ],
    ['wrapped in an assignment', 'import requests\nrequests.post(u)\n', 'import requests\nr = requests.post(u)\n'],
    [
      'wrapped in return and await',
      'import httpx\nasync def f(c: httpx.AsyncClient, u):\n    c.post(u)\n',
      'import httpx\nasync def f(c: httpx.AsyncClient, u):\n    return await c.post(u)\n',
    ],
    [
      'quote style, prefix case and escaped quotes',
      "import requests\nrequests.post('https://api.example.net/it\\'s', data=U'x')\n",
      'import requests\nrequests.post("https://api.example.net/it\'s", data="x")\n',
    ],
    [
      'redundant parentheses, comments and blank lines inside the call',
      'import requests\nrequests.post(URL, data=(payload))\n',
      'import requests\n\n\nrequests.post(  # send it\n    (URL),  # the endpoint\n\n    data=payload,\n)\n',
    ],
    [
      'code moved into another order',
      'import requests\ndef a():\n    requests.get("https://a.example.net")\ndef b():\n    requests.get("https://b.example.net")\n',
      'import requests\ndef b():\n    requests.get("https://b.example.net")\n\n\ndef a():\n    requests.get("https://a.example.net")\n',
    ],
    [
      'imports split and re-ordered (isort)',
      'import os, ddtrace.auto\nimport requests\nrequests.get("https://a.example.net")\n',
      'import os\nimport requests\n\nimport ddtrace.auto\n\nrequests.get("https://a.example.net")\n',
    ],
  ];
  it.each(cases)('%s: 0 new, 0 removed', async (_name, base, head) => {
    const r = await pr(base, head);
    expect(r.head.findings.length).toBeGreaterThan(0);
    expect({ added: r.added, removed: r.removed }).toEqual({ added: 0, removed: 0 });
  });

  it('a real change of arguments is still a different finding', async () => {
    const r = await pr('import requests\nrequests.post(u, data=a)\n', 'import requests\nrequests.post(u, data=b)\n');
    expect({ added: r.added, removed: r.removed }).toEqual({ added: 1, removed: 1 });
  });

  it('a third copy of an existing call is new', async () => {
    const call = 'requests.post("https://hooks.slack.com/services/T/B/x")\n';
    const r = await pr(`import requests\n${call}${call}`, `import requests\n${call}${call}# again\n${call}`);
    expect({ added: r.added, removed: r.removed }).toEqual({ added: 1, removed: 0 });
  });
});

// Every rule fixture and the example project: each reported line gets a trailing comment and a
// blank line above it, and calls are pushed into assignments; the identities must not move.
function fixtureFiles(): string[] {
  const rules = readdirSync('rules')
    .filter((f) => f.endsWith('.py'))
    .map((f) => join('rules', f));
  const examples = readdirSync('examples/head', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.py'))
    .map((f) => join('examples/head', f));
  return [...rules, ...examples].sort();
}

function recomment(text: string, lines: Set<number>): string {
  return text
    .split('\n')
    .map((l, i) => {
      if (!lines.has(i + 1)) return l;
      const indent = /^\s*/.exec(l)![0];
      // Only lines that plainly end a statement: never inside a string or after a backslash.
      const tail = /\)\s*$/.test(l) && !l.includes('#') && !/["']{3}/.test(l) ? `${l}  # reviewed` : l;
      return `${indent}# reviewed by ops\n\n${tail}`;
    })
    .join('\n');
}

describe('formatting-only changes over every fixture', () => {
  const files = fixtureFiles();
  it('covers the rule fixtures and the example project', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('comments and blank lines added on every reported line: no new, no removed', async () => {
    const moved: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const before = await scanOriginal(text, file);
      const lines = new Set(before.findings.map((f) => f.startLine));
      const after = await scanText(recomment(text, lines), file);
      if (fingerprints(before).join() !== fingerprints(after).join()) moved.push(file);
    }
    expect(moved).toEqual([]);
  });
});

function hasBlack(): boolean {
  try {
    execFileSync('black', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// .ci/run installs black (Debian package) and sets EGRESS_AUDIT_REQUIRE_BLACK=1, so CI never skips this.
const black = hasBlack();
if (!black && process.env.EGRESS_AUDIT_REQUIRE_BLACK === '1') {
  throw new Error('black is required for fingerprint-stability.test.ts (apt-get install black)');
}
(black ? describe : describe.skip)('a real formatter (black, line length 40)', () => {
  it('reformatting every fixture changes no identity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-black-'));
    try {
      const files = fixtureFiles();
      const copies = files.map((f, i) => {
        const p = join(dir, `f${i}.py`);
        writeFileSync(p, readFileSync(f));
        return p;
      });
      try {
        // --fast skips black's own check that its output parses to the same AST (a third of its ~6 s of
        // CPU here): the output is the same, and the scans below are what this test checks.
        execFileSync('black', ['-q', '--fast', '-l', '40', ...copies], { stdio: 'pipe' });
      } catch {
        // black leaves files it cannot parse (Python 2 fixtures) untouched and exits 123: fine.
      }
      const moved: string[] = [];
      let reformatted = 0;
      for (let i = 0; i < files.length; i++) {
        const original = readFileSync(files[i]!, 'utf8');
        const formatted = readFileSync(copies[i]!, 'utf8');
        if (formatted === original) continue;
        reformatted++;
        const before = await scanOriginal(original, files[i]!);
        const after = await scanText(formatted, files[i]!);
        if (fingerprints(before).join() !== fingerprints(after).join()) {
          const b = new Set(fingerprints(before));
          const extra = after.findings.filter((f) => !b.has(f.fingerprint)).map((f) => `${f.ruleId}@${f.startLine}`);
          moved.push(`${files[i]}: ${before.findings.length} → ${after.findings.length} ${extra.join(' ')}`);
        }
      }
      expect(reformatted).toBeGreaterThan(50);
      expect(moved).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
