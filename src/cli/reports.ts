// The review exports `scan` and `diff` write next to their other outputs: the self-contained HTML
// report (--html) and the CSV (--csv). Kept apart from the option parsing, so each command only adds
// its two flags to the outputs it declares (src/cli/outputs.ts).
import { fullScanComparison, type GateDecision } from '../compare/gate.js';
import { git } from '../diff/exec.js';
import { repoRoot } from '../diff/git.js';
import { renderHtmlReport } from '../report/html/page.js';
import type { Comparison, RepoContext, ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import { repoContext } from './remote.js';

/** What a scan's HTML report needs besides the result: the file list, the revision, where links point. */
export interface ScanReportContext {
  files: string[];
  revision: string;
  ctx?: RepoContext;
}

/** A context with a known web address, else none (the report shows sites without links). */
const linkable = (ctx: RepoContext): RepoContext | undefined => (ctx.serverUrl ? ctx : undefined);

/** The commit checked out in `dir`, or undefined outside a git work tree. */
async function headCommit(dir: string): Promise<string | undefined> {
  const r = await git(dir, ['rev-parse', '--verify', '-q', 'HEAD']);
  const sha = r.stdout.toString('utf8').trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** `scan`: the tree under `root` is the working tree; permalinks only when root is the repository's top. */
export async function scanReportContext(
  root: string,
  files: string[],
  env: NodeJS.ProcessEnv,
): Promise<ScanReportContext> {
  const sha = await headCommit(root);
  if (!sha) return { files, revision: 'working tree' };
  const top = await repoRoot(root);
  // Paths are relative to root: links are right only when root is the repository's top folder.
  const ctx = top.ok && top.value.prefix === '' ? linkable(await repoContext(root, sha, env)) : undefined;
  return { files, revision: `${sha.slice(0, 12)} (working tree)`, ctx };
}

export function scanHtml(result: ScanResult, gate: GateDecision, report: ScanReportContext): string {
  return renderHtmlReport({
    mode: 'scan',
    comparison: fullScanComparison(result),
    gate,
    files: report.files,
    revision: { head: report.revision },
    ctx: report.ctx,
    version: VERSION,
  });
}

/** `diff`: what the change adds, removes and keeps in its changed files. */
export function diffHtml(
  cmp: Comparison,
  gate: GateDecision,
  revision: { base: string; head: string },
  ctx: RepoContext | undefined,
): string {
  return renderHtmlReport({
    mode: 'diff',
    comparison: cmp,
    gate,
    files: cmp.changedFiles,
    revision,
    ctx: ctx && linkable(ctx),
    version: VERSION,
  });
}
