// Worker thread entry (dist/worker.js): take files from the shared counter and post the partial result.
// The rules arrive already loaded; only the index (patterns, prefilter) is rebuilt here.
import { parentPort, workerData } from 'node:worker_threads';
import { pythonParser } from '../parse/parser.js';
import { diskProjectFiles } from './disk-project.js';
import { projectIndex } from './project-index.js';
import { RuleIndex } from '../rules/index.js';
import type { AnalyzeContext } from './analyze-file.js';
import { testMatcher } from './analyze-one.js';
import type { PerFile, WorkerInput, WorkerMessage } from './parallel.js';
import { drain, sharedKeep } from './parallel.js';

async function main(): Promise<void> {
  const input = workerData as WorkerInput;
  const parser = await pythonParser();
  const index = new RuleIndex(input.rules, input.config);
  const ctx: AnalyzeContext = {
    parser,
    index,
    config: input.config,
    isTest: testMatcher(input.config),
    ...(input.root
      ? {
          project: projectIndex(
            { ...diskProjectFiles(input.root, input.config.maxFileBytes), roots: input.roots ?? [] },
            parser,
            index,
          ),
        }
      : {}),
    ...(input.imported ? { keepTree: sharedKeep(input.files, input.imported) } : {}),
  };
  const out: PerFile[] = [];
  await drain(input.files, new Int32Array(input.next), ctx, out);
  ctx.project?.release();
  const msg: WorkerMessage = { outcomes: out };
  parentPort!.postMessage(msg);
}

main().catch((e: unknown) => {
  const msg: WorkerMessage = { error: e instanceof Error ? e.message : String(e) };
  parentPort!.postMessage(msg);
});
