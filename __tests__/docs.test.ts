// docs/rules/ is generated from rules/*.yml by scripts/gen-docs.mjs. This test regenerates it into a
// temporary folder and fails when the committed pages differ (run `npm run docs`), and checks the
// generator's defaults (risk, precision, category, severity) against the real rule loader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEVERITY } from '../src/report/sarif.js';
import { parseRuleFile } from '../src/rules/load.js';
import type { Rule } from '../src/types.js';
import { CATEGORY_TITLES } from '../src/types.js';

const committed = join('docs', 'rules');
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'egress-docs-'));
  execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--out', out], { stdio: 'pipe' });
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function loadRules(): Rule[] {
  const rules: Rule[] = [];
  for (const f of readdirSync('rules')
    .filter((x) => x.endsWith('.yml'))
    .sort()) {
    const r = parseRuleFile(readFileSync(join('rules', f), 'utf8'), join('rules', f));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    rules.push(...r.value);
  }
  return rules;
}

describe('rule docs', () => {
  it('docs/rules/ is up to date with rules/*.yml (run `npm run docs`)', () => {
    const want = readdirSync(out).sort();
    const have = readdirSync(committed)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const missing = want.filter((f) => !have.includes(f));
    const extra = have.filter((f) => !want.includes(f));
    const stale = want.filter(
      (f) => have.includes(f) && readFileSync(join(out, f), 'utf8') !== readFileSync(join(committed, f), 'utf8'),
    );
    expect({ missing, extra, stale }).toEqual({ missing: [], extra: [], stale: [] });
  });

  it('has one page per rule, with the loader’s risk, precision, category and SARIF severity', () => {
    const rules = loadRules();
    expect(rules.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const rule of rules) {
      const file = join(out, `${rule.id}.md`);
      let page: string;
      try {
        page = readFileSync(file, 'utf8');
      } catch {
        problems.push(`${rule.id}: no page`);
        continue;
      }
      const sev = SEVERITY[rule.risk];
      const expectLines = [
        `# ${rule.name}`,
        `| Rule id | \`${rule.id}\` |`,
        `| Category | ${CATEGORY_TITLES[rule.category]} (\`${rule.category}\`) |`,
        `| Precision | ${rule.precision} |`,
        `[rules/${rule.family}.yml](../../rules/${rule.family}.yml)`,
      ];
      for (const l of expectLines) if (!page.includes(l)) problems.push(`${rule.id}: missing "${l}"`);
      const risk = new RegExp(
        `^\\| Default risk \\| ${rule.risk}( \\(category default\\))? — SARIF level \`${sev.level}\`, security-severity ${sev.score.replace('.', '\\.')} \\|$`,
        'm',
      );
      if (!risk.test(page)) problems.push(`${rule.id}: default risk line does not say ${rule.risk}/${sev.level}`);
      for (const c of rule.cwe) if (!page.includes(`CWE-${c}`)) problems.push(`${rule.id}: CWE-${c} missing`);
      for (const h of rule.hosts) if (!page.includes(`\`${h}\``)) problems.push(`${rule.id}: host ${h} missing`);
      const creds = rule.credentials.length
        ? `- Credential environment variables: ${rule.credentials.map((c) => `\`${c}\``).join(', ')}.`
        : '- Credential environment variables: none known.';
      if (!page.includes(creds)) problems.push(`${rule.id}: credentials line is not "${creds}"`);
      for (const p of [...rule.sends, ...rule.inits, ...rule.connects, ...rule.imports]) {
        if (!page.includes(p)) problems.push(`${rule.id}: pattern ${p} missing`);
      }
    }
    const index = readFileSync(join(out, 'README.md'), 'utf8');
    for (const rule of rules) if (!index.includes(`](${rule.id}.md)`)) problems.push(`index: ${rule.id} missing`);
    expect(problems).toEqual([]);
  });

  it('is deterministic', () => {
    const again = mkdtempSync(join(tmpdir(), 'egress-docs-'));
    try {
      execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--out', again], { stdio: 'pipe' });
      for (const f of readdirSync(out)) {
        expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
