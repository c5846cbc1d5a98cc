// `npm run new-rule -- FAMILY` (scripts/new-rule.mjs) scaffolds rules/FAMILY.yml and rules/FAMILY.py.
// The script is run from a temporary copy (scripts/ + rules/), so nothing is written to the real rules/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { parseRuleFile } from '../src/rules/load.js';
import { loadRuleSet } from '../src/rules/load.js';
import { scanSources } from '../src/scan/scan.js';

// Same marker as TODO_MARKER in __tests__/rules.test.ts, which rejects any rule file or fixture holding one.
const TODO_MARKER = /\bTODO\b/;

let root: string;
let rulesDir: string;

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [join(root, 'scripts', 'new-rule.mjs'), ...args], {
      cwd: root,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'egress-new-rule-'));
  mkdirSync(join(root, 'scripts'));
  rulesDir = join(root, 'rules');
  mkdirSync(rulesDir);
  copyFileSync(join('scripts', 'new-rule.mjs'), join(root, 'scripts', 'new-rule.mjs'));
  copyFileSync(join('rules', 'openai.yml'), join(rulesDir, 'openai.yml'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run new-rule', () => {
  it('creates a schema-valid skeleton rule and fixture, and says to run npm run docs', async () => {
    const r = run('acme-mail');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rules/acme-mail.yml');
    expect(r.stdout).toContain('npm run docs');
    const yml = join(rulesDir, 'acme-mail.yml');
    const py = join(rulesDir, 'acme-mail.py');
    const ymlText = readFileSync(yml, 'utf8');
    const pyText = readFileSync(py, 'utf8');

    // Valid for the real loader, with every docs key.
    const parsed = parseRuleFile(ymlText, 'rules/acme-mail.yml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value).toHaveLength(1);
    const rule = parsed.value[0]!;
    expect(rule.family).toBe('acme-mail');
    for (const k of ['detects', 'why', 'example', 'resolve'] as const) expect(rule.docs[k].length).toBeGreaterThan(0);
    expect(rule.docs.references.length).toBeGreaterThan(0);

    // The rules test rejects both files until every TODO is filled in.
    for (const [name, text] of [
      ['yml', ymlText],
      ['py', pyText],
    ]) {
      expect([name, text!.split('\n').some((l) => TODO_MARKER.test(l))]).toEqual([name, true]);
    }
    for (const k of ['name', 'service'] as const) expect(rule[k]).toMatch(TODO_MARKER);
    for (const k of ['detects', 'why', 'example', 'resolve'] as const) expect(rule.docs[k]).toMatch(TODO_MARKER);

    // The fixture's ruleid lines are exactly the lines the skeleton rule reports (a working starting point).
    // Loaded as an extra rule folder next to the built-in rules (the temporary rules/ also holds a copy
    // of a built-in family, for the refusal test).
    mkdirSync(join(root, 'extra'));
    copyFileSync(yml, join(root, 'extra', 'acme-mail.yml'));
    const config = { ...defaultConfig(), rules: ['extra'] };
    const rules = loadRuleSet(config, root);
    if (!rules.ok) throw new Error(JSON.stringify(rules.problems));
    const result = await scanSources([{ path: 'rules/acme-mail.py', content: Buffer.from(pyText) }], {
      config,
      rules: rules.value,
    });
    const lines = pyText.split('\n');
    const want = lines.flatMap((l, i) => (/^\s*#\s*ruleid:\s*network\.acme-mail\b/.test(l) ? [i + 2] : []));
    const got = result.findings.filter((f) => f.ruleId === 'network.acme-mail').map((f) => f.startLine);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(got.sort((a, b) => a - b)).toEqual(want);
    expect(pyText).toMatch(/# ok: network\.acme-mail/);
    expect(pyText).toMatch(/host=api\.acme-mail\.example/);
  });

  it('refuses an existing family without touching it', () => {
    const before = readFileSync(join(rulesDir, 'openai.yml'), 'utf8');
    const r = run('openai');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(join(rulesDir, 'openai.yml'), 'utf8')).toBe(before);
    expect(existsSync(join(rulesDir, 'openai.py'))).toBe(false);
  });

  it.each(['Acme', 'acme_mail', 'acme--mail', '-acme', 'acme-', 'acme.mail', '../acme', ''])(
    'refuses the bad name %j',
    (name) => {
      const before = readdirSync(rulesDir).sort();
      const r = run(name);
      expect(r.code).not.toBe(0);
      expect(readdirSync(rulesDir).sort()).toEqual(before);
    },
  );

  it('prints usage without exactly one argument', () => {
    expect(run().code).toBe(2);
    expect(run('a', 'b').code).toBe(2);
  });
});
