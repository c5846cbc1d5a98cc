// Helpers for the hostile-input suites: scan raw bytes, temporary workspaces, the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { compareScans } from '../../src/compare/compare.js';
import { emptyResult, scanSources } from '../../src/scan/scan.js';
import type { Comparison, RepoContext, ScanResult } from '../../src/types.js';
import { DIST, freshDist } from './dist.js';
import { builtinRules } from './engine.js';
import { occurrences, unescapedPipes } from './markdown.js';

export function config(over: Partial<Config> = {}): Config {
  return { ...defaultConfig(), ...over };
}

/** Analyse raw bytes as one file (no decoding on our side: the scanner does it). */
export async function scanBytes(
  bytes: Uint8Array | string,
  file = 'app.py',
  cfg: Config = config(),
): Promise<ScanResult> {
  const content = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return scanSources([{ path: file, content }], { config: cfg, rules: builtinRules(cfg) });
}

/** A fresh directory under the OS temp dir (realpath'd: macOS /var → /private/var). */
export function tempWorkspace(prefix = 'egress-hostile-'): {
  root: string;
  write: (rel: string, data: string | Buffer) => string;
  cleanup: () => void;
} {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return {
    root,
    write(rel, data) {
      const abs = join(root, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, data);
      return abs;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const CLI = resolve(DIST, 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (rebuilt by the jest global setup when stale) in `cwd`. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [join(freshDist(), 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A Node stack frame line ("    at fn (file:1:2)"): never shown to users. */
export const STACK_FRAME = /^\s{4}at .+/m;

/** Scan result → the pull-request view (empty base: everything in head is new). */
export function comparisonOf(head: ScanResult, policyChanges: string[] = []): Comparison {
  const files = [...new Set(head.findings.map((f) => f.file))].map((path) => ({ status: 'added' as const, path }));
  return compareScans(emptyResult(), head, { files, policyChanges });
}

export const MARKER = '<!-- egress-audit:comment -->';
export const REPO: RepoContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/app',
  sha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/app/actions/runs/99',
};
const PERMALINK =
  /^https:\/\/github\.com\/acme\/app\/blob\/0123456789abcdef0123456789abcdef01234567\/(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+#L\d+$/;

/**
 * What untrusted text must never do in our Markdown: HTML, images, links we did not build, mentions,
 * issue references, a second marker, closing our <details>, breaking a table row. Returns the problems.
 */
export function markdownProblems(
  md: string,
  opts: { marker?: string; runUrl?: string; permalink?: RegExp } = {},
): string[] {
  const permalink = opts.permalink ?? PERMALINK;
  const problems: string[] = [];
  const body = opts.marker ? md.slice(opts.marker.length) : md;
  if (opts.marker && !md.startsWith(opts.marker + '\n')) problems.push('does not start with the marker');
  if (body.includes('<!--')) problems.push('an HTML comment (a planted marker?) in the body');
  const tag = body.match(/<(?!\/?(?:code|br|sub|details|summary)>)[^\s]{0,20}/);
  if (tag) problems.push(`raw HTML: ${tag[0]}`);
  if (occurrences(body, '</details>') !== occurrences(body, '<details>')) problems.push('unbalanced <details>');
  const mention = body.match(/(^|[^\w`])@[A-Za-z0-9][\w-]*/);
  if (mention) problems.push(`mention: ${mention[0]}`);
  const ref = body.match(/(^|[^\w&])#[0-9]+/);
  if (ref) problems.push(`issue reference: ${ref[0]}`);
  const targets = [...body.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]!);
  for (const t of targets) if (t !== opts.runUrl && !permalink.test(t)) problems.push(`foreign link: ${t}`);
  if (occurrences(body, '://') !== targets.length) problems.push('a URL outside the links we built');
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ---')) continue;
    const cols = unescapedPipes(lines[i]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (unescapedPipes(lines[j]!) !== cols) problems.push(`table row broken: ${lines[j]}`);
    }
  }
  return problems;
}
