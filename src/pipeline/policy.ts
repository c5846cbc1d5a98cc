// The policy of a run: the config and the rule folders it names, read from one side. On pull requests
// that side is the base revision, so a PR cannot approve its own integrations or add rules that hide them.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkConfigRules,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  loadConfigFile,
  parseConfig,
  policyWarnings,
} from '../config/load.js';
import type { Config } from '../config/types.js';
import { normalizeRel } from '../compare/policy.js';
import type { Snapshot } from '../diff/types.js';
import { fail, ok, type Result } from '../result.js';
import { loadRuleSet, type RuleSet } from '../rules/load.js';

/** `base`: a repo-relative path read from the base side (pull requests). `file`: a file on disk. */
export type ConfigSource = { kind: 'base'; path: string; required?: boolean } | { kind: 'file'; path: string };

const MAX_CONFIG_BYTES = 1 << 20;

export interface Policy {
  config: Config;
  rules: RuleSet;
  log: string[];
}

/** Config and custom rules. From the base side when `src.kind === 'base'`, so a PR cannot change them. */
export async function loadPolicy(src: ConfigSource, side: Snapshot, root: string): Promise<Result<Policy>> {
  if (src.kind === 'file')
    // The default path may be absent (defaults apply); an explicit one must exist.
    return policyFromFile(normalizeRel(src.path) === DEFAULT_CONFIG_FILE ? undefined : src.path, root, [
      `Policy: ${src.path}`,
    ]);
  const path = normalizeRel(src.path);
  const read = await side.read([path], MAX_CONFIG_BYTES);
  const file = read.files[0];
  let config: Config;
  const log: string[] = [];
  if (!file) {
    const why = read.skipped[0]?.reason;
    if (src.required || why)
      return fail({ file: path, message: `config file not readable at ${side.label}: ${why ?? 'not found'}` });
    config = defaultConfig();
    log.push(`Policy: no ${path} at ${shortRevision(side.label)}; using defaults.`);
  } else {
    const c = parseConfig(file.content.toString('utf8'), path);
    if (!c.ok) return fail(...c.problems);
    config = c.value;
    log.push(`Policy: ${path} read from ${shortRevision(side.label)} (the base revision).`);
  }
  if (!config.rules.length) return withRules(config, root, log);
  // Materialise the base revision's rule folders in a temporary root, so the working tree (head) is not used.
  const tmp = mkdtempSync(join(tmpdir(), 'egress-audit-rules-'));
  try {
    const folders = config.rules.map(normalizeRel);
    const all = await side.list(folders);
    if (!all.ok) return fail(...all.problems);
    const wanted = all.value.filter((p) => folders.some((f) => f === '.' || p.startsWith(`${f}/`)));
    const got = await side.read(wanted, MAX_CONFIG_BYTES);
    for (const f of folders) mkdirSync(join(tmp, f), { recursive: true });
    for (const f of got.files) {
      mkdirSync(dirname(join(tmp, f.path)), { recursive: true });
      writeFileSync(join(tmp, f.path), f.content);
    }
    log.push(`Rules: ${folders.join(', ')} read from ${shortRevision(side.label)}.`);
    return await withRules(config, tmp, log);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Config from a file on disk (`undefined`: the default file if present, else defaults) and its rules. */
export async function policyFromFile(
  path: string | undefined,
  root: string,
  log: string[] = [],
): Promise<Result<Policy>> {
  const c = loadConfigFile(path, root);
  if (!c.ok) return fail(...c.problems);
  return withRules(c.value, root, log);
}

async function withRules(config: Config, root: string, log: string[]): Promise<Result<Policy>> {
  const r = await Promise.resolve(loadRuleSet(config, root));
  if (!r.ok) return fail(...r.problems);
  const problems = checkConfigRules(config, new Set(r.value.byId.keys()));
  config.warnings.push(...policyWarnings(config, r.value.rules));
  return problems.length ? fail(...problems) : ok({ config, rules: r.value, log });
}

/** A commit SHA shortened for log lines; other labels (folders, refs) as they are. */
export function shortRevision(label: string): string {
  return /^[0-9a-f]{40}/i.test(label) ? label.slice(0, 12) : label;
}
