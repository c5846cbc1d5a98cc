// `egress-audit scan [PATH...]`: full scan of files and folders (or `-`, standard input), text/JSON to
// stdout, SARIF/JSON/Markdown/GitLab SAST files (or one of them to stdout with `-`).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { evaluateScanGate } from '../pipeline/gate.js';
import { scanTree } from '../pipeline/scan-tree.js';
import { renderScanMarkdown } from '../report/scan-markdown.js';
import { serializeGitLabSast, toGitLabSast } from '../report/gitlab-sast.js';
import { toJson } from '../report/json.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { formatProblem } from '../result.js';
import { VERSION } from '../version.js';
import { useColor } from './color.js';
import { requested, stdoutConflict, stdoutOutput, writeOutputs } from './outputs.js';
import { gitProvenance } from './remote.js';
import { readAll, stdinName } from './stdin.js';
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
  --format text|json      stdout format (default: text)
  --fail-on LEVEL         none|low|medium|high|critical: exit 1 when an unsuppressed, non-allowlisted
                          finding at or above LEVEL exists (default: none)
  --fail-on-unanalysed    also exit 1 when a file could not be analysed (too large, over the time
                          budget, binary, undecodable); by default such files are listed with a warning
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  --workers N             worker threads for large scans (default: CPU count, up to 4; 1 = no workers)
  -q, --quiet             print nothing but errors and the gate's failure (files are still written)
  --no-color              no ANSI colours (also NO_COLOR=1 or TERM=dumb; FORCE_COLOR=1 forces them)
  -h, --help              this help
`;

export interface IO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Standard input, for `scan -`. */
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

const OPTIONS = {
  root: { type: 'string' },
  config: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  sarif: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'gitlab-sast': { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-unanalysed': { type: 'boolean' },
  category: { type: 'string' },
  workers: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
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
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not "${format}"`);
  const failOn = (values['fail-on'] ?? 'none') as FailOn;
  if (!FAIL_ON_LEVELS.includes(failOn))
    return usage(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}; got "${failOn}"`);
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
  const state: { render?: Renders } = {};
  const lazy = (k: keyof Renders) => () => state.render![k]();
  const outputs = requested([
    ['--sarif', values.sarif, lazy('sarif')],
    ['--json', values.json, lazy('json')],
    ['--markdown', values.markdown, lazy('markdown')],
    ['--gitlab-sast', values['gitlab-sast'], lazy('gitlab')],
  ]);
  const conflict = stdoutConflict(outputs);
  if (conflict) return usage(conflict);

  const startTime = new Date();
  const scan = await scanTree({
    root,
    config: values.config,
    inputs: positionals.map((p) => resolve(p)),
    workers,
    exclude: values.exclude,
    gitignore: !values['no-ignore'],
    source: fromStdin ? { path: name as string, content: await readAll(io.stdin!) } : undefined,
  });
  if (!scan.ok) {
    io.stderr.write(scan.problems.map((p) => `egress-audit: ${formatProblem(p)}\n`).join(''));
    return 2;
  }
  const { config, rules, result } = scan.value;
  const quiet = values.quiet === true;
  const warn = (w: string): void => {
    if (!quiet) io.stderr.write(`egress-audit: warning: ${w}\n`);
  };
  for (const w of config.warnings) warn(formatProblem(w));
  const provenance = values.sarif ? await gitProvenance(root) : undefined;
  const endTime = new Date();
  state.render = {
    sarif: () => {
      const { log, warnings } = toSarif({
        findings: result.findings,
        rules: rules.rules,
        skipped: result.skipped,
        notes: result.notes,
        version: VERSION,
        automationId: values.category,
        provenance,
      });
      warnings.forEach(warn);
      return serializeSarif(log);
    },
    json: () => toJson(result, VERSION),
    markdown: () => renderScanMarkdown(result),
    gitlab: () =>
      serializeGitLabSast(
        toGitLabSast({
          findings: result.findings,
          skipped: result.skipped,
          notes: result.notes,
          version: VERSION,
          startTime,
          endTime,
        }),
      ),
  };
  if (!writeOutputs(outputs, io, 'egress-audit scan')) return 2;
  if (!stdoutOutput(outputs) && !quiet) {
    if (format === 'json') io.stdout.write(toJson(result, VERSION));
    else
      io.stdout.write(renderText(result, { color: useColor(io.stdout, processEnv, { noColor: values['no-color'] }) }));
  }
  const gate = evaluateScanGate(result, {
    failOn,
    warnOnly: false,
    allowPrSuppressions: false,
    unanalysed: values['fail-on-unanalysed'] ? 'fail' : 'warn',
  });
  if (gate.warning) warn(gate.warning);
  if (gate.failed) io.stderr.write(`egress-audit: ${gate.message}\n`);
  return gate.failed ? 1 : 0;
}

interface Renders {
  sarif: () => string;
  json: () => string;
  markdown: () => string;
  gitlab: () => string;
}
