// Temporary git repositories for tests: real git, no network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function tempDir(prefix = 'egress-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], { cwd, env: ENV, encoding: 'utf8' }).trim();
}

export class TempRepo {
  readonly dir: string;
  constructor(dir?: string) {
    this.dir = dir ?? tempDir('egress-repo-');
    if (!dir) {
      sh(this.dir, 'init', '-q', '-b', 'main');
      sh(this.dir, 'config', 'commit.gpgsign', 'false');
    }
  }
  write(path: string, content: string | Buffer): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }
  link(path: string, target: string): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    rmSync(abs, { force: true });
    symlinkSync(target, abs);
    return this;
  }
  remove(path: string): this {
    unlinkSync(join(this.dir, path));
    return this;
  }
  git(...args: string[]): string {
    return sh(this.dir, ...args);
  }
  /** Stages everything and commits; returns the new SHA. */
  commit(message = 'commit'): string {
    sh(this.dir, 'add', '-A');
    sh(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return sh(this.dir, 'rev-parse', 'HEAD');
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
