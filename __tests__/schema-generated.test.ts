// rules/schema.json is generated from src/rules/schema.ts (the one source of the rule schema and its
// types): the committed file must be what the source writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FILE_SCHEMA, ruleSchemaText } from '../src/rules/schema.js';
import { parseRuleFile } from '../src/rules/load.js';
import { formatProblem } from '../src/result.js';

const RULE = `family: x
rules:
  - id: ai.x
    name: X API
    service: X
    category: ai
    sends: [x.send]
    docs: { detects: detects things, why: why it matters, example: x.send(), resolve: resolve it somehow }
`;

describe('rules/schema.json', () => {
  test('is what src/rules/schema.ts generates (run `npm run docs`)', () => {
    expect(readFileSync(join(process.cwd(), 'rules', 'schema.json'), 'utf8')).toBe(ruleSchemaText());
  });

  test('names every rule key the rule format documents, including the newer behaviour keys', () => {
    const keys = Object.keys(RULE_FILE_SCHEMA.properties.rules.items.properties);
    for (const k of [
      'constructor-host-args',
      'generic',
      'claims-decoded',
      'client-sites',
      'site-kind',
      'local-when',
      'destination-cwe',
    ])
      expect(keys).toContain(k);
    const doc = readFileSync(join(process.cwd(), 'docs', 'rule-format.md'), 'utf8');
    for (const k of keys) expect(doc).toMatch(new RegExp(`^\\s+(- )?${k}:`, 'm'));
  });

  test('each behaviour key reaches the compiled rule', () => {
    const text = RULE.replace(
      'category: ai',
      [
        'category: ai',
        '    constructor-host-args: [hosts@0]',
        '    generic: true',
        '    claims-decoded: true',
        "    claims-paths: ['**/*.pth']",
        '    runs-code: [source@0]',
        '    runs-file: [path_name@0, args@0]',
        '    site-kind: covert',
        '    local-when: [{ arg: family@0, in: [socket.AF_UNIX] }, { arg: path@0, path: true, text: [csv] }]',
        '    schemes: [HTTP, ftp]',
        '    host-from-calls: [connect]',
        '    destination-cwe: { cleartext: [311] }',
        '    when: { arg-name-in: [socket.SOCK_RAW], arg-network: 1 }',
      ].join('\n'),
    );
    const r = parseRuleFile(text, 'rules/x.yml');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.value[0]).toMatchObject({
      constructorHostArgs: [{ name: 'hosts', position: 0 }],
      generic: true,
      claimsDecoded: true,
      claimsPaths: ['**/*.pth'],
      runsCode: [{ name: 'source', position: 0 }],
      runsFile: [
        { name: 'path_name', position: 0 },
        { name: 'args', position: 0 },
      ],
      siteKind: 'covert',
      localWhen: [
        { arg: { name: 'family', position: 0 }, in: ['socket.AF_UNIX'], text: [], path: false },
        { arg: { name: 'path', position: 0 }, in: [], text: ['csv'], path: true },
      ],
      schemes: ['http', 'ftp'],
      hostFromCalls: ['connect'],
      destinationCwe: { cleartext: [311], parameter: [918] },
      when: { argNameIn: ['socket.SOCK_RAW'], argNetwork: 1 },
    });
  });

  test('a bad value still names file, line and key in the words the loader used before', () => {
    const r = parseRuleFile(RULE.replace('category: ai', 'category: ai\n    site-kind: sends'), 'rules/x.yml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'rules/x.yml:7: rules[0].site-kind: expected one of "send", "init", "connect", "import", "covert", "client"',
    ]);
  });
});
