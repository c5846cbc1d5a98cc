// `egress-audit scan [PATH...]`: full scan of files and folders (or `-`, standard input), text/JSON to
// stdout, SARIF/JSON/Markdown/GitLab SAST/HTML/CSV files (or one of them to stdout with `-`).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scanTree } from '../pipeline/scan-tree.js';
import { formatProblem } from '../result.js';
import { gitProvenance } from './remote.js';
import { scanReportContext } from './reports.js';
import { readAll, stdinName } from './stdin.js';
import { parseShard } from '../scan/shard.js';
import type { IO } from './scan-output.js';
import { outputFlagProblem, quietWarn, scanOutputs } from './scan-output.js';
import { OUTPUT_OPTIONS } from './output-options.js';
import { checkRoot, checkTargets } from './targets.js';

export const SCAN_USAGE = `Usage: egress-audit scan [PATH...] [options]
       egress-audit scan - --stdin-filename PATH [options]

Scans Python files and folders (default: .) for outbound integrations and data-egress risks.
In a git repository, files that .gitignore (or .git/info/exclude) ignores are left out.

Options:
  --root DIR              workspace root: paths are reported relative to it and never leave it (default: .)
  --config FILE           config file (default: .github/egress-audit.yml under the root, if present)
  --exclude GLOB          leave out paths matching GLOB (root-relative; a folder excludes what is in it);
                          repeatable, added to the config's exclude
  --no-ignore             also scan files that .gitignore ignores
  --stdin-filename PATH   with "-": the name standard input is reported and matched as (default: stdin.py)
  --sarif FILE            write SARIF 2.1.0 for GitHub code scanning ("-": to stdout)
  --json FILE             write the full findings as JSON ("-": to stdout)
  --markdown FILE         write a Markdown report ("-": to stdout)
  --gitlab-sast FILE      write a GitLab SAST report (schema 15.x, gl-sast-report.json; "-": to stdout)
  --html FILE             write a self-contained HTML report: charts, every site, file verdicts ("-": to stdout)
  --csv FILE              write one CSV row per finding, formulas neutralised ("-": to stdout)
  --format text|json      stdout format (default: text)
  --fail-on LEVEL         none|low|medium|high|critical: exit 1 when an unsuppressed, non-allowlisted
                          finding at or above LEVEL exists (default: none)
  --fail-on-unanalysed    also exit 1 when a file could not be analysed (too large, over the time
                          budget, binary, undecodable); by default such files are listed with a warning
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  --workers N             worker threads for large scans (default: CPU count, up to 4; 1 = no workers)
  --cache DIR             reuse per-file results from earlier scans (keyed by file bytes, imports, engine,
                          rules and policy; created when missing; output is identical with or without it)
  --shard I/N             analyse part I of N (files split by size; names still resolve across the whole
                          project); combine the parts' --json files with \`egress-audit merge\`
  -q, --quiet             print nothing but errors and the gate's failure (files are still written)
  --no-color              no ANSI colours (also NO_COLOR=1 or TERM=dumb; FORCE_COLOR=1 forces them)
  -h, --help              this help
`;

export type { IO } from './scan-output.js';

const OPTIONS = {
  ...OUTPUT_OPTIONS,
  root: { type: 'string' },
  config: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'fail-on-unanalysed': { type: 'boolean' },
  category: { type: 'string' },
  workers: { type: 'string' },
  cache: { type: 'string' },
  shard: { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

export async function runScan(argv: string[], io: IO, env: { defaultWorkers: number }): Promise<number> {
  const processEnv = io.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    io.stderr.write(`egress-audit scan: ${(e as Error).message}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(SCAN_USAGE);
    return 0;
  }
  const usage = (msg: string): number => {
    io.stderr.write(`egress-audit scan: ${msg}\n`);
    return 2;
  };
  const flagProblem = outputFlagProblem(values);
  if (flagProblem) return usage(flagProblem);
  const workers = values.workers !== undefined ? Number(values.workers) : env.defaultWorkers;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    return usage('--workers must be an integer from 1 to 64');
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) return usage('"-" (standard input) cannot be combined with other paths');
  if (!fromStdin && values['stdin-filename'] !== undefined) return usage('--stdin-filename needs "-" as the path');
  if (fromStdin && (!io.stdin || io.stdin.isTTY)) return usage('"-" reads standard input, but nothing is piped to it');

  const root = resolve(values.root ?? '.');
  const targetProblems = [checkRoot(root, values.root ?? '.')].filter((p) => p !== undefined);
  if (!targetProblems.length && !fromStdin) targetProblems.push(...checkTargets(positionals, root));
  const name = fromStdin ? stdinName(values['stdin-filename'], root) : '';
  if (typeof name !== 'string') targetProblems.push(name);
  if (targetProblems.length) {
    io.stderr.write(targetProblems.map((p) => `egress-audit scan: ${formatProblem(p)}\n`).join(''));
    return 2;
  }

  // Declared before the scan, so `--sarif - --json -` is a usage error without scanning first.
  const outputs = scanOutputs(values);
  if (outputs.conflict) return usage(outputs.conflict);
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  if (shard && !shard.ok) return usage(shard.problems.map(formatProblem).join('; '));

  const startTime = new Date();
  const scan = await scanTree({
    root,
    config: values.config,
    inputs: positionals.map((p) => resolve(p)),
    workers,
    exclude: values.exclude,
    gitignore: !values['no-ignore'],
    source: fromStdin ? { path: name as string, content: await readAll(io.stdin!) } : undefined,
    cacheDir: values.cache !== undefined ? resolve(values.cache) : undefined,
    shard: shard?.value,
  });
  if (!scan.ok) {
    io.stderr.write(scan.problems.map((p) => `egress-audit: ${formatProblem(p)}\n`).join(''));
    return 2;
  }
  const { config, rules, result, files } = scan.value;
  const warn = quietWarn(values, io);
  for (const w of config.warnings) warn(formatProblem(w));
  for (const line of scan.value.cache ?? []) if (!values.quiet) io.stderr.write(`egress-audit: ${line}\n`);
  const provenance = values.sarif ? await gitProvenance(root) : undefined;
  const report = values.html ? await scanReportContext(root, files, processEnv) : undefined;
  return outputs.emit(result, rules.rules, {
    io,
    env: processEnv,
    startTime,
    provenance,
    cmd: 'egress-audit scan',
    report,
  });
}
