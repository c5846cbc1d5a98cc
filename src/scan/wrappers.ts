// Wrappers: a project function that sends to a destination its caller passes in
// (`def _post(url, payload): requests.post(url, json=payload)`). Its summary says which parameter
// carries the destination; each call site then gets the destination its argument gives, through
// chains of wrappers and across modules.
import type { SyntaxNode } from '../parse/parser.js';
import { argumentFor, substitute } from '../resolve/substitute.js';
import type { FileSymbols, Scope } from '../resolve/scopes.js';
import type { Resolver, Value } from '../resolve/values.js';
import { destinationOf } from '../resolve/strings.js';
import { HOLE } from '../resolve/value.js';
import type { RuleIndex } from '../rules/index.js';
import type { CallMatch } from './match-call.js';
import { calleeName, matchCall } from './match-call.js';

export { argumentFor, substitute } from '../resolve/substitute.js';

export interface WrapperSend {
  /** The send inside the innermost wrapper. */
  send: CallMatch;
  sendNode: SyntaxNode;
  sendScope: Scope;
  /**
   * The wrapper's parameter that decides the host, with the destination in terms of it (the parameter
   * itself, or text with it as a hole). Absent when the host is fixed inside and only the data (or the
   * path) comes from the caller: each call site then sends to the wrapper's own destination.
   */
  param?: string;
  template?: Value;
}

/** Where the files' symbols and resolvers are (the analysed file, and the project's other modules). */
export interface CodeBase {
  symbolsOf(root: Scope): FileSymbols | undefined;
  resolverOf(scope: Scope): Resolver | undefined;
  index: RuleIndex;
}

const MAX_SENDS = 16;

export class Wrappers {
  private memo = new WeakMap<Scope, WrapperSend[]>();
  private active = new Set<Scope>();
  private callsByScope = new WeakMap<FileSymbols, Map<Scope, { node: SyntaxNode; scope: Scope }[]>>();

  constructor(private readonly code: CodeBase) {}

  /** The sends of function `fn` whose destination or data comes from one of its parameters. */
  sendsOf(fn: Scope): WrapperSend[] {
    const known = this.memo.get(fn);
    if (known) return known;
    if (this.active.has(fn)) return []; // recursion: the cycle adds nothing new
    this.active.add(fn);
    const out: WrapperSend[] = [];
    try {
      const params = new Set(fn.params());
      const resolver = this.code.resolverOf(fn);
      if (!resolver || !params.size) return out;
      for (const c of this.callsIn(fn)) {
        if (out.length >= MAX_SENDS) break;
        const f = resolver.value(c.node.childForFieldName('function'), c.scope);
        const q = calleeName(f);
        const m = q ? matchCall(c.node, c.scope, q, resolver, this.code.index) : undefined;
        if (m) {
          const p = paramIn(m.value, params);
          const send = { send: m, sendNode: c.node, sendScope: c.scope };
          if (p) out.push({ ...send, param: p, template: m.value! });
          else if (passes(c.node, fn, params)) out.push(send);
          continue;
        }
        // A wrapper calling a wrapper with its own parameters.
        if (f.kind !== 'function') continue;
        const passed = passes(c.node, fn, params);
        for (const w of this.sendsOf(f.scope)) {
          if (w.param === undefined || w.template === undefined) {
            if (passed) out.push(w);
            continue;
          }
          const arg = argumentFor(c.node, f.scope, w.param, !!f.bound);
          if (!arg) continue;
          const v = substitute(w.template, w.param, resolver.value(arg, c.scope));
          const p = paramIn(v, params);
          if (p && v) out.push({ ...w, param: p, template: v });
          else if (passed) out.push({ send: w.send, sendNode: w.sendNode, sendScope: w.sendScope });
        }
      }
      return out;
    } finally {
      this.active.delete(fn);
      this.memo.set(fn, out);
    }
  }

  private callsIn(fn: Scope): { node: SyntaxNode; scope: Scope }[] {
    const sym = this.code.symbolsOf(fn.root);
    if (!sym) return [];
    let by = this.callsByScope.get(sym);
    if (!by) {
      by = new Map();
      for (const c of sym.calls) {
        let list = by.get(c.scope);
        if (!list) by.set(c.scope, (list = []));
        list.push(c);
      }
      this.callsByScope.set(sym, by);
    }
    return by.get(fn) ?? [];
  }
}

/**
 * Does the call pass the function's parameters on (in its arguments, directly or through a local
 * variable assigned from them)? `self`/`cls` does not count: every method passes it.
 */
function passes(call: SyntaxNode, fn: Scope, params: Set<string>): boolean {
  const args = call.childForFieldName('arguments');
  if (!args) return false;
  const own = (name: string) => params.has(name) && name !== fn.selfName;
  const ids = args.descendantsOfType('identifier');
  if (ids.length > 200) return false;
  for (const id of ids) {
    if (!id) continue;
    if (own(id.text)) return true;
    // `url = urljoin(self.base_url, endpoint)` then `client.request(method, url)`.
    for (const b of fn.names.get(id.text) ?? []) {
      if (b.k !== 'expr' || b.scope !== fn || b.node.endIndex - b.node.startIndex > 2000) continue;
      if (b.node.descendantsOfType('identifier').some((d) => d && own(d.text))) return true;
    }
  }
  return false;
}

/** The parameter (of `params`) that decides the host: the destination itself, or a hole in its host part. */
function paramIn(v: Value | undefined, params: Set<string>): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'param') return params.has(v.name) ? v.name : undefined;
  if (v.kind !== 'text') return undefined;
  // `BASE + f"/charges/{charge_id}"`: a parameter in the path does not move the host.
  const hostHoles = destinationOf(v.text, v.holes).hostHoles ?? (v.text.startsWith(HOLE) ? v.holes.slice(0, 1) : []);
  for (const h of hostHoles) if (h.kind === 'param' && params.has(h.name)) return h.name;
  return undefined;
}
