// A full scan of files and folders on disk: the policy from a config file, the scan (threads for large
// trees), and the config's warnings, including globs that match nothing in the scanned tree.
// Shared by `egress-audit scan` and the action's full scan.
import { relative, resolve, sep } from 'node:path';
import { unmatchedGlobsIn } from '../config/globs.js';
import type { Config } from '../config/types.js';
import { listFolderPaths } from '../diff/folders.js';
import { gitIgnored } from '../diff/ignored.js';
import { fail, ok, type Result } from '../result.js';
import type { RuleSet } from '../rules/load.js';
import { FileCache } from '../scan/file-cache.js';
import { collectFiles, scanPaths, scanSources, type SourceFile } from '../scan/scan.js';
import { shardFiles, type Shard } from '../scan/shard.js';
import type { ScanResult } from '../types.js';
import { policyFromFile } from './policy.js';
import { scanTreeManifests } from './tree-manifests.js';

export interface TreeScanOptions {
  /** Workspace root: paths are reported relative to it and never leave it. */
  root: string;
  /** Config file; `undefined`: the default file under the root if present, else defaults. */
  config: string | undefined;
  /** Files and folders to scan (empty: the root). */
  inputs: string[];
  /** Worker threads for large scans (0 or 1: in this thread). */
  workers?: number;
  /** Overrides config.maxFileBytes. */
  maxFileBytes?: number;
  /** Log lines to start from. */
  log?: string[];
  /** Folder of the per-file result cache (created when missing). */
  cacheDir?: string;
  /** Analyse only this part of the files. */
  shard?: Shard;
  /** More exclude globs (the CLI's `--exclude`), added to the config's. */
  exclude?: string[];
  /** Leave out what git ignores when the root is in a git work tree. */
  gitignore?: boolean;
  /** Scan this one file (standard input) instead of `inputs`. */
  source?: SourceFile;
}

export interface TreeScan {
  /** Its `warnings` hold every warning of the run (config, policy, unmatched globs). */
  config: Config;
  rules: RuleSet;
  result: ScanResult;
  /** Every file this scan (or shard) analyses, repo-relative and sorted: the HTML report's file list. */
  files: string[];
  log: string[];
  /** The cache's notes and summary line, when a cache was used (never part of the result). */
  cache?: string[];
}

export async function scanTree(opts: TreeScanOptions): Promise<Result<TreeScan>> {
  const policy = await policyFromFile(opts.config, opts.root, opts.log);
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules, log } = policy.value;
  if (opts.maxFileBytes) config.maxFileBytes = opts.maxFileBytes;
  if (opts.exclude?.length) config.exclude = [...config.exclude, ...opts.exclude];
  if (opts.source) {
    const result = await scanSources([opts.source], { config, rules });
    return ok({ config, rules, result, files: [opts.source.path], log });
  }
  const inputs = opts.inputs.length ? opts.inputs : ['.'];
  const named = inputs.map((i) => relative(opts.root, resolve(opts.root, i)).split(sep).join('/'));
  const ignored = opts.gitignore ? await gitIgnored(opts.root, named) : undefined;
  const cache = opts.cacheDir ? new FileCache(opts.cacheDir) : undefined;
  const collected = collectFiles(inputs, opts.root, config, ignored?.has);
  const result = await scanPaths(
    inputs,
    opts.root,
    { config, rules, workers: opts.workers, cache, shard: opts.shard },
    ignored?.has,
    collected,
  );
  cache?.prune();
  // Manifests and lock files: listed once, by the first shard (they are not partitioned).
  if (!opts.shard || opts.shard.index === 1) {
    const line = await scanTreeManifests(opts.root, inputs, config, rules.rules, result);
    if (line) log.push(line);
  }
  config.warnings.push(...(await unmatchedGlobsIn(config, () => listFolderPaths(opts.root), 'in the scanned tree')));
  const files = (opts.shard ? shardFiles(collected.files, opts.shard) : collected.files).map((f) => f.path);
  return ok({ config, rules, result, files, log, ...(cache ? { cache: [...cache.notes, cache.summary()] } : {}) });
}
