// Turns the event's plan into commits that exist locally, with fallbacks for broken checkouts:
// a base that cannot be fetched (force-pushed away) falls back to the tip of the PR's base branch,
// a head that cannot be fetched to the checked-out HEAD; a push whose `before` is gone becomes a full scan.
import { ensureCommit, fetchBranch, resolveCommit } from '../diff/git.js';
import { formatProblem, ok, type Result } from '../result.js';
import type { Plan } from './event.js';

export interface Resolved {
  plan: Plan;
  /** Warnings for the log (each a full sentence). */
  warnings: string[];
  /** Informational lines (e.g. "Fetched …"). */
  info: string[];
}

export async function resolvePlan(repo: string, plan: Plan): Promise<Result<Resolved>> {
  const warnings: string[] = [];
  const info: string[] = [];
  if (plan.kind === 'full') return ok({ plan, warnings, info });

  const head = await ensureCommit(repo, plan.head);
  let headSha = head.ok ? head.value.sha : '';
  if (head.ok && head.value.fetched) info.push(head.value.fetched);
  if (!head.ok) {
    const local = await resolveCommit(repo, 'HEAD');
    if (!local.ok) return head;
    warnings.push(`${head.problems.map(formatProblem).join('; ')}. Comparing the checked-out HEAD instead.`);
    headSha = local.value;
  }

  const base = await ensureCommit(repo, plan.base);
  let baseSha = base.ok ? base.value.sha : '';
  if (base.ok && base.value.fetched) info.push(base.value.fetched);
  if (!base.ok) {
    const why = base.problems.map(formatProblem).join('; ');
    if (plan.baseBranch) {
      const tip = await fetchBranch(repo, plan.baseBranch);
      if (tip.ok) {
        warnings.push(`${why}. Comparing with the current tip of ${plan.baseBranch} instead.`);
        baseSha = tip.value;
      }
    }
    if (!baseSha) {
      if (plan.prNumber !== undefined) return base;
      warnings.push(`${why}. Running a full scan instead.`);
      return ok({ plan: { kind: 'full', why: 'base commit unavailable' }, warnings, info });
    }
  }
  return ok({ plan: { ...plan, base: baseSha, head: headSha }, warnings, info });
}
