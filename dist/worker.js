import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  drain
} from "./chunk-SYYEXVW5.js";
import {
  RuleIndex
} from "./chunk-2LQTJKRQ.js";
import {
  emptyResult,
  pythonParser,
  testMatcher
} from "./chunk-64APDRZF.js";
import "./chunk-7BOAENXZ.js";

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function main() {
  const input = workerData;
  const parser = await pythonParser();
  const ctx = {
    parser,
    index: new RuleIndex(input.rules, input.config),
    config: input.config,
    isTest: testMatcher(input.config)
  };
  const out = emptyResult();
  await drain(input.files, new Int32Array(input.next), ctx, out);
  const msg = { result: out };
  parentPort.postMessage(msg);
}
main().catch((e) => {
  const msg = { error: e instanceof Error ? e.message : String(e) };
  parentPort.postMessage(msg);
});
