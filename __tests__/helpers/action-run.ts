// Runs the bundled action (dist/index.js from a copy of dist/) as GitHub would: env, event, output files.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] as string] = m[3] as string;
  return out;
}

export interface ActionRun {
  /** Folder for HOME and the output/summary files. */
  root: string;
  distDir: string;
  workspace: string;
  eventPath: string;
  apiUrl: string;
  runId: string;
  sha: string;
  ref: string;
  /** A unique number for this run's output files. */
  n: number;
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

export function runActionProcess(r: ActionRun): Promise<RunResult> {
  const outFile = join(r.root, `output-${r.n}.txt`);
  const summaryFile = join(r.root, `summary-${r.n}.md`);
  writeFileSync(outFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: r.root,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: r.eventPath,
    GITHUB_WORKSPACE: r.workspace,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: r.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: r.runId,
    GITHUB_SHA: r.sha,
    GITHUB_REF: r.ref,
    'INPUT_GITHUB-TOKEN': 'ghs_fake',
    ...r.env,
    ...Object.fromEntries(Object.entries(r.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(r.distDir, 'index.js')],
      { cwd: r.workspace, env, timeout: 60_000 },
      (err, stdout) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({
          code: typeof code === 'number' ? code : 1,
          stdout,
          outputs: parseOutputs(readFileSync(outFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
        });
      },
    );
  });
}
