// Full scans across worker threads. Each worker loads the rules itself and analyses a share of the
// files; the merge sorts everything, so the output does not depend on thread timing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScanResult } from '../types.js';
import type { ScanOptions } from './scan.js';
import { emptyResult, mergeResults } from './scan.js';

export interface WorkerInput {
  root: string;
  config: ScanOptions['config'];
  files: { path: string; abs: string; size: number }[];
}

function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export async function scanInWorkers(
  files: WorkerInput['files'],
  root: string,
  opts: ScanOptions,
  n: number,
): Promise<ScanResult> {
  const url = workerUrl();
  if (!url) throw new Error('worker bundle not found next to the CLI (run the bundled dist/cli.js)');
  // Deal files largest-first to the least-loaded share: balanced work whatever the file sizes.
  const shares: WorkerInput['files'][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const f of [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))) {
    let k = 0;
    for (let i = 1; i < n; i++) if (load[i]! < load[k]!) k = i;
    shares[k]!.push(f);
    load[k]! += f.size + 2048;
  }
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ScanResult>((resolve, reject) => {
          if (!share.length) return resolve(emptyResult());
          const input: WorkerInput = { root, config: opts.config, files: share };
          const w = new Worker(url, { workerData: input });
          w.once('message', (m: { result?: ScanResult; error?: string }) => {
            if (m.error) reject(new Error(m.error));
            else resolve(m.result!);
          });
          w.once('error', reject);
          w.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
        }),
    ),
  );
  return mergeResults(parts);
}
