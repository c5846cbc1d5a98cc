// dist/rules/compiled.json (src/rules/compiled.ts): the pre-validated built-in rules. It must round-trip,
// be used only for files whose hash matches, and be laid out so that rule pull requests on different
// files merge without a conflict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledFile } from '../src/rules/compiled.js';
import { compiledText, parseCompiled, sha256 } from '../src/rules/compiled.js';
import { defaultConfig } from '../src/config/load.js';
import { loadRuleSet, readRuleFolder, validateRuleFile } from '../src/rules/load.js';
import type { RawRule } from '../src/rules/schema.js';
import { freshDist } from './helpers/dist.js';

function rule(family: string, n: number, name = `Service ${family} call ${n}`): RawRule {
  return {
    id: `ai.${family}.r${n}`,
    name,
    service: family,
    category: 'ai',
    sends: [`${family}.send${n}`],
    docs: { detects: 'detects things', why: 'why it matters', example: 'x()', resolve: 'resolve it somehow' },
  };
}

function files(spec: Record<string, RawRule[]>): Map<string, CompiledFile> {
  return new Map(
    Object.entries(spec).map(([family, rules]) => [
      `${family}.yml`,
      { sha256: sha256(JSON.stringify(rules)), data: { family, rules } },
    ]),
  );
}

/** `git merge-file` of two edits of `base`: the merged text, or undefined on a conflict. */
function merge(base: string, ours: string, theirs: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'egress-compiled-merge-'));
  try {
    for (const [f, t] of Object.entries({ base, ours, theirs })) writeFileSync(join(dir, f), t);
    const r = spawnSync('git', ['merge-file', '-p', 'ours', 'base', 'theirs'], { cwd: dir, encoding: 'utf8' });
    if (r.error) throw r.error;
    return r.status === 0 ? r.stdout : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('compiled.json', () => {
  const base = { a: [rule('a', 1), rule('a', 2)], b: [rule('b', 1), rule('b', 2)], c: [rule('c', 1)] };

  test('round-trips: files in name order, rules in file order', () => {
    const f = files({ c: base.c, a: base.a, b: base.b });
    const back = parseCompiled(compiledText(f))!;
    expect([...back.keys()]).toEqual(['a.yml', 'b.yml', 'c.yml']);
    for (const [k, v] of f) expect(back.get(k)).toEqual(v);
  });

  test('is one entry per line', () => {
    const lines = compiledText(files(base)).split('\n');
    const entries = lines.filter((l) => l.includes('"file"'));
    expect(entries).toHaveLength(3 + 5);
    for (const l of entries) expect(() => JSON.parse(l.replace(/^,/, ''))).not.toThrow();
  });

  test('rule pull requests on different files merge cleanly, even on neighbouring files', () => {
    const text = (spec: Record<string, RawRule[]>) => compiledText(files(spec));
    // One PR appends a rule to a; the other edits b's first rule (the file right after a) and appends to c.
    const ours = { ...base, a: [...base.a, rule('a', 3)] };
    const theirs = { ...base, b: [rule('b', 1, 'Renamed b call'), base.b[1]!], c: [...base.c, rule('c', 2)] };
    const both = { a: ours.a, b: theirs.b, c: theirs.c };
    expect(merge(text(base), text(ours), text(theirs))).toBe(text(both));
    // A new file between two existing ones, against an edit of the last rule of the file before it.
    const added = { ...base, ab: [rule('ab', 1)] };
    const edited = { ...base, a: [base.a[0]!, rule('a', 2, 'Renamed a call')] };
    expect(merge(text(base), text(added), text(edited))).toBe(text({ ...added, a: edited.a }));
  });

  test('an older or unreadable compiled.json is ignored', () => {
    expect(parseCompiled('{"version":1,"files":{}}')).toBeUndefined();
    expect(parseCompiled('{"version":2,"entries":[')).toBeUndefined();
  });

  test('the built-in folder uses an entry only when the file hash matches, else parses the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-compiled-'));
    try {
      const yml = readFileSync(join(process.cwd(), 'rules', 'openai.yml'), 'utf8');
      writeFileSync(join(dir, 'openai.yml'), yml);
      const parsed = validateRuleFile(yml, 'rules/openai.yml');
      if (!parsed.ok) throw new Error('rules/openai.yml does not load');
      // A compiled entry that differs from the file in one visible way: the first rule's name.
      const [first, ...rest] = parsed.value.rules;
      const marked = { family: 'openai', rules: [{ ...first!, name: 'FROM COMPILED' }, ...rest] };
      const write = (hash: string) =>
        writeFileSync(
          join(dir, 'compiled.json'),
          compiledText(new Map([['openai.yml', { sha256: hash, data: marked }]])),
        );
      const firstName = () => {
        const r = readRuleFolder(dir, 'rules', true);
        if (!r.ok) throw new Error('folder does not load');
        return r.value[0]!.name;
      };
      write(sha256(yml));
      expect(firstName()).toBe('FROM COMPILED');
      write(sha256(`${yml}\n# edited`));
      expect(firstName()).toBe(first!.name);
      writeFileSync(join(dir, 'compiled.json'), '{"version":1,"files":{}}');
      expect(firstName()).toBe(first!.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The suites load the built-in rules through dist/rules/compiled.json (the jest global setup sets
// EGRESS_AUDIT_COMPILED_RULES; CONTRIBUTING.md, "Fast tests"): what they test must be exactly the YAML.
describe('the compiled rules the tests use', () => {
  test('the global setup points the loader at dist/rules/compiled.json', () => {
    expect(process.env.EGRESS_AUDIT_COMPILED_RULES).toBe(join(freshDist(), 'rules', 'compiled.json'));
  });

  test('has an entry for every rules/*.yml with its hash and the data its validation gives', () => {
    const compiled = parseCompiled(readFileSync(process.env.EGRESS_AUDIT_COMPILED_RULES!, 'utf8'))!;
    const names = readdirSync('rules')
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
    expect([...compiled.keys()].sort()).toEqual(names);
    for (const name of names) {
      const text = readFileSync(join('rules', name), 'utf8');
      const validated = validateRuleFile(text, join('rules', name));
      if (!validated.ok) throw new Error(`rules/${name} does not validate`);
      expect({ name, entry: compiled.get(name) }).toEqual({
        name,
        entry: { sha256: sha256(text), data: validated.value },
      });
    }
  });

  test('loadRuleSet reads the built-in rules from the file the variable names, by hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-compiled-env-'));
    const saved = process.env.EGRESS_AUDIT_COMPILED_RULES;
    try {
      const yml = readFileSync(join('rules', 'openai.yml'), 'utf8');
      const parsed = validateRuleFile(yml, 'rules/openai.yml');
      if (!parsed.ok) throw new Error('rules/openai.yml does not load');
      const [first, ...rest] = parsed.value.rules;
      const marked = { family: 'openai', rules: [{ ...first!, name: 'FROM COMPILED' }, ...rest] };
      const file = join(dir, 'compiled.json');
      writeFileSync(file, compiledText(new Map([['openai.yml', { sha256: sha256(yml), data: marked }]])));
      const nameOf = () => {
        const r = loadRuleSet(defaultConfig(), process.cwd());
        if (!r.ok) throw new Error('built-in rules do not load');
        return r.value.byId.get(first!.id)!.name;
      };
      process.env.EGRESS_AUDIT_COMPILED_RULES = file;
      expect(nameOf()).toBe('FROM COMPILED');
      delete process.env.EGRESS_AUDIT_COMPILED_RULES;
      expect(nameOf()).toBe(first!.name);
    } finally {
      process.env.EGRESS_AUDIT_COMPILED_RULES = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
