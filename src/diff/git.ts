// Base and head as two git revisions: make sure both commits exist (fetching a missing one), pick
// the comparison point, and list what changed.
import { fail, ok, type Result } from '../result.js';
import { gitSnapshot } from './blobs.js';
import { listChanges } from './changes.js';
import { checkRepository, ensureCommit, mergeBase } from './revs.js';
import type { ChangedFile, Snapshot } from './types.js';

export { listChanges, parseNameStatus } from './changes.js';
export { gitSnapshot, listPaths } from './blobs.js';
export {
  checkRepository,
  ensureCommit,
  fetchBranch,
  isGitRepo,
  isShallow,
  mergeBase,
  repoRoot,
  resolveCommit,
} from './revs.js';

export interface RevisionDiff {
  /** Resolved SHAs. `base` is the revision whose policy applies; `from` is what code is compared to. */
  baseSha: string;
  headSha: string;
  fromSha: string;
  changes: ChangedFile[];
  base: Snapshot;
  head: Snapshot;
  /** Things a user should know: fetched commits, a missing merge base. */
  log: string[];
}

export interface RevisionOptions {
  /** Compare from the merge base of base and head (what the PR itself changed), when history allows. */
  useMergeBase?: boolean;
  remote?: string;
}

export async function diffRevisions(
  repo: string,
  baseRev: string,
  headRev: string,
  opts: RevisionOptions = {},
): Promise<Result<RevisionDiff>> {
  const log: string[] = [];
  const notRepo = await checkRepository(repo);
  if (notRepo) return fail(notRepo);
  const head = await ensureCommit(repo, headRev, opts.remote);
  if (!head.ok) return fail(...head.problems);
  const base = await ensureCommit(repo, baseRev, opts.remote);
  if (!base.ok) return fail(...base.problems);
  for (const c of [head.value, base.value]) if (c.fetched) log.push(c.fetched);
  let fromSha = base.value.sha;
  if (opts.useMergeBase) {
    const mb = await mergeBase(repo, base.value.sha, head.value.sha);
    if (mb) fromSha = mb;
    else
      log.push(
        'Merge base not in the checkout (shallow clone): comparing with the base commit directly, so files changed ' +
          'on the base branch since the branch point also appear. Use fetch-depth: 0 for an exact comparison.',
      );
  }
  const changes = await listChanges(repo, fromSha, head.value.sha);
  if (!changes.ok) return fail(...changes.problems);
  return ok({
    baseSha: base.value.sha,
    headSha: head.value.sha,
    fromSha,
    changes: changes.value,
    base: gitSnapshot(repo, fromSha),
    head: gitSnapshot(repo, head.value.sha),
    log,
  });
}
