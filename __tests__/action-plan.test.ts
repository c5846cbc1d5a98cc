import { planRevisions } from '../src/action/event.js';
import { parseSize, readInputs } from '../src/action/inputs.js';

const pr = { pull_request: { number: 3, base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: 'h'.repeat(40) } } };

describe('planRevisions', () => {
  test('pull_request and pull_request_target: PR base SHA → PR head SHA', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const r = planRevisions({ eventName, payload: pr, ref: 'refs/pull/3/merge' }, '', '');
      expect(r).toEqual({
        ok: true,
        value: expect.objectContaining({
          kind: 'diff',
          base: 'b'.repeat(40),
          head: 'h'.repeat(40),
          prNumber: 3,
          baseBranch: 'main',
        }),
      });
    }
  });
  test('merge_group, push to a feature branch, push to the default branch, new branch, schedule', () => {
    const mg = planRevisions(
      { eventName: 'merge_group', payload: { merge_group: { base_sha: 'a', head_sha: 'c' } }, ref: '' },
      '',
      '',
    );
    expect(mg.ok && mg.value).toMatchObject({ kind: 'diff', base: 'a', head: 'c' });
    const push = { before: '1'.repeat(40), after: '2'.repeat(40), repository: { default_branch: 'main' } };
    expect(planRevisions({ eventName: 'push', payload: push, ref: 'refs/heads/feat' }, '', '')).toMatchObject({
      value: { kind: 'diff' },
    });
    expect(planRevisions({ eventName: 'push', payload: push, ref: 'refs/heads/main' }, '', '')).toMatchObject({
      value: { kind: 'full' },
    });
    expect(
      planRevisions(
        { eventName: 'push', payload: { ...push, before: '0'.repeat(40) }, ref: 'refs/heads/feat' },
        '',
        '',
      ),
    ).toMatchObject({ value: { kind: 'full' } });
    expect(planRevisions({ eventName: 'schedule', payload: {}, ref: '' }, '', '')).toMatchObject({
      value: { kind: 'full' },
    });
  });
  test('inputs override; other events without them are a clear error', () => {
    expect(planRevisions({ eventName: 'release', payload: {}, ref: '' }, 'v1', 'v2')).toMatchObject({
      value: { kind: 'diff', base: 'v1', head: 'v2' },
    });
    const r = planRevisions({ eventName: 'release', payload: {}, ref: '' }, '', '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/base-ref and head-ref/);
  });
});

describe('readInputs', () => {
  test('defaults and validation', () => {
    const r = readInputs(() => '');
    expect(r).toMatchObject({
      ok: true,
      value: {
        failOn: 'high',
        commentMode: 'always',
        sarifFile: 'egress-audit.sarif',
        configFile: '.github/egress-audit.yml',
        warnOnly: false,
        category: 'egress-audit/',
      },
    });
    const bad = readInputs((n) => ({ 'fail-on': 'severe', 'warn-only': 'maybe', 'max-file-size': 'huge' })[n] ?? '');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.key).sort()).toEqual(['fail-on', 'max-file-size', 'warn-only']);
    const apps = readInputs((n) => ({ 'comment-authors': 'my-app[bot], other-app[bot]\n' })[n] ?? '');
    expect(apps.ok && apps.value.commentAuthors).toEqual(['my-app[bot]', 'other-app[bot]']);
    expect(parseSize('2m')).toBe(2 * 1024 * 1024);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('0')).toBeUndefined();
  });
});
