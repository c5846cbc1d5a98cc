// End to end through the real engine: the SARIF of the rule fixtures passes both validators.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { RuleIndex } from '../src/rules/index.js';
import { loadRuleSet, parseRuleFile } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/load.js';
import type { Config } from '../src/config/types.js';
import type { Rule } from '../src/types.js';
import { scanPaths } from '../src/scan/scan.js';
import { serializeSarif, toSarif, SEVERITY } from '../src/report/sarif.js';
import type { Risk } from '../src/types.js';
import { multitoolErrors, schemaErrors } from './helpers/sarif-validate.js';

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

it('produces valid, consistent SARIF for the rule fixtures', async () => {
  const config = defaultConfig();
  const { set, problems } = ruleSet(config);
  if (problems.length) console.warn(`rule files that do not load (skipped here): ${problems.join('; ')}`);
  const rules = { value: set };
  const result = await scanPaths(['rules'], root, { config, rules: rules.value });
  expect(result.findings.length).toBeGreaterThan(0);
  const { log, warnings } = toSarif({ ...result, rules: rules.value.rules, version: '0.0.0' });
  expect(warnings).toEqual([]);
  const text = serializeSarif(log);
  expect(schemaErrors(log)).toEqual([]);
  expect(multitoolErrors(text)).toEqual([]);
  const run = log.runs[0];
  for (const r of run.results!) {
    const p = r.properties!;
    expect(typeof p.category).toBe('string');
    expect(typeof p.service).toBe('string');
    expect(r.message.text).toMatch(/^\S.*\./);
    if (!p.approvedBy && !p.deniedBy) expect(r.level).toBe(SEVERITY[p.risk as Risk].level);
    const region = r.locations![0].physicalLocation!.region!;
    expect(region.endLine! - region.startLine!).toBeLessThan(30); // the call, never a whole function
  }
  expect(serializeSarif(toSarif({ ...result, rules: rules.value.rules, version: '0.0.0' }).log)).toBe(text);
}, 120_000);
