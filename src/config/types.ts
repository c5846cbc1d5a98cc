// The loaded config: the file's keys (typed by ./schema.ts) with defaults applied and camel-cased, plus
// what the loader adds (source, lines, warnings).
import type { Problem } from '../result.js';
import type { Risk } from '../types.js';
import type { HostMapping, RawPolicyEntry } from './schema.js';

/** An allow or deny entry; any combination of keys must all match. `reason` is shown to reviewers. */
export interface PolicyEntry extends RawPolicyEntry {
  /** "allow[2]" style label naming the config entry that matched, filled by the loader. */
  label: string;
  /** Line of the entry in the config file (for errors found after loading, e.g. unknown rule ids). */
  line?: number;
  /** Line of each matcher key of the entry (`service`, `host`, …), for warnings that name the key. */
  keyLines?: Partial<Record<'service' | 'host' | 'category' | 'rule', number>>;
}

export interface Config {
  /** Source of this config (path or "(defaults)"). */
  source: string;
  /** Globs of files to scan (default: every .py file). */
  paths: string[];
  /** Globs excluded from the scan. */
  exclude: string[];
  /** Globs whose findings are tagged "test" (still scanned and reported). */
  testPaths: string[];
  allow: PolicyEntry[];
  deny: PolicyEntry[];
  /** Hosts under these domains are internal: findings to them are lowered to low. */
  internalDomains: string[];
  /** Per rule id or category: risk override. */
  severity: Record<string, Risk>;
  /** Line of each `severity` key in the config file (for errors found after loading). */
  severityLines?: Record<string, number | undefined>;
  /** Extra rule folders (workspace-relative). */
  rules: string[];
  /** User host -> service mappings. */
  hosts: HostMapping[];
  /** Files larger than this are skipped and reported. */
  maxFileBytes: number;
  /** Parse time budget per file in ms; over it the file is reported as skipped. */
  maxFileMillis: number;
  /**
   * Globs written in this config file (not the built-in defaults), with the key and line naming them:
   * `paths[0]`, `exclude[1]`, `test-paths[0]`, `allow[2].paths[0]`. For "matches no file" warnings.
   */
  globs?: { key: string; glob: string; line?: number }[];
  /**
   * Advice about the config (a service no rule knows, a glob that matches no file): shown as warnings
   * (CLI: stderr, action: core.warning), never a failure. Filled by the loader and the cross-checks.
   */
  warnings: Problem[];
}
