// Worker thread entry (dist/worker.js): analyse a share of the files and post the partial result.
import { parentPort, workerData } from 'node:worker_threads';
import { pythonParser } from '../parse/parser.js';
import { formatProblem } from '../result.js';
import { loadRuleSet } from '../rules/load.js';
import type { AnalyzeContext } from './analyze-file.js';
import type { WorkerInput } from './parallel.js';
import { analyzeDiskFile, emptyResult, testMatcher } from './scan.js';

async function main(): Promise<void> {
  const input = workerData as WorkerInput;
  const rules = loadRuleSet(input.config, input.root);
  if (!rules.ok) throw new Error(rules.problems.map(formatProblem).join('\n'));
  const parser = await pythonParser();
  const ctx: AnalyzeContext = {
    parser,
    index: rules.value.index,
    config: input.config,
    isTest: testMatcher(input.config),
  };
  const out = emptyResult();
  for (const f of input.files) analyzeDiskFile(f, ctx, out);
  parentPort!.postMessage({ result: out });
}

main().catch((e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) }));
