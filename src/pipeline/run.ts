// The pipeline end to end, shared by the action and the CLI: find what changed (revisions or folders),
// load the policy from the base side, scan the changed files whole at both sides, compare. A full scan
// is the same against an empty base. The I/O of the comparison lives here, so compare/ stays pure.
import { unmatchedGlobsIn } from '../config/globs.js';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import type { Config } from '../config/types.js';
import { compareScans } from '../compare/compare.js';
import { resolve } from 'node:path';
import { fullScanComparison } from '../compare/gate.js';
import { normalizeRel, policyChanges } from '../compare/policy.js';
import { configEntryChanges } from './policy-diff.js';
import { diffFolders, folderSnapshot } from '../diff/folders.js';
import { pathFilter, scopeFilter } from '../diff/filter.js';
import { manifestKind } from '../deps/names.js';
import { diffRevisions, gitSnapshot } from '../diff/git.js';
import type { ChangedFile, Snapshot } from '../diff/types.js';
import { fail, ok, type Result } from '../result.js';
import type { RuleSet } from '../rules/load.js';
import { scanSources } from '../scan/scan.js';
import type { Comparison, FileNote, ScanResult } from '../types.js';
import { loadPolicy, shortRevision, type ConfigSource } from './policy.js';
import { mergeManifestScan, readManifestSides } from './read-manifests.js';
import { readSides } from './read-sides.js';
import { scanTree } from './scan-tree.js';

export { DEFAULT_CONFIG_FILE };
export type { ConfigSource };

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
  /** Full scans: every file collected for the scan (the HTML report's file list). */
  files?: string[];
  baseSha?: string;
  headSha?: string;
  /** Lines for the log: fetched commits, where the policy came from. */
  log: string[];
}

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
      (p) => inScope(p) || isPolicyPath(p, opts.config, config) || manifestKind(p) !== undefined,
    );
    ({ changes, base, head } = d);
  }
  // Config globs that match nothing at head (listed only when the config has globs of its own).
  config.warnings.push(...(await unmatchedGlobsIn(config, () => head.list(), `at head ${shortRevision(head.label)}`)));

  const scoped = changes.filter((c) => inScope(c.path) || (c.oldPath !== undefined && inScope(c.oldPath)));
  const maxBytes = config.maxFileBytes;
  const headPaths = scoped.filter((c) => c.status !== 'deleted').map((c) => c.path);
  const basePaths = scoped.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path);
  // The changed files, the unchanged ones importing a changed module, each side's project view.
  const read = await readSides(head, base, { head: headPaths, base: basePaths }, maxBytes, inScope);
  log.push(...read.log);
  const headFiles = read.head.files;
  const baseFiles = read.base.files;
  const [headScan, baseScan] = await Promise.all([
    scanSources(headFiles.files, { config, rules, project: read.head.project }),
    scanSources(baseFiles.files, { config, rules, project: read.base.project }),
  ]);
  headScan.skipped.push(...headFiles.skipped);
  baseScan.skipped.push(...baseFiles.skipped);
  // Manifests and lock files: dependencies the PR adds are compared like code findings.
  const manifests = await readManifestSides(head, base, changes, config, rules.rules, scopeFilter(config, opts.paths));
  if (manifests) {
    mergeManifestScan(headScan, manifests.head);
    mergeManifestScan(baseScan, manifests.base);
  }

  const configPath = opts.config.kind === 'base' ? opts.config.path : '';
  const configFile = normalizeRel(configPath || DEFAULT_CONFIG_FILE);
  const comparison = compareScans(baseScan, headScan, {
    files: [...scoped, ...(manifests?.changed ?? [])],
    policyChanges: policyChanges(changes, { configFile, ruleFolders: config.rules }),
  });
  if (comparison.policyChanges.includes(configFile)) {
    const entries = await configEntryChanges(configFile, policySide, head);
    if (entries) comparison.policyEntryChanges = entries;
  }
  if (opts.sides.kind === 'snapshots') comparison.notes.push(...(opts.sides.notes ?? []));
  return ok({ comparison, config, rules, headScan, baseSha, headSha, log });
}

function isPolicyPath(p: string, src: ConfigSource, config: Config): boolean {
  const cfg = normalizeRel(src.kind === 'base' ? src.path : DEFAULT_CONFIG_FILE);
  return p === cfg || config.rules.some((f) => p.startsWith(`${normalizeRel(f)}/`));
}

/** Full scan of a working tree (default branch, schedule): every finding counts as new. */
export async function runFullScan(
  root: string,
  src: ConfigSource,
  paths: string[] = [],
  maxFileBytes?: number,
  /** Per-file result cache folder (relative to the root). */
  cacheDir?: string,
): Promise<Result<RunOutput>> {
  const path = normalizeRel(src.path) === DEFAULT_CONFIG_FILE ? undefined : src.path;
  const tree = await scanTree({
    root,
    config: path,
    inputs: paths,
    maxFileBytes,
    log: [`Policy: ${src.path}`],
    ...(cacheDir ? { cacheDir: resolve(root, cacheDir) } : {}),
  });
  if (!tree.ok) return fail(...tree.problems);
  const { config, rules, result: headScan, files, log: policyLog, cache } = tree.value;
  const log = [...policyLog, ...(cache ?? [])];
  // A full scan has no pull request: suppressions already in the code are trusted, none is "added".
  const comparison = fullScanComparison(headScan);
  return ok({ comparison, config, rules, headScan, files, log });
}
