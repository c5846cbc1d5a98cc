// Config and rule files (issue 7, item 6 of the issue / item 5 of the plan): every mistake is a clear
// message naming file, line and key; the CLI exits 2 and never prints a stack trace.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkConfigRules, loadConfigFile, parseConfig } from '../src/config/load.js';
import { formatProblem } from '../src/result.js';
import { loadRuleSet } from '../src/rules/load.js';
import type { Problem } from '../src/result.js';
import { builtinRules } from './helpers/engine.js';
import { runCli, STACK_FRAME, tempWorkspace } from './helpers/hostile.js';

const FILE = '.github/egress-audit.yml';

function problems(text: string): Problem[] {
  const r = parseConfig(text, FILE);
  if (r.ok) {
    const cross = checkConfigRules(r.value, new Set(builtinRules().byId.keys()));
    return cross;
  }
  return r.problems;
}

describe('config problems name file, line and key', () => {
  it.each([
    ['invalid YAML', 'paths: [a\nexclude: b\n', { line: 2, message: expect.stringMatching(/invalid YAML/) }],
    [
      'unknown key',
      'paths: ["**/*.py"]\nallowlist: []\n',
      { line: 2, key: 'allowlist', message: expect.stringMatching(/unknown key/) },
    ],
    ['unknown nested key', 'allow:\n  - service: x\n    hots: y\n', { line: 3, key: 'allow[0].hots' }],
    ['wrong type', 'max-file-millis: "big"\n', { line: 1, key: 'max-file-millis', message: 'expected integer' }],
    [
      'not a size',
      'paths: [a]\nmax-file-size: "big"\n',
      { line: 2, key: 'max-file-size', message: expect.stringMatching(/expected a size in bytes.*512k.*got "big"/) },
    ],
    ['wrong enum', 'allow:\n  - category: telemetryy\n', { line: 2, key: 'allow[0].category' }],
    ['duplicate key', 'paths: [a]\npaths: [b]\n', { line: 2, message: expect.stringMatching(/invalid YAML/) }],
    [
      'alias bomb',
      `a0: &a0 [x]\n${Array.from({ length: 20 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`).join('\n')}\n`,
      { message: expect.stringMatching(/invalid YAML/) },
    ],
    ['a list where a map is expected', '- a\n- b\n', { message: expect.any(String) }],
  ])('%s', (_name, text, expected) => {
    const ps = problems(text);
    expect(ps.length).toBeGreaterThan(0);
    expect(ps).toContainEqual(expect.objectContaining({ file: FILE, ...expected }));
  });

  it('unknown rule ids in allow/deny name the key', () => {
    const ps = problems('allow:\n  - rule: no.such-rule\n    reason: x\n');
    expect(ps).toContainEqual(
      expect.objectContaining({
        file: FILE,
        key: 'allow[0].rule',
        message: expect.stringMatching(/unknown rule id "no.such-rule"/),
      }),
    );
  });

  // BUG (reported, src/config/load.ts checkConfigRules): cross-checks lose the line number.
  it('unknown severity keys name the line', () => {
    const ps = problems('severity:\n  ai: low\n  no.such-rule: high\n');
    expect(ps).toContainEqual(expect.objectContaining({ line: 3, key: 'severity.no.such-rule' }));
  });

  it('unknown rule ids in allow also name the line', () => {
    const ps = problems('paths: ["**/*.py"]\nallow:\n  - rule: no.such-rule\n');
    expect(ps).toContainEqual(expect.objectContaining({ line: 3, key: 'allow[0].rule' }));
  });

  it('a rules folder outside the workspace (by path or through a link) is refused', () => {
    const ws = tempWorkspace();
    try {
      symlinkSync('/etc', join(ws.root, 'linked'));
      for (const folder of ['../../../../../../../etc', '/etc', 'linked']) {
        ws.write(FILE, `rules:\n  - ${JSON.stringify(folder)}\n`);
        const cfg = loadConfigFile(undefined, ws.root);
        expect(cfg.ok).toBe(true);
        if (!cfg.ok) return;
        const r = loadRuleSet(cfg.value, ws.root);
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(r.problems).toContainEqual(
            expect.objectContaining({
              file: FILE,
              key: 'rules[0]',
              message: expect.stringMatching(/outside the workspace/),
            }),
          );
      }
    } finally {
      ws.cleanup();
    }
  });
});

describe('CLI: exit code 2, a clear message, never a stack trace', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeAll(() => {
    ws = tempWorkspace();
    ws.write('app.py', 'import requests\nrequests.get("https://x.example/")\n');
    symlinkSync('/etc', join(ws.root, 'linked-etc'));
    ws.write(
      'myrules/bad.yml',
      'family: bad\nrules:\n  - id: bad.rule\n    name: Bad rule\n    service: Bad\n    category: network\n    sends: [1, 2]\n',
    );
    ws.write('myrules2/wrong-name.yml', 'family: other\nrules: []\n');
  });
  afterAll(() => ws.cleanup());

  const cases: [string, string, RegExp][] = [
    ['invalid YAML', 'paths: [a\nexclude: b\n', /egress-audit\.yml:2: invalid YAML/],
    ['unknown key', 'pathz: [a]\n', /egress-audit\.yml:1: pathz: unknown key "pathz"/],
    ['wrong type', 'max-file-millis: fast\n', /egress-audit\.yml:1: max-file-millis: expected integer/],
    [
      'unknown rule id',
      'deny:\n  - rule: nope.nope\n',
      /egress-audit\.yml.*deny\[0\]\.rule: unknown rule id "nope\.nope"/,
    ],
    [
      'rules folder outside',
      'rules: ["../../../../../../../../etc"]\n',
      /rules\[0\]: rules folder .* is outside the workspace/,
    ],
    [
      'rules folder through a link',
      'rules: [linked-etc]\n',
      /rules\[0\]: rules folder "linked-etc" is outside the workspace/,
    ],
    ['missing rules folder', 'rules: [nowhere]\n', /rules\[0\]: rules folder "nowhere" does not exist/],
    ['bad rule file', 'rules: [myrules]\n', /myrules\/bad\.yml:7: rules\[0\]\.sends\[0\]: expected string/],
    ['empty rule family', 'rules: [myrules2]\n', /myrules2\/wrong-name\.yml:\d+: rules: /],
    [
      'alias bomb',
      `a0: &a0 [x]\n${Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`).join('\n')}\n`,
      /egress-audit\.yml:1: invalid YAML: Excessive alias count/,
    ],
    ['not UTF-8', 'paths: ["\u00ff\u00fe"]\nfoo: 1\n', /egress-audit\.yml:2: foo: unknown key/],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    ws.write(FILE, text);
    const run = runCli(['scan', '--workers', '1'], ws.root);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(2);
  });

  it('an explicit --config that does not exist', () => {
    const run = runCli(['scan', '--config', 'nope.yml'], ws.root);
    expect(run.stderr).toMatch(/nope\.yml: config file not found/);
    expect(run.code).toBe(2);
  });

  it('bad command-line values', () => {
    for (const args of [
      ['scan', '--fail-on', 'extreme'],
      ['scan', '--workers', '0'],
      ['scan', '--bogus'],
      ['frobnicate'],
    ]) {
      const run = runCli(args, ws.root);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });

  // BUG (reported, src/rules/load.ts / rules/schema.json): malformed qualified-name patterns load silently.
  it('a rule with a malformed pattern ("a.{b", "a..b", "(") is an error naming file, line and key', () => {
    ws.write(
      'myrules3/bad3.yml',
      [
        'family: bad3',
        'rules:',
        '  - id: bad3.rule',
        '    name: Bad pattern rule',
        '    service: Bad',
        '    category: network',
        '    sends: ["a.{b", "a..b", "("]',
        '    docs: {detects: detects things, why: why it matters, example: a.b(), resolve: fix the pattern}',
      ].join('\n'),
    );
    ws.write(FILE, 'rules: [myrules3]\n');
    const run = runCli(['scan', '--workers', '1'], ws.root);
    expect(run.stderr).toMatch(/myrules3\/bad3\.yml:7: rules\[0\]\.sends\[0\]/);
    expect(run.code).toBe(2);
  });

  it('problems format as "file:line: key: message"', () => {
    expect(formatProblem({ file: FILE, line: 3, key: 'allow[0].rule', message: 'unknown rule id "x"' })).toBe(
      `${FILE}:3: allow[0].rule: unknown rule id "x"`,
    );
  });
});
