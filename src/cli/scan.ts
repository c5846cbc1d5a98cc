// `egress-audit scan [PATH...]`: full scan of files and folders, text/JSON to stdout, SARIF/JSON/Markdown files.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { scanTree } from '../pipeline/scan-tree.js';
import { formatProblem } from '../result.js';
import { parseShard } from '../scan/shard.js';
import { emitScan } from './scan-output.js';
import { checkRoot, checkTargets } from './targets.js';

export const SCAN_USAGE = `Usage: egress-audit scan [PATH...] [options]

Scans Python files and folders (default: .) for outbound integrations and data-egress risks.

Options:
  --root DIR              workspace root: paths are reported relative to it and never leave it (default: .)
  --config FILE           config file (default: .github/egress-audit.yml under the root, if present)
  --sarif FILE            write SARIF 2.1.0 for GitHub code scanning
  --json FILE             write the full findings as JSON
  --markdown FILE         write a Markdown report
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
  --no-color              no ANSI colours (colours are only used on a terminal anyway)
`;

import type { IO } from './scan-output.js';

export async function runScan(argv: string[], io: IO, env: { defaultWorkers: number }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string' },
        config: { type: 'string' },
        sarif: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-on-unanalysed': { type: 'boolean' },
        category: { type: 'string' },
        workers: { type: 'string' },
        cache: { type: 'string' },
        shard: { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr.write(`egress-audit scan: ${(e as Error).message}\n\n${SCAN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(SCAN_USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.stderr.write(`egress-audit scan: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  const failOn = (values['fail-on'] ?? 'none') as FailOn;
  if (!FAIL_ON_LEVELS.includes(failOn)) {
    io.stderr.write(`egress-audit scan: --fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}; got "${failOn}"\n`);
    return 2;
  }
  const workers = values.workers !== undefined ? Number(values.workers) : env.defaultWorkers;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    io.stderr.write(`egress-audit scan: --workers must be an integer from 1 to 64\n`);
    return 2;
  }
  const root = resolve(values.root ?? '.');
  const targetProblems = [checkRoot(root, values.root ?? '.')].filter((p) => p !== undefined);
  if (!targetProblems.length) targetProblems.push(...checkTargets(positionals, root));
  if (targetProblems.length) {
    io.stderr.write(targetProblems.map((p) => `egress-audit scan: ${formatProblem(p)}\n`).join(''));
    return 2;
  }
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  if (shard && !shard.ok) {
    io.stderr.write(shard.problems.map((p) => `egress-audit scan: ${formatProblem(p)}\n`).join(''));
    return 2;
  }
  const scan = await scanTree({
    root,
    config: values.config,
    inputs: positionals.map((p) => resolve(p)),
    workers,
    cacheDir: values.cache !== undefined ? resolve(values.cache) : undefined,
    shard: shard?.value,
  });
  if (!scan.ok) {
    io.stderr.write(scan.problems.map((p) => `egress-audit: ${formatProblem(p)}\n`).join(''));
    return 2;
  }
  const { config, rules, result } = scan.value;
  for (const w of config.warnings) io.stderr.write(`egress-audit: warning: ${formatProblem(w)}\n`);
  for (const line of scan.value.cache ?? []) io.stderr.write(`egress-audit: ${line}\n`);

  return emitScan(result, rules.rules, values, io);
}
