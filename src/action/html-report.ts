// The `html-report` input: the self-contained HTML report, written where the input says (relative to
// the workspace), for a later actions/upload-artifact step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderHtmlReport, type HtmlReportInput } from '../report/html/page.js';
import { fail, ok, type Result } from '../result.js';

/** Writes the report; returns the absolute path, or a problem naming the file. */
export function writeHtmlReport(workspace: string, file: string, input: HtmlReportInput): Result<string> {
  const path = resolve(workspace, file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderHtmlReport(input));
    return ok(path);
  } catch (err) {
    return fail({ file: path, key: 'html-report', message: `cannot write the HTML report: ${(err as Error).message}` });
  }
}
