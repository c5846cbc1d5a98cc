// What `scan` and `merge` do with a scan result: the report files (or one of them on stdout with `-`),
// the terminal report, and the exit code the gate decides. The outputs are declared before the work, so
// `--sarif - --json -` is a usage error before anything is scanned or read.
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { evaluateScanGate } from '../pipeline/gate.js';
import { serializeGitLabSast, toGitLabSast } from '../report/gitlab-sast.js';
import { toJson } from '../report/json.js';
import { serializeSarif, toSarif, type SarifInput } from '../report/sarif.js';
import { renderScanMarkdown } from '../report/scan-markdown.js';
import { renderText } from '../report/text.js';
import { toCsv } from '../report/csv.js';
import type { Rule, ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import { useColor } from './color.js';
import { requested, stdoutConflict, stdoutOutput, writeOutputs } from './outputs.js';
import { scanHtml, type ScanReportContext } from './reports.js';

export interface IO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Standard input, for `scan -`. */
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

/** The flags `scan` and `merge` share. */
export interface ScanOutputFlags {
  sarif?: string;
  json?: string;
  markdown?: string;
  'gitlab-sast'?: string;
  html?: string;
  csv?: string;
  format?: string;
  category?: string;
  'fail-on'?: string;
  'fail-on-unanalysed'?: boolean;
  'no-color'?: boolean;
  quiet?: boolean;
}

export interface EmitContext {
  io: IO;
  env: NodeJS.ProcessEnv;
  /** When the work began (GitLab SAST `scan.start_time`). */
  startTime: Date;
  provenance?: SarifInput['provenance'];
  /** For error messages: `egress-audit scan`. */
  cmd: string;
  /** For --html: the scanned files, the revision and where links point (`scan` only). */
  report?: ScanReportContext;
}

/** Warnings go to stderr unless `--quiet`. */
export function quietWarn(values: ScanOutputFlags, io: IO): (w: string) => void {
  return (w) => {
    if (!values.quiet) io.stderr.write(`egress-audit: warning: ${w}\n`);
  };
}

interface Renders {
  sarif: () => string;
  json: () => string;
  markdown: () => string;
  gitlab: () => string;
  html: () => string;
  csv: () => string;
}

/** The flag values `scan` and `merge` check before any work: a usage message, or undefined when they are fine. */
export function outputFlagProblem(values: ScanOutputFlags): string | undefined {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return `--format must be text or json, not "${format}"`;
  const failOn = values['fail-on'] ?? 'none';
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(failOn))
    return `--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}; got "${failOn}"`;
  return undefined;
}

export function scanOutputs(values: ScanOutputFlags): {
  conflict?: string;
  emit(result: ScanResult, rules: readonly Rule[], ctx: EmitContext): number;
} {
  const state: { render?: Renders } = {};
  const lazy = (k: keyof Renders) => () => state.render![k]();
  const outputs = requested([
    ['--sarif', values.sarif, lazy('sarif')],
    ['--json', values.json, lazy('json')],
    ['--markdown', values.markdown, lazy('markdown')],
    ['--gitlab-sast', values['gitlab-sast'], lazy('gitlab')],
    ['--html', values.html, lazy('html')],
    ['--csv', values.csv, lazy('csv')],
  ]);
  return {
    conflict: stdoutConflict(outputs),
    emit(result, rules, ctx) {
      const { io } = ctx;
      const warn = quietWarn(values, io);
      const endTime = new Date();
      const gate = evaluateScanGate(result, {
        failOn: (values['fail-on'] ?? 'none') as FailOn,
        warnOnly: false,
        allowPrSuppressions: false,
        unanalysed: values['fail-on-unanalysed'] ? 'fail' : 'warn',
      });
      state.render = {
        sarif: () => {
          const { log, warnings } = toSarif({
            findings: result.findings,
            rules: [...rules],
            skipped: result.skipped,
            notes: result.notes,
            version: VERSION,
            automationId: values.category,
            provenance: ctx.provenance,
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
              startTime: ctx.startTime,
              endTime,
            }),
          ),
        html: () => scanHtml(result, gate, ctx.report ?? { files: [], revision: 'unknown' }),
        csv: () => toCsv(result),
      };
      if (!writeOutputs(outputs, io, ctx.cmd)) return 2;
      if (!stdoutOutput(outputs) && !values.quiet) {
        if (values.format === 'json') io.stdout.write(toJson(result, VERSION));
        else
          io.stdout.write(renderText(result, { color: useColor(io.stdout, ctx.env, { noColor: values['no-color'] }) }));
      }
      if (gate.warning) warn(gate.warning);
      if (gate.failed) io.stderr.write(`egress-audit: ${gate.message}\n`);
      return gate.failed ? 1 : 0;
    },
  };
}
