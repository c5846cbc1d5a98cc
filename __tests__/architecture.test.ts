// The shape of src/ (issue 10): modules by pipeline stage, imports pointing down the pipeline, no import
// cycles, no file over 400 lines, no rule id or category tested in code, @actions/* only in the action.
// Each check is a function over file texts; the first block runs it on src/, the second feeds it a small
// made-up tree that breaks the rule, so a check that stops detecting anything fails too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { CATEGORIES } from '../src/model/taxonomy.js';

const MAX_LINES = 400;

/**
 * The pipeline, earliest first: event → diff → parse → resolve → match → findings → deps → compare → render →
 * publish. A module may import its own top-level module and anything in an earlier stage. Modules that
 * share a stage may not import each other, except in the foundation (plain data and helpers every stage
 * uses). `event` is the action's front end (src/action/event.ts, revisions.ts), so it sits with it.
 * `pipeline` runs the stages for the front ends; it renders the gate's message but never publishes.
 */
const STAGES: readonly (readonly string[])[] = [
  ['types.ts', 'result.ts', 'version.ts', 'model', 'util'], // foundation
  ['config'], // the policy every stage reads (paths, limits, allow / deny)
  ['diff'],
  ['parse'],
  ['resolve'],
  ['rules'], // match
  ['scan'], // findings
  ['deps'], // dependency findings: manifests and lock files (uses the rules, the policy and suppressions of scan)
  ['compare'],
  ['report'], // render
  ['pipeline'],
  ['github'], // publish
  ['action', 'cli'], // front ends (the action's event handling included)
];

/**
 * Imports against the order that are allowed, as "from-module -> to-module". Keep this short: each entry
 * needs a reason.
 */
const ALLOWED_UPWARD: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Where `@actions/*` may be imported: the action, and the GitHub client (Octokit from @actions/github). */
const ACTIONS_ALLOWED = ['action', 'github'];

type Files = ReadonlyMap<string, string>;

interface Import {
  spec: string;
  /** Erased at build time (`import type`, or every name imported is `type`). */
  typeOnly: boolean;
  dynamic: boolean;
}

/** One parse per file text (with parents: getText() needs them), shared by the checks below. */
const parsed = new Map<string, ts.SourceFile>();
function sourceFile(path: string, text: string): ts.SourceFile {
  const key = `${path}\0${text}`;
  let sf = parsed.get(key);
  if (!sf) parsed.set(key, (sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)));
  return sf;
}

function importsOf(path: string, text: string): Import[] {
  const sf = sourceFile(path, text);
  const out: Import[] = [];
  const named = (b: ts.NamedImportBindings | ts.NamedExportBindings | undefined): boolean =>
    b !== undefined && ts.isNamedImports(b)
      ? b.elements.length > 0 && b.elements.every((e) => e.isTypeOnly)
      : b !== undefined && ts.isNamedExports(b) && b.elements.length > 0 && b.elements.every((e) => e.isTypeOnly);
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && named(c.namedBindings)));
      out.push({ spec: n.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, typeOnly: n.isTypeOnly || named(n.exportClause), dynamic: false });
    } else if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0])
    ) {
      out.push({ spec: n.arguments[0].text, typeOnly: false, dynamic: true });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A relative specifier as a file of the tree (`./x.js` is `./x.ts`); undefined for packages and files outside. */
function resolveSpec(from: string, spec: string, files: Files): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const p = normalize(join(dirname(from), spec))
    .split('\\')
    .join('/');
  const asTs = p.replace(/\.js$/, '.ts');
  return files.has(asTs) ? asTs : files.has(p) ? p : undefined;
}

/** Value imports between files of the tree (type-only imports excluded: they do not exist at run time). */
function graph(files: Files): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [path, text] of files) {
    const to = importsOf(path, text)
      .filter((i) => !i.typeOnly)
      .map((i) => resolveSpec(path, i.spec, files))
      .filter((t): t is string => t !== undefined);
    g.set(path, [...new Set(to)]);
  }
  return g;
}

/** Every import cycle, one path per strongly connected component (Tarjan), e.g. ["a.ts", "b.ts", "a.ts"]. */
function cycles(g: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(cyclePath(g, new Set(scc)));
  };
  for (const v of [...g.keys()].sort()) if (!index.has(v)) strong(v);
  return out;
}

/** One concrete cycle inside a strongly connected component, for the failure message. */
function cyclePath(g: Map<string, string[]>, scc: Set<string>): string[] {
  const start = [...scc].sort()[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of g.get(v) ?? []) {
      if (!scc.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u && u !== start; u = prev.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The top-level module of a file: `src/scan/scan.ts` → "scan", `src/types.ts` → "types.ts". */
const moduleOf = (path: string): string => path.split('/')[1]!;

function stageOf(module: string): number {
  const i = STAGES.findIndex((s) => s.includes(module));
  if (i < 0) throw new Error(`src/${module} is in no stage: add it to STAGES in __tests__/architecture.test.ts`);
  return i;
}

/** "from -> to (file -> file)" for each import of a later stage or of a sibling in the same stage. */
function stageViolations(g: Map<string, string[]>, allowed: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [from, tos] of g)
    for (const to of tos) {
      const a = moduleOf(from);
      const b = moduleOf(to);
      if (a === b || allowed.has(`${a} -> ${b}`)) continue;
      const sa = stageOf(a);
      const sb = stageOf(b);
      if (sb < sa || (sb === sa && sa === 0)) continue;
      out.push(`${a} -> ${b} (${from} -> ${to})`);
    }
  return out.sort();
}

function longFiles(files: Files, max: number): string[] {
  return [...files]
    .map(([path, text]) => [path, text.split('\n').length - (text.endsWith('\n') ? 1 : 0)] as const)
    .filter(([, n]) => n > max)
    .map(([path, n]) => `${path}: ${n} lines`);
}

/** A string literal in code (comments do not count) naming a rule id, or the start of one ("network.socket"). */
function namesRule(literal: string, ids: readonly string[]): boolean {
  if (!literal.includes('.')) return false;
  return ids.some((id) => id === literal || id.startsWith(literal.endsWith('.') ? literal : `${literal}.`));
}

/** An expression that holds a category: `category`, `f.category`, `rule.category`, `cat`. */
const isCategoryExpr = (n: ts.Expression): boolean => /^(.*\.)?(category|cat)$/i.test(n.getText().replace(/\?/g, ''));

/** Methods that test a value against a literal (`replace`, `split`... only transform it). */
const TEST_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'has', 'test', 'match']);

/**
 * Rule ids in any string literal, and category literals in a test: `x.category === 'network'`,
 * `case 'network':` in `switch (x.category)`, `x.category.startsWith('net')`, `['network'].includes(cat)`.
 */
function ruleSpecificCode(files: Files, ids: readonly string[], categories: readonly string[]): string[] {
  const out: string[] = [];
  const isCat = (n: ts.Node): n is ts.StringLiteralLike => ts.isStringLiteralLike(n) && categories.includes(n.text);
  for (const [path, text] of files) {
    const sf = sourceFile(path, text);
    const hit = (n: ts.Node, what: string): void => {
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      out.push(`${path}:${line}: ${what}`);
    };
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteralLike(n) && namesRule(n.text, ids)) hit(n, `rule id ${JSON.stringify(n.text)}`);
      if (ts.isTemplateExpression(n) && namesRule(n.head.text, ids)) hit(n, `rule id ${JSON.stringify(n.head.text)}`);
      if (ts.isBinaryExpression(n) && /^[!=]==?$/.test(n.operatorToken.getText(sf))) {
        if ((isCat(n.right) && isCategoryExpr(n.left)) || (isCat(n.left) && isCategoryExpr(n.right)))
          hit(n, `category test ${n.getText(sf)}`);
      }
      if (ts.isSwitchStatement(n) && isCategoryExpr(n.expression))
        for (const c of n.caseBlock.clauses)
          if (ts.isCaseClause(c) && isCat(c.expression)) hit(c, `category case ${c.expression.getText(sf)}`);
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        TEST_METHODS.has(n.expression.name.text)
      ) {
        const recv = n.expression.expression;
        const args = n.arguments;
        if (isCategoryExpr(recv) && args.some((a) => ts.isStringLiteralLike(a)))
          hit(n, `category test ${n.getText(sf)}`);
        if (ts.isArrayLiteralExpression(recv) && recv.elements.some(isCat) && args.some(isCategoryExpr))
          hit(n, `category test ${n.getText(sf)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out.sort();
}

function actionsImports(files: Files, allowed: readonly string[]): string[] {
  const out: string[] = [];
  for (const [path, text] of files)
    for (const i of importsOf(path, text))
      if (/^@actions\//.test(i.spec) && !allowed.includes(moduleOf(path))) out.push(`${path}: ${i.spec}`);
  return out.sort();
}

function readTree(dir: string, root = process.cwd()): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) out.set(relative(root, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, dir));
  return out;
}

function ruleIds(root = process.cwd()): string[] {
  const dir = join(root, 'rules');
  const ids: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
    const doc = parse(readFileSync(join(dir, name), 'utf8')) as { rules?: { id?: unknown }[] } | null;
    for (const r of doc?.rules ?? []) if (typeof r.id === 'string') ids.push(r.id);
  }
  return ids;
}

describe('src/ architecture', () => {
  const src = readTree('src');
  const g = graph(src);
  const ids = ruleIds();

  it('reads the tree and the rules', () => {
    expect(src.size).toBeGreaterThan(50);
    expect(ids.length).toBeGreaterThan(100);
    expect(g.get('src/cli/main.ts')!.length).toBeGreaterThan(0);
  });

  it('has no import cycle (static or dynamic import(); type-only imports excluded)', () => {
    expect(cycles(g).map((c) => c.join(' -> '))).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    expect(longFiles(src, MAX_LINES)).toEqual([]);
  });

  it('tests no rule id and no category in code (rule behaviour is rule data)', () => {
    expect(ruleSpecificCode(src, ids, CATEGORIES)).toEqual([]);
  });

  it('imports point down the pipeline (no module imports a later stage)', () => {
    for (const m of new Set([...src.keys()].map(moduleOf))) expect(() => stageOf(m)).not.toThrow();
    expect(stageViolations(g, ALLOWED_UPWARD)).toEqual([]);
  });

  it(`imports @actions/* only in ${ACTIONS_ALLOWED.map((m) => `src/${m}/`).join(' and ')}`, () => {
    expect(actionsImports(src, ACTIONS_ALLOWED)).toEqual([]);
  });
});

describe('the architecture checks catch what they guard against', () => {
  const tree = (entries: Record<string, string>): Files => new Map(Object.entries(entries));

  it('finds a cycle through a dynamic import(), not through type-only imports', () => {
    const t = tree({
      'src/scan/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/scan/b.ts': "export const b = async () => (await import('./a.js')).a;\n",
      'src/scan/c.ts': "import type { D } from './d.js';\nexport { type E } from './d.js';\nexport type C = D;\n",
      'src/scan/d.ts': "import { type C } from './c.js';\nexport type D = C;\nexport type E = 1;\n",
    });
    expect(cycles(graph(t))).toEqual([['src/scan/a.ts', 'src/scan/b.ts', 'src/scan/a.ts']]);
  });

  it('finds a file over the limit', () => {
    const t = tree({ 'src/a.ts': 'x\n'.repeat(MAX_LINES + 1), 'src/b.ts': 'x\n'.repeat(MAX_LINES) });
    expect(longFiles(t, MAX_LINES)).toEqual([`src/a.ts: ${MAX_LINES + 1} lines`]);
  });

  it('finds rule ids and category tests, not site kinds or comments', () => {
    const t = tree({
      'src/scan/x.ts': [
        "// ai.openai in a comment is fine; so is f.kind === 'covert'",
        "if (f.kind === 'covert') k();",
        "if (m.rule.id.startsWith('network.socket')) a();",
        "const id = 'ai.openai';",
        "if (f.category === 'network') b();",
        "switch (rule.category) { case 'covert': c(); }",
        "if (['ai', 'cloud'].includes(cat)) d();",
        "const marker = category.replace(/[^a-z]/g, '_');",
      ].join('\n'),
    });
    expect(ruleSpecificCode(t, ['ai.openai', 'network.socket.connect'], CATEGORIES)).toEqual([
      'src/scan/x.ts:3: rule id "network.socket"',
      'src/scan/x.ts:4: rule id "ai.openai"',
      "src/scan/x.ts:5: category test f.category === 'network'",
      "src/scan/x.ts:6: category case 'covert'",
      "src/scan/x.ts:7: category test ['ai', 'cloud'].includes(cat)",
    ]);
  });

  it('finds an import of a later stage, of a sibling front end, and honours the allowed list', () => {
    const t = tree({
      'src/compare/gate.ts': "import { w } from '../report/wording.js';\nimport type { R } from '../report/r.js';\n",
      'src/report/wording.ts': "import { g } from '../compare/gate.js';\n",
      'src/report/r.ts': '',
      'src/cli/main.ts': "import { VERSION } from '../action/version.js';\n",
      'src/action/version.ts': "import { t } from '../types.js';\n",
      'src/types.ts': "import { c } from './model/taxonomy.js';\n",
      'src/model/taxonomy.ts': "import type { X } from '../types.js';\n",
    });
    expect(stageViolations(graph(t), new Map())).toEqual([
      'cli -> action (src/cli/main.ts -> src/action/version.ts)',
      'compare -> report (src/compare/gate.ts -> src/report/wording.ts)',
    ]);
    expect(stageViolations(graph(t), new Map([['cli -> action', 'test']]))).toEqual([
      'compare -> report (src/compare/gate.ts -> src/report/wording.ts)',
    ]);
  });

  it('finds @actions/* outside the action and the GitHub client', () => {
    const t = tree({
      'src/action/main.ts': "import * as core from '@actions/core';\n",
      'src/github/client.ts': "import { GitHub } from '@actions/github/lib/utils';\n",
      'src/scan/scan.ts': "import type { X } from '@actions/core';\n",
    });
    expect(actionsImports(t, ACTIONS_ALLOWED)).toEqual(['src/scan/scan.ts: @actions/core']);
  });
});
