// Rule data for dependencies: every distribution a rule names is reported from a manifest line with that
// rule's service and category, names are PEP 503 normalised and owned by one SDK rule, default-on
// rules say how to opt out, and the `package` policy key is validated like the others.
import { parseConfig } from '../src/config/load.js';
import { defaultConfig } from '../src/config/load.js';
import { scanManifests } from '../src/deps/scan-manifests.js';
import { normalizeName } from '../src/deps/names.js';
import { formatProblem } from '../src/result.js';
import { builtinRules } from './helpers/engine.js';

const rules = builtinRules().rules;

describe('packages in the built-in rules', () => {
  test('every named distribution gives a finding of its rule on its own line', async () => {
    const entries = rules.flatMap((r) => r.packages.map((p) => ({ p, id: r.id })));
    expect(entries.length).toBeGreaterThan(200);
    const names = [...new Set(entries.map((e) => e.p))].sort();
    const text = names.map((n) => `${n}>=0`).join('\n') + '\n';
    const scan = await scanManifests([{ path: 'requirements.txt', text }], {
      config: defaultConfig(),
      rules,
      report: () => true,
    });
    const missing = entries.filter(
      (e) => !scan.findings.some((f) => f.ruleId === e.id && f.startLine === names.indexOf(e.p) + 1),
    );
    expect(missing).toEqual([]);
    for (const f of scan.findings) {
      const rule = rules.find((r) => r.id === f.ruleId)!;
      expect([f.service, f.category, f.kind]).toEqual([rule.service, rule.category, 'dependency']);
    }
  });

  test('names are normalised, and one SDK rule owns each (default-on rules may add a second finding)', () => {
    const owners = new Map<string, string[]>();
    for (const r of rules)
      for (const p of r.packages) {
        expect(p).toBe(normalizeName(p));
        if (!r.defaultOn) owners.set(p, [...(owners.get(p) ?? []), r.id]);
      }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  test('the SDKs the issue names map to their services', () => {
    const of = (p: string) =>
      rules.filter((r) => r.packages.includes(p) && !r.defaultOn).map((r) => [r.service, r.category]);
    expect(of('sentry-sdk')).toEqual([['Sentry', 'telemetry']]);
    expect(of('openai')).toEqual([['OpenAI', 'ai']]);
    expect(of('boto3')).toEqual([['AWS', 'cloud']]);
  });

  test('at least 40 default-on packages, each with an opt-out and a reference', () => {
    const on = rules.filter((r) => r.defaultOn);
    expect(on.length).toBeGreaterThanOrEqual(40);
    for (const r of on) {
      const o = r.defaultOn!.optOut;
      expect([r.id, o.env.length + o.config.length + o.cli.length > 0]).toEqual([r.id, true]);
      expect([r.id, r.docs.references.length > 0]).toEqual([r.id, true]);
    }
  });
});

describe('the package policy key', () => {
  test('accepted on allow and deny entries; a bad name names the file, line and key', () => {
    const good = parseConfig('deny:\n  - package: Sentry_SDK\n    reason: no SaaS error reporting\n', 'cfg.yml');
    expect(good.ok && good.value.deny.map((e) => e.package)).toEqual(['Sentry_SDK']);
    const bad = parseConfig('allow:\n  - package: "../x y"\n', 'cfg.yml');
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^cfg\.yml:2: allow\[0\]\.package: /),
    ]);
  });

  test('deny by package fails the finding whatever the spelling', async () => {
    const cfg = parseConfig('deny:\n  - package: Sentry_SDK\n', 'cfg.yml');
    if (!cfg.ok) throw new Error('config');
    const scan = await scanManifests([{ path: 'requirements.txt', text: 'sentry-sdk\nopenai\n' }], {
      config: cfg.value,
      rules,
      report: () => true,
    });
    expect(scan.findings.map((f) => [f.dependency?.package, f.denied?.by ?? null])).toEqual([
      ['sentry-sdk', 'cfg.yml deny[0] (Sentry_SDK)'],
      ['openai', null],
    ]);
  });
});
