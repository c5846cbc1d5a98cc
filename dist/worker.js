import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  diskProjectFiles,
  drain,
  projectIndex,
  pythonParser,
  sharedKeep,
  testMatcher
} from "./chunk-LKAF2VPF.js";
import {
  RuleIndex
} from "./chunk-5X5BTGI2.js";
import "./chunk-7BOAENXZ.js";

// src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function main() {
  const input = workerData;
  const parser = await pythonParser();
  const index = new RuleIndex(input.rules, input.config);
  const ctx = {
    parser,
    index,
    config: input.config,
    isTest: testMatcher(input.config),
    ...input.root ? {
      project: projectIndex(
        { ...diskProjectFiles(input.root, input.config.maxFileBytes), roots: input.roots ?? [] },
        parser,
        index
      )
    } : {},
    ...input.imported ? { keepTree: sharedKeep(input.files, input.imported) } : {}
  };
  const out = [];
  await drain(input.files, new Int32Array(input.next), ctx, out);
  ctx.project?.release();
  const msg = { outcomes: out };
  parentPort.postMessage(msg);
}
main().catch((e) => {
  const msg = { error: e instanceof Error ? e.message : String(e) };
  parentPort.postMessage(msg);
});
