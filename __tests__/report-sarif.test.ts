// SARIF, in one suite so that every log goes through one multitool run (one start of the .NET tool costs
// about 2 s of CPU, each input file about 1 s; logs that share a header go in one file):
// - toSarif on built findings: the mapping, determinism, robustness, GitHub's limits, the snapshot;
// - through the real engine: the shipped example project as the CLI writes it (valid for GitHub ingestion
//   and the SARIF 2.1.0 schema, consistent risk → level mapping, stable: a snapshot with the version
//   redacted), and the rule fixtures scanned in process (valid, consistent, deterministic).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { defaultConfig } from '../src/config/load.js';
import type { Config } from '../src/config/types.js';
import { describeFinding } from '../src/report/describe.js';
import { FINGERPRINT_KEY, serializeSarif, SEVERITY, toSarif } from '../src/report/sarif.js';
import { encodePath } from '../src/report/uri.js';
import { RuleIndex } from '../src/rules/index.js';
import { loadRuleSet, parseRuleFile } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/load.js';
import { scanPaths } from '../src/scan/scan.js';
import type { Finding, Risk, Rule, ScanResult } from '../src/types.js';
import { RISKS } from '../src/types.js';
import { freshDist } from './helpers/dist.js';
import { makeFinding, makeRule, RULES, sampleFindings } from './helpers/findings.js';
import { MultitoolBatch, schemaErrors } from './helpers/sarif-validate.js';

const base = { rules: RULES, skipped: [], notes: [], version: '1.2.3' };

function run(log: Sarif.Log): Sarif.Run {
  return log.runs[0];
}

// The logs below are built while the tests are collected; the engine's logs (the example project, the
// rule fixtures) join them in the beforeAll further down, which validates them all in one multitool run.
const multitool = new MultitoolBatch();

/** Queue `log` for the suite's multitool run under `name`; returns it. */
function validated(name: string, log: Sarif.Log): Sarif.Log {
  multitool.add(name, serializeSarif(log));
  return log;
}

function expectValid(name: string, log: Sarif.Log): void {
  expect(schemaErrors(log)).toEqual([]);
  expect(multitool.errors(name)).toEqual([]);
}

const HOSTILE_NAMES = [
  'dir with space/a b.py',
  'hash#frag.py',
  'q?x=1.py',
  'pct%20literal.py',
  'ünïcödé/日本語.py',
  'tick`s.py',
  'new\nline.py',
  '-rf.py',
  'paren(1).py',
  'colon:first.py',
  './dot/./rel.py',
  'emoji😀.py',
  'lone\uD800surrogate.py',
  '[brackets].py',
];

describe('toSarif mapping', () => {
  const { log, warnings } = toSarif({
    ...base,
    findings: sampleFindings(),
    skipped: [{ file: 'big.py', reason: 'larger than 1 MB' }],
    notes: [{ file: 'bad.py', message: 'syntax errors: 2 regions', level: 'warning' }],
  });
  validated('mapping', log);
  const r = run(log);

  it('has one run with the driver, automation id and invocation', () => {
    expect(warnings).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(r.tool.driver.name).toBe('egress-audit');
    expect(r.tool.driver.semanticVersion).toBe('1.2.3');
    expect(r.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(r.automationDetails?.id).toBe('egress-audit/');
    expect(r.invocations?.[0].executionSuccessful).toBe(true);
    expect(r.invocations?.[0].startTimeUtc).toBeUndefined();
  });

  it('emits only referenced rules, sorted, with correct ruleIndex', () => {
    const ids = r.tool.driver.rules!.map((x) => x.id);
    expect(ids).toEqual(['ai.openai', 'covert.dns-exfil', 'telemetry.sentry']);
    for (const res of r.results!) expect(ids[res.ruleIndex!]).toBe(res.ruleId);
  });

  it('maps risk to security-severity and level', () => {
    const byId = new Map(r.tool.driver.rules!.map((x) => [x.id, x]));
    expect(byId.get('covert.dns-exfil')!.properties!['security-severity']).toBe('9.5');
    expect(byId.get('covert.dns-exfil')!.defaultConfiguration!.level).toBe('error');
    expect(byId.get('telemetry.sentry')!.properties!['security-severity']).toBe('8.0');
    expect(byId.get('ai.openai')!.properties!['security-severity']).toBe('5.5');
    expect(byId.get('ai.openai')!.defaultConfiguration!.level).toBe('warning');
    expect(SEVERITY.low).toEqual({ score: '3.0', level: 'note' });
    for (const risk of RISKS) {
      const score = Number(SEVERITY[risk].score);
      const [lo, hi] = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] }[risk];
      expect(score).toBeGreaterThanOrEqual(lo);
      expect(score).toBeLessThanOrEqual(hi);
    }
  });

  it('builds rule metadata: tags, precision, descriptions, help', () => {
    const sentry = r.tool.driver.rules!.find((x) => x.id === 'telemetry.sentry')!;
    expect(sentry.name).toBe('Sentry SDK initialisation');
    expect(sentry.shortDescription?.text).toBe('Sentry SDK initialisation');
    expect(sentry.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    expect(sentry.properties!.tags).toEqual([
      'security',
      'egress',
      'telemetry',
      'external/cwe/cwe-201',
      'external/cwe/cwe-359',
    ]);
    expect(sentry.properties!.precision).toBe('high');
    expect(sentry.properties!.category).toBe('telemetry');
    expect(sentry.help!.text).toContain('Why it matters');
    expect(sentry.help!.markdown).toContain('```python\nfrom openai import OpenAI');
    expect(sentry.help!.markdown).toContain('- https://platform.openai.com/docs/api-reference');
  });

  it('maps each result: message, location, region, fingerprint, properties', () => {
    const openai = r.results!.find((x) => x.ruleId === 'ai.openai' && !x.properties?.approvedBy)!;
    expect(openai.message.text).toMatch(
      /^Sends prompt to api\.openai\.com \(OpenAI\) via openai\.OpenAI\(\)\.chat\.completions\.create\./,
    );
    expect(openai.level).toBe('warning');
    expect(openai.locations).toHaveLength(1);
    const loc = openai.locations![0].physicalLocation!;
    expect(loc.artifactLocation).toEqual({ uri: 'src/app.py', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toEqual({
      startLine: 10,
      startColumn: 5,
      endLine: 10,
      endColumn: 42,
      snippet: { text: 'client.chat.completions.create(model=m)' },
    });
    expect(openai.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'a1' });
    expect(openai.properties).toMatchObject({
      category: 'ai',
      service: 'OpenAI',
      destination: 'api.openai.com',
      destinationSource: 'default',
      risk: 'medium',
      credentials: ['OPENAI_API_KEY'],
      dataSources: ['prompt'],
      kind: 'send',
      tags: [],
    });
    for (const res of r.results!) expect(res.partialFingerprints).not.toHaveProperty('primaryLocationLineHash');
  });

  it('builds the sentence from the finding (src/report/wording.ts), never from a stored message', () => {
    const sentry = r.results!.find((x) => x.ruleId === 'telemetry.sentry')!;
    expect(sentry.message.text).toMatch(
      /^Starts background egress to o1\.ingest\.sentry\.io \(Sentry\) via sentry_sdk\.init\./,
    );
    expect(sentry.level).toBe('error');
    const dns = r.results!.find((x) => x.ruleId === 'covert.dns-exfil')!;
    expect(dns.message.text).toMatch(
      /^Sends prompt to a destination from f-string \(DNS\) via socket\.gethostbyname\./,
    );
    expect(dns.properties!.destination).toBeUndefined();
    expect(dns.properties!.destinationSource).toBe('dynamic');
  });

  it('keeps suppressed findings with an inSource suppression', () => {
    const dns = r.results!.find((x) => x.ruleId === 'covert.dns-exfil')!;
    expect(dns.suppressions).toEqual([{ kind: 'inSource', justification: 'reviewed by security' }]);
    expect(dns.level).toBe('error');
  });

  it('lowers allowlisted findings to note and says who approved them', () => {
    const allowed = r.results!.find((x) => x.properties?.approvedBy)!;
    expect(allowed.level).toBe('note');
    // Plain text: no Markdown-style escapes where nothing reads as an embedded link.
    expect(allowed.message.text).toContain('Approved by allow[0].');
    expect(allowed.properties!.tags).toEqual(['test']);
  });

  it('reports skipped files and notes as tool execution notifications', () => {
    const notes = r.invocations![0].toolExecutionNotifications!;
    expect(
      notes.map((n) => [n.level, n.message.text, n.locations?.[0].physicalLocation?.artifactLocation?.uri]),
    ).toEqual([
      ['warning', 'Skipped big.py: larger than 1 MB', 'big.py'],
      ['warning', 'bad.py: syntax errors: 2 regions', 'bad.py'],
    ]);
  });

  it('passes the multitool (GitHub rules) and the SARIF 2.1.0 schema', () => {
    expectValid('mapping', log);
  });
});

describe('describeFinding (= findingMessage)', () => {
  it('words the finding from its data: one wording for every renderer', () => {
    expect(describeFinding(makeFinding({ dataSources: [] }))).toBe(
      'Sends data to api.openai.com (OpenAI) via openai.OpenAI().chat.completions.create.',
    );
  });
  it('describes env-sourced destinations', () => {
    const f = makeFinding({ dataSources: [], destination: { source: 'env', detail: 'env OPENAI_BASE_URL' } });
    expect(describeFinding(f)).toBe(
      'Sends data to a destination from env OPENAI_BASE_URL (OpenAI) via openai.OpenAI().chat.completions.create.',
    );
  });
});

describe('determinism', () => {
  it('is byte-identical for the same input in any order', () => {
    const fs = sampleFindings();
    const a = serializeSarif(toSarif({ ...base, findings: fs }).log);
    const b = serializeSarif(toSarif({ ...base, findings: [...fs].reverse(), rules: [...RULES].reverse() }).log);
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).not.toMatch(/startTimeUtc/);
  });

  const timed = validated(
    'startTimeUtc',
    toSarif({ ...base, findings: [], startTimeUtc: '2024-01-02T03:04:05Z', automationId: 'egress-audit/pr' }).log,
  );
  it('includes startTimeUtc and a custom automation id only when given', () => {
    expect(run(timed).invocations![0].startTimeUtc).toBe('2024-01-02T03:04:05Z');
    expect(run(timed).automationDetails!.id).toBe('egress-audit/pr');
    expectValid('startTimeUtc', timed);
  });
});

describe('robustness', () => {
  const hostile = validated(
    'hostile names',
    toSarif({
      ...base,
      findings: HOSTILE_NAMES.map((file, i) => makeFinding({ file, fingerprint: `h${i}` })),
      skipped: [{ file: 'sk ip#?.py', reason: 'binary\ncontent' }],
    }).log,
  );
  it('encodes hostile file names as valid relative URI references', () => {
    const log = hostile;
    const uris = run(log).results!.map((x) => x.locations![0].physicalLocation!.artifactLocation!.uri!);
    for (const uri of uris) {
      expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~/!$&'()*+,;=@]|%[0-9A-F]{2})+$/);
      expect(uri.startsWith('./')).toBe(false);
      expect(uri.split('/')[0]).not.toContain(':');
    }
    expect(uris).toContain('dir%20with%20space/a%20b.py');
    expect(uris).toContain('hash%23frag.py');
    expect(uris).toContain('q%3Fx%3D1.py');
    expect(uris).toContain('pct%2520literal.py');
    expect(uris).toContain('dot/rel.py');
    expect(uris).toContain('new%0Aline.py');
    expect(uris).toContain('tick%60s.py');
    expect(decodeURIComponent(encodePath('ünïcödé/日本語.py'))).toBe('ünïcödé/日本語.py');
    expectValid('hostile names', log);
  });

  const escaped = validated(
    'escaped message',
    toSarif({
      ...base,
      findings: [
        makeFinding({ destination: { host: '[evil](1)\nhost', source: 'literal' }, snippet: 'x'.repeat(100_000) }),
      ],
    }).log,
  );
  it('escapes brackets and flattens newlines in messages; long snippets are bounded', () => {
    const res = run(escaped).results![0];
    expect(res.message.text).toContain('\\[evil\\](1) host');
    expect(res.locations![0].physicalLocation!.region!.snippet!.text!.length).toBeLessThanOrEqual(2000);
    expectValid('escaped message', escaped);
  });

  const placeholder = validated(
    'unknown rule',
    toSarif({ ...base, findings: [makeFinding({ ruleId: 'custom.gone' })] }).log,
  );
  it('emits placeholder metadata for a rule id no loaded rule defines', () => {
    expect(run(placeholder).tool.driver.rules!.map((x) => x.id)).toEqual(['custom.gone']);
    expectValid('unknown rule', placeholder);
  });

  const capped = validated(
    'capped metadata',
    toSarif({
      ...base,
      rules: [
        makeRule({
          cwe: Array.from({ length: 40 }, (_, i) => 100 + i),
          docs: { ...makeRule().docs, detects: 'd'.repeat(5000) },
        }),
      ],
      findings: [makeFinding()],
    }).log,
  );
  it('caps tags at 20 and descriptions at 1024 characters', () => {
    const d = run(capped).tool.driver.rules![0];
    expect((d.properties!.tags as string[]).length).toBe(20);
    expect(d.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    expectValid('capped metadata', capped);
  });

  it('drops exact duplicates and keeps repeated fingerprints distinct', () => {
    const f = makeFinding({ fingerprint: 'same' });
    const g = makeFinding({ fingerprint: 'same', startLine: 20, endLine: 20 });
    const { log } = toSarif({ ...base, findings: [f, { ...f }, g] });
    expect(run(log).results!.map((x) => x.partialFingerprints![FINGERPRINT_KEY])).toEqual(['same', 'same/2']);
  });

  it('uses the highest result risk for the rule severity when config overrides differ per finding', () => {
    const { log } = toSarif({
      ...base,
      findings: [makeFinding({ risk: 'low' }), makeFinding({ risk: 'high', startLine: 30, endLine: 30 })],
    });
    expect(run(log).tool.driver.rules![0].properties!['security-severity']).toBe('8.0');
    expect(run(log).results!.map((x) => x.level)).toEqual(['note', 'error']);
  });
});

describe('GitHub limits', () => {
  const risks: Risk[] = ['low', 'medium', 'high', 'critical'];
  function many(n: number): Finding[] {
    const out: Finding[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        makeFinding({
          file: `pkg/m${i % 50}.py`,
          startLine: i + 1,
          endLine: i + 1,
          risk: i === n - 1 ? 'critical' : risks[i % 3],
          fingerprint: `f${i}`,
        }),
      );
    }
    return out;
  }

  /** The result cap's checks, for `n + 1` findings cut to `n` results (GitHub's limit or a lower one). */
  function expectCapped(capped: ReturnType<typeof toSarif>, findings: Finding[], n: number): void {
    const { log, warnings } = capped;
    const results = run(log).results!;
    expect(results).toHaveLength(n);
    expect(results.some((x) => x.partialFingerprints![FINGERPRINT_KEY] === `f${n}`)).toBe(true); // the one critical
    expect(results.filter((x) => x.properties!.risk === 'low')).toHaveLength(
      findings.filter((f) => f.risk === 'low').length - 1,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`at most ${n} results.*kept ${n} of ${n + 1}`));
    const notes = run(log).invocations![0].toolExecutionNotifications!;
    expect(notes.some((n) => n.descriptor?.id === 'result-limit' && n.level === 'warning')).toBe(true);
  }

  const findings = many(25_001);
  const limited = toSarif({ ...base, findings });

  it('keeps 25,000 of 25,001 results, the highest risk first, and warns; the log gzips under 10 MB', () => {
    expectCapped(limited, findings, 25_000);
    expect(gzipSync(serializeSarif(limited.log)).length).toBeLessThan(10 * 1024 * 1024);
  });

  // The multitool sees the same cut at a lower cap. Its GitHub rules check each result and the run, not
  // how many results there are: the 25,000-result log (36 MB) passed, and so does one of 25,001 (checked
  // by hand, 2026-12-03), at ~30 s of CPU, a third of the whole suite's. The 100 results below are made
  // by the same code from the same kinds of findings (all 50 files, every risk, the kept critical) with
  // the same result-limit notification, so each rule runs on every shape the big log has.
  const fewer = many(101);
  const capped = validated('capped results', toSarif({ ...base, findings: fewer, limits: { maxResults: 100 } }).log);
  it('cuts to a lower cap the same way, and the capped log passes the multitool and the schema', () => {
    expectCapped(toSarif({ ...base, findings: fewer, limits: { maxResults: 100 } }), fewer, 100);
    const files = new Set(run(capped).results!.map((x) => x.locations![0].physicalLocation!.artifactLocation!.uri));
    expect(files.size).toBe(50);
    expectValid('capped results', capped);
  });

  it('drops snippets, then lowest-risk results, to fit the gzip limit', () => {
    const noise = (i: number): string =>
      Array.from({ length: 16 }, (_, k) => createHash('sha256').update(`${i}:${k}`).digest('hex')).join('');
    const findings = many(400).map((f, i) => ({ ...f, snippet: noise(i) }));
    const { log, warnings } = toSarif({ ...base, findings, limits: { maxGzipBytes: 6_000 } });
    const text = serializeSarif(log);
    expect(gzipSync(text).length).toBeLessThanOrEqual(6_000);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
    expect(warnings[0]).toMatch(/snippets were omitted/);
    expect(warnings.length).toBeGreaterThan(1);
    expect(run(log).results!.some((x) => x.properties!.risk === 'critical')).toBe(true);
    expect(text).not.toContain('"snippet"');
  });
});

describe('the multitool batch', () => {
  // Proves the batch can fail and pins errors to their own file: GitHub requires driver.rules.
  const log = toSarif({ ...base, findings: sampleFindings() }).log;
  delete run(log).tool.driver.rules;
  multitool.add('no rules array', serializeSarif(log));

  it("reports a log's GitHub rule violation under that log's name", () => {
    expect(multitool.errors('no rules array')).toEqual([expect.stringMatching(/error GH1018: .*'rules' array/)]);
  });
});

describe('snapshot', () => {
  it('matches the stored SARIF for the sample findings (version redacted)', () => {
    const { log } = toSarif({ ...base, version: '0.0.0-redacted', findings: sampleFindings() });
    expect(serializeSarif(log)).toMatchSnapshot();
  });
});

interface Result {
  ruleId: string;
  level: string;
  properties: { category: string; service: string; risk: string; destination?: string; destinationSource: string };
}

const root = join(import.meta.dirname, '..');

/** The real rule set; while rule files are being edited concurrently, fall back to the families that load. */
function ruleSet(config: Config): { set: RuleSet; problems: string[] } {
  const loaded = loadRuleSet(config, root);
  if (loaded.ok) return { set: loaded.value, problems: [] };
  const rules: Rule[] = [];
  const dir = join(root, 'rules');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yml'))
    .sort()) {
    const r = parseRuleFile(readFileSync(join(dir, name), 'utf8'), `rules/${name}`);
    if (r.ok) rules.push(...r.value.filter((x) => !rules.some((y) => y.id === x.id)));
  }
  return {
    set: { rules, byId: new Map(rules.map((r) => [r.id, r])), index: new RuleIndex(rules, config) },
    problems: loaded.problems.map((p) => `${p.file}: ${p.message}`),
  };
}

/** The example project's SARIF as `egress-audit scan --sarif` writes it. */
let text: string;
/** The rule fixtures: scan result, the SARIF and its warnings, and the rules they were scanned with. */
const fixtures = {} as { set: RuleSet; result: ScanResult; log: Sarif.Log; warnings: string[]; text: string };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'egress-sarif-'));
  const out = join(dir, 'out.sarif');
  execFileSync(
    'node',
    [join(freshDist(), 'cli.js'), 'scan', '--root', 'examples/head', '--sarif', out, '--workers', '1'],
    {
      encoding: 'utf8',
    },
  );
  text = readFileSync(out, 'utf8');
  rmSync(dir, { recursive: true, force: true });

  const config = defaultConfig();
  const { set, problems } = ruleSet(config);
  if (problems.length) console.warn(`rule files that do not load (skipped here): ${problems.join('; ')}`);
  const result = await scanPaths(['rules'], root, { config, rules: set });
  const { log, warnings } = toSarif({ ...result, rules: set.rules, version: '0.0.0' });
  Object.assign(fixtures, { set, result, log, warnings, text: serializeSarif(log) });

  multitool.add('example', text);
  multitool.add('fixtures', fixtures.text);
  multitool.validateAll();
}, 120_000);

describe('SARIF of the example project', () => {
  it('passes GitHub ingestion rules and the schema', () => {
    expect(multitool.errors('example')).toEqual([]);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
  });

  it('gives every result a category, service, destination source and a level that matches its risk', () => {
    const results = (JSON.parse(text) as { runs: { results: Result[] }[] }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(5);
    const level: Record<string, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
    for (const r of results) {
      expect(['telemetry', 'logging', 'cloud', 'ai', 'communication', 'network', 'covert']).toContain(
        r.properties.category,
      );
      expect(r.properties.service).toBeTruthy();
      expect(r.properties.destinationSource).toBeTruthy();
      expect(r.level).toBe(level[r.properties.risk]);
    }
  });

  it('matches the snapshot', () => {
    expect(text.replace(/"(semanticVersion)": "\d+\.\d+\.\d+[^"]*"/g, '"$1": "<version>"')).toMatchSnapshot();
  });
});

// End to end through the real engine: the SARIF of the rule fixtures passes both validators.
it('produces valid, consistent SARIF for the rule fixtures', () => {
  const { set, result, log, warnings } = fixtures;
  expect(result.findings.length).toBeGreaterThan(0);
  expect(warnings).toEqual([]);
  expect(schemaErrors(log)).toEqual([]);
  expect(multitool.errors('fixtures')).toEqual([]);
  const run = log.runs[0]!;
  for (const r of run.results!) {
    const p = r.properties!;
    expect(typeof p.category).toBe('string');
    expect(typeof p.service).toBe('string');
    expect(r.message.text).toMatch(/^\S.*\./);
    if (!p.approvedBy && !p.deniedBy) expect(r.level).toBe(SEVERITY[p.risk as Risk].level);
    const region = r.locations![0]!.physicalLocation!.region!;
    expect(region.endLine! - region.startLine!).toBeLessThan(30); // the call, never a whole function
  }
  expect(serializeSarif(toSarif({ ...result, rules: set.rules, version: '0.0.0' }).log)).toBe(fixtures.text);
});
