// The sites a call of a project wrapper makes: one per send inside it whose destination or data the
// call's arguments decide, reported at the calling line with the send inside the wrapper as related
// location (a new caller that passes new data is a new site of that integration).
import type { SyntaxNode } from '../parse/parser.js';
import { defaultHost, isLocalDestination, toDestination } from '../resolve/destination.js';
import type { Scope } from '../resolve/scopes.js';
import type { Resolver, Value } from '../resolve/values.js';
import type { Site } from './build-finding.js';
import type { Wrappers } from './wrappers.js';
import type { ArgSource } from '../resolve/arguments.js';
import { argumentFor, substitute } from '../resolve/substitute.js';

export function wrapperSites(
  call: SyntaxNode,
  scope: Scope,
  fn: Value & { kind: 'function' },
  args: ArgSource,
  wrappers: Wrappers,
  resolver: Resolver,
  pathOf: (s: Scope) => string,
): Site[] {
  const out: Site[] = [];
  const seen = new Set<SyntaxNode>();
  for (const w of wrappers.sendsOf(fn.scope)) {
    if (seen.has(w.sendNode)) continue;
    let destination = w.send.destination;
    let v = w.send.value;
    if (w.param !== undefined && w.template !== undefined) {
      // The caller decides the host.
      const arg = argumentFor(args, fn.scope, w.param, !!fn.bound);
      v = arg ? substitute(w.template, w.param, resolver.value(arg, scope)) : undefined;
      if (!arg || !v) continue;
      destination = toDestination(v, arg);
    } else if (!(w.data ?? []).some((d) => argumentFor(args, fn.scope, d, !!fn.bound))) {
      continue; // the caller passes none of the data the wrapper sends
    }
    // A known host or env var. A parameter of the caller's own function makes the caller a wrapper in
    // turn, reported where it is called.
    if (!destination.host && destination.source !== 'env') continue;
    if (isLocalDestination(destination)) continue;
    seen.add(w.sendNode);
    out.push({
      node: call,
      scope,
      match: w.send.match,
      callee: wrapperName(fn, w.send.callee),
      destination,
      argSites: [{ node: call, scope }, ...w.send.argSites],
      hintHost: defaultHost(v),
      trace: [{ file: pathOf(w.sendScope), line: w.sendNode.startPosition.row + 1, role: 'send' }],
    });
  }
  return out;
}

/** `pkg.http.HTTPClient().send_request` (how the caller reached it), else the def's own name. */
function wrapperName(fn: Value & { kind: 'function' }, inner: string): string {
  if (fn.qual) return fn.qual;
  const name = fn.scope.node.childForFieldName('name')?.text;
  return name ? `${name} → ${inner}` : inner;
}
