// Resolution does not depend on evaluation order or on an alias chain's length, and the bugs seen on
// real code stay fixed: a comment in a def's parameters, constructor-only host arguments, AF_UNIX.
import { scanText } from './helpers/engine.js';
import {
  Budget,
  SITE_CALLEE,
  SITE_GRACE,
  SUMMARIES_PER_FILE,
  SUMMARY_STEPS,
  WORK_BUDGET,
} from '../src/resolve/link.js';
import { listedExists } from '../src/resolve/modules.js';
import { scanSources } from '../src/scan/scan.js';
import { analyzeContext, analyzeOne } from '../src/scan/analyze-one.js';
import { emptyResult } from '../src/scan/results.js';
import { defaultConfig } from '../src/config/load.js';
import { builtinRules } from './helpers/engine.js';

const chain = (n: number, head: string): string =>
  [`a0 = ${head}`, ...Array.from({ length: n }, (_, i) => `a${i + 1} = a${i}`)].join('\n');

async function at(code: string, line: number) {
  const r = await scanText(code);
  return r.findings.filter((f) => f.startLine === line);
}

/** Scan options over an in-memory project. */
function projectOptions(texts: Record<string, string>) {
  const config = defaultConfig();
  return {
    config,
    rules: builtinRules(config),
    project: { exists: listedExists(Object.keys(texts)), read: (p: string) => texts[p] },
  };
}

type Scanned = Awaited<ReturnType<typeof scanSources>>;

/** Scan some files of an in-memory project, in this order. */
const scanInOrder = (texts: Record<string, string>, order: string[]): Promise<Scanned> =>
  scanSources(
    order.map((path) => ({ path, content: Buffer.from(texts[path]!) })),
    projectOptions(texts),
  );

/** A file's sites: line, rule, host. */
const sites = (r: Scanned, file: string) =>
  r.findings.filter((f) => f.file === file).map((f) => [f.startLine, f.ruleId, f.destination.host]);

describe('order-independent resolution', () => {
  it('a 14-step alias chain of a URL gives its host', async () => {
    const code = `import requests\n${chain(14, '"https://deep.example/x"')}\nrequests.post(a14)\n`;
    const f = await at(code, 17);
    expect(f.map((x) => [x.ruleId, x.destination.host])).toEqual([['network.requests', 'deep.example']]);
  });

  it('the same call has the same destination and fingerprint whatever else the file holds', async () => {
    const base = `import requests\n${chain(14, '"https://deep.example/x"')}\n`;
    const alone = await scanText(`${base}requests.post(a14)\n`);
    const withOther = await scanText(`${base}requests.post(a7)\nrequests.post(a14)\n`);
    const last = (r: typeof alone) => r.findings[r.findings.length - 1]!;
    expect(last(withOther).destination).toEqual(last(alone).destination);
    expect(last(withOther).fingerprint).not.toBe('');
    expect(last(alone).destination.host).toBe('deep.example');
  });

  it('an 11-step alias chain of the module is still requests', async () => {
    const lines = [
      'import requests',
      'r1 = requests',
      ...Array.from({ length: 10 }, (_, i) => `r${i + 2} = r${i + 1}`),
    ];
    const code = `${lines.join('\n')}\nr11.post("https://collector.example.net/")\n`;
    const f = await at(code, lines.length + 1);
    expect(f.map((x) => [x.ruleId, x.callee, x.destination.host])).toEqual([
      ['network.requests', 'requests.post', 'collector.example.net'],
    ]);
  });

  it('a 300-step alias chain resolves (iterated, not one deep recursion)', async () => {
    const code = `import requests\n${chain(300, '"https://far.example/x"')}\nrequests.post(a300)\n`;
    const f = await at(code, 303);
    expect(f.map((x) => x.destination.host)).toEqual(['far.example']);
  });

  it('a cycle (x = x.y) neither throws nor leaks a cut value', async () => {
    const code = [
      'import requests',
      'def f(x):',
      '    x = x.session',
      '    requests.post(x)',
      'def g(x):',
      '    requests.post(x)',
      '    x = x.session',
    ].join('\n');
    const r1 = await scanText(code);
    // Evaluating the cycle first (f) must not leave a truncated value for g's use of the same name.
    expect(r1.findings.map((f) => [f.startLine, f.destination.source])).toEqual([
      [4, 'parameter'],
      [6, 'parameter'],
    ]);
  });
});

describe('resolution bugs seen on real code', () => {
  it('a comment right after `def name(` keeps self', async () => {
    const code = [
      'import httpx',
      'class Api:',
      '    def __init__(  # noqa: PLR0913',
      '        self, token',
      '    ):',
      '        self.client = httpx.Client(base_url="https://api.vendor.example")',
      '    def send(self, data):',
      '        self.client.post("/v1/events", json=data)',
    ].join('\n');
    const f = await at(code, 8);
    expect(f.map((x) => [x.ruleId, x.destination.host])).toEqual([['network.httpx', 'api.vendor.example']]);
  });

  it('a positional host argument of a constructor is not read on a method call', async () => {
    const code = [
      'from elasticsearch import Elasticsearch',
      'es = Elasticsearch("https://search.internal.example:9200")',
      'es.indices.get(index_name)',
      'import smtplib',
      's = smtplib.SMTP("mail.example.org")',
      's.sendmail(from_addr, to_addrs, msg)',
    ].join('\n');
    const r = await scanText(code);
    const byLine = new Map(r.findings.map((f) => [f.startLine, f.destination.host]));
    expect(byLine.get(3)).toBe('search.internal.example:9200');
    expect(byLine.get(6)).toBe('mail.example.org');
  });

  it('the constructor positional still counts on the call that builds the object', async () => {
    const f = await at('import sentry_sdk\nsentry_sdk.init("https://k@o1.ingest.sentry.io/1")\n', 2);
    expect(f.map((x) => x.destination.host)).toEqual(['o1.ingest.sentry.io']);
    const g = await at('import sentry_sdk\nsentry_sdk.capture_message("disk full")\n', 2);
    expect(g.map((x) => x.destination.host === 'disk full')).toEqual([false]);
  });

  it('an AF_UNIX socket is local IPC (rule data: local-when)', async () => {
    const code = [
      'import socket',
      's = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)',
      's.connect(path)',
      't = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
      't.connect((host, 443))',
    ].join('\n');
    const r = await scanText(code);
    expect(r.findings.map((f) => [f.ruleId, f.startLine])).toEqual([['network.socket', 5]]);
  });
});

describe('the work budget', () => {
  // Mutually recursive functions whose results are cut by the cycle and so recomputed by every caller:
  // the shape of sympy's method webs, which spend any budget.
  const web = (n: number) =>
    Array.from({ length: n }, (_, i) => `def f${i}(x):\n    return f${(i + 1) % n}(x) + f${(i + 2) % n}(x)\n`).join(
      '\n',
    );

  it('a web that spends the budget leaves a note, and the sites after it are still found with their hosts', async () => {
    const head = `import requests\n\n${web(40)}\n`;
    const line = head.split('\n').length;
    const r = await scanText(`${head}requests.get(f0(1))\nrequests.post("https://api.example.com/v1")\n`);
    expect(r.notes.map((n) => n.message)).toEqual([expect.stringContaining('work budget')]);
    expect(r.findings.map((f) => [f.ruleId, f.startLine, f.destination.host])).toEqual([
      ['network.requests', line, undefined],
      ['network.requests', line + 1, 'api.example.com'],
    ]);
  });

  it('many costly sites after a spent budget are all found, and the file is not skipped', async () => {
    const head = `import requests\n\n${web(40)}\n`;
    const calls = Array.from({ length: 400 }, () => 'requests.get(f0(1))').join('\n');
    const r = await scanText(`${head}${calls}\nrequests.post("https://api.example.com/v1")\n`);
    expect(r.findings).toHaveLength(401);
    expect(r.findings[400]!.destination.host).toBe('api.example.com');
    expect(r.skipped).toEqual([]);
  });

  it('a wrapper summarised while the budget refuses steps is not remembered for later files', async () => {
    // send() takes more steps to summarise than the grace a summary gets once the file has spent its
    // budget, and far fewer than a summary's own account: costly.py gets an empty summary, user.py must not.
    const texts: Record<string, string> = {
      'costly.py': [
        'import requests',
        'from pkg.net import send',
        web(40),
        'requests.get(f0(1))',
        'send("https://a.example/")',
      ].join('\n'),
      'user.py': 'from pkg.net import send\n\ndef go():\n    send("https://b.example/")\n',
      'pkg/__init__.py': '',
      'pkg/net.py': [
        'import requests',
        'def send(url):',
        ...Array.from({ length: 3 * SITE_GRACE }, (_, i) => `    step${i}()`),
        '    requests.post(url)',
      ].join('\n'),
    };
    const scan = (order: string[]) => scanInOrder(texts, order);
    const alone = sites(await scan(['user.py']), 'user.py');
    expect(alone).toEqual([[4, 'network.requests', 'b.example']]);
    const after = await scan(['costly.py', 'user.py', 'pkg/__init__.py', 'pkg/net.py']);
    // The route is exercised: costly.py's own call of send() is not resolved, and it says why.
    expect(sites(after, 'costly.py').filter(([, , host]) => host === 'a.example')).toEqual([]);
    expect(after.notes.map((n) => [n.file, n.message])).toEqual([
      ['costly.py', expect.stringContaining('work budget')],
    ]);
    expect(sites(after, 'user.py')).toEqual(alone);
  });

  it('a wrapper summarised from a refused summary is not remembered for later files either', async () => {
    // In costly.py (budget spent) send() is refused when relay1() is summarised; relay2() then reuses
    // that refused summary of send() within the same file. Neither relay may be remembered as sending
    // nothing: user.py, scanned after, must get its host as it does alone.
    const texts: Record<string, string> = {
      'costly.py': [
        'import requests',
        'from pkg.net import relay1, relay2',
        web(40),
        'requests.get(f0(1))',
        'relay1("https://a.example/")',
        'relay2("https://a.example/")',
      ].join('\n'),
      'user.py': 'from pkg.net import relay2\n\ndef go():\n    relay2("https://b.example/")\n',
      'pkg/__init__.py': '',
      'pkg/net.py': [
        'import requests',
        'def send(url):',
        ...Array.from({ length: 3 * SITE_GRACE }, (_, i) => `    step${i}()`),
        '    requests.post(url)',
        'def relay1(url):',
        '    send(url)',
        'def relay2(url):',
        '    send(url)',
      ].join('\n'),
    };
    const scan = (order: string[]) => scanInOrder(texts, order);
    const alone = sites(await scan(['user.py']), 'user.py');
    expect(alone).toEqual([[4, 'network.requests', 'b.example']]);
    const after = await scan(['costly.py', 'user.py', 'pkg/__init__.py', 'pkg/net.py']);
    expect(sites(after, 'costly.py').filter(([, , host]) => host === 'a.example')).toEqual([]);
    expect(after.notes.map((n) => n.file)).toEqual(['costly.py']);
    expect(sites(after, 'user.py')).toEqual(alone);
  });

  it('a file that would run out from an empty index gets its note, and the same findings, after a file that warmed the memo', async () => {
    // b.py alone spends 248 steps: its own sum, and pkg.heavy.X's. After a.py, X is memoised and b.py
    // spends 127, under the limit of 200, but what it reused could cost it more from an empty index.
    const sum = (n: number, p: string) => Array.from({ length: n }, (_, i) => `"${p}${i}"`).join(' + ');
    const texts: Record<string, string> = {
      'pkg/__init__.py': '',
      'pkg/heavy.py': `X = "https://h.example/" + ${sum(60, 'h')}\n`,
      'a.py': 'import requests\nfrom pkg.heavy import X\nrequests.get(X)\n',
      'b.py': `import requests\nfrom pkg.heavy import X\nZ = "https://z.example/" + ${sum(60, 'z')}\nrequests.get(Z)\nrequests.get(X)\n`,
    };
    const scan = async (order: string[], limit: number) => {
      const ctx = await analyzeContext(projectOptions(texts));
      ctx.project!.budget.limit = limit;
      const out = emptyResult();
      try {
        for (const f of order) analyzeOne(f, Buffer.from(texts[f]!), ctx, out);
      } finally {
        ctx.project!.release();
      }
      const b = (file: string) => ({
        notes: out.notes.filter((n) => n.file === file).map((n) => n.message),
        sites: out.findings.filter((f) => f.file === file).map((f) => [f.startLine, f.destination.host]),
      });
      return b('b.py');
    };
    const alone = await scan(['b.py'], 200);
    expect(alone.notes).toEqual([expect.stringContaining('work budget')]);
    expect(await scan(['a.py', 'b.py'], 200)).toEqual(alone);
    // Under a limit no analysis from an empty index reaches, neither order has a note.
    const roomy = await scan(['b.py'], 300);
    expect(roomy).toEqual({
      notes: [],
      sites: [
        [4, 'z.example'],
        [5, 'h.example'],
      ],
    });
    expect(await scan(['a.py', 'b.py'], 300)).toEqual(roomy);
  });

  it('a recursive wrapper is summarised once, not again at every call (recursion ends with the levels)', async () => {
    // send() and retry() call each other, and a callee in send() is a web of functions whose value is cut and
    // so never memoised. A summary cut at the recursion was never remembered either: each of the 60
    // calls summarised send() again, and together they spent all of the file's summary steps.
    const code = [
      'import requests',
      web(16),
      'def send(url, n=0):',
      '    if n < 3:',
      '        retry(url, n + 1)',
      '    f0(n).run()',
      '    requests.post(url)',
      'def retry(url, n):',
      '    send(url, n)',
      ...Array.from({ length: 60 }, (_, i) => `send("https://h${i}.example/")`),
    ].join('\n');
    const r = await scanText(code);
    expect(r.notes).toEqual([]);
    const hosts = r.findings.map((f) => f.destination.host).filter((h) => h?.startsWith('h'));
    expect(hosts).toEqual(Array.from({ length: 60 }, (_, i) => `h${i}.example`));
  });

  it("a summary's steps are its own account: the file's do not move, and all of a file's are bounded", () => {
    const b = new Budget();
    const drain = () => {
      let n = 0;
      while (b.step()) n++;
      return n;
    };
    b.step();
    const outer = b.enter();
    expect(drain()).toBe(SUMMARY_STEPS);
    expect(b.exhausted).toBe(true); // a refused summary gives the file its note
    const inner = b.enter(); // a nested summary starts its own account: a grace, now that there is a note
    expect(drain()).toBe(SITE_GRACE);
    b.leave(inner);
    expect(b.step()).toBe(false); // back on the outer summary's spent account
    b.leave(outer);
    expect(b.steps).toBe(1);
    let frames = 0;
    for (let i = 0; i < 1000; i++) {
      const f = b.enter();
      frames += drain();
      b.leave(f);
    }
    expect(SUMMARY_STEPS + SITE_GRACE + frames).toBe(SUMMARIES_PER_FILE);
    b.reset();
    const f = b.enter();
    expect(drain()).toBe(SUMMARY_STEPS); // a new file, a new bound
    b.leave(f);
  });

  it('past the budget, the grace beyond each callee is bounded in all', () => {
    const b = new Budget();
    while (b.step());
    expect(b.exhausted).toBe(true);
    let taken = 0;
    for (let site = 0; site < 1000; site++) {
      b.nextSite();
      while (b.step()) taken++;
    }
    expect(taken).toBeLessThanOrEqual(WORK_BUDGET + 1000 * SITE_CALLEE);
    expect(taken).toBeGreaterThanOrEqual(1000 * SITE_CALLEE);
  });
});
