// Match one call against the rules: which rule it is a site of, and where it sends. Shared by the
// file driver and by wrapper summaries (a send inside a project function).
import type { SyntaxNode } from '../parse/parser.js';
import type { ArgSource } from '../resolve/arguments.js';
import {
  builtNameZone,
  defaultHost,
  destinationFor,
  firstArgValue,
  hostArgNode,
  isLocalDestination,
} from '../resolve/destination.js';
import { passedCallable } from '../resolve/runners.js';
import { localSite, unsentScheme } from '../resolve/local-sites.js';
import type { Scope } from '../resolve/scopes.js';
import type { Origin, Resolver, Value } from '../resolve/values.js';
import { commandSite } from '../rules/command-site.js';
import { conditionHolds } from '../rules/conditions.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import type { Destination } from '../types.js';

const SITE_KINDS = ['client', 'send', 'init', 'connect'] as const;

export interface CallMatch {
  match: RuleMatch;
  callee: string;
  destination: Destination;
  /** The value the destination was read from (a parameter, an env var, text with holes...). */
  value?: Value;
  /** The call and the constructor calls it came from, whose arguments carry data and credentials. */
  argSites: Origin[];
  /** The default host of an env var or parameter destination. */
  hintHost?: string;
}

/** The dotted name rules match a callee by: a qualified name, or the name a project function was imported by. */
export function calleeName(v: Value): (Value & { kind: 'qualified' }) | undefined {
  if (v.kind === 'qualified') return v;
  if ((v.kind === 'function' || v.kind === 'class') && v.qual) return { kind: 'qualified', name: v.qual, origins: [] };
  return undefined;
}

/**
 * `SafeExporter(endpoint=...)` where `class SafeExporter(OTLPSpanExporter)` is a project class: the
 * imported base it constructs (rules name the library's class, not the project's subclass).
 */
export function constructedBase(
  node: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
): (Value & { kind: 'qualified' }) | undefined {
  const made = resolver.value(node, scope);
  if (made.kind !== 'qualified' || !made.name.endsWith('()')) return undefined;
  return { kind: 'qualified', name: made.name.slice(0, -2), origins: made.origins.slice(0, -1) };
}

/** The site a call is, or undefined (no rule, a local destination, a bare constructor, a failed condition). */
export function matchCall(
  node: SyntaxNode,
  scope: Scope,
  callee: Value & { kind: 'qualified' },
  resolver: Resolver,
  index: RuleIndex,
  /** The arguments when a runner makes the call (`Thread(target=requests.post, args=(url,))`). */
  view?: ArgSource,
): CallMatch | undefined {
  const matches = index.matches(callee.name, SITE_KINDS);
  if (!matches.length) return undefined;
  // Conditional rules (raw sockets, curl in subprocess...) apply even to a name that is a client
  // elsewhere; unconditional ones only when the name is not a client constructor.
  const client = matches[0]!.kind === 'client';
  const ordered = [
    ...matches.filter((m) => m.kind !== 'client' && m.rule.when),
    ...(client ? [] : matches.filter((m) => !m.rule.when)),
    // A client constructor is a site only for rules that say so, and only where it names a destination.
    ...(client && matches[0]!.rule.clientSites && namesDestination(node, matches[0]!.rule, view) ? [matches[0]!] : []),
  ];
  for (const m of ordered) {
    const d = destinationFor(
      m.rule,
      m.kind === 'connect' || m.kind === 'init' || m.kind === 'client',
      node,
      scope,
      callee,
      resolver,
      view,
    );
    // A command's destination is the sending program's, read from its arguments (computed once here,
    // with the callee's name for `command-at`; the condition below reads the same result).
    const command = m.rule.when?.commandIn || m.rule.when?.commands;
    const site = command ? commandSite(m.rule, node, scope, resolver, view, callee.name) : undefined;
    if (!conditionHolds(m.rule, node, scope, resolver, d, index, view)) continue;
    let dest = d.dest;
    if (site) dest = site.destination;
    else if (!dest.host && m.rule.when) dest = builtNameZone(firstArgValue(node, scope, resolver, view)) ?? dest;
    // Loopback and local sockets (/dev/log, *.sock, AF_UNIX) written in the code are not egress.
    if (isLocalDestination(dest) || unsentScheme(m.rule, d.value)) return undefined;
    if (!view && bareConstructor(m, node, callee.name)) return undefined;
    const argSites = [{ node, scope, args: view }, ...callee.origins];
    if (m.rule.localWhen.length && localSite(m.rule.localWhen, argSites, resolver)) return undefined;
    return {
      match: m,
      callee: callee.name,
      destination: dest,
      value: d.value,
      argSites,
      hintHost: defaultHost(d.value),
    };
  }
  return undefined;
}

/** The site a runner call is when the function it runs is a library send (`map(requests.get, urls)`). */
export function matchPassed(
  node: SyntaxNode,
  scope: Scope,
  runner: string,
  resolver: Resolver,
  index: RuleIndex,
): CallMatch | undefined {
  const passed = passedCallable(runner, node, scope, resolver);
  const q = passed && calleeName(passed.value);
  return q ? matchCall(node, scope, q, resolver, index, passed.args) : undefined;
}

/** Does the constructor call pass one of the rule's destination arguments? */
function namesDestination(call: SyntaxNode, rule: RuleMatch['rule'], view?: ArgSource): boolean {
  return [...rule.hostArgs, ...rule.constructorHostArgs].some((h) => hostArgNode(call, h, view) !== undefined);
}

/**
 * `smtplib.SMTP()`, `ftplib.FTP()`, `SysLogHandler()`, `pika.BlockingConnection()` with no arguments at
 * all and no default service host: the library either opens nothing until `.connect(host)` (reported
 * there) or talks to localhost. Inventory, not a finding.
 */
function bareConstructor(m: RuleMatch, call: SyntaxNode, callee: string): boolean {
  if (m.kind !== 'connect' || m.rule.when || callee.includes('()')) return false;
  if (m.rule.hosts.some((h) => !h.startsWith('*.'))) return false;
  const args = call.childForFieldName('arguments');
  return !!args && args.type === 'argument_list' && args.namedChildren.every((c) => c?.type === 'comment');
}
