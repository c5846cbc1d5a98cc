// Every rule family has a sibling fixture annotated with `# ruleid: ID` / `# ok: ID`; the reported lines
// of each rule must equal the expected ones. Failures print Missing / Noisy with file:line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { parseRuleFile } from '../src/rules/load.js';
import { builtinRules, scanText } from './helpers/engine.js';

const dir = 'rules';
const families = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

interface Expectations {
  expected: Map<string, Set<number>>;
  ok: Map<string, Set<number>>;
}

/** An annotation applies to the next line that is not itself an annotation. */
export function readAnnotations(text: string): Expectations {
  const lines = text.split('\n');
  const out: Expectations = { expected: new Map(), ok: new Map() };
  let pending: { kind: 'ruleid' | 'ok'; ids: string[] }[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*#\s*(ruleid|ok):\s*([\w.,\s-]+?)\s*$/.exec(line);
    if (m) {
      pending.push({ kind: m[1] as 'ruleid' | 'ok', ids: m[2]!.split(',').map((s) => s.trim()) });
      return;
    }
    for (const p of pending) {
      for (const id of p.ids) {
        const map = p.kind === 'ruleid' ? out.expected : out.ok;
        if (!map.has(id)) map.set(id, new Set());
        map.get(id)!.add(i + 1);
      }
    }
    pending = [];
  });
  return out;
}

describe('rule families', () => {
  const all = builtinRules(defaultConfig());

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
    const { expected, ok } = readAnnotations(text);
    const result = await scanText(text, fixture);
    const problems: string[] = [];
    for (const rule of parsed.value) {
      const want = expected.get(rule.id) ?? new Set<number>();
      if (!want.size) problems.push(`${fixture}: rule ${rule.id} has no "# ruleid:" positive case`);
      const got = new Set(result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.startLine));
      for (const l of want) if (!got.has(l)) problems.push(`Missing ${rule.id} at ${fixture}:${l}`);
      for (const l of got) if (!want.has(l)) problems.push(`Noisy ${rule.id} at ${fixture}:${l}`);
      for (const l of ok.get(rule.id) ?? [])
        if (got.has(l)) problems.push(`Noisy ${rule.id} at ${fixture}:${l} (marked ok)`);
    }
    // Annotations that name rules of other families must hold too.
    const ids = new Set(parsed.value.map((r) => r.id));
    for (const [id, want] of expected) {
      if (ids.has(id)) continue;
      const got = new Set(result.findings.filter((f) => f.ruleId === id).map((f) => f.startLine));
      for (const l of want) if (!got.has(l)) problems.push(`Missing ${id} at ${fixture}:${l}`);
    }
    expect(problems).toEqual([]);
  });
});
