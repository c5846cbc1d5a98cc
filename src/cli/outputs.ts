// The CLI's report files (--sarif, --json, --markdown, --gitlab-sast, ...): each flag names a file, or
// `-` for standard output (then it replaces the terminal report, so stdout holds exactly one document).
// One write path for `scan` and `diff`: a failure names the flag and the file, and exits 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface OutputFile {
  /** The flag as typed, e.g. `--sarif`. */
  flag: string;
  /** A file path, or `-` for standard output. */
  path: string;
  render: () => string;
}

export interface OutputIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** The requested outputs (flags given a value), in flag order. */
export function requested(specs: [flag: string, path: string | undefined, render: () => string][]): OutputFile[] {
  return specs
    .filter((s): s is [string, string, () => string] => !!s[1])
    .map(([flag, path, render]) => ({ flag, path, render }));
}

/** A usage problem: two outputs cannot both go to standard output. */
export function stdoutConflict(outputs: OutputFile[]): string | undefined {
  const dash = outputs.filter((o) => o.path === '-');
  return dash.length > 1
    ? `only one output can go to standard output (-): ${dash.map((o) => o.flag).join(', ')}`
    : undefined;
}

/** The output that goes to standard output, if any. */
export function stdoutOutput(outputs: OutputFile[]): OutputFile | undefined {
  return outputs.find((o) => o.path === '-');
}

/**
 * Writes the files (creating folders), then the `-` output to stdout. Returns false after printing
 * `cmd: cannot write FLAG FILE: reason` for the first failure; nothing goes to stdout then.
 */
export function writeOutputs(outputs: OutputFile[], io: OutputIO, cmd: string): boolean {
  for (const o of outputs) {
    if (o.path === '-') continue;
    try {
      const text = o.render();
      mkdirSync(dirname(resolve(o.path)), { recursive: true });
      writeFileSync(o.path, text);
    } catch (err) {
      io.stderr.write(`${cmd}: cannot write ${o.flag} ${o.path}: ${(err as Error).message}\n`);
      return false;
    }
  }
  const out = stdoutOutput(outputs);
  if (out) io.stdout.write(out.render());
  return true;
}
