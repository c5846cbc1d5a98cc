// uploadTarget: the `sarif-ref` / `sarif-sha` outputs that make the upload-sarif step one line for
// every event (the PR's head on pull_request and pull_request_target, upload-sarif's defaults elsewhere).
import { planRevisions, type EventInfo } from '../src/action/event.js';
import { uploadTarget } from '../src/action/outputs.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const pr = { number: 12, base: { sha: BASE, ref: 'main' }, head: { sha: HEAD, ref: 'feature' } };

function target(ev: EventInfo, baseRef = '', headRef = '') {
  const plan = planRevisions(ev, baseRef, headRef);
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return uploadTarget(plan.value);
}

test.each(['pull_request', 'pull_request_target'])('%s: the PR head ref and SHA', (eventName) => {
  // Under pull_request_target GITHUB_REF is the base branch: upload-sarif's default would record this
  // changed-files-only SARIF as that branch's state.
  expect(target({ eventName, payload: { pull_request: pr }, ref: 'refs/heads/main' })).toEqual({
    ref: 'refs/pull/12/head',
    sha: HEAD,
  });
});

test('base-ref/head-ref inputs on a pull request still describe that PR', () => {
  const t = target({ eventName: 'pull_request', payload: { pull_request: pr }, ref: 'refs/pull/12/merge' }, 'HEAD~1');
  expect(t).toEqual({ ref: 'refs/pull/12/head', sha: 'HEAD' });
});

test.each([
  [
    'push to the default branch (full scan)',
    { eventName: 'push', payload: { repository: { default_branch: 'main' } }, ref: 'refs/heads/main' },
  ],
  [
    'push to a feature branch',
    {
      eventName: 'push',
      payload: { before: BASE, after: HEAD, repository: { default_branch: 'main' } },
      ref: 'refs/heads/feature',
    },
  ],
  [
    'merge_group',
    {
      eventName: 'merge_group',
      payload: { merge_group: { base_sha: BASE, head_sha: HEAD } },
      ref: 'refs/heads/gh-readonly-queue/main/pr-12',
    },
  ],
  ['schedule', { eventName: 'schedule', payload: {}, ref: 'refs/heads/main' }],
])('%s: empty, so upload-sarif uses GITHUB_REF and GITHUB_SHA', (_name, ev) => {
  expect(target(ev)).toEqual({ ref: '', sha: '' });
});
