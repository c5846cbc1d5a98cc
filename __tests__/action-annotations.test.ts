// The findings' annotations within GitHub's per-step limits (10 per kind): the gate's own messages keep
// their slots, failing findings are errors and come first, then the rest most severe first, and a notice
// says how many were left out.
import { annotateFindings, ANNOTATIONS_PER_KIND, countingCore } from '../src/action/annotations.js';
import { evaluateGate } from '../src/pipeline/gate.js';
import type { Finding } from '../src/types.js';
import { FakeCore } from './helpers/fake-core.js';
import { makeComparison, makeFinding } from './helpers/findings.js';

const RISKS = ['low', 'medium', 'high', 'critical'] as const;

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    makeFinding({
      file: `src/m${String(i).padStart(2, '0')}.py`,
      startLine: i + 1,
      endLine: i + 1,
      risk: RISKS[i % 4],
    }),
  );
}

function run(fs: Finding[], opts: { failOn: 'high' | 'none'; warnOnly?: boolean; preWarnings?: number }) {
  const fake = new FakeCore();
  const { core, used } = countingCore(fake);
  for (let i = 0; i < (opts.preWarnings ?? 0); i++) core.warning(`config warning ${i}`);
  const cmp = makeComparison({ newFindings: fs, headFindings: fs });
  const gate = evaluateGate(cmp, { failOn: opts.failOn, warnOnly: opts.warnOnly ?? false, allowPrSuppressions: false });
  const r = annotateFindings(core, used, cmp, gate);
  return { fake, r, gate };
}

test('failing findings are errors, the rest warnings, on their file and line', () => {
  const fs = findings(4); // low, medium, high, critical
  const { fake, r } = run(fs, { failOn: 'high' });
  expect(r).toEqual({ annotated: 4, total: 4 });
  expect(fake.errors.map((a) => [a.where?.file, a.where?.startLine])).toEqual([
    ['src/m03.py', 4], // critical first
    ['src/m02.py', 3],
  ]);
  expect(fake.warnings.map((a) => a.where?.file)).toEqual(['src/m01.py', 'src/m00.py']);
  expect(fake.errors[0]!.where).toMatchObject({
    startColumn: 5,
    endColumn: 42,
    title: 'egress-audit: OpenAI (critical)',
  });
  expect(fake.notices).toEqual([]);
});

test("over the limits: at most 9 errors (setFailed takes the 10th), warnings after the step's own, a notice", () => {
  const fs = findings(40); // 20 at or above high, 20 below
  const { fake, r } = run(fs, { failOn: 'high', preWarnings: 3 });
  expect(fake.errors).toHaveLength(ANNOTATIONS_PER_KIND - 1);
  expect(fake.errors.every((a) => /\(critical\)$/.test(a.where?.title ?? ''))).toBe(true); // most severe first
  expect(fake.warnings).toHaveLength(ANNOTATIONS_PER_KIND); // 3 earlier + 7 findings
  expect(fake.warnings.slice(3).every((a) => /\(medium\)$/.test(a.where?.title ?? ''))).toBe(true);
  expect(r).toEqual({ annotated: 9 + 7, total: 40 });
  expect(fake.notices).toHaveLength(1);
  expect(fake.notices[0]!.message).toMatch(/^16 of 40 new findings are annotated/);
});

test('warn-only: findings that would fail are warnings, and a slot stays for the warn-only message', () => {
  const fs = findings(12).map((f) => ({ ...f, risk: 'critical' as const }));
  const { fake, gate } = run(fs, { failOn: 'high', warnOnly: true });
  expect(gate.warnOnly).toBe(true);
  expect(fake.errors).toEqual([]);
  expect(fake.warnings).toHaveLength(ANNOTATIONS_PER_KIND - 1);
  expect(fake.notices).toHaveLength(1);
});

test('suppressed and approved findings are not annotated; multi-line findings carry no columns', () => {
  const fs = [
    makeFinding({ suppressed: { justification: 'ok', line: 1 } }),
    makeFinding({ allowed: { by: 'allow[0]' } }),
    makeFinding({ startLine: 3, endLine: 5 }),
  ];
  const { fake } = run(fs, { failOn: 'none' });
  expect(fake.warnings.map((a) => a.where)).toEqual([
    { title: 'egress-audit: OpenAI (medium)', file: 'src/app.py', startLine: 3, endLine: 5 },
  ]);
});
