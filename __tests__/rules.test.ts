// Every rule family has a sibling fixture annotated with `# ruleid: ID` / `# ok: ID` (and the known-gap
// forms `# todoruleid: ID` / `# todook: ID`); the reported lines of each rule must equal the expected
// ones, and `host=` / `creds=` keys state the finding's destination and credentials. Failures print
// Missing / Noisy / Wrong / Promote with file:line. The format is documented in docs/rule-format.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { scanManifests } from '../src/deps/scan-manifests.js';
import { parseRuleFile } from '../src/rules/load.js';
import { manifestOnly } from '../src/rules/manifest-only.js';
import type { Finding } from '../src/types.js';
import { builtinRules, scanText } from './helpers/engine.js';
import { checkFixture, readAnnotations, TODO_MARKER } from './helpers/annotations.js';
export type { Annotation, AnnotationKind, Annotations } from './helpers/annotations.js';
export { checkFixture, readAnnotations, TODO_MARKER } from './helpers/annotations.js';

const dir = 'rules';
const families = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

describe('rule families', () => {
  const all = builtinRules(defaultConfig());
  const knownIds = new Set(all.rules.map((r) => r.id));

  it('has at least 120 distinct services', () => {
    const services = new Set(all.rules.map((r) => r.service));
    expect(services.size).toBeGreaterThanOrEqual(120);
  });

  it.each(families)('%s: fixture matches annotations', async (family) => {
    const yml = join(dir, `${family}.yml`);
    const parsed = parseRuleFile(readFileSync(yml, 'utf8'), yml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // A Python fixture for the rules code can trigger; a requirements fixture for the manifest-only ones.
    const fixtures: { file: string; ids: Set<string>; manifest: boolean }[] = [
      {
        file: join(dir, `${family}.py`),
        ids: new Set(parsed.value.filter((r) => !manifestOnly(r)).map((r) => r.id)),
        manifest: false,
      },
      {
        file: join(dir, `${family}.requirements.txt`),
        ids: new Set(parsed.value.filter(manifestOnly).map((r) => r.id)),
        manifest: true,
      },
    ].filter((f) => f.ids.size || existsSync(f.file));
    const problems: string[] = [];
    for (const { file: fixture, ids, manifest } of fixtures) {
      if (!existsSync(fixture)) {
        problems.push(`${fixture}: missing (rules ${[...ids].join(', ')} need it)`);
        continue;
      }
      const text = readFileSync(fixture, 'utf8');
      const read = readAnnotations(text, fixture, knownIds);
      problems.push(...read.problems);
      // A scaffold (`npm run new-rule`) is full of TODO markers: it cannot land until every one is filled.
      for (const [file, body] of [
        [yml, readFileSync(yml, 'utf8')],
        [fixture, text],
      ] as const) {
        body.split('\n').forEach((l, i) => {
          if (TODO_MARKER.test(l)) problems.push(`${file}:${i + 1}: TODO marker left from the scaffold: ${l.trim()}`);
        });
      }
      const findings = manifest
        ? (
            await scanManifests([{ path: fixture, text }], {
              config: defaultConfig(),
              rules: all.rules,
              report: () => true,
            })
          ).findings
        : (await scanText(text, fixture)).findings;
      // A family may also have a `.pth` fixture (start-up files): rules with a positive case there need none here.
      const inPth = new Set<string>();
      const pth = join(dir, `${family}.pth`);
      if (!manifest && existsSync(pth)) {
        const pthText = readFileSync(pth, 'utf8');
        const a = readAnnotations(pthText, pth, knownIds);
        for (const x of a.annotations) if (x.kind === 'ruleid') inPth.add(x.id);
        const r = await scanText(pthText, pth);
        problems.push(...a.problems, ...checkFixture(pth, a.annotations, r.findings, ids, inPth));
      }
      const here = new Set([...ids].filter((id) => !inPth.has(id)));
      problems.push(...checkFixture(fixture, read.annotations, findings, ids, here));
    }
    expect(problems).toEqual([]);
  });
});

describe('fixture annotations', () => {
  const ids = new Set(['ai.openai', 'network.requests']);
  const finding = (line: number, host: string | undefined, credentials: string[]): Finding =>
    ({ ruleId: 'ai.openai', startLine: line, destination: { host, source: 'literal' }, credentials }) as Finding;

  it('reads ids and keys, applying to the next non-annotation line', () => {
    const text = [
      '# ruleid: ai.openai host=api.deepseek.com creds=OPENAI_API_KEY',
      '# ok: network.requests',
      'client.chat.completions.create()',
      '# todoruleid: ai.openai host=- creds=-',
      'x()',
    ].join('\n');
    const { annotations, problems } = readAnnotations(text, 'f.py', ids);
    expect(problems).toEqual([]);
    expect(annotations).toEqual([
      { kind: 'ruleid', id: 'ai.openai', at: 1, line: 3, host: 'api.deepseek.com', creds: ['OPENAI_API_KEY'] },
      { kind: 'ok', id: 'network.requests', at: 2, line: 3 },
      { kind: 'todoruleid', id: 'ai.openai', at: 4, line: 5, host: null, creds: [] },
    ]);
  });

  it('rejects unknown keys, unknown rule ids and keys on ok annotations with file:line', () => {
    const text = [
      '# ruleid: ai.openai hots=x',
      'a()',
      '# ruleid: ai.nope',
      'b()',
      '# ok: ai.openai host=x',
      'c()',
      '# ruleid: ai.openai creds=',
      'd()',
    ].join('\n');
    expect(readAnnotations(text, 'f.py', ids).problems).toEqual([
      'f.py:1: unknown annotation key "hots" (known: host=, creds=)',
      'f.py:3: unknown rule id "ai.nope"',
      'f.py:5: "host=" is only allowed on ruleid / todoruleid annotations',
      'f.py:7: "creds=" needs a value ("-" for none)',
    ]);
  });

  it('checks host and credentials, and fails todo annotations that should be promoted', () => {
    const text = [
      '# ruleid: ai.openai host=api.deepseek.com creds=OPENAI_API_KEY',
      'a()',
      '# ruleid: ai.openai host=-',
      'b()',
      '# todoruleid: ai.openai',
      'c()',
      '# todook: ai.openai',
      'd()',
      '# todook: ai.openai',
      'e()',
    ].join('\n');
    const { annotations } = readAnnotations(text, 'f.py', ids);
    const findings = [
      finding(2, 'api.openai.com', ['OPENAI_API_KEY']),
      finding(4, undefined, []),
      finding(6, undefined, []),
      finding(8, undefined, []),
    ];
    expect(checkFixture('f.py', annotations, findings, new Set(['ai.openai']))).toEqual([
      'Wrong ai.openai at f.py:2: expected host=api.deepseek.com creds=OPENAI_API_KEY, got host=api.openai.com creds=OPENAI_API_KEY',
      'Promote ai.openai at f.py:6: the known gap is fixed, change "# todoruleid:" to "# ruleid:"',
      'Promote ai.openai at f.py:10: the known false positive is gone, change "# todook:" to "# ok:"',
      'Noisy ai.openai at f.py:6',
    ]);
  });
});
