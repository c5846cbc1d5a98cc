// The pull-request comparison end to end, shared by the action and `egress-audit diff`: find what
// changed, load the policy from the base side, scan the changed files whole at both sides, compare.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unmatchedGlobsIn } from '../config/globs.js';
import {
  checkConfigRules,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  loadConfigFile,
  parseConfig,
  policyWarnings,
} from '../config/load.js';
import type { Config } from '../config/types.js';
import { diffFolders, folderSnapshot, listFolderPaths } from '../diff/folders.js';
import { pathFilter } from '../diff/filter.js';
import { diffRevisions, gitSnapshot } from '../diff/git.js';
import type { ChangedFile, Snapshot } from '../diff/types.js';
import { fail, ok, type Result } from '../result.js';
import { loadRuleSet, type RuleSet } from '../rules/load.js';
import { emptyResult, scanPaths, scanSources } from '../scan/scan.js';
import type { Comparison, FileNote, ScanResult } from '../types.js';
import { compareScans } from './compare.js';
import { normalizeRel, policyChanges } from './policy.js';

export { DEFAULT_CONFIG_FILE };

export type Sides =
  | { kind: 'git'; repo: string; base: string; head: string; useMergeBase?: boolean }
  | { kind: 'folders'; base: string; head: string }
  /** Changes and snapshots already known (the action's GitHub API fallback for a missing base commit). */
  | {
      kind: 'snapshots';
      repo: string;
      changes: ChangedFile[];
      base: Snapshot;
      head: Snapshot;
      baseSha: string;
      headSha: string;
      notes?: FileNote[];
    };

/** `base`: a repo-relative path read from the base side (pull requests). `file`: a file on disk. */
export type ConfigSource = { kind: 'base'; path: string; required?: boolean } | { kind: 'file'; path: string };

export interface RunOptions {
  sides: Sides;
  config: ConfigSource;
  /** Extra scope (action/CLI `paths`). */
  paths?: string[];
  /** Overrides config.maxFileBytes. */
  maxFileBytes?: number;
}

export interface RunOutput {
  comparison: Comparison;
  config: Config;
  rules: RuleSet;
  headScan: ScanResult;
  baseSha?: string;
  headSha?: string;
  /** Lines for the log: fetched commits, where the policy came from. */
  log: string[];
}

const MAX_CONFIG_BYTES = 1 << 20;

export async function runComparison(opts: RunOptions): Promise<Result<RunOutput>> {
  const log: string[] = [];
  let changes: ChangedFile[];
  let base: Snapshot;
  let head: Snapshot;
  let baseSha: string | undefined;
  let headSha: string | undefined;
  /** Where the base policy's rule folders are read from. */
  let policySide: Snapshot;
  if (opts.sides.kind === 'git') {
    const d = await diffRevisions(opts.sides.repo, opts.sides.base, opts.sides.head, {
      useMergeBase: opts.sides.useMergeBase,
    });
    if (!d.ok) return fail(...d.problems);
    ({ changes, base, head, baseSha, headSha } = d.value);
    log.push(...d.value.log);
    policySide = gitSnapshot(opts.sides.repo, d.value.baseSha);
  } else if (opts.sides.kind === 'snapshots') {
    ({ changes, base, head, baseSha, headSha } = opts.sides);
    policySide = base;
  } else {
    // The filter depends on the config; folders are diffed first unfiltered by config (cheap: paths only).
    policySide = folderSnapshot(opts.sides.base);
    changes = [];
    base = policySide;
    head = folderSnapshot(opts.sides.head);
  }

  const policy = await loadPolicy(
    opts.config,
    policySide,
    opts.sides.kind === 'folders' ? process.cwd() : opts.sides.repo,
  );
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules } = policy.value;
  if (opts.maxFileBytes) config.maxFileBytes = opts.maxFileBytes;
  log.push(...policy.value.log);
  const inScope = pathFilter(config, opts.paths);

  if (opts.sides.kind === 'folders') {
    const d = await diffFolders(
      opts.sides.base,
      opts.sides.head,
      (p) => inScope(p) || isPolicyPath(p, opts.config, config),
    );
    ({ changes, base, head } = d);
  }
  // Config globs that match nothing at head (listed only when the config has globs of its own).
  config.warnings.push(...(await unmatchedGlobsIn(config, () => head.list(), `at head ${short(head.label)}`)));

  const scoped = changes.filter((c) => inScope(c.path) || (c.oldPath !== undefined && inScope(c.oldPath)));
  const maxBytes = config.maxFileBytes;
  const headPaths = scoped.filter((c) => c.status !== 'deleted').map((c) => c.path);
  const basePaths = scoped.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path);
  const [headFiles, baseFiles] = await Promise.all([head.read(headPaths, maxBytes), base.read(basePaths, maxBytes)]);
  const scanOpts = { config, rules };
  const [headScan, baseScan] = await Promise.all([
    scanSources(headFiles.files, scanOpts),
    scanSources(baseFiles.files, scanOpts),
  ]);
  headScan.skipped.push(...headFiles.skipped);
  baseScan.skipped.push(...baseFiles.skipped);

  const configPath = opts.config.kind === 'base' ? opts.config.path : '';
  const comparison = compareScans(baseScan, headScan, {
    files: scoped,
    policyChanges: policyChanges(changes, { configFile: configPath || DEFAULT_CONFIG_FILE, ruleFolders: config.rules }),
  });
  if (opts.sides.kind === 'snapshots') comparison.notes.push(...(opts.sides.notes ?? []));
  return ok({ comparison, config, rules, headScan, baseSha, headSha, log });
}

function isPolicyPath(p: string, src: ConfigSource, config: Config): boolean {
  const cfg = normalizeRel(src.kind === 'base' ? src.path : DEFAULT_CONFIG_FILE);
  return p === cfg || config.rules.some((f) => p.startsWith(`${normalizeRel(f)}/`));
}

interface Policy {
  config: Config;
  rules: RuleSet;
  log: string[];
}

/** Config and custom rules. From the base side when `src.kind === 'base'`, so a PR cannot change them. */
export async function loadPolicy(src: ConfigSource, side: Snapshot, root: string): Promise<Result<Policy>> {
  if (src.kind === 'file') {
    // The default path may be absent (defaults apply); an explicit one must exist.
    const c = loadConfigFile(normalizeRel(src.path) === DEFAULT_CONFIG_FILE ? undefined : src.path, root);
    if (!c.ok) return fail(...c.problems);
    return withRules(c.value, root, [`Policy: ${src.path}`]);
  }
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
    log.push(`Policy: no ${path} at ${short(side.label)}; using defaults.`);
  } else {
    const c = parseConfig(file.content.toString('utf8'), path);
    if (!c.ok) return fail(...c.problems);
    config = c.value;
    log.push(`Policy: ${path} read from ${short(side.label)} (the base revision).`);
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
    log.push(`Rules: ${folders.join(', ')} read from ${short(side.label)}.`);
    return await withRules(config, tmp, log);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function withRules(config: Config, root: string, log: string[]): Promise<Result<Policy>> {
  const r = await Promise.resolve(loadRuleSet(config, root));
  if (!r.ok) return fail(...r.problems);
  const problems = checkConfigRules(config, new Set(r.value.byId.keys()));
  config.warnings.push(...policyWarnings(config, r.value.rules));
  return problems.length ? fail(...problems) : ok({ config, rules: r.value, log });
}

/** Full scan of a working tree (default branch, schedule): every finding counts as new. */
export async function runFullScan(
  root: string,
  src: ConfigSource,
  paths: string[] = [],
  maxFileBytes?: number,
): Promise<Result<RunOutput>> {
  const policy = await loadPolicy(
    src.kind === 'base' ? { kind: 'file', path: src.path } : src,
    folderSnapshot(root),
    root,
  );
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules } = policy.value;
  if (maxFileBytes) config.maxFileBytes = maxFileBytes;
  const headScan = await scanPaths(paths.length ? paths : ['.'], root, { config, rules });
  config.warnings.push(...(await unmatchedGlobsIn(config, () => listFolderPaths(root), 'in the scanned tree')));
  const empty = emptyResult();
  const files = [...new Set(headScan.findings.map((f) => f.file))].map((path) => ({ status: 'added' as const, path }));
  const comparison = compareScans(empty, headScan, { files, policyChanges: [] });
  // A full scan has no pull request: suppressions already in the code are trusted, none is "added".
  comparison.addedSuppressions = [];
  return ok({ comparison, config, rules, headScan, log: policy.value.log });
}

function short(label: string): string {
  return /^[0-9a-f]{40}/i.test(label) ? label.slice(0, 12) : label;
}
