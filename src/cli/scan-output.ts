// What `scan` and `merge` do with a scan result: the files asked for, stdout, and the gate's exit code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FailOn } from '../compare/gate.js';
import { evaluateScanGate } from '../pipeline/gate.js';
import { toJson } from '../report/json.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { renderScanMarkdown } from '../report/scan-markdown.js';
import { renderText } from '../report/text.js';
import type { Rule, ScanResult } from '../types.js';
import { VERSION } from '../version.js';

export interface IO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
}

export interface ScanOutputs {
  sarif?: string;
  json?: string;
  markdown?: string;
  format?: string;
  category?: string;
  'fail-on'?: string;
  'fail-on-unanalysed'?: boolean;
  'no-color'?: boolean;
}

function writeOut(path: string, text: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text);
}

/** Write the outputs, print the result, and return the exit code the gate decides. */
export function emitScan(result: ScanResult, rules: readonly Rule[], values: ScanOutputs, io: IO): number {
  if (values.sarif) {
    const { log, warnings } = toSarif({
      findings: result.findings,
      rules: [...rules],
      skipped: result.skipped,
      notes: result.notes,
      version: VERSION,
      automationId: values.category,
    });
    for (const w of warnings) io.stderr.write(`egress-audit: warning: ${w}\n`);
    writeOut(values.sarif, serializeSarif(log));
  }
  if (values.json) writeOut(values.json, toJson(result, VERSION));
  if (values.markdown) writeOut(values.markdown, renderScanMarkdown(result));
  if (values.format === 'json') io.stdout.write(toJson(result, VERSION));
  else {
    const color = !values['no-color'] && io.stdout.isTTY === true && !process.env.NO_COLOR;
    io.stdout.write(renderText(result, { color }));
  }
  const gate = evaluateScanGate(result, {
    failOn: (values['fail-on'] ?? 'none') as FailOn,
    warnOnly: false,
    allowPrSuppressions: false,
    unanalysed: values['fail-on-unanalysed'] ? 'fail' : 'warn',
  });
  if (gate.warning) io.stderr.write(`egress-audit: warning: ${gate.warning}\n`);
  if (gate.failed) io.stderr.write(`egress-audit: ${gate.message}\n`);
  return gate.failed ? 1 : 0;
}
