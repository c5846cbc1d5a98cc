// Scan many files: collect them safely (no symlinks, never outside the root), decode, analyse, merge.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import type { ScanResult, SkippedFile } from '../types.js';
import { analyzeContext, analyzeDiskFile, analyzeOne } from './analyze-one.js';
import type { DiskFile, ScanOptions } from './analyze-one.js';
import { scanInWorkers, workersAvailable } from './parallel.js';
import { emptyResult, mergeResults } from './results.js';
import { diskProjectFiles } from './disk-project.js';

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
      if (explicit || rel.endsWith('.py') || linksToDirectory(abs))
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

/** Files below this count are scanned in this thread: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

/**
 * Scan files and folders on disk, in this thread or across `workers` threads (this one included).
 * The result is the same either way: findings, skips and notes are merged in a fixed order.
 */
export async function scanPaths(
  inputs: string[],
  root: string,
  opts0: ScanOptions,
  skip?: SkipPath,
): Promise<ScanResult> {
  const collected = collectFiles(inputs, root, opts0.config, skip);
  // Names imported from the project's other modules are read from the workspace itself.
  const opts: ScanOptions = {
    ...opts0,
    project:
      opts0.project ??
      diskProjectFiles(
        root,
        opts0.config.maxFileBytes,
        collected.files.map((f) => f.path),
      ),
  };
  let result: ScanResult;
  const threads = opts.workers ?? 0;
  if (threads > 1 && collected.files.length >= MIN_FILES_FOR_WORKERS && workersAvailable()) {
    result = await scanInWorkers(collected.files, opts, threads, root);
  } else {
    const ctx = await analyzeContext(opts);
    result = emptyResult();
    let n = 0;
    try {
      for (const f of collected.files) {
        analyzeDiskFile(f, ctx, result);
        if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
      }
    } finally {
      ctx.project?.release();
    }
  }
  result.skipped.push(...collected.skipped);
  return mergeResults([result]);
}
