// Values for the action's outputs and the job summary.
import type { Comparison } from '../types.js';
import type { Plan } from './event.js';

const MAX_INTEGRATIONS_OUTPUT = 200;

/** Compact JSON for the `new-integrations` output. */
export function integrationsJson(cmp: Comparison): string {
  return JSON.stringify(
    cmp.newIntegrations.slice(0, MAX_INTEGRATIONS_OUTPUT).map((i) => ({
      service: i.service,
      category: i.category,
      destination: i.destination,
      risk: i.risk,
      files: [...new Set(i.sites.map((s) => s.file))],
    })),
  );
}

/**
 * The ref and commit the SARIF describes, for upload-sarif's `ref` and `sha` inputs (both or neither).
 * On a pull request that is the PR's head (the commit analysed, whose line numbers the results carry):
 * left to its defaults, upload-sarif records a `pull_request` run against the merge commit and, worse,
 * a `pull_request_target` run against the base branch, where a changed-files-only SARIF would stand
 * for the whole branch and close its other alerts. Elsewhere (push, schedule, merge_group) the
 * defaults, GITHUB_REF and GITHUB_SHA, are right: both empty.
 */
export function uploadTarget(plan: Plan): { ref: string; sha: string } {
  if (plan.kind === 'diff' && plan.prNumber !== undefined)
    return { ref: `refs/pull/${plan.prNumber}/head`, sha: plan.head };
  return { ref: '', sha: '' };
}

export const SUMMARY_MAX_BYTES = 1024 * 1024;

/** Renders with a character budget, shrinking it until the UTF-8 size fits the job summary's 1 MiB. */
export function fitBytes(render: (maxChars: number) => string, maxBytes = SUMMARY_MAX_BYTES): string {
  let chars = maxBytes;
  for (let i = 0; i < 6; i++) {
    const text = render(chars);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes) return text;
    chars = Math.floor((chars * maxBytes) / bytes) - 1024;
  }
  return render(4096);
}
