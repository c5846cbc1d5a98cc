// Policy semantics, asserted directly on structured results: how allow/deny `host` entries match a
// finding's destination, deny before allow, internal-domains, severity overrides (rule id before
// category), and the labels that name the matching entry in every message.
import { normalizeRel, policyChanges } from '../src/compare/policy.js';
import { parseConfig } from '../src/config/load.js';
import type { Config } from '../src/config/types.js';
import { findingResultText, findingStatus, gateFailureLine } from '../src/report/wording.js';
import { applyPolicy, entryMatches } from '../src/scan/policy.js';
import type { Finding } from '../src/types.js';
import { scanText } from './helpers/engine.js';
import { makeFinding } from './helpers/findings.js';

const FILE = '.github/egress-audit.yml';

function config(yaml: string): Config {
  const r = parseConfig(yaml, FILE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** The finding to `host` after the policy in `yaml`: what the policy changed, nothing else. */
function judged(yaml: string, over: Partial<Finding> = {}): Pick<Finding, 'risk' | 'tags' | 'allowed' | 'denied'> {
  const f = makeFinding({ risk: 'medium', tags: [], ...over });
  applyPolicy(f, config(yaml));
  return { risk: f.risk, tags: f.tags, allowed: f.allowed, denied: f.denied };
}

const toHost = (host: string | undefined): Partial<Finding> => ({
  destination: host === undefined ? { source: 'env', detail: 'env OPENAI_BASE_URL' } : { host, source: 'literal' },
});

/** Whether an allow entry `host: pattern` matches a finding whose destination is `host`. */
function hostMatches(pattern: string, host: string | undefined): boolean {
  const c = config(`allow:\n  - host: ${JSON.stringify(pattern)}\n`);
  return entryMatches(c.allow[0]!, makeFinding(toHost(host)));
}

describe('host entries', () => {
  it.each([
    ['API.OpenAI.com', 'api.openai.com'],
    ['api.openai.com', 'API.OPENAI.COM'],
    ['*.OpenAI.com', 'Api.openai.com'],
  ])('match case-insensitively: %s ~ %s', (pattern, host) => {
    expect(hostMatches(pattern, host)).toBe(true);
  });

  it("strip the finding's port before matching", () => {
    expect(hostMatches('api.openai.com', 'api.openai.com:8443')).toBe(true);
    expect(hostMatches('*.openai.com', 'api.openai.com:443')).toBe(true);
    expect(hostMatches('example.com', 'example.com:80')).toBe(true);
  });

  it('`*.domain` matches subdomains at any depth, never the domain itself or a look-alike', () => {
    const cases = ['a.example.com', 'a.b.example.com', 'example.com', 'badexample.com', 'example.com.evil.net'];
    expect(cases.map((h) => [h, hostMatches('*.example.com', h)])).toEqual([
      ['a.example.com', true],
      ['a.b.example.com', true],
      ['example.com', false],
      ['badexample.com', false],
      ['example.com.evil.net', false],
    ]);
  });

  it('a plain host matches itself and its subdomains, not a look-alike', () => {
    const cases = ['example.com', 'api.example.com', 'a.b.example.com', 'badexample.com', 'example.com.evil.net'];
    expect(cases.map((h) => [h, hostMatches('example.com', h)])).toEqual([
      ['example.com', true],
      ['api.example.com', true],
      ['a.b.example.com', true],
      ['badexample.com', false],
      ['example.com.evil.net', false],
    ]);
  });

  it('never match a destination decided at run time (no host)', () => {
    expect(hostMatches('*.openai.com', undefined)).toBe(false);
    expect(hostMatches('api.openai.com', undefined)).toBe(false);
  });
});

describe('allow and deny entries', () => {
  it('every key of an entry must match (service case-insensitively, paths as globs)', () => {
    const c = config(
      'allow:\n  - service: openai\n    host: api.openai.com\n    paths: ["src/**"]\n' +
        '  - service: OpenAI\n    host: other.example\n',
    );
    const [both, wrongHost] = c.allow;
    expect(entryMatches(both!, makeFinding({ file: 'src/app.py' }))).toBe(true);
    expect(entryMatches(both!, makeFinding({ file: 'tools/app.py' }))).toBe(false);
    expect(entryMatches(wrongHost!, makeFinding())).toBe(false);
    expect(entryMatches(c.allow[0]!, makeFinding({ service: 'Slack' }))).toBe(false);
  });

  it('category and rule keys match exactly', () => {
    const c = config('allow:\n  - category: ai\n  - rule: ai.openai\n');
    expect(c.allow.map((e) => entryMatches(e, makeFinding()))).toEqual([true, true]);
    expect(c.allow.map((e) => entryMatches(e, makeFinding({ category: 'telemetry', ruleId: 'ai.openai2' })))).toEqual([
      false,
      false,
    ]);
  });

  it('deny wins over allow when both match, whatever their order in the file', () => {
    const denyFirst = 'deny:\n  - service: OpenAI\nallow:\n  - host: api.openai.com\n';
    const allowFirst = 'allow:\n  - host: api.openai.com\ndeny:\n  - service: OpenAI\n';
    for (const yaml of [denyFirst, allowFirst])
      expect(judged(yaml)).toEqual({
        risk: 'medium',
        tags: [],
        allowed: undefined,
        denied: { by: `${FILE} deny[0] (OpenAI)` },
      });
  });

  it('the first matching entry of a list is the one named', () => {
    const yaml = 'allow:\n  - service: Slack\n  - category: ai\n  - host: api.openai.com\n';
    expect(judged(yaml).allowed).toEqual({ by: `${FILE} allow[1] (ai)` });
  });

  it('an entry that does not match leaves the finding alone', () => {
    expect(judged('allow:\n  - host: "*.slack.com"\ndeny:\n  - service: Slack\n')).toEqual({
      risk: 'medium',
      tags: [],
      allowed: undefined,
      denied: undefined,
    });
  });
});

describe('internal-domains', () => {
  it('lower a finding to low and tag it internal: the domain itself and its subdomains, any case or port', () => {
    const yaml = 'internal-domains: ["Corp.Example"]\n';
    const hosts = [
      'api.corp.example:8443',
      'CORP.example',
      'a.b.corp.example',
      'badcorp.example',
      'corp.example.evil.net',
    ];
    const internal = { risk: 'low', tags: ['internal'], allowed: undefined, denied: undefined };
    const external = { risk: 'medium', tags: [], allowed: undefined, denied: undefined };
    expect(hosts.map((h) => [h, judged(yaml, toHost(h))])).toEqual([
      ['api.corp.example:8443', internal],
      ['CORP.example', internal],
      ['a.b.corp.example', internal],
      ['badcorp.example', external],
      ['corp.example.evil.net', external],
    ]);
    expect(judged(yaml, toHost(undefined))).toEqual(external);
  });

  it('are domain names: a `*.` pattern is a config error naming the entry', () => {
    const r = parseConfig('internal-domains: ["*.svc.local"]\n', FILE);
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ file: FILE, line: 1, key: 'internal-domains[0]' }),
    ]);
  });

  it('do not approve: an internal finding can still be denied, and a severity override still applies', () => {
    const yaml =
      'internal-domains: [corp.example]\nseverity:\n  ai: high\ndeny:\n  - host: api.corp.example\n    reason: no\n';
    expect(judged(yaml, toHost('api.corp.example'))).toEqual({
      risk: 'high',
      tags: ['internal'],
      allowed: undefined,
      denied: { by: `${FILE} deny[0] (api.corp.example)` },
    });
  });
});

describe('severity overrides', () => {
  it('a rule-id override beats a category override, in either order', () => {
    for (const yaml of [
      'severity:\n  ai: low\n  ai.openai: critical\n',
      'severity:\n  ai.openai: critical\n  ai: low\n',
    ])
      expect(judged(yaml).risk).toBe('critical');
  });

  it("a category override applies to the category's other rules", () => {
    const yaml = 'severity:\n  ai: low\n  ai.openai: critical\n';
    expect(judged(yaml, { ruleId: 'ai.anthropic', service: 'Anthropic' }).risk).toBe('low');
    expect(judged(yaml, { ruleId: 'telemetry.sentry', category: 'telemetry' }).risk).toBe('medium');
  });
});

describe('labels of allow/deny entries, as messages show them', () => {
  it('name the config file, the list and index, and what the entry matches on', () => {
    const c = config(
      'allow:\n  - rule: ai.openai\n    service: OpenAI\n    host: api.openai.com\n    category: ai\n' +
        '  - paths: ["tests/**"]\n    reason: test doubles\n' +
        'deny:\n  - service: Slack\n    reason: no chat\n',
    );
    expect(c.allow.map((e) => e.label)).toEqual([
      `${FILE} allow[0] (ai.openai OpenAI api.openai.com ai)`,
      `${FILE} allow[1]`,
    ]);
    expect(c.deny.map((e) => e.label)).toEqual([`${FILE} deny[0] (Slack)`]);
  });

  it('appear in the SARIF text, the status words and the gate failure line', () => {
    const c = config('deny:\n  - service: Slack\n    reason: no chat\nallow:\n  - category: ai\n');
    const slack = makeFinding({
      ruleId: 'communication.slack',
      category: 'communication',
      service: 'Slack',
      destination: { host: 'hooks.slack.com', source: 'literal' },
      dataSources: [],
      credentials: [],
      callee: 'requests.post',
      file: 'app/notify.py',
      startLine: 3,
    });
    const openai = makeFinding({ credentials: [] });
    applyPolicy(slack, c);
    applyPolicy(openai, c);
    expect(findingResultText(slack)).toBe(
      `Sends data to hooks.slack.com (Slack) via requests.post. Denied by ${FILE} deny[0] (Slack).`,
    );
    expect(findingStatus(slack)).toEqual([`denied by ${FILE} deny[0] (Slack)`]);
    expect(gateFailureLine(slack, 'denied')).toBe(
      `app/notify.py:3 Slack → hooks.slack.com [communication.slack] (denied by ${FILE} deny[0] (Slack))`,
    );
    expect(findingResultText(openai)).toMatch(
      new RegExp(`Approved by ${FILE.replace(/\./g, '\\.')} allow\\[0\\] \\(ai\\)\\.$`),
    );
    expect(findingStatus(openai)).toEqual([`approved by ${FILE} allow[0] (ai)`]);
  });
});

describe('the engine applies the policy to the host it resolved', () => {
  it('a literal URL with a port and upper-case letters is denied by a plain host entry', async () => {
    const c = config('deny:\n  - host: hooks.slack.com\n    reason: no webhooks\n');
    const r = await scanText(
      'import requests\n\nrequests.post("https://Hooks.Slack.com:443/services/T/B/X", json={"text": "hi"})\n',
      'app/notify.py',
      c,
    );
    // The engine keeps the port in the host (lower-cased); matching drops it.
    expect(r.findings.map((f) => [f.startLine, f.destination.host, f.denied])).toEqual([
      [3, 'hooks.slack.com:443', { by: `${FILE} deny[0] (hooks.slack.com)` }],
    ]);
  });

  it('internal-domains lowers the engine finding and tags it', async () => {
    const c = config('internal-domains: [corp.example]\n');
    const r = await scanText('import requests\n\nrequests.post("https://api.corp.example/v1", data=b"x")\n', 'a.py', c);
    expect(r.findings.map((f) => [f.destination.host, f.risk, f.tags.includes('internal')])).toEqual([
      ['api.corp.example', 'low', true],
    ]);
  });
});

describe('policy files a pull request changes (compare/policy.ts)', () => {
  it('normalises paths: backslashes, leading ./ and trailing slashes', () => {
    expect(['.\\policy\\rules\\', './././a/b/', 'a//', 'x.yml'].map(normalizeRel)).toEqual([
      'policy/rules',
      'a/b',
      'a',
      'x.yml',
    ]);
  });

  it('a rule folder "." or "" names no folder, so not every changed file counts as policy', () => {
    expect(
      policyChanges([{ status: 'modified', path: 'app.py' }], { configFile: FILE, ruleFolders: ['.', '', './'] }),
    ).toEqual([]);
  });
});
