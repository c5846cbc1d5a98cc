// Rule `when` conditions: the extra tests a conditional rule (network tool in a subprocess, DNS name
// built from data, raw sockets, exec of downloaded code...) needs beyond its qualified-name pattern.
import type { SyntaxNode } from '../parse/parser.js';
import type { Scope } from '../resolve/scopes.js';
import type { Resolver, Value } from '../resolve/values.js';
import type { ArgSource } from '../resolve/arguments.js';
import { callArgs } from '../resolve/arguments.js';
import { HOLE } from '../resolve/values.js';
import type { Destination, Rule } from '../types.js';
import { commandSite } from './command-site.js';
import type { RuleIndex } from './index.js';

export function conditionHolds(
  rule: Rule,
  call: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  d: { dest: Destination; value?: Value },
  index: RuleIndex,
  view?: ArgSource,
): boolean {
  const w = rule.when;
  if (!w) return true;
  const args = view ?? callArgs(call);
  // Programs at a command position, parsed like a shell (`echo curl` runs echo, not curl).
  if ((w.commandIn || w.commands) && !commandSite(rule, call, scope, resolver, view)) return false;
  if (w.argDynamic !== undefined) {
    const v = resolver.value(args.positional(w.argDynamic), scope);
    const built = v.kind === 'text' && ((v.holes.length > 0 && v.text.replaceAll(HOLE, '').length > 0) || !!v.decoded);
    if (!built) return false;
  }
  if (w.argIn) {
    const v = resolver.value(args.positional(0), scope);
    if (v.kind !== 'text' || v.holes.length || !w.argIn.includes(v.text.split('.')[0]!)) return false;
  }
  if (w.argNameIn) {
    const names = new Set(w.argNameIn);
    const hit = allArgs(args).some((n) => {
      const v = resolver.value(n, scope);
      return v?.kind === 'qualified' && names.has(v.name);
    });
    if (!hit) return false;
  }
  if (w.schemeIn && !(d.dest.scheme && w.schemeIn.includes(d.dest.scheme))) {
    // Cloud object paths: the host carries the scheme ("s3://bucket").
    const scheme = d.dest.host?.match(/^([a-z0-9]+):\/\//)?.[1];
    if (!scheme || !w.schemeIn.includes(scheme)) return false;
  }
  if (w.argNetwork !== undefined) {
    const a = args.positional(w.argNetwork);
    if (!a || !containsNetworkCall(a, scope, resolver, index)) return false;
  }
  return true;
}

function containsNetworkCall(node: SyntaxNode, scope: Scope, resolver: Resolver, index: RuleIndex, depth = 0): boolean {
  if (depth > 3) return false;
  for (const call of [node, ...node.descendantsOfType('call')]) {
    if (call?.type !== 'call') continue;
    const callee = resolver.value(call.childForFieldName('function'), scope);
    if (callee.kind !== 'qualified') continue;
    const m = index.matches(callee.name, ['send', 'connect'])[0];
    if (m && m.rule.siteKind !== 'covert') return true;
  }
  // exec(code) where code = requests.get(u).text earlier in the function, also through a decoder:
  // exec(b64decode(blob)) where blob = requests.get(u).content.
  const names = node.type === 'identifier' ? [node] : node.descendantsOfType('identifier').slice(0, 16);
  for (const id of names) {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const list = s.names.get(id!.text);
      if (!list) continue;
      if (list.some((b) => b.k === 'expr' && containsNetworkCall(b.node, b.scope, resolver, index, depth + 1)))
        return true;
      break;
    }
  }
  return false;
}

/** Every argument node, positional then keyword (bounded: a call never has more than a few dozen). */
function allArgs(args: ArgSource): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let i = 0, n = args.positional(0); n && i < 64; n = args.positional(++i)) out.push(n);
  return [...out, ...args.keywords().map((k) => k.value)];
}
