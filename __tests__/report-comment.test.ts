import { renderComment, renderResolvedComment, renderSummary, verdict } from '../src/report/comment.js';
import type { Comparison, Finding, RepoContext } from '../src/types.js';
import { withinBudget } from './helpers/budget.js';
import { makeComparison, makeFinding, makeIntegration } from './helpers/findings.js';
import { occurrences, PAYLOADS, unescapedPipes } from './helpers/markdown.js';

const MARKER = '<!-- egress-audit:comment -->';
const ctx: RepoContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/app',
  sha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/app/actions/runs/99',
};
const opts = { marker: MARKER, failed: false, failOn: 'high' };

/** A permalink we build: our server, repo and sha, then percent-encoded path segments and a line anchor. */
const PERMALINK =
  /^https:\/\/github\.com\/acme\/app\/blob\/0123456789abcdef0123456789abcdef01234567\/(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+#L\d+$/;

function linkTargets(md: string): string[] {
  return [...md.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}

function hostileComparison(payload: string): Comparison {
  const f: Finding = makeFinding({
    service: payload,
    destination: { host: payload, source: 'literal' },
    file: `dir ${payload}/x.py`,
    callee: payload,
    credentials: [payload],
    dataSources: [payload],
    allowed: { by: payload },
    suppressed: { justification: payload, line: 3 },
  });
  const integ = makeIntegration({
    service: payload,
    destination: payload,
    credentials: [payload],
    dataSources: [payload],
    sites: [{ file: `dir ${payload}/x.py`, line: 3 }],
  });
  return makeComparison({
    newFindings: [f],
    headFindings: [f],
    newIntegrations: [integ],
    removedIntegrations: [integ],
    changedDestinations: [{ service: payload, category: 'network', from: [payload], to: [payload] }],
    addedSuppressions: [f],
    policyChanges: [payload],
    skipped: [{ file: payload, reason: payload }],
    notes: [{ file: payload, message: payload, level: 'warning' }],
  });
}

/** Invariants of any comment, whatever the untrusted content. */
function assertSafe(md: string): void {
  expect(md.startsWith(MARKER + '\n')).toBe(true);
  expect(occurrences(md, MARKER)).toBe(1);
  expect(occurrences(md, '<!--')).toBe(1);
  expect(md).not.toMatch(/<img/i);
  expect(md.slice(MARKER.length)).not.toMatch(/<(?!\/?(?:code|br|sub|details|summary)>)/); // only our own tags
  expect(occurrences(md, '<details>')).toBeLessThanOrEqual(1);
  expect(occurrences(md, '</details>')).toBe(occurrences(md, '<details>'));
  expect(md).not.toMatch(/@[A-Za-z0-9]/);
  expect(md).not.toMatch(/#[0-9]/);
  for (const target of linkTargets(md)) {
    if (target !== ctx.runUrl) expect(target).toMatch(PERMALINK);
  }
  // Every "://" belongs to a link we built.
  expect(occurrences(md, '://')).toBe(linkTargets(md).length);
  // Table rows keep their column count.
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('| ---')) continue;
    const cols = unescapedPipes(lines[i]);
    expect(unescapedPipes(lines[i - 1])).toBe(cols);
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) expect(unescapedPipes(lines[j])).toBe(cols);
  }
}

describe('renderComment content', () => {
  const a = makeFinding({ fingerprint: 'n1' });
  const b = makeFinding({
    ruleId: 'telemetry.sentry',
    service: 'Sentry',
    category: 'telemetry',
    risk: 'high',
    fingerprint: 'n2',
    destination: { host: 'o1.ingest.sentry.io', source: 'literal' },
    file: 'svc/main.py',
    startLine: 3,
  });
  const cmp = makeComparison({
    newFindings: [a, b],
    headFindings: [a, b, makeFinding({ fingerprint: 'old', startLine: 50 })],
    newIntegrations: [
      makeIntegration(),
      makeIntegration({
        service: 'Sentry',
        category: 'telemetry',
        risk: 'high',
        destination: 'o1.ingest.sentry.io',
        sites: [{ file: 'svc/main.py', line: 3 }],
      }),
      makeIntegration({
        service: 'DNS',
        category: 'covert',
        risk: 'critical',
        destination: '(dynamic: f-string)',
        sites: [{ file: 'x.py', line: 1 }],
      }),
    ],
    removedIntegrations: [
      makeIntegration({ service: 'Mixpanel', category: 'logging', destination: 'api.mixpanel.com' }),
    ],
    changedDestinations: [{ service: 'HTTP', category: 'network', from: ['a.example.com'], to: ['b.example.com'] }],
    policyChanges: ['.github/egress-audit.yml'],
    skipped: [{ file: 'big.py', reason: 'larger than 1 MB' }],
  });
  const md = renderComment(cmp, ctx, { ...opts, failed: true });

  it('starts with the marker and a headline that follows the gate, then the verdict', () => {
    expect(md.split('\n').slice(0, 4)).toEqual([
      MARKER,
      '## ❌ 1 finding of a new outbound integration fails the gate',
      '',
      'New outbound integrations: 3 (1 critical, 1 high)',
    ]);
    const passing = renderComment({ ...cmp, newFindings: [a] }, ctx, opts);
    expect(passing.split('\n')[1]).toBe('## ⚠️ New outbound integrations: 3 (1 critical, 1 high)');
    expect(
      verdict(
        makeComparison({
          newIntegrations: [makeIntegration({ risk: 'high' }), makeIntegration({ risk: 'high' }), makeIntegration()],
        }),
      ),
    ).toBe('⚠️ New outbound integrations: 3 (2 high)');
    expect(verdict(makeComparison())).toBe('✅ No new outbound integrations.');
  });

  it('groups new integrations by category with risk emoji and permalinks', () => {
    expect(md.indexOf('#### Telemetry & Observability')).toBeLessThan(md.indexOf('#### AI & LLM Pipelines'));
    expect(md.indexOf('#### AI & LLM Pipelines')).toBeLessThan(md.indexOf('#### Covert or obfuscated egress'));
    expect(md).toContain(
      '| 🔴 high | Sentry | `o1.ingest.sentry.io` | [svc/main.py\\:3](https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/svc/main.py#L3) |',
    );
    expect(md).toContain('🟠 medium');
    expect(md).toContain('🔴 critical');
    expect(md).toContain('<code>OPENAI\\_API\\_KEY</code>');
  });

  it('lists removed integrations, changed destinations, policy changes, skipped files and the gate', () => {
    expect(md).toContain('### Removed integrations');
    expect(md).toContain('Mixpanel');
    // Hosts are code spans: copyable as is, no invisible characters.
    expect(md).toContain('| HTTP | Generic outbound network | `a.example.com` | `b.example.com` |');
    expect(md).toContain('### Policy changes in this PR');
    expect(md).toContain('<code>.github/egress-audit.yml</code>');
    expect(md).toContain('<code>big.py</code>: skipped, larger than 1 MB');
    expect(md).toContain('❌ **Merge gate failed**');
    expect(md).toContain('1 new finding at or above');
  });

  it('collapses all head findings in changed files and marks the new ones', () => {
    expect(md).toContain('<summary>All findings in changed files (3)</summary>');
    expect(occurrences(md, '**new**')).toBe(2);
  });

  it('shows the all-clear verdict and passes when nothing is new', () => {
    const clean = renderComment(makeComparison(), ctx, opts);
    expect(clean).toContain('## ✅ No new outbound integrations.');
    expect(clean).toContain('Merge gate passed');
    expect(clean).not.toContain('<details>');
    assertSafe(clean);
  });

  it('is safe', () => assertSafe(md));
});

describe('injection', () => {
  it.each(PAYLOADS)('neutralises %j in every field', (payload) => {
    const md = renderComment(hostileComparison(payload), ctx, opts);
    assertSafe(md);
    expect(md).not.toContain('](http://evil');
  });

  it('builds permalinks with percent-encoded hostile paths', () => {
    const md = renderComment(hostileComparison('a b#?%`(x)'), ctx, opts);
    expect(md).toContain('/dir%20a%20b%23%3F%25%60%28x%29/x.py#L3)');
    assertSafe(md);
  });

  // The nine renders took 1.6 s with eight agents on the 2 cores; a super-linear escape takes minutes.
  it('survives 100,000-character adversarial strings and stays within the limit', () =>
    withinBudget(15_000, () => {
      for (const unit of ['<!--', '|', '@a', '](', '\\', '`', '\n', 'www.', '#1']) {
        const payload = unit.repeat(Math.ceil(100_000 / unit.length));
        const md = renderComment(hostileComparison(payload), ctx, opts);
        expect(md.length).toBeLessThanOrEqual(65_536);
        assertSafe(md);
      }
    }));
});

describe('size limits', () => {
  function big(n: number): Comparison {
    const fs = Array.from({ length: n }, (_, i) =>
      makeFinding({ file: `pkg/module_${i}.py`, startLine: i + 1, fingerprint: `f${i}` }),
    );
    return makeComparison({
      newFindings: fs,
      headFindings: fs,
      newIntegrations: fs.map((f, i) =>
        makeIntegration({ destination: `host${i}.example.com`, sites: [{ file: f.file, line: f.startLine }] }),
      ),
    });
  }

  it('drops the details section first', () => {
    const cmp = big(300);
    const full = renderComment(cmp, ctx, { ...opts, maxChars: 1_000_000 });
    expect(full).toContain('<details>');
    const md = renderComment(cmp, ctx, { ...opts, maxChars: full.length - 1 });
    expect(md).not.toContain('<details>');
    expect(md).toContain('host299.example.com');
    assertSafe(md);
  });

  it('then shortens the tables', () => {
    const md = renderComment(big(300), ctx, { ...opts, maxChars: 20_000 });
    expect(md).toContain('…and 275 more.');
    expect(md.length).toBeLessThanOrEqual(20_000);
    assertSafe(md);
  });

  it('then degrades to counts plus a link to the job summary', () => {
    const md = renderComment(big(2000), ctx, { ...opts, maxChars: 2000 });
    expect(md.length).toBeLessThanOrEqual(2000);
    expect(md).not.toContain('| ---');
    expect(md).toContain('new integrations: 2000');
    expect(md).toContain(`[job summary](${ctx.runUrl})`);
    assertSafe(md);
  });

  it('keeps the default 65,536 limit for a huge PR', () => {
    const md = renderComment(big(5000), ctx, opts);
    expect(md.length).toBeLessThanOrEqual(65_536);
    assertSafe(md);
  });
});

describe('summary and resolved comment', () => {
  it('renders the summary without the marker, capped at 1 MiB', () => {
    const fs = Array.from({ length: 3000 }, (_, i) =>
      makeFinding({ file: `p/${'x'.repeat(200)}${i}.py`, fingerprint: `s${i}` }),
    );
    const cmp = makeComparison({
      newFindings: fs,
      headFindings: fs,
      newIntegrations: fs.map((f) => makeIntegration({ destination: f.file })),
    });
    const md = renderSummary(cmp, ctx, { failed: false, failOn: 'high' });
    expect(md).not.toContain(MARKER);
    expect(md.length).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('## ⚠️ New outbound integrations: 3000');
  });

  it('renders a resolved comment carrying the marker once', () => {
    const md = renderResolvedComment(ctx, { marker: MARKER });
    expect(occurrences(md, MARKER)).toBe(1);
    expect(md.startsWith(MARKER)).toBe(true);
    expect(md).toContain('Resolved');
  });
});
