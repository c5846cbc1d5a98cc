// `egress-audit diff --base REV|DIR --head REV|DIR`: the pull-request comparison on a laptop. Prints
// the Markdown comment the action would post (or JSON with --format json). Exit: 0 clean, 1 gate
// failed, 2 usage, config or git error.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { evaluateGate } from '../pipeline/gate.js';
import { DEFAULT_CONFIG_FILE, runComparison, type ConfigSource, type Sides } from '../pipeline/run.js';
import { splitList } from '../diff/filter.js';
import { renderComment } from '../report/comment.js';
import { serializeGitLabSast, toGitLabSast } from '../report/gitlab-sast.js';
import { toCsv } from '../report/csv.js';
import { toJson } from '../report/json.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { formatProblem } from '../result.js';
import { DEFAULT_MARKER } from '../report/marker.js';
import { VERSION } from '../version.js';
import { requested, stdoutConflict, stdoutOutput, writeOutputs } from './outputs.js';
import { gitProvenance, repoContext } from './remote.js';
import { diffHtml } from './reports.js';
import { OUTPUT_OPTIONS } from './output-options.js';

export interface DiffIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  env?: NodeJS.ProcessEnv;
}

export const DIFF_USAGE = `Usage: egress-audit diff --base REV|DIR --head REV|DIR [options]

Compares two git revisions (in --repo, default .) or two folders and prints the pull-request comment:
new and removed outbound integrations, suppressions and policy changes. Without --config the policy
(.github/egress-audit.yml and its rule folders) is read from the base side.

Options:
  --base REV|DIR          base revision or folder (required)
  --head REV|DIR          head revision or folder (required)
  --repo DIR              git repository for revisions (default: .)
  --config FILE           config file on disk (default: ${DEFAULT_CONFIG_FILE} from the base side)
  --paths GLOBS           limit to these paths (comma-separated globs or folders)
  --fail-on LEVEL         none|low|medium|high|critical (default: none): exit 1 on a new finding at or above it
  --allow-pr-suppressions honour suppressions that the head side adds
  --no-fail-on-unanalysed a changed Python file that could not be analysed (too large, over the time
                          budget, binary, undecodable) is listed but does not fail (default: it fails)
  --sarif FILE            write SARIF of the head findings in changed files ("-": to stdout)
  --json FILE             write the comparison as JSON ("-": to stdout)
  --markdown FILE         write the Markdown comment ("-": to stdout)
  --gitlab-sast FILE      write a GitLab SAST report of the new findings (schema 15.x; "-": to stdout)
  --html FILE             write a self-contained HTML report of the change ("-": to stdout)
  --csv FILE              write one CSV row per finding in the changed files: new, unchanged, removed ("-": to stdout)
  --format text|json      stdout format (default: text = the Markdown comment)
  -q, --quiet             print nothing but errors and the gate's failure (files are still written)
  -h, --help              this help
`;

export async function runDiff(argv: string[], io: DiffIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...OUTPUT_OPTIONS,
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string' },
        config: { type: 'string' },
        paths: { type: 'string' },
        'allow-pr-suppressions': { type: 'boolean' },
        'no-fail-on-unanalysed': { type: 'boolean' },
      },
    }));
  } catch (err) {
    io.stderr.write(`egress-audit diff: ${(err as Error).message}\n\n${DIFF_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(DIFF_USAGE);
    return 0;
  }
  const usage = (msg: string): number => {
    io.stderr.write(`egress-audit diff: ${msg}\n\n${DIFF_USAGE}`);
    return 2;
  };
  if (!values.base || !values.head) return usage('--base and --head are required');
  const failOn = (values['fail-on'] ?? 'none').toLowerCase() as FailOn;
  if (!FAIL_ON_LEVELS.includes(failOn)) return usage(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage('--format must be text or json');

  const outputs = requested([
    ['--sarif', values.sarif, () => renders.sarif()],
    ['--json', values.json, () => renders.json()],
    ['--markdown', values.markdown, () => renders.markdown()],
    ['--gitlab-sast', values['gitlab-sast'], () => renders.gitlab()],
    ['--html', values.html, () => renders.html()],
    ['--csv', values.csv, () => renders.csv()],
  ]);
  const conflict = stdoutConflict(outputs);
  if (conflict) return usage(conflict);
  const quiet = values.quiet === true;
  const note = (line: string): void => {
    if (!quiet) io.stderr.write(`${line}\n`);
  };

  const repo = resolve(values.repo ?? '.');
  const folders = isDir(values.base) && isDir(values.head);
  const sides: Sides = folders
    ? { kind: 'folders', base: resolve(values.base), head: resolve(values.head) }
    : { kind: 'git', repo, base: values.base, head: values.head, useMergeBase: true };
  const config: ConfigSource = values.config
    ? { kind: 'file', path: resolve(values.config) }
    : { kind: 'base', path: DEFAULT_CONFIG_FILE };

  const startTime = new Date();
  const r = await runComparison({ sides, config, paths: values.paths ? splitList(values.paths) : [] });
  if (!r.ok) {
    io.stderr.write(`egress-audit diff:\n${r.problems.map(formatProblem).join('\n')}\n`);
    return 2;
  }
  const endTime = new Date();
  const out = r.value;
  for (const line of out.log) note(line);
  for (const w of out.config.warnings) note(`warning: ${formatProblem(w)}`);
  const cmp = out.comparison;
  const gate = evaluateGate(cmp, {
    failOn,
    warnOnly: false,
    allowPrSuppressions: values['allow-pr-suppressions'] ?? false,
    scope: 'pull-request',
    unanalysed: values['no-fail-on-unanalysed'] ? 'warn' : 'fail',
  });
  // Folder mode has no commit: links point at HEAD of the repository.
  const ctx = await repoContext(folders ? undefined : repo, out.headSha ?? 'HEAD', io.env ?? process.env);
  const markdown = renderComment(cmp, ctx, { marker: DEFAULT_MARKER, gate });
  const provenance = values.sarif && !folders ? await gitProvenance(repo, out.headSha ?? 'HEAD') : undefined;
  const renders = {
    markdown: () => markdown,
    json: () => toJson(cmp, VERSION),
    sarif: () => {
      const s = toSarif({
        findings: cmp.headFindings,
        rules: out.rules.rules,
        skipped: cmp.skipped,
        notes: cmp.notes,
        version: VERSION,
        provenance,
      });
      for (const w of s.warnings) note(`warning: ${w}`);
      return serializeSarif(s.log);
    },
    gitlab: () =>
      serializeGitLabSast(
        toGitLabSast({
          findings: cmp.newFindings,
          skipped: cmp.skipped,
          notes: cmp.notes,
          version: VERSION,
          startTime,
          endTime,
        }),
      ),
    html: () => {
      const short = (sha: string | undefined, given: string): string => sha?.slice(0, 12) ?? given;
      const revision = {
        base: short(out.baseSha, values.base as string),
        head: short(out.headSha, values.head as string),
      };
      return diffHtml(cmp, gate, revision, folders ? undefined : ctx);
    },
    csv: () => toCsv(cmp),
  };
  if (!writeOutputs(outputs, io, 'egress-audit diff')) return 2;
  if (!stdoutOutput(outputs) && !quiet) io.stdout.write(format === 'json' ? renders.json() : markdown);
  if (gate.failed) io.stderr.write(`\n${gate.message}\n`);
  else if (gate.warning) note(`\nwarning: ${gate.warning}`);
  return gate.failed ? 1 : 0;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
