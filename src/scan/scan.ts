// Scan many files: collect them safely (no symlinks, never outside the root), decode, analyse, merge.
import { ANALYSED_FILE } from '../model/analysed-files.js';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import type { ScanResult, SkippedFile } from '../types.js';
import { analyzeContext, analyzeDiskFile, analyzeOne } from './analyze-one.js';
import type { DiskFile, ScanOptions } from './analyze-one.js';
import { scanInWorkers, workersAvailable } from './parallel.js';
import type { PerFile } from './parallel.js';
import { ClosureDigests, contextKey, fileKey } from './cache-key.js';
import { shardFiles } from './shard.js';
import { ModuleMap } from '../resolve/modules.js';
import type { ProjectFiles } from '../resolve/modules.js';
import { emptyResult, mergeResults } from './results.js';
import { diskProjectFiles } from './disk-project.js';
import { importedFiles } from './imported.js';

// The scan's entry points take these; the empty result is what a caller starts from.
export type { ScanOptions } from './analyze-one.js';
export { emptyResult } from './results.js';

export interface SourceFile {
  /** Repo-relative, forward slashes. */
  path: string;
  content: Buffer;
}

/** Analyse files already in memory (pull-request mode reads them from git). */
export async function scanSources(files: SourceFile[], opts: ScanOptions): Promise<ScanResult> {
  const ctx = await analyzeContext(opts);
  const out = emptyResult();
  let n = 0;
  try {
    for (const f of files) {
      analyzeOne(f.path, f.content, ctx, out);
      // Give the event loop a turn now and then (timers, signals) on long scans.
      if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    ctx.project?.release();
  }
  return mergeResults([out]);
}

export interface Collected {
  files: DiskFile[];
  skipped: SkippedFile[];
}

/** Paths left out of a walk besides the config's globs (what git ignores); root-relative, `/`-separated. */
export type SkipPath = (rel: string, dir: boolean) => boolean;

/**
 * Walk the inputs inside `root`: never follow a symbolic link, never leave the root, apply the config's
 * path and exclude globs and `skip` (never to paths named explicitly). Everything left out for a reason
 * other than the globs and `skip` is reported.
 */
export function collectFiles(inputs: string[], root: string, config: Config, skip?: SkipPath): Collected {
  const realRoot = realpathSync(root);
  const include = picomatch(config.paths, { dot: true });
  const exclude = picomatch(config.exclude, { dot: true });
  const out: Collected = { files: [], skipped: [] };
  const seen = new Set<string>();
  const visit = (abs: string, explicit: boolean) => {
    const rel = relative(realRoot, abs).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) {
      out.skipped.push({ file: rel, reason: 'outside the workspace' });
      return;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.skipped.push({ file: rel || '.', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
      return;
    }
    if (st.isSymbolicLink()) {
      // Reported when it could hide Python: named like a source file, given explicitly, or a linked folder.
      if (explicit || ANALYSED_FILE.test(rel) || linksToDirectory(abs))
        out.skipped.push({ file: rel, reason: 'symbolic link (not followed)' });
      return;
    }
    if (rel && !explicit && (exclude(rel) || skip?.(rel, st.isDirectory()))) return;
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(abs).sort();
      } catch (e) {
        out.skipped.push({ file: rel || '.', reason: `cannot list: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
        return;
      }
      for (const n of names) visit(join(abs, n), false);
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && !include(rel)) return;
    // An explicit path may go through a linked folder (`linked-dir/x.py`): lstat only checks the last part.
    if (explicit && safeRealpath(abs) !== abs) {
      out.skipped.push({ file: rel, reason: 'path goes through a symbolic link (not followed)' });
      return;
    }
    if (seen.has(rel)) return;
    seen.add(rel);
    out.files.push({ path: rel, abs, size: st.size });
  };
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = resolve(realRoot, input);
    const rel = relative(realRoot, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      out.skipped.push({ file: input, reason: 'outside the workspace' });
      continue;
    }
    visit(abs, abs !== realRoot && !isDirectory(abs));
  }
  out.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

function linksToDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory(); // metadata of the target only; never its contents
  } catch {
    return false;
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

function once<T>(f: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
}

/** Files below this count are scanned in this thread: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

/**
 * Scan files and folders on disk, in this thread or across `workers` threads (this one included).
 * The result is the same either way: findings, skips and notes are merged in a fixed order. With a
 * cache, files whose key (bytes, import closure, engine, rules, policy) has an entry are not analysed;
 * with a shard, only that part of the files is, against the whole project.
 * `collected`: the files already collected by the caller (who wants the list too).
 */
export async function scanPaths(
  inputs: string[],
  root: string,
  opts0: ScanOptions,
  skip?: SkipPath,
  collected: Collected = collectFiles(inputs, root, opts0.config, skip),
): Promise<ScanResult> {
  // Names imported from the project's other modules are read from the workspace itself.
  const project =
    opts0.project ??
    diskProjectFiles(
      root,
      opts0.config.maxFileBytes,
      collected.files.map((f) => f.path),
    );
  const files = opts0.shard ? shardFiles(collected.files, opts0.shard) : collected.files;
  // One import graph for the cache keys and for tree retention (its edges are read once).
  const graph = new ClosureDigests(new ModuleMap(project), (p) => project.read(p));
  const opts: ScanOptions = {
    ...opts0,
    project,
    imported: once(() =>
      importedFiles(
        files.map((f) => f.path),
        graph,
      ),
    ),
  };
  const cache = opts.cache;
  const keys = cache ? fileKeys(files, project, opts, graph) : undefined;
  const outcomes: ScanResult[] = [];
  const todo: DiskFile[] = [];
  for (const f of files) {
    const key = keys?.get(f.path);
    const hit = key ? cache!.get(key, f.path) : undefined;
    if (hit) outcomes.push(hit);
    else todo.push(f);
  }
  for (const { path, outcome } of await analyzeFiles(todo, opts, root)) {
    outcomes.push(outcome);
    const key = keys?.get(path);
    // A skip is not saved: a file over the time budget on a busy runner gets another chance next run.
    if (key && !outcome.skipped.length) cache!.put(key, path, outcome);
  }
  const result = mergeResults(outcomes);
  // Files left out while collecting belong to the first shard only (merged shards list them once).
  if (!opts.shard || opts.shard.index === 1) result.skipped.push(...collected.skipped);
  return mergeResults([result]);
}

/** Analyse files in this thread or across worker threads; one outcome per file. */
async function analyzeFiles(files: DiskFile[], opts: ScanOptions, root: string): Promise<PerFile[]> {
  const threads = opts.workers ?? 0;
  if (threads > 1 && files.length >= MIN_FILES_FOR_WORKERS && workersAvailable())
    return scanInWorkers(files, opts, threads, root);
  const ctx = await analyzeContext(opts);
  const out: PerFile[] = [];
  let n = 0;
  try {
    for (const f of files) {
      const outcome = emptyResult();
      analyzeDiskFile(f, ctx, outcome);
      out.push({ path: f.path, outcome });
      if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    ctx.project?.release();
  }
  return out;
}

/** Cache keys of the files that can be read (an unreadable or oversized file is analysed, never cached). */
function fileKeys(
  files: DiskFile[],
  project: ProjectFiles,
  opts: ScanOptions,
  closures: ClosureDigests,
): Map<string, string> {
  const context = contextKey(opts.rules.rules, opts.config, project.roots ?? []);
  const keys = new Map<string, string>();
  for (const f of files) {
    if (f.size > opts.config.maxFileBytes) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.abs);
    } catch {
      continue;
    }
    keys.set(f.path, fileKey(context, f.path, bytes, closures.digest(f.path)));
  }
  return keys;
}
