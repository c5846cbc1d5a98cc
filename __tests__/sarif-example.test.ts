// SARIF through the real engine, in one suite so that both logs go through one multitool run (each run of
// the .NET tool on a file costs ~1 s of CPU; the two logs share a header, so the batch puts them in one
// file): the shipped example project as the CLI writes it (valid for GitHub ingestion and the SARIF 2.1.0
// schema, consistent risk → level mapping, stable: a snapshot with the version redacted), and the rule
// fixtures scanned in process (valid, consistent, deterministic).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { defaultConfig } from '../src/config/load.js';
import type { Config } from '../src/config/types.js';
import { RuleIndex } from '../src/rules/index.js';
import { loadRuleSet, parseRuleFile } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/load.js';
import { serializeSarif, toSarif, SEVERITY } from '../src/report/sarif.js';
import { scanPaths } from '../src/scan/scan.js';
import type { Risk, Rule, ScanResult } from '../src/types.js';
import { freshDist } from './helpers/dist.js';
import { MultitoolBatch, schemaErrors } from './helpers/sarif-validate.js';

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

const multitool = new MultitoolBatch();
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
