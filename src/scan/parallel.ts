// Full scans across threads: this thread and `threads - 1` workers take files from one shared counter
// (largest first, so no thread is left with a big file at the end). Workers get the rules already
// loaded (no YAML parsing per worker) and build their own index and parser. The merge sorts
// everything, so the output does not depend on which thread analysed which file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rule, ScanResult } from '../types.js';
import type { AnalyzeContext } from './analyze-file.js';
import { analyzeContext, analyzeDiskFile } from './analyze-one.js';
import type { DiskFile, ScanOptions } from './analyze-one.js';
import { emptyResult } from './results.js';

export interface WorkerInput {
  config: ScanOptions['config'];
  rules: Rule[];
  /** Sorted largest first; a thread analyses files[i] for each i it takes from `next`. */
  files: DiskFile[];
  /** Int32 at index 0: the next file index to take (Atomics.add). */
  next: SharedArrayBuffer;
  /** Workspace root: each thread indexes the project's modules from disk itself. */
  root?: string;
  /** Package roots found from the scanned files (passed on: a thread cannot take the main one's view). */
  roots?: readonly string[];
  /**
   * Per file of `files` (index + 1), 1 when some module imports it (only those trees are kept); byte 0
   * turns 1 once this thread has filled them in (until then every tree is kept). Unset: all are kept.
   */
  imported?: SharedArrayBuffer;
}

/** One file's part of a scan result (kept apart so a cache can store it). */
export interface PerFile {
  path: string;
  outcome: ScanResult;
}

export type WorkerMessage = { outcomes: PerFile[] } | { error: string };

function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Whether worker threads can be used (the bundled dist/worker.js sits next to the running bundle). */
export function workersAvailable(): boolean {
  return workerUrl() !== undefined;
}

/** A worker's view of the shared flags: keep every tree until this thread has filled them in. */
export function sharedKeep(files: readonly DiskFile[], buffer: SharedArrayBuffer): (file: string) => boolean {
  const flags = new Uint8Array(buffer);
  const index = new Map(files.map((f, i) => [f.path, i + 1]));
  return (file) => Atomics.load(flags, 0) === 0 || flags[index.get(file) ?? 0] === 1;
}

/** Largest first, ties by path: the order files are handed out in. */
export function workOrder(files: readonly DiskFile[]): DiskFile[] {
  return [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Take files from the shared counter until none are left. Yields now and then (timers, messages). */
export async function drain(files: DiskFile[], next: Int32Array, ctx: AnalyzeContext, out: PerFile[]): Promise<void> {
  let n = 0;
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i >= files.length) return;
    const outcome = emptyResult();
    analyzeDiskFile(files[i]!, ctx, outcome);
    out.push({ path: files[i]!.path, outcome });
    if (++n % 32 === 0) await new Promise((r) => setImmediate(r));
  }
}

export async function scanInWorkers(
  files: DiskFile[],
  opts: ScanOptions,
  threads: number,
  root?: string,
): Promise<PerFile[]> {
  const url = workerUrl();
  if (!url) throw new Error('worker bundle not found next to the CLI (run the bundled dist/cli.js)');
  const ordered = workOrder(files);
  const next = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    config: opts.config,
    rules: opts.rules.rules,
    files: ordered,
    next,
    root,
    roots: opts.project?.roots,
    ...(opts.imported ? { imported: new SharedArrayBuffer(ordered.length + 1) } : {}),
  };
  const workers: Promise<PerFile[]>[] = [];
  for (let k = 1; k < threads; k++) {
    workers.push(
      new Promise<PerFile[]>((resolve, reject) => {
        const w = new Worker(url, { workerData: input });
        let done = false;
        w.once('message', (m: WorkerMessage) => {
          done = true;
          if ('error' in m) reject(new Error(`worker: ${m.error}`));
          else resolve(m.outcomes);
        });
        w.once('error', (e) => {
          done = true;
          reject(e);
        });
        w.once('exit', (code) => {
          if (!done) reject(new Error(`worker exited with code ${code} before reporting`));
        });
      }),
    );
  }
  // The import graph while the workers load and take their first files; then this thread works too.
  if (input.imported && opts.imported) {
    const flags = new Uint8Array(input.imported);
    const set = opts.imported();
    ordered.forEach((f, i) => (flags[i + 1] = set.has(f.path) ? 1 : 0));
    Atomics.store(flags, 0, 1);
  }
  const ctx = await analyzeContext(opts);
  const own: PerFile[] = [];
  const mine = drain(ordered, new Int32Array(next), ctx, own).finally(() => ctx.project?.release());
  // Wait for every thread even when one fails, so no worker is left running.
  const settled = await Promise.allSettled([mine.then(() => own), ...workers]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  return settled.flatMap((s) => (s as PromiseFulfilledResult<PerFile[]>).value);
}
