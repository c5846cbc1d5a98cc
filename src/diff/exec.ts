// The one place that runs git. execFile (never a shell), literal pathspecs, and settings that stop a
// scanned repository from making git run its own code (external diff drivers, textconv, fsmonitor).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface GitOutput {
  /** Exit code; -1 when git could not be started or was killed. */
  code: number;
  stdout: Buffer;
  stderr: string;
}

const SAFE_CONFIG = ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

function gitEnv(literal = true): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_LITERAL_PATHSPECS: literal ? '1' : '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

export interface GitOptions {
  timeoutMs?: number;
  /** Bytes to write to stdin. */
  input?: Buffer | string;
  /**
   * Pathspecs are literal unless this is false: only for calls whose pathspecs are constants with
   * explicit magic (`:(glob)…`), never for paths taken from a repository or a user.
   */
  literalPathspecs?: boolean;
}

/** A clear reason when git cannot even start: the folder is missing, or git is not installed. */
function startFailure(cwd: string, message: string): string {
  if (!existsSync(cwd)) return `folder ${cwd} does not exist`;
  if (/ENOENT/.test(message)) return `cannot run git (is it installed and on PATH?): ${message}`;
  return message;
}

/** Runs `git <args>` in `cwd`; never throws. */
export function git(cwd: string, args: string[], opts: GitOptions = {}): Promise<GitOutput> {
  const argv = [...SAFE_CONFIG, ...args];
  if (opts.input !== undefined) return gitWithInput(cwd, argv, opts);
  return new Promise((resolve) => {
    execFile(
      'git',
      argv,
      {
        cwd,
        env: gitEnv(opts.literalPathspecs !== false),
        encoding: 'buffer',
        maxBuffer: 1 << 30,
        timeout: opts.timeoutMs ?? 120_000,
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : -1
          : 0;
        const errText = stderr.toString('utf8') || (err && code === -1 ? startFailure(cwd, err.message) : '');
        resolve({ code, stdout, stderr: errText.trim() });
      },
    );
  });
}

function gitWithInput(cwd: string, argv: string[], opts: GitOptions): Promise<GitOutput> {
  return new Promise((resolve) => {
    const child = spawn('git', argv, {
      cwd,
      env: gitEnv(opts.literalPathspecs !== false),
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let done = false;
    const finish = (r: GitOutput): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => {
      child.kill();
      finish({ code: -1, stdout: Buffer.concat(out), stderr: 'git timed out' });
    }, opts.timeoutMs ?? 120_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => finish({ code: -1, stdout: Buffer.alloc(0), stderr: startFailure(cwd, e.message) }));
    child.on('close', (code) =>
      finish({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
    child.stdin.on('error', () => undefined); // EPIPE when git exits early; reported via close
    child.stdin.end(opts.input);
  });
}

/** Splits NUL-separated output, dropping the trailing empty field. */
export function splitNul(buf: Buffer): string[] {
  const parts = buf.toString('utf8').split('\0');
  if (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
