import { compareScans } from '../src/compare/compare.js';
import { evaluateGate } from '../src/pipeline/gate.js';
import { policyChanges } from '../src/compare/policy.js';
import type { Finding, ScanResult } from '../src/types.js';

function finding(p: Partial<Finding> & { fingerprint: string }): Finding {
  return {
    ruleId: 'ai.openai',
    category: 'ai',
    service: 'OpenAI',
    destination: { host: 'api.openai.com', source: 'default' },
    risk: 'medium',
    file: 'app.py',
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 10,
    snippet: '',
    callee: 'openai.OpenAI().chat.completions.create',
    kind: 'send',
    credentials: ['OPENAI_API_KEY'],
    dataSources: [],
    cwe: [201],
    tags: [],
    ...p,
  };
}

function scan(findings: Finding[]): ScanResult {
  return { findings, skipped: [], notes: [], unusedSuppressions: [], filesScanned: 1, filesParsed: 1, bytesScanned: 1 };
}

const none = { files: [], policyChanges: [] };

describe('compareScans', () => {
  test('moved code (same fingerprint, other line or renamed file) is not new', () => {
    const base = scan([finding({ fingerprint: 'a', file: 'old.py', startLine: 3 })]);
    const head = scan([finding({ fingerprint: 'a', file: 'new.py', startLine: 40 })]);
    const cmp = compareScans(base, head, {
      files: [{ status: 'renamed', path: 'new.py', oldPath: 'old.py' }],
      policyChanges: [],
    });
    expect(cmp.newFindings).toEqual([]);
    expect(cmp.removedFindings).toEqual([]);
    expect(cmp.newIntegrations).toEqual([]);
    expect(cmp.headFindings).toHaveLength(1);
  });

  test('multiset: a third copy of a call that occurs twice at base is one new finding', () => {
    const base = scan([finding({ fingerprint: 'a', startLine: 1 }), finding({ fingerprint: 'a', startLine: 5 })]);
    const head = scan([
      finding({ fingerprint: 'a', startLine: 1 }),
      finding({ fingerprint: 'a', startLine: 9 }),
      finding({ fingerprint: 'a', startLine: 5 }),
    ]);
    const cmp = compareScans(base, head, none);
    expect(cmp.newFindings.map((f) => f.startLine)).toEqual([9]);
    expect(cmp.newIntegrations).toEqual([]);
  });

  test('fewer occurrences at head are removals; removed integrations when the last one goes', () => {
    const base = scan([
      finding({ fingerprint: 'a' }),
      finding({
        fingerprint: 'b',
        service: 'Slack',
        category: 'communication',
        destination: { host: 'hooks.slack.com', source: 'literal' },
      }),
    ]);
    const head = scan([finding({ fingerprint: 'a' })]);
    const cmp = compareScans(base, head, none);
    expect(cmp.removedFindings.map((f) => f.fingerprint)).toEqual(['b']);
    expect(cmp.removedIntegrations.map((i) => i.service)).toEqual(['Slack']);
  });

  test('inventory diff: new integration, and a changed destination for the same service', () => {
    const base = scan([finding({ fingerprint: 'a' })]);
    const head = scan([
      finding({ fingerprint: 'a' }),
      finding({
        fingerprint: 'c',
        destination: { host: 'llm.evil.example', source: 'literal' },
        file: 'b.py',
        startLine: 7,
        risk: 'high',
      }),
      finding({
        fingerprint: 'd',
        service: 'Sentry',
        category: 'telemetry',
        destination: { source: 'env', detail: 'SENTRY_DSN' },
        file: 'c.py',
      }),
    ]);
    const cmp = compareScans(base, head, none);
    expect(cmp.newIntegrations.map((i) => [i.service, i.destination, i.risk])).toEqual([
      ['OpenAI', 'llm.evil.example', 'high'],
      ['Sentry', '(env: SENTRY_DSN)', 'medium'],
    ]);
    expect(cmp.newIntegrations[0]?.sites).toEqual([{ file: 'b.py', line: 7 }]);
    expect(cmp.changedDestinations).toEqual([
      { service: 'OpenAI', category: 'ai', from: ['api.openai.com'], to: ['api.openai.com', 'llm.evil.example'] },
    ]);
  });

  test('added suppressions: suppressed at head with no suppressed occurrence at base', () => {
    const sup = { justification: 'ok', line: 1 };
    const base = scan([finding({ fingerprint: 'a', suppressed: sup }), finding({ fingerprint: 'b' })]);
    const head = scan([finding({ fingerprint: 'a', suppressed: sup }), finding({ fingerprint: 'b', suppressed: sup })]);
    const cmp = compareScans(base, head, none);
    expect(cmp.addedSuppressions.map((f) => f.fingerprint)).toEqual(['b']);
    expect(cmp.newFindings).toEqual([]);
  });
});

describe('evaluateGate', () => {
  const cmpWith = (findings: Finding[], base: Finding[] = []) => compareScans(scan(base), scan(findings), none);

  test('fail-on threshold on new, unsuppressed, non-allowlisted findings', () => {
    const cmp = cmpWith([
      finding({ fingerprint: 'h', risk: 'high' }),
      finding({ fingerprint: 'm', risk: 'medium' }),
      finding({ fingerprint: 'x', risk: 'critical', allowed: { by: 'allow[0]' } }),
    ]);
    const high = evaluateGate(cmp, { failOn: 'high', warnOnly: false, allowPrSuppressions: false });
    expect(high.failed).toBe(true);
    expect(high.failing.map((f) => f.fingerprint)).toEqual(['h']);
    expect(high.highestNewRisk).toBe('high');
    expect(high.message).toMatch(/allow/);
    expect(evaluateGate(cmp, { failOn: 'critical', warnOnly: false, allowPrSuppressions: false }).failed).toBe(false);
    const warn = evaluateGate(cmp, { failOn: 'low', warnOnly: true, allowPrSuppressions: false });
    expect(warn.failed).toBe(false);
    expect(warn.warnOnly).toBe(true);
  });

  test('denied always fails, even allowlisted or with fail-on none', () => {
    const cmp = cmpWith([
      finding({ fingerprint: 'd', risk: 'low', denied: { by: 'deny[0]' }, allowed: { by: 'allow[1]' } }),
    ]);
    const g = evaluateGate(cmp, { failOn: 'none', warnOnly: false, allowPrSuppressions: false });
    expect(g.failed).toBe(true);
    expect(g.message).toMatch(/denied by deny\[0\]/);
  });

  test('a suppression added by the PR does not lower its own result unless allowed', () => {
    const cmp = cmpWith([
      finding({ fingerprint: 's', risk: 'high', suppressed: { justification: 'trust me', line: 1 } }),
    ]);
    expect(cmp.addedSuppressions).toHaveLength(1);
    expect(evaluateGate(cmp, { failOn: 'high', warnOnly: false, allowPrSuppressions: false }).failed).toBe(true);
    expect(evaluateGate(cmp, { failOn: 'high', warnOnly: false, allowPrSuppressions: true }).failed).toBe(false);
  });
});

describe('policyChanges', () => {
  test('config file and files under rule folders, by either path of a rename', () => {
    expect(
      policyChanges(
        [
          { status: 'modified', path: '.github/egress-audit.yml' },
          { status: 'added', path: 'policy/rules/x.yml' },
          { status: 'renamed', path: 'elsewhere.yml', oldPath: 'policy/rules/y.yml' },
          { status: 'modified', path: 'policy/rulesX/z.yml' },
          { status: 'modified', path: 'app.py' },
        ],
        { configFile: './.github/egress-audit.yml', ruleFolders: ['policy/rules/'] },
      ),
    ).toEqual(['.github/egress-audit.yml', 'policy/rules/x.yml', 'policy/rules/y.yml']);
  });
});
