// Every rule family has a sibling fixture annotated with `# ruleid: ID` / `# ok: ID` (and the known-gap
// forms `# todoruleid: ID` / `# todook: ID`); the reported lines of each rule must equal the expected
// ones, and `host=` / `creds=` keys state the finding's destination and credentials. Failures print
// Missing / Noisy / Wrong / Promote with file:line. The format is documented in docs/rule-format.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { parseRuleFile } from '../src/rules/load.js';
import type { Finding } from '../src/types.js';
import { builtinRules, scanText } from './helpers/engine.js';

const dir = 'rules';
const families = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  kind: AnnotationKind;
  id: string;
  /** The line the annotation applies to (1-based). */
  line: number;
  /** The annotation's own line (1-based), for messages. */
  at: number;
  /** `host=`: the expected destination host; null for `host=-` (no host); undefined when not stated. */
  host?: string | null;
  /** `creds=`: the expected credentials, sorted; [] for `creds=-`; undefined when not stated. */
  creds?: string[];
}

export interface Annotations {
  annotations: Annotation[];
  /** Malformed annotations, as "file:line: message". */
  problems: string[];
}

/** Placeholders written by scripts/new-rule.mjs. */
export const TODO_MARKER = /\bTODO\b/;
const ANNOTATION = /^\s*#\s*(ruleid|ok|todoruleid|todook):(.*)$/;
const KEYS = new Set(['host', 'creds']);

/**
 * `# KIND: ID[, ID...] [host=HOST|-] [creds=A,B|-]`. An annotation applies to the next line that is not
 * itself an annotation. Keys are only allowed on `ruleid` / `todoruleid` (they describe a finding).
 */
export function readAnnotations(text: string, file = 'fixture.py', knownIds?: Set<string>): Annotations {
  const lines = text.split('\n');
  const out: Annotations = { annotations: [], problems: [] };
  let pending: Omit<Annotation, 'line'>[] = [];
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (m) {
      const kind = m[1] as AnnotationKind;
      const at = i + 1;
      const bad = (msg: string) => out.problems.push(`${file}:${at}: ${msg}`);
      const tokens = m[2]!.trim().split(/\s+/).filter(Boolean);
      const firstKey = tokens.findIndex((t) => t.includes('='));
      const idText = (firstKey < 0 ? tokens : tokens.slice(0, firstKey)).join(' ');
      const ids = idText
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!ids.length) bad(`"# ${kind}:" names no rule id`);
      const keys: { host?: string | null; creds?: string[] } = {};
      for (const t of firstKey < 0 ? [] : tokens.slice(firstKey)) {
        const eq = t.indexOf('=');
        const key = eq < 0 ? t : t.slice(0, eq);
        const value = eq < 0 ? '' : t.slice(eq + 1);
        if (!KEYS.has(key)) {
          bad(`unknown annotation key "${key}" (known: host=, creds=)`);
          continue;
        }
        if (kind === 'ok' || kind === 'todook') {
          bad(`"${key}=" is only allowed on ruleid / todoruleid annotations`);
          continue;
        }
        if (!value) {
          bad(`"${key}=" needs a value ("-" for none)`);
          continue;
        }
        if (key in keys) bad(`"${key}=" given twice`);
        if (key === 'host') keys.host = value === '-' ? null : value;
        else keys.creds = value === '-' ? [] : value.split(',').filter(Boolean).sort();
      }
      for (const id of ids) {
        if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) bad(`"${id}" is not a rule id`);
        else if (knownIds && !knownIds.has(id)) bad(`unknown rule id "${id}"`);
        else pending.push({ kind, id, at, ...keys });
      }
      return;
    }
    for (const p of pending) out.annotations.push({ ...p, line: i + 1 });
    pending = [];
  });
  for (const p of pending) out.problems.push(`${file}:${p.at}: "# ${p.kind}: ${p.id}" is not followed by a line`);
  return out;
}

function describeFinding(f: Finding): string {
  const creds = [...f.credentials].sort();
  return `host=${f.destination.host ?? '-'} creds=${creds.length ? creds.join(',') : '-'}`;
}

/** Does the finding have the host and credentials the annotation states? */
function matchesKeys(f: Finding, a: Annotation): boolean {
  if (a.host !== undefined && (f.destination.host ?? null) !== a.host) return false;
  if (a.creds !== undefined && [...f.credentials].sort().join(',') !== a.creds.join(',')) return false;
  return true;
}

/** Problems of one fixture: every annotation checked against the findings. */
export function checkFixture(
  file: string,
  annotations: Annotation[],
  findings: Finding[],
  familyIds: Set<string>,
): string[] {
  const problems: string[] = [];
  const at = (id: string, line: number) => findings.filter((f) => f.ruleId === id && f.startLine === line);
  const ofKind = (id: string, kind: AnnotationKind) =>
    new Set(annotations.filter((a) => a.id === id && a.kind === kind).map((a) => a.line));
  for (const a of annotations) {
    const got = at(a.id, a.line);
    const where = `${a.id} at ${file}:${a.line}`;
    const keyed = a.host !== undefined || a.creds !== undefined;
    switch (a.kind) {
      case 'ruleid':
        if (!got.length) problems.push(`Missing ${where}`);
        else if (keyed && !got.some((f) => matchesKeys(f, a))) {
          const want = `host=${a.host === undefined ? '*' : (a.host ?? '-')} creds=${a.creds === undefined ? '*' : a.creds.join(',') || '-'}`;
          problems.push(`Wrong ${where}: expected ${want}, got ${got.map(describeFinding).join(' | ')}`);
        }
        break;
      case 'ok':
        if (got.length) problems.push(`Noisy ${where} (marked ok)`);
        break;
      case 'todoruleid':
        if (got.some((f) => matchesKeys(f, a)))
          problems.push(`Promote ${where}: the known gap is fixed, change "# todoruleid:" to "# ruleid:"`);
        break;
      case 'todook':
        if (!got.length)
          problems.push(`Promote ${where}: the known false positive is gone, change "# todook:" to "# ok:"`);
        break;
    }
  }
  // Every reported line of this family's rules must be annotated ruleid (or be a known false positive).
  for (const id of familyIds) {
    const want = ofKind(id, 'ruleid');
    if (!want.size) problems.push(`${file}: rule ${id} has no "# ruleid:" positive case`);
    const tolerated = ofKind(id, 'todook');
    const lines = new Set(findings.filter((f) => f.ruleId === id).map((f) => f.startLine));
    for (const l of [...lines].sort((x, y) => x - y)) {
      if (!want.has(l) && !tolerated.has(l) && !ofKind(id, 'ok').has(l)) problems.push(`Noisy ${id} at ${file}:${l}`);
    }
  }
  return problems;
}

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
    const fixture = join(dir, `${family}.py`);
    const text = readFileSync(fixture, 'utf8');
    const { annotations, problems } = readAnnotations(text, fixture, knownIds);
    // A scaffold (`npm run new-rule`) is full of TODO markers: it cannot land until every one is filled.
    for (const [file, body] of [
      [yml, readFileSync(yml, 'utf8')],
      [fixture, text],
    ] as const) {
      body.split('\n').forEach((l, i) => {
        if (TODO_MARKER.test(l)) problems.push(`${file}:${i + 1}: TODO marker left from the scaffold: ${l.trim()}`);
      });
    }
    const result = await scanText(text, fixture);
    problems.push(...checkFixture(fixture, annotations, result.findings, new Set(parsed.value.map((r) => r.id))));
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
