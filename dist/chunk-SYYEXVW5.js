import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  analyzeContext,
  analyzeDiskFile,
  emptyResult,
  mergeResults
} from "./chunk-64APDRZF.js";

// src/scan/parallel.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerUrl() {
  const url = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : void 0;
}
function workersAvailable() {
  return workerUrl() !== void 0;
}
function workOrder(files) {
  return [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function drain(files, next, ctx, out) {
  let n = 0;
  for (; ; ) {
    const i = Atomics.add(next, 0, 1);
    if (i >= files.length) return;
    analyzeDiskFile(files[i], ctx, out);
    if (++n % 32 === 0) await new Promise((r) => setImmediate(r));
  }
}
async function scanInWorkers(files, opts, threads) {
  const url = workerUrl();
  if (!url) throw new Error("worker bundle not found next to the CLI (run the bundled dist/cli.js)");
  const ordered = workOrder(files);
  const next = new SharedArrayBuffer(4);
  const input = { config: opts.config, rules: opts.rules.rules, files: ordered, next };
  const workers = [];
  for (let k = 1; k < threads; k++) {
    workers.push(
      new Promise((resolve, reject) => {
        const w = new Worker(url, { workerData: input });
        let done = false;
        w.once("message", (m) => {
          done = true;
          if ("error" in m) reject(new Error(`worker: ${m.error}`));
          else resolve(m.result);
        });
        w.once("error", (e) => {
          done = true;
          reject(e);
        });
        w.once("exit", (code) => {
          if (!done) reject(new Error(`worker exited with code ${code} before reporting`));
        });
      })
    );
  }
  const ctx = await analyzeContext(opts);
  const own = emptyResult();
  const mine = drain(ordered, new Int32Array(next), ctx, own);
  const settled = await Promise.allSettled([mine.then(() => own), ...workers]);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  return mergeResults(settled.map((s) => s.value));
}

export {
  workersAvailable,
  workOrder,
  drain,
  scanInWorkers
};
