// Which revisions to compare, decided from the triggering event.
//
// Pull requests (pull_request, pull_request_target): base = the PR's base SHA, head = the PR's head
// SHA — not the merge commit actions/checkout creates — so permalinks point at commits that exist and
// line numbers match the PR's "Files changed" view. The changed files are what the PR changed since it
// forked (merge base) when history allows, else base..head. merge_group: base_sha → head_sha.
// push: before → after on a non-default branch; on the default branch (and schedule,
// workflow_dispatch, a new branch) a full scan, because code scanning treats each upload as the complete
// state and a partial upload on the default branch would close alerts.
import { fail, ok, type Result } from '../result.js';

export type Plan =
  | {
      kind: 'diff';
      base: string;
      head: string;
      /** PR number, for the comment. */
      prNumber?: number;
      /** Fallback base when `base` cannot be fetched (e.g. the PR base branch name). */
      baseBranch?: string;
      why: string;
    }
  | { kind: 'full'; why: string };

export interface EventInfo {
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref: string;
}

const ZERO_SHA = /^0+$/;

function get(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function planRevisions(ev: EventInfo, baseRef: string, headRef: string): Result<Plan> {
  const prNumber = Number(get(ev.payload, 'pull_request', 'number')) || undefined;
  if (baseRef || headRef) {
    if (!baseRef)
      return fail({ file: 'action inputs', key: 'base-ref', message: 'head-ref is set, so base-ref is required' });
    return ok({ kind: 'diff', base: baseRef, head: headRef || 'HEAD', prNumber, why: 'base-ref/head-ref inputs' });
  }
  switch (ev.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = str(get(ev.payload, 'pull_request', 'base', 'sha'));
      const head = str(get(ev.payload, 'pull_request', 'head', 'sha'));
      if (!base || !head)
        return fail({ file: 'event payload', key: 'pull_request', message: 'no base/head SHA in the event' });
      const baseBranch = str(get(ev.payload, 'pull_request', 'base', 'ref')) || undefined;
      return ok({ kind: 'diff', base, head, prNumber, baseBranch, why: `${ev.eventName} #${prNumber ?? '?'}` });
    }
    case 'merge_group': {
      const base = str(get(ev.payload, 'merge_group', 'base_sha'));
      const head = str(get(ev.payload, 'merge_group', 'head_sha'));
      if (!base || !head)
        return fail({ file: 'event payload', key: 'merge_group', message: 'no base_sha/head_sha in the event' });
      return ok({ kind: 'diff', base, head, why: 'merge_group' });
    }
    case 'push': {
      const defaultBranch = str(get(ev.payload, 'repository', 'default_branch'));
      const before = str(get(ev.payload, 'before'));
      const after = str(get(ev.payload, 'after'));
      if (defaultBranch && ev.ref === `refs/heads/${defaultBranch}`)
        return ok({ kind: 'full', why: 'push to the default branch' });
      if (!before || ZERO_SHA.test(before) || !after || ZERO_SHA.test(after))
        return ok({ kind: 'full', why: 'push creating a branch' });
      return ok({ kind: 'diff', base: before, head: after, why: 'push to a feature branch' });
    }
    case 'schedule':
    case 'workflow_dispatch':
      return ok({ kind: 'full', why: ev.eventName });
    default:
      return fail({
        file: 'event',
        key: ev.eventName || '(none)',
        message:
          'egress-audit runs on pull_request, pull_request_target, merge_group, push, schedule and ' +
          'workflow_dispatch; for other events set the base-ref and head-ref inputs',
      });
  }
}
