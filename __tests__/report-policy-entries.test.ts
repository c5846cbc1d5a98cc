// Issue 17 item 10: the comment names its category when there are several, "Policy changes" lists the
// allow / deny entries a PR adds, removes or changes (not only the file), and a warn-only run is not
// told to set warn-only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../src/cli/diff.js';
import { policyEntryChanges } from '../src/compare/policy-entries.js';
import { parseConfig } from '../src/config/load.js';
import { evaluateGate } from '../src/pipeline/gate.js';
import { renderComment } from '../src/report/comment.js';
import { makeComparison, makeFinding } from './helpers/findings.js';
import { tempDir } from './helpers/git-repo.js';

const BASE = `allow:
  - service: Sentry
    reason: error reporting
  - host: api.openai.com
    paths: ["svc/**"]
deny:
  - host: paste.example.com
`;
const HEAD = `allow:
  - service: Sentry
    reason: error reporting
  - host: api.openai.com
    paths: ["svc/**", "jobs/**"]
  - service: Slack
    reason: alerts
deny: []
`;
const cfg = (text: string) => {
  const r = parseConfig(text, '.github/egress-audit.yml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

test('entries are paired by what they match: added, removed, changed (paths or reason)', () => {
  expect(policyEntryChanges(cfg(BASE), cfg(HEAD))).toEqual([
    {
      list: 'allow',
      change: 'changed',
      matches: 'host: api.openai.com',
      before: 'paths: svc/**',
      after: 'paths: svc/**, jobs/**',
      line: 4,
    },
    { list: 'allow', change: 'added', matches: 'service: Slack', after: 'reason: alerts', line: 6 },
    { list: 'deny', change: 'removed', matches: 'host: paste.example.com', before: undefined, line: 7 },
  ]);
  expect(policyEntryChanges(cfg(BASE), cfg(BASE))).toEqual([]);
  // A config the PR adds compares with an empty one (no file reads as no entries).
  expect(policyEntryChanges(cfg(''), cfg(HEAD)).map((e) => e.change)).toEqual(['added', 'added', 'added']);
});

test('egress-audit diff lists the changed entries under Policy changes', async () => {
  const root = tempDir();
  for (const [side, text] of [
    ['base', BASE],
    ['head', HEAD],
  ] as const) {
    mkdirSync(join(root, side, '.github'), { recursive: true });
    writeFileSync(join(root, side, '.github', 'egress-audit.yml'), text);
    writeFileSync(join(root, side, 'app.py'), 'x = 1\n');
  }
  let stdout = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env: {} };
  expect(await runDiff(['--base', join(root, 'base'), '--head', join(root, 'head')], io)).toBe(0);
  const section = stdout.slice(stdout.indexOf('### Policy changes'));
  expect(section).toContain('- <code>.github/egress-audit.yml</code>');
  expect(section).toContain('- <code>allow</code> entry added (line 6): service\\: Slack — reason\\: alerts');
  expect(section).toContain('- <code>deny</code> entry removed (line 7): host\\: paste.example.com');
  expect(section).toMatch(/<code>allow<\/code> entry changed \(line 4\): host\\: api.openai.com — was paths/);
});

test('the category is shown when it is not the default one', () => {
  const cmp = makeComparison();
  const ctx = { serverUrl: 'https://github.com', repository: 'a/b', sha: '0'.repeat(40) };
  expect(renderComment(cmp, ctx, { marker: '<!-- m -->', category: 'backend' })).toContain(
    'Category: <code>backend</code>',
  );
  expect(renderComment(cmp, ctx, { marker: '<!-- m -->', category: 'egress-audit/' })).not.toContain('Category:');
  expect(renderComment(cmp, ctx, { marker: '<!-- m -->' })).not.toContain('Category:');
});

test('a warn-only gate message does not advise setting warn-only', () => {
  const f = makeFinding({ risk: 'high' });
  const cmp = makeComparison({ newFindings: [f], headFindings: [f] });
  const opts = { failOn: 'high' as const, allowPrSuppressions: false };
  expect(evaluateGate(cmp, { ...opts, warnOnly: false }).message).toMatch(/Set `warn-only: true`/);
  const warn = evaluateGate(cmp, { ...opts, warnOnly: true });
  expect(warn.message).toMatch(/fails the gate/);
  expect(warn.message).not.toMatch(/warn-only/);
});
