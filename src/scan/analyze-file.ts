// One file: parse, resolve names, match rules, and turn each outbound site into a Finding.
import type { Config } from '../config/types.js';
import type { PythonParser, SyntaxNode, SyntaxTree } from '../parse/parser.js';
import { defaultDestination, toDestination } from '../resolve/destination.js';
import type { Project } from '../resolve/project.js';
import type { FileSymbols, Scope } from '../resolve/scopes.js';
import { collectSymbols } from '../resolve/scopes.js';
import { invokedFunction } from '../resolve/runners.js';
import { Resolver } from '../resolve/values.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import type { FileNote, Finding, UnusedSuppression } from '../types.js';
import { buildFinding, type FileContext, type Site } from './build-finding.js';
import { callShape } from './call-shape.js';
import { fingerprintFindings } from './fingerprint.js';
import { calleeName, constructedBase, matchCall, matchPassed } from './match-call.js';
import { configuredDestination, moduleConfigs } from './module-config.js';
import { applyPolicy } from './policy.js';
import { parseSuppressions } from './suppressions.js';
import { wrapperSites } from './wrapper-sites.js';
import type { AnalyzeCode, PayloadEnv } from './payload-sites.js';
import { codeRunSites, commandCodeSites, importPrelude, newPayloadEnv, runsCode } from './payload-sites.js';
import { isPth, pthAsPython, triggerOf } from './triggers.js';
import type { WrittenFiles } from '../resolve/payload.js';
import { writtenFiles } from '../resolve/written-files.js';
import { Wrappers } from './wrappers.js';
import { detachAll } from '../util/detach.js';

export interface FileAnalysis {
  findings: Finding[];
  notes: FileNote[];
  unusedSuppressions: UnusedSuppression[];
  parsed: boolean;
  /** Set when the file could not be analysed (parse timeout). */
  skipped?: string;
}

export interface AnalyzeContext {
  parser: PythonParser;
  index: RuleIndex;
  config: Config;
  isTest: (file: string) => boolean;
  /** The project index (other modules' names); without it each file is analysed alone. */
  project?: Project;
  /** Full scans: whether the project index keeps a file's tree after its analysis (some module imports it). */
  keepTree?: (file: string) => boolean;
  /** Set when the text is code run from a string: how deep, and the bounds shared with the enclosing file. */
  payload?: PayloadEnv;
}

/** The time a file's imported modules may take to parse, in units of max-file-millis. */
const LOAD_FACTOR = 10;

/**
 * Analyse one file. With a project index, results made for earlier files save this one steps; when an
 * account could have run out from an empty index (Budget.unsure), the file is analysed again as from
 * one. So a full scan, a shard, other workers and a cached re-scan give a file the same budget note,
 * and the same findings unless it ran out of budget (then where it ran out may still differ).
 */
export function analyzeSource(file: string, source: string, ctx: AnalyzeContext): FileAnalysis {
  const budget = ctx.payload ? undefined : ctx.project?.budget;
  const before = budget?.file;
  const first = analyzeOnce(file, source, ctx);
  if (!budget || budget.file === before || !budget.unsure || first.skipped) return first;
  budget.aloneFromNext(true);
  try {
    return analyzeOnce(file, source, ctx);
  } finally {
    budget.aloneFromNext(false);
  }
}

function analyzeOnce(file: string, source: string, ctx0: AnalyzeContext): FileAnalysis {
  const result: FileAnalysis = { findings: [], notes: [], unusedSuppressions: [], parsed: false };
  // A .pth file is not a module: only its `import` lines run (at start-up), and nothing imports it.
  const pth = isPth(file);
  const text = pth ? pthAsPython(source) : source;
  const ctx: AnalyzeContext = pth || ctx0.payload ? { ...ctx0, project: undefined } : ctx0;
  const env = ctx.payload ?? newPayloadEnv();
  const mentionsSuppression = text.includes('egress:');
  if (!mentionsSuppression && !ctx.index.prefilter.test(text) && !ctx.project?.needsAnalysis(file, text)) return result;
  // The time budget covers parsing and analysis: a pathological file is reported as skipped.
  const deadline = performance.now() + ctx.config.maxFileMillis;
  ctx.project?.beginFile();
  const reused = ctx.project?.existing(file);
  const tree = reused ? undefined : ctx.parser.parse(text, ctx.config.maxFileMillis * 1000);
  if (!reused && !tree) {
    result.skipped = `parsing took longer than ${ctx.config.maxFileMillis} ms`;
    return result;
  }
  // Parsing the modules it imports is not the file's own time (a full scan pays it once, for the first
  // file that imports them), but it is bounded too: a closure that takes too long skips the file.
  const overtime = (): boolean => {
    const loading = ctx.project?.loadMillis ?? 0;
    if (loading > ctx.config.maxFileMillis * LOAD_FACTOR) {
      result.skipped = `parsing the modules it imports took longer than ${ctx.config.maxFileMillis * LOAD_FACTOR} ms`;
      return true;
    }
    if (performance.now() - loading <= deadline) return false;
    result.skipped = `analysis took longer than ${ctx.config.maxFileMillis} ms`;
    return true;
  };
  result.parsed = true;
  // With a project index the tree joins it (modules importing this one reuse it); else it is freed here.
  const model =
    reused ?? (ctx.project && tree ? ctx.project.adopt(file, text, tree, ctx.keepTree?.(file) ?? true) : undefined);
  const ownTree: SyntaxTree | undefined = model ? undefined : tree!;
  try {
    const root = (model ? model.symbols.module.node : ownTree!.rootNode) as SyntaxNode;
    if (root.hasError) {
      result.notes.push({
        file,
        level: 'note',
        message: 'the file has syntax errors; findings are reported from the parts that parsed',
      });
    }
    const sym: FileSymbols = model ? model.symbols : collectSymbols(ctx.parser, ownTree!);
    const resolver = model ? model.resolver : new Resolver();
    resolver.warm(sym.module);
    const raw: Finding[] = [];
    const shapes = new Map<Finding, string>();
    const tags = ctx.isTest(file) ? ['test'] : [];
    const fc: FileContext = { file, text, resolver, index: ctx.index, tags };
    const configs = moduleConfigs(sym, resolver, ctx.index);
    const site = (s0: Site) => {
      // `posthog.host = ...` earlier in the file names where the SDK's calls go.
      const configured = s0.destination.source === 'default' ? configuredDestination(configs, s0.callee) : undefined;
      const s = configured ? { ...s0, destination: configured } : s0;
      const f = buildFinding(fc, s);
      const trigger = triggerOf(file, s.scope);
      if (trigger) f.trigger = trigger;
      const n = s.node;
      shapes.set(f, n.type === 'import_statement' || n.type === 'import_from_statement' ? s.callee : callShape(n));
      raw.push(f);
    };
    const project = ctx.project;
    const wrappers = wrappersFor(ctx, sym, resolver);
    const pathOf = (sc: Scope) => (sc.root === sym.module ? file : (project?.modelOf(sc)?.path ?? file));

    let prelude: string | undefined;
    let written: WrittenFiles | undefined;
    const analyze: AnalyzeCode = (code, inner) => analyzeSource(file, code, { ...ctx, payload: inner });
    const note = (message: string) => result.notes.push({ file, level: 'note', message });
    let n = 0;
    for (const { node, scope } of sym.calls) {
      if (++n % 16 === 0 && overtime()) return result;
      resolver.nextSite();
      const f = resolver.value(node.childForFieldName('function'), scope);
      const callee = calleeName(f) ?? (f.kind === 'class' ? constructedBase(node, scope, resolver) : undefined);
      const m = callee ? matchCall(node, scope, callee, resolver, ctx.index) : undefined;
      // `python -c CODE` in a command: what CODE sends, reported at this call.
      if (callee) {
        const withRule = (match: RuleMatch) => ({
          node,
          scope,
          match,
          env,
          analyze,
          prelude: (prelude ??= importPrelude(sym)),
          note,
        });
        for (const s of commandCodeSites(node, scope, callee.name, resolver, ctx.index, withRule)) site(s);
      }
      if (m && runsCode(m.match.rule)) {
        // exec / eval / compile / runpy: the sends in the code it runs, reported here.
        const run = { node, scope, match: m.match, env, analyze, prelude: (prelude ??= importPrelude(sym)), note };
        for (const s of codeRunSites(run, resolver, ctx.index, () => (written ??= writtenFiles(sym, resolver))))
          site(s);
        continue;
      }
      if (m) {
        site({ node, scope, ...m });
        continue;
      }
      // A call of a project function that sends what its caller passes in, directly or through a runner
      // (`Thread(target=report, kwargs={...})`, `executor.submit(report, ...)`).
      const inv = invokedFunction(f, callee?.name, node, scope, resolver);
      if (inv) for (const s of wrapperSites(node, scope, inv.fn, inv.args, wrappers, resolver, pathOf)) site(s);
      // A library send passed as a value (`Thread(target=requests.post, args=(url,))`, `map(requests.get, urls)`).
      const passed = !inv && callee ? matchPassed(node, scope, callee.name, resolver, ctx.index) : undefined;
      // (A code runner passed as a value, `Thread(target=exec, ...)`, reports only what its code sends: not yet.)
      if (passed && !runsCode(passed.match.rule)) site({ node, scope, ...passed });
    }
    for (const c of configs) {
      if (!c.rule.clientSites) continue;
      const match = { rule: c.rule, kind: 'client' as const };
      site({
        node: c.node,
        scope: c.scope,
        match,
        callee: `${c.module}.${c.attr}`,
        destination: c.destination,
        argSites: [],
      });
    }
    for (const imp of sym.imports) {
      for (const mod of imp.modules) {
        const m = ctx.index.matches(mod, ['import'])[0];
        if (m) {
          site({
            node: imp.node,
            scope: imp.scope,
            match: m,
            callee: mod,
            destination: defaultDestination(m.rule),
            argSites: [],
          });
          break;
        }
      }
    }
    for (const pair of sym.classPairs) {
      const m = ctx.index.matches(pair.value, ['connect', 'send', 'init'])[0];
      if (!m) continue;
      // Destination from sibling keys of the same dict ("host", "url", "address"...).
      let dest = defaultDestination(m.rule);
      const dict = pair.node.parent;
      for (const sib of dict?.namedChildren ?? []) {
        const key = sib?.type === 'pair' ? sib.childForFieldName('key')?.text.slice(1, -1) : undefined;
        if (key && m.rule.hostArgs.some((h) => h.name === key)) {
          dest = toDestination(
            resolver.value(sib!.childForFieldName('value'), pair.scope),
            sib!.childForFieldName('value'),
          );
          break;
        }
      }
      site({ node: pair.node, scope: pair.scope, match: m, callee: pair.value, destination: dest, argSites: [] });
    }

    const suppressions = mentionsSuppression ? parseSuppressions(ctx.parser, root) : undefined;
    for (const f of raw) {
      const s = suppressions?.match(f);
      if (s) f.suppressed = s;
      applyPolicy(f, ctx.config);
    }
    if (suppressions) {
      for (const u of suppressions.unused()) result.unusedSuppressions.push({ file, line: u.line, text: u.text });
    }
    if (resolver.exhausted) {
      result.notes.push({
        file,
        level: 'warning',
        message:
          'name resolution stopped at its work budget; destinations later in the file may be reported as unknown',
      });
    }
    // Findings outlive the file: their strings must not keep its text alive (util/detach.ts).
    result.findings = detachAll(fingerprintFindings(raw, shapes));
    return result;
  } finally {
    ownTree?.delete();
  }
}

/** Wrapper summaries: kept by the project index across files (until it releases its trees), else per file. */
const shared = new WeakMap<Project, { generation: number; wrappers: Wrappers }>();
function wrappersFor(ctx: AnalyzeContext, sym: FileSymbols, resolver: Resolver): Wrappers {
  const project = ctx.project;
  if (!project)
    return new Wrappers({
      index: ctx.index,
      symbolsOf: (r) => (r === sym.module ? sym : undefined),
      resolverOf: (sc) => (sc.root === sym.module ? resolver : undefined),
    });
  const hit = shared.get(project);
  if (hit && hit.generation === project.generation) return hit.wrappers;
  const wrappers = new Wrappers({
    index: ctx.index,
    symbolsOf: (r) => project.modelOf(r)?.symbols,
    resolverOf: (sc) => project.modelOf(sc)?.resolver,
  });
  shared.set(project, { generation: project.generation, wrappers });
  return wrappers;
}
