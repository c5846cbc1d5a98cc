// Test helpers: load the built-in rules once and analyse Python text as a given file.
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { formatProblem } from '../../src/result.js';
import type { RuleSet } from '../../src/rules/load.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { scanSources } from '../../src/scan/scan.js';
import type { ScanResult } from '../../src/types.js';

let cached: RuleSet | undefined;
export function builtinRules(config: Config = defaultConfig()): RuleSet {
  if (config.rules.length === 0 && cached) return cached;
  const r = loadRuleSet(config, process.cwd());
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  if (config.rules.length === 0) cached = r.value;
  return r.value;
}

export async function scanText(text: string, file = 'app.py', config: Config = defaultConfig()): Promise<ScanResult> {
  return scanSources([{ path: file, content: Buffer.from(text) }], { config, rules: builtinRules(config) });
}
