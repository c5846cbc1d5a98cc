// Code run from a string: the code a call runs (`exec(b64decode(...))`, `compile(src)`, `runpy.run_path(p)`
// of a file the module wrote) is decoded, parsed with the same parser and analysed with the same rules
// in a scope of its own (the enclosing module's imports are put in front, so `requests` still means
// requests); each send in it becomes a finding of the code-running rule AT THE CALL that runs it, with
// the decoded line. Nothing is executed. Bounded: PAYLOAD_BOUNDS levels of code in code, payloads and
// decoded bytes per file; a bound that is hit leaves a note.
import type { SyntaxNode } from '../parse/parser.js';
import { hostArgNode } from '../resolve/destination.js';
import type { Payload, WrittenFiles } from '../resolve/payload.js';
import { payloadOf, writtenPayload } from '../resolve/payload.js';
import type { FileSymbols, Scope } from '../resolve/scopes.js';
import { HOLE } from '../resolve/value.js';
import type { Resolver } from '../resolve/values.js';
import { commandPythonCode } from '../rules/command-site.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import type { Finding, Rule } from '../types.js';
import type { FileAnalysis } from './analyze-file.js';
import type { Site } from './build-finding.js';

export const PAYLOAD_BOUNDS = { maxDepth: 8, maxPayloads: 64, maxBytes: 4 << 20 };

/** Shared by an analysed file and every payload it reaches (however deep). */
export interface PayloadEnv {
  depth: number;
  budget: { payloads: number; bytes: number; noted: Set<string> };
}

export function newPayloadEnv(): PayloadEnv {
  return { depth: 0, budget: { payloads: 0, bytes: 0, noted: new Set() } };
}

/** Analyse code text as a file of its own (the driver's analyzeSource, bound to the context). */
export type AnalyzeCode = (text: string, env: PayloadEnv) => FileAnalysis;

/** The call that runs code, and what the payload analysis needs from the enclosing file. */
export interface CodeRun {
  node: SyntaxNode;
  scope: Scope;
  match: RuleMatch;
  env: PayloadEnv;
  analyze: AnalyzeCode;
  /** The enclosing module's import statements, put in front of the code. */
  prelude: string;
  note: (message: string) => void;
}

export function runsCode(rule: Rule): boolean {
  return rule.runsCode.length > 0 || rule.runsFile.length > 0;
}

/** The enclosing module's top-level imports, as source lines to put in front of decoded code. */
export function importPrelude(sym: FileSymbols): string {
  return sym.imports
    .filter((i) => i.scope === sym.module)
    .map((i) => i.node.text.replace(/\r?\n/g, ' ').replace(/\\ /g, ' '))
    .join('\n');
}

/** Sites for a call of a code-running rule: the sends in the code it runs (none when it runs nothing known). */
export function codeRunSites(run: CodeRun, resolver: Resolver, index: RuleIndex, files: () => WrittenFiles): Site[] {
  const { node, scope, match } = run;
  // `exec(compile(src, "<s>", "exec"))`: the outer call reports the code once.
  const parentCall = node.parent?.type === 'argument_list' ? node.parent.parent : null;
  if (parentCall?.type === 'call') {
    const f = resolver.value(parentCall.childForFieldName('function'), scope);
    if (f.kind === 'qualified' && index.matches(f.name, ['send']).some((m) => runsCode(m.rule))) return [];
  }
  const line = node.startPosition.row + 1;
  for (const a of match.rule.runsCode) {
    const arg = hostArgNode(node, a);
    if (!arg) continue;
    const r = payloadOf(arg, scope, resolver, files());
    if (r.note) run.note(`line ${line}: ${r.note}`);
    if (r.payload) return payloadSites(r.payload, run);
  }
  for (const a of match.rule.runsFile) {
    const arg = hostArgNode(node, a);
    if (!arg) continue;
    // `[sys.executable, path]`: any element after the program may be the script.
    const candidates = arg.type === 'list' || arg.type === 'tuple' ? arg.namedChildren.slice(1) : [arg];
    for (const c of candidates) {
      if (!c) continue;
      const written = files();
      if (!written.size) return [];
      const r = writtenPayload(c, scope, resolver, written);
      if (r.note) run.note(`line ${line}: ${r.note}`);
      if (r.payload) return payloadSites(r.payload, run);
    }
  }
  return [];
}

/**
 * The sends in `code`, run at `run.node`. Also the entry point for code found elsewhere: a `python -c`
 * string of a shell command is handed here with the call that runs the command.
 */
export function payloadSites(code: Payload, run: CodeRun): Site[] {
  const { env, node } = run;
  const b = env.budget;
  const line = node.startPosition.row + 1;
  const bound = (why: string) => {
    if (!b.noted.has(why)) run.note(`line ${line}: ${why}`);
    b.noted.add(why);
    return [];
  };
  if (env.depth >= PAYLOAD_BOUNDS.maxDepth)
    return bound(`code run from a string nested more than ${PAYLOAD_BOUNDS.maxDepth} levels deep: not analysed`);
  if (b.payloads >= PAYLOAD_BOUNDS.maxPayloads)
    return bound(
      `more than ${PAYLOAD_BOUNDS.maxPayloads} pieces of code run from strings in this file: the rest is not analysed`,
    );
  if (b.bytes + code.text.length > PAYLOAD_BOUNDS.maxBytes)
    return bound('more than 4 MB of code run from strings in this file: the rest is not analysed');
  b.payloads++;
  b.bytes += code.text.length;
  const offset = run.prelude ? run.prelude.split('\n').length : 0;
  const inner = run.analyze(run.prelude ? `${run.prelude}\n${code.text}` : code.text, {
    depth: env.depth + 1,
    budget: b,
  });
  if (inner.skipped) run.note(`line ${line}: the code run from a string was not analysed (${inner.skipped})`);
  // A note from deeper code keeps only its own words: its line numbers are the decoded code's, not the file's.
  const prefix = /^(line \d+: (in the code run from a string: )?)+/;
  for (const n of inner.notes)
    run.note(`line ${line}: in the code run from a string: ${n.message.replace(prefix, '')}`);
  return inner.findings.filter((f) => f.startLine > offset).map((f) => siteOf(f, code, run, offset));
}

function siteOf(f: Finding, code: Payload, run: CodeRun, offset: number): Site {
  const deeper = f.payload;
  return {
    node: run.node,
    scope: run.scope,
    match: run.match,
    callee: f.callee,
    destination: f.destination,
    argSites: [],
    payload: {
      site: {
        ruleId: deeper?.ruleId ?? f.ruleId,
        service: deeper?.service ?? f.service,
        line: deeper ? deeper.line : f.startLine - offset,
        text: deeper?.text ?? f.snippet,
        layers: [...code.layers, ...(deeper?.layers ?? [])],
        depth: (deeper?.depth ?? 0) + 1,
      },
      credentials: f.credentials,
      dataSources: f.dataSources,
    },
  };
}

/**
 * `python -c CODE` in a command a process call runs (`subprocess.run([sys.executable, "-c", code])`,
 * `os.system("bash -c \"python3 -c '...'\"")`): the sends in CODE, reported at the call under the rule
 * that reads commands for this callee (the command is found by that rule's `command-at`).
 */
export function commandCodeSites(
  call: SyntaxNode,
  scope: Scope,
  callee: string,
  resolver: Resolver,
  index: RuleIndex,
  runWith: (match: RuleMatch) => CodeRun,
): Site[] {
  const proc = index.matches(callee, ['send']).find((x) => x.rule.when?.commands?.length || x.rule.when?.commandIn);
  if (!proc) return [];
  const out: Site[] = [];
  for (const code of commandPythonCode(call, scope, resolver, proc.rule, undefined, callee)) {
    // Code with parts built at run time is analysed as far as it is constant: the holes are unknown names.
    if (code.kind !== 'text' || !code.text.trim()) continue;
    const text = code.holes.length ? code.text.split(HOLE).join('_') : code.text;
    out.push(...payloadSites({ text, layers: ['python -c'] }, runWith(proc)));
  }
  return out;
}
