// Fuzzing (issue 7, item 9): mutate the rule fixture corpus (rules/*.py) with a fixed seed and budget.
// No exception may escape the scanner, the SARIF must stay schema-valid, and findings on lines before
// the first mutated byte must not change.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { pythonParser } from '../src/parse/parser.js';
import { serializeSarif, toSarif } from '../src/report/sarif.js';
import { scanSources } from '../src/scan/scan.js';
import type { Finding, ScanResult } from '../src/types.js';
import { cpuMs, withinBudget } from './helpers/budget.js';
import { builtinRules } from './helpers/engine.js';
import { rng } from './helpers/markdown.js';
import { schemaErrors } from './helpers/sarif-validate.js';

// FUZZ_SEED explores other seeds locally; CI uses the fixed default.
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_0007);
/** Mutated files per run: ~10 s of CPU. */
const BUDGET = 1200;
/**
 * CPU budgets (helpers/budget.ts: CPU, not wall time, so a busy machine does not fail them). The whole loop
 * used 12 s of CPU with the machine's load at 14 (its wall time was 57 s). Each mutated file's scan used at
 * most 137 ms, and at most 7.4 times its original's scan (20 ms against 2.7 ms on a small fixture), so the
 * scan of a mutation may cost 10 times its original's plus 1 s (room for a full garbage collection). A
 * mutation that sends the parser or the analysis super-linear costs seconds (each file may take up to its
 * 5 s max-file-millis before it is skipped).
 */
const LOOP_BUDGET_MS = 60_000;
const MUTATION_FACTOR = 10;
const MUTATION_SLACK_MS = 1_000;
const RULES_DIR = join(process.cwd(), 'rules');

const corpus = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => ({ name: f, bytes: readFileSync(join(RULES_DIR, f)) }));

interface Mutation {
  bytes: Buffer;
  /** Offset of the first byte that differs from the original (bytes before it are unchanged). */
  first: number;
  kind: string;
}

const NASTY = Buffer.from('()[]{}"\'`\\\n\r\t #:=.,@%$\u00ff\u0000', 'latin1');

function mutate(src: Buffer, rand: () => number): Mutation {
  const int = (n: number) => Math.floor(rand() * n);
  const kind = ['flip', 'truncate', 'lines', 'tokens', 'insert', 'delete'][int(6)]!;
  switch (kind) {
    case 'flip': {
      const out = Buffer.from(src);
      const n = 1 + int(8);
      let first = out.length;
      for (let i = 0; i < n && out.length; i++) {
        const at = int(out.length);
        out[at] = out[at]! ^ (1 + int(255));
        first = Math.min(first, at);
      }
      return { bytes: out, first, kind };
    }
    case 'truncate': {
      const at = int(src.length + 1);
      return { bytes: src.subarray(0, at), first: at, kind };
    }
    case 'lines': {
      const lines = src.toString('latin1').split('\n');
      const i = int(lines.length);
      const j = int(lines.length);
      const [a, b] = i < j ? [i, j] : [j, i];
      if (a === b || lines[a] === lines[b]) return { bytes: src, first: src.length, kind };
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      const first = lines.slice(0, a).reduce((n, l) => n + l.length + 1, 0);
      return { bytes: Buffer.from(lines.join('\n'), 'latin1'), first, kind };
    }
    case 'tokens': {
      const text = src.toString('latin1');
      const toks = [...text.matchAll(/\w+|\s+|[^\w\s]/g)];
      if (toks.length < 2) return { bytes: src, first: src.length, kind };
      const i = int(toks.length);
      const j = int(toks.length);
      const [a, b] = i < j ? [toks[i]!, toks[j]!] : [toks[j]!, toks[i]!];
      if (a.index === b.index || a[0] === b[0]) return { bytes: src, first: src.length, kind };
      const out =
        text.slice(0, a.index) +
        b[0] +
        text.slice(a.index + a[0].length, b.index) +
        a[0] +
        text.slice(b.index + b[0].length);
      let first = a.index;
      while (first < out.length && out[first] === text[first]) first++;
      return { bytes: Buffer.from(out, 'latin1'), first, kind };
    }
    case 'insert': {
      const at = int(src.length + 1);
      const chunk = Buffer.from(Array.from({ length: 1 + int(6) }, () => NASTY[int(NASTY.length)]!));
      return { bytes: Buffer.concat([src.subarray(0, at), chunk, src.subarray(at)]), first: at, kind };
    }
    default: {
      const at = int(src.length);
      const len = 1 + int(40);
      return { bytes: Buffer.concat([src.subarray(0, at), src.subarray(at + len)]), first: at, kind };
    }
  }
}

/** Each original file's top-level statements (end offset, first line), parsed once per file. */
const statements = new Map<Buffer, { endIndex: number; line: number }[]>();

async function topLevel(original: Buffer): Promise<{ endIndex: number; line: number }[]> {
  let stmts = statements.get(original);
  if (stmts) return stmts;
  const tree = (await pythonParser()).parse(original.toString('latin1')); // offsets = bytes
  try {
    stmts = (tree?.rootNode.children ?? []).flatMap((s) =>
      s ? [{ endIndex: s.endIndex, line: s.startPosition.row + 1 }] : [],
    );
  } finally {
    tree?.delete();
  }
  statements.set(original, stmts);
  return stmts;
}

/**
 * First line of the original file's top-level statement that contains byte `first`: everything above it
 * is whole statements the mutation did not touch (a finding's call may span several lines).
 */
async function untouchedLines(original: Buffer, first: number): Promise<number> {
  const text = original.toString('latin1'); // rows do not depend on the encoding
  const stmt = (await topLevel(original)).find((s) => s.endIndex > first);
  return stmt ? Math.min(stmt.line, lineOf(text, first)) : lineOf(text, first);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

const key = (f: Finding) => `${f.startLine}:${f.startColumn}:${f.ruleId}`;

async function scanOne(name: string, bytes: Buffer): Promise<ScanResult> {
  const cfg = defaultConfig();
  return scanSources([{ path: `rules/${name}`, content: bytes }], { config: cfg, rules: builtinRules(cfg) });
}

describe('fuzzing the fixture corpus', () => {
  it('has a corpus to mutate', () => {
    expect(corpus.length).toBeGreaterThan(20);
  });

  it(`survives ${BUDGET} seeded mutations: no exception, valid SARIF, stable findings before the mutation`, async () => {
    const rand = rng(SEED);
    const baseline = new Map<string, ScanResult>();
    /** CPU milliseconds of each original's scan: the baseline its mutations are measured against. */
    const baseCpu = new Map<string, number>();
    const unstable: string[] = [];
    const slow: string[] = [];
    let compared = 0;
    const rules = builtinRules().rules;
    await withinBudget(LOOP_BUDGET_MS, async () => {
      for (let n = 0; n < BUDGET; n++) {
        const file = corpus[Math.floor(rand() * corpus.length)]!;
        const m = mutate(file.bytes, rand);
        let base = baseline.get(file.name);
        if (!base) {
          const started = cpuMs();
          base = await scanOne(file.name, file.bytes);
          baseline.set(file.name, base);
          baseCpu.set(file.name, cpuMs() - started);
        }
        if (process.env.FUZZ_DUMP === String(n)) writeFileSync(join(tmpdir(), 'egress-fuzz-dump.py'), m.bytes);
        const started = cpuMs();
        const r = await scanOne(file.name, m.bytes); // throws → the test fails with the seed's iteration
        const ms = cpuMs() - started;
        const allowed = MUTATION_FACTOR * baseCpu.get(file.name)! + MUTATION_SLACK_MS;
        if (ms > allowed)
          slow.push(`iteration ${n} (${m.kind} of ${file.name}): ${Math.round(ms)} ms of CPU > ${Math.round(allowed)}`);
        expect(r.skipped.filter((s) => /analysis failed/.test(s.reason))).toEqual([]);

        const { log } = toSarif({ findings: r.findings, rules, skipped: r.skipped, notes: r.notes, version: '0.0.0' });
        const errors = schemaErrors(JSON.parse(serializeSarif(log)));
        if (errors.length) throw new Error(`iteration ${n} (${m.kind} of ${file.name}): ${errors.join('; ')}`);

        // Lines strictly before the first changed byte's line are untouched. A NUL byte skips the file.
        if (m.bytes.includes(0)) continue;
        const firstLine = await untouchedLines(file.bytes, m.first);
        const before = (xs: Finding[]) =>
          xs
            .filter((f) => f.startLine < firstLine)
            .map(key)
            .sort();
        const a = before(base.findings);
        const b = before(r.findings);
        if (a.length) compared++;
        if (JSON.stringify(a) !== JSON.stringify(b))
          unstable.push(
            `iteration ${n}: ${m.kind} of ${file.name} at line ${firstLine}: ${a.join(',')} → ${b.join(',')}`,
          );
      }
    });
    expect(unstable).toEqual([]);
    expect(slow).toEqual([]);
    // The stability check had findings to compare in a good share of the iterations.
    expect(compared).toBeGreaterThan(BUDGET / 4);
  }, 120_000);
});

// Found by this fuzzer (FUZZ_SEED=1, iteration 548; also seeds 2, 4, 6): a syntax error *after* a
// complete function makes a finding on an untouched line disappear. Cause (checked): tree-sitter's error
// recovery lifts the nested `def report_message(msg)` of a later function to module level, and a
// module-level def after `from rollbar import report_message` shadows the import for calls made at run
// time — so the engine reads the recovered tree correctly, and the finding vanishes with it. CPython
// rejects such a file, so it never runs; kept as a known limit of scanning files with syntax errors.
describe('prefix stability under later syntax errors (characterisation of a known gap)', () => {
  const original = readFileSync(join(RULES_DIR, 'rollbar.py'), 'utf8');
  const mutated = original
    .replace('    def __init__(self):', '    def __init__(self.:')
    .replace('self.handler = RollbarHandler()', 'self)handler = RollbarHandler()');
  // The call that loses its finding, found by its text: fixture edits move it (it was line 18, now 19).
  const line = original.split('\n').findIndex((l) => l.includes('report_message("refund failed"')) + 1;
  const broken = original.split('\n').findIndex((l) => l.includes('def __init__(self):')) + 1;
  const lines = (r: ScanResult) => r.findings.map((f) => f.startLine).filter((l) => l < broken);
  let before: number[] = [];
  let after: number[] = [];
  beforeAll(async () => {
    before = lines(await scanOne('rollbar.py', Buffer.from(original)));
    after = lines(await scanOne('rollbar.py', Buffer.from(mutated)));
  });

  it('preconditions: both edits apply after the report_message call, which has a finding in the intact file', () => {
    expect(line).toBeGreaterThan(0);
    expect(broken).toBeGreaterThan(line);
    expect(mutated).not.toBe(original);
    expect(mutated.split('\n')).toHaveLength(original.split('\n').length);
    expect(before).toContain(line);
  });

  // GAP: the report_message finding disappears once a later method signature is broken (see above).
  // Today's behaviour, asserted exactly: when the engine keeps the finding, this fails; then assert
  // `expect(after).toEqual(before)` instead.
  it('today: the report_message finding is lost, every other finding before the broken method is kept', () => {
    expect(after).toEqual(before.filter((l) => l !== line));
  });
});
