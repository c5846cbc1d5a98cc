// Turns the event's plan into commits that exist locally, with fallbacks for broken checkouts:
// a PR base that cannot be fetched is left to the caller (the GitHub API) when asked, else falls back
// to the tip of the PR's base branch; a head that cannot be fetched falls back to the checked-out HEAD;
// a push whose `before` is gone becomes a full scan.
import { ensureCommit, fetchBranch, resolveCommit } from '../diff/git.js';
import { fail, formatProblem, ok, type Result } from '../result.js';
import type { Plan } from './event.js';

export interface Resolved {
  plan: Plan;
  /** Warnings for the log (each a full sentence). */
  warnings: string[];
  /** Informational lines (e.g. "Fetched …"). */
  info: string[];
  /** Set (why, a sentence) when the PR base commit is not available and the caller asked to handle it. */
  baseMissing?: string;
}

export interface ResolveOptions {
  /** A PR base that cannot be fetched is returned as `baseMissing` instead of falling back here. */
  deferMissingBase?: boolean;
}

export async function resolvePlan(repo: string, plan: Plan, opts: ResolveOptions = {}): Promise<Result<Resolved>> {
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
  if (base.ok) {
    if (base.value.fetched) info.push(base.value.fetched);
    return ok({ plan: { ...plan, base: base.value.sha, head: headSha }, warnings, info });
  }
  const why = base.problems.map(formatProblem).join('; ');
  if (opts.deferMissingBase && plan.prNumber !== undefined)
    return ok({ plan: { ...plan, head: headSha }, warnings, info, baseMissing: why });
  const fb = await baseFallback(repo, { ...plan, head: headSha }, why);
  if (!fb.ok) return base;
  return ok({ plan: fb.value.plan, warnings: [...warnings, ...fb.value.warnings], info });
}

/** A base commit that cannot be had: the tip of the PR's base branch, or (not a PR) a full scan. */
export async function baseFallback(
  repo: string,
  plan: Extract<Plan, { kind: 'diff' }>,
  why: string,
): Promise<Result<{ plan: Plan; warnings: string[] }>> {
  if (plan.baseBranch) {
    const tip = await fetchBranch(repo, plan.baseBranch);
    if (tip.ok)
      return ok({
        plan: { ...plan, base: tip.value },
        warnings: [`${why}. Comparing with the current tip of ${plan.baseBranch} instead.`],
      });
    if (plan.prNumber !== undefined) return tip;
  }
  if (plan.prNumber !== undefined) return fail({ file: repo, message: `${why}; no base branch to fall back to` });
  return ok({
    plan: { kind: 'full', why: 'base commit unavailable' },
    warnings: [`${why}. Running a full scan instead.`],
  });
}
