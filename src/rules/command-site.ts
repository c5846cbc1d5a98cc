// A call that runs a command (subprocess, os.system, os.exec*, pty.spawn...): the programs it runs,
// parsed like a shell (src/resolve/shell/), checked against the rule's `command-in` / `commands`, and
// the destination of the first one that sends. Also the `python -c` code a call runs, for the analysis
// of code carried as data.
import type { SyntaxNode } from '../parse/parser.js';
import type { ArgSource } from '../resolve/arguments.js';
import { builtNameZone, toDestination } from '../resolve/destination.js';
import type { Scope } from '../resolve/scopes.js';
import type { CommandLayout } from '../resolve/shell/command-input.js';
import { commandInput } from '../resolve/shell/command-input.js';
import type { CommandInput, Invocation } from '../resolve/shell/invocations.js';
import { invocations, pythonCode } from '../resolve/shell/invocations.js';
import type { Word } from '../resolve/shell/words.js';
import { hasHoles, sliceWord } from '../resolve/shell/words.js';
import { destinationOf } from '../resolve/strings.js';
import type { Resolver, Value } from '../resolve/values.js';
import { UNKNOWN } from '../resolve/value.js';
import type { Destination, Rule } from '../types.js';
import type { ToolSend } from './command-tools.js';
import { toolSends } from './command-tools.js';
import { compilePattern, matchSegments } from './pattern.js';

export interface CommandSite {
  /** The program that sends (`curl`, `git`, `webclient.downloadstring`). */
  tool: string;
  destination: Destination;
}

let last: { rule: Rule; call: SyntaxNode; view?: ArgSource; site: CommandSite | undefined } | undefined;

/**
 * The sending program a call runs, by the rule's command conditions, or undefined. `view`: the
 * arguments a runner forwards (`Thread(target=subprocess.run, args=(cmd,))`); `callee`: the name of
 * the function that runs the command (for `command-at`; else the call's own callee). Memoised for the
 * last call: the destination and the condition of one match ask in turn.
 */
export function commandSite(
  rule: Rule,
  call: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  view?: ArgSource,
  callee?: string,
): CommandSite | undefined {
  if (last?.rule === rule && last.call === call && last.view === view) return last.site;
  const layout = layoutFor(rule, callee ?? calleeOf(call, scope, resolver));
  const input = commandInput(call, scope, resolver, layout, view);
  const site = input ? computeSite(rule, input) : undefined;
  last = { rule, call, view, site };
  return site;
}

function computeSite(rule: Rule, input: CommandInput<Value>): CommandSite | undefined {
  const w = rule.when;
  if (!w) return undefined;
  const invs = invocations(input);
  const decoded = input.kind === 'string' && !!input.decoded;
  if (w.commandIn) {
    const set = new Set(w.commandIn.map((t) => t.toLowerCase()));
    const hit = invs.find((i) => i.tool && set.has(i.tool));
    if (!hit) return undefined;
    if (!w.commands) return site(hit, toolSends({ tools: [hit.tool!] }, hit)!, decoded);
  }
  for (const inv of invs) {
    for (const spec of w.commands ?? []) {
      const s = toolSends(spec, inv);
      if (s) return site(inv, s, decoded);
    }
  }
  return undefined;
}

/**
 * The `python -c` code strings a call runs (text values: holes are the parts built from data), at any
 * nesting level (`sh -c "python3 -c '...'"`). `rule`: a rule whose `command-at` says where the command
 * is; `view`, `callee` as for commandSite.
 */
export function commandPythonCode(
  call: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  rule?: Rule,
  view?: ArgSource,
  callee?: string,
): Value[] {
  const layout = rule ? layoutFor(rule, callee ?? calleeOf(call, scope, resolver)) : {};
  const input = commandInput(call, scope, resolver, layout, view);
  if (!input) return [];
  return pythonCode(input).map((w) => ({ kind: 'text', text: w.text, holes: w.holes.map((h) => h ?? UNKNOWN) }));
}

const layouts = new WeakMap<Rule, { patterns: string[][]; layout: CommandLayout }[]>();

function calleeOf(call: SyntaxNode, scope: Scope, resolver: Resolver): string | undefined {
  const v = resolver.value(call.childForFieldName('function'), scope);
  return v.kind === 'qualified' ? v.name : undefined;
}

function layoutFor(rule: Rule, callee: string | undefined): CommandLayout {
  const at = rule.when?.commandAt;
  if (!at?.length || !callee) return {};
  let compiled = layouts.get(rule);
  if (!compiled) {
    compiled = at.map((a) => ({
      patterns: a.calls.flatMap((p) => compilePattern(p).map((c) => c.segments)),
      layout: { argv: a.argv, program: a.program, argsFrom: a['args-from'] },
    }));
    layouts.set(rule, compiled);
  }
  const name = callee.split('.');
  return compiled.find((c) => c.patterns.some((p) => matchSegments(p, name)))?.layout ?? {};
}

function site(inv: Invocation<Value>, s: ToolSend<Value>, decoded: boolean): CommandSite {
  const d = destinationOfWord(s);
  return { tool: inv.tool!, destination: decoded && d.source === 'literal' ? { ...d, source: 'decoded' } : d };
}

function destinationOfWord(s: ToolSend<Value>): Destination {
  const w = s.host;
  if (!w) return s.defaultHost ? { host: s.defaultHost, source: 'default' } : { source: 'default' };
  const part = hostPart(w, s.form);
  if (hasHoles(w)) {
    if (w.text.length === 1) return toDestination(w.holes[0] ?? UNKNOWN, undefined);
    // `$(whoami).attacker.example`, `{data}.exfil.example`: the constant zone the name ends in.
    const zone = builtNameZone(textValue(part));
    if (zone && !/[/@:]/.test(part.text)) return zone;
    return toDestination(textValue(part), undefined);
  }
  if (URL_START.test(w.text)) {
    const d = destinationOf(w.text, []);
    return d.host ? { host: d.host, scheme: d.scheme, source: 'literal' } : { source: 'default' };
  }
  const host = part.text.toLowerCase();
  return /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(:\d{1,5})?$/.test(host) ? { host, source: 'literal' } : { source: 'default' };
}

const URL_START = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;

/** `user@host:path` → host, `host:22/x` → host:22: the slice of the word (with its holes) that names the host. */
function hostPart(w: Word<Value>, form: ToolSend<Value>['form']): Word<Value> {
  const text = w.text;
  if (form === 'name' || URL_START.test(text)) return w;
  const slash = text.indexOf('/');
  const at = (slash < 0 ? text : text.slice(0, slash)).lastIndexOf('@');
  const from = at + 1;
  const m = /^([^:/]*)(:\d{1,5}(?=$|\/))?/.exec(text.slice(from))!;
  return sliceWord(w, from, from + m[0].length);
}

function textValue(w: Word<Value>): Value & { kind: 'text' } {
  return { kind: 'text', text: w.text, holes: w.holes.map((h) => h ?? UNKNOWN) };
}
