// Revisions: resolve them to commit SHAs, and fetch a missing base into a shallow checkout.
import { statSync } from 'node:fs';
import { fail, ok, type Problem, type Result } from '../result.js';
import { git } from './exec.js';
import { trimTrailingSlashes } from '../util/trim.js';

const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export function isFullSha(rev: string): boolean {
  return FULL_SHA.test(rev);
}

/** Resolves a revision to a commit SHA. Revisions that look like options are refused. */
export async function resolveCommit(repo: string, rev: string): Promise<Result<string>> {
  if (!rev || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    return fail({ file: repo, message: `invalid revision ${JSON.stringify(rev)}` });
  }
  const r = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (r.code !== 0) return fail({ file: repo, message: `revision ${rev} is not a commit in this repository` });
  return ok(r.stdout.toString('utf8').trim());
}

export async function isGitRepo(dir: string): Promise<boolean> {
  const r = await git(dir, ['rev-parse', '--is-inside-work-tree']);
  return r.code === 0;
}

/**
 * Why `dir` cannot be used as a git repository (missing, not a folder, not inside a repository), as a
 * problem naming it; undefined when it can. Bare repositories count.
 */
export async function checkRepository(dir: string): Promise<Problem | undefined> {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return { file: dir, message: 'folder does not exist' };
  }
  if (!st.isDirectory()) return { file: dir, message: 'is not a folder' };
  const r = await git(dir, ['rev-parse', '--git-dir']);
  if (r.code !== 0)
    return { file: dir, message: `not a git repository: ${firstLine(r.stderr) || 'git rev-parse failed'}` };
  return undefined;
}

export async function isShallow(repo: string): Promise<boolean> {
  const r = await git(repo, ['rev-parse', '--is-shallow-repository']);
  return r.code === 0 && r.stdout.toString('utf8').trim() === 'true';
}

export interface EnsuredCommit {
  sha: string;
  /** Set when the commit had to be fetched: a sentence for the log. */
  fetched?: string;
}

/**
 * Makes sure `rev` is present. When it is a full SHA that the checkout lacks (shallow clone, or a
 * commit only on the remote), fetch just that commit with depth 1.
 */
export async function ensureCommit(repo: string, rev: string, remote = 'origin'): Promise<Result<EnsuredCommit>> {
  const local = await resolveCommit(repo, rev);
  if (local.ok) return ok({ sha: local.value });
  if (!isFullSha(rev)) return local;
  const shallow = await isShallow(repo);
  const f = await git(repo, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', '--', remote, rev], {
    timeoutMs: 300_000,
  });
  if (f.code !== 0) {
    return fail({
      file: repo,
      message:
        `commit ${rev} is not in the checkout and \`git fetch --depth=1 ${remote} ${rev}\` failed` +
        ` (was it force-pushed away?): ${firstLine(f.stderr)}`,
    });
  }
  const again = await resolveCommit(repo, rev);
  if (!again.ok) return again;
  const why = shallow ? 'shallow clone' : 'not in the checkout';
  return ok({ sha: again.value, fetched: `Fetched ${rev.slice(0, 12)} from ${remote} (${why}).` });
}

/** Fetches the tip of a branch from the remote (depth 1) and returns its SHA. */
export async function fetchBranch(repo: string, branch: string, remote = 'origin'): Promise<Result<string>> {
  if (!branch || branch.startsWith('-') || /[\0\n\s~^:?*[\\]/.test(branch)) {
    return fail({ file: repo, message: `invalid branch name ${JSON.stringify(branch)}` });
  }
  const f = await git(repo, [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--depth=1',
    '--',
    remote,
    `refs/heads/${branch}`,
  ]);
  if (f.code !== 0)
    return fail({ file: repo, message: `git fetch ${remote} ${branch} failed: ${firstLine(f.stderr)}` });
  return resolveCommit(repo, 'FETCH_HEAD');
}

/** The repository's top folder and the path of `dir` inside it ("" at the top). */
export async function repoRoot(dir: string): Promise<Result<{ root: string; prefix: string }>> {
  const r = await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (r.code !== 0) return fail({ file: dir, message: `not a git repository: ${firstLine(r.stderr)}` });
  const [root = dir, prefix = ''] = r.stdout.toString('utf8').split('\n');
  return ok({ root, prefix: trimTrailingSlashes(prefix) });
}

/** Merge base of two commits, or undefined when history is too shallow to know. */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(repo, ['merge-base', '--end-of-options', a, b]);
  if (r.code !== 0) return undefined;
  return r.stdout.toString('utf8').trim() || undefined;
}

export function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}
