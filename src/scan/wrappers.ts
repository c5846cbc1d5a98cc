// Wrappers: a project function that sends to a destination its caller passes in
// (`def _post(url, payload): requests.post(url, json=payload)`). Its summary says which parameter
// carries the destination; each call site then gets the destination its argument gives, through
// chains of wrappers and across modules.
import type { SyntaxNode } from '../parse/parser.js';
import { invokedFunction } from '../resolve/runners.js';
import { argumentFor, substitute } from '../resolve/substitute.js';
import type { FileSymbols, Scope } from '../resolve/scopes.js';
import type { Costed } from '../resolve/link.js';
import type { Resolver, Value } from '../resolve/values.js';
import { destinationOf } from '../resolve/strings.js';
import { HOLE } from '../resolve/value.js';
import type { RuleIndex } from '../rules/index.js';
import type { CallMatch } from './match-call.js';
import { calleeName, matchCall, matchPassed } from './match-call.js';
import { runsCode } from './payload-sites.js';

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
  /** The wrapper's parameters whose values reach the send's arguments (the data it sends). */
  data?: string[];
  /** Wrappers between this function and the send (data-only chains stop at MAX_DATA_DEPTH). */
  depth: number;
}

/** Where the files' symbols and resolvers are (the analysed file, and the project's other modules). */
export interface CodeBase {
  symbolsOf(root: Scope): FileSymbols | undefined;
  resolverOf(scope: Scope): Resolver | undefined;
  index: RuleIndex;
}

const MAX_SENDS = 16;
/** Data-only wrappers are followed this many calls deep: beyond it every caller of a caller is a "site". */
const MAX_DATA_DEPTH = 2;

/**
 * Wrapper levels summarised below a function (a send inside a wrapper inside a wrapper...). Each
 * summary is computed with this budget from its own function, so it does not depend on who asked first.
 * It also ends recursion (`f` calls `g` calls `f`): a summary is a function of the function and its
 * levels alone, never cut by what else is being summarised, so a memoised one is what any caller would
 * compute (a cut on the function alone depended on which levels earlier files had memoised).
 */
const MAX_LEVELS = 4;

export class Wrappers {
  /**
   * Summaries that did not reach the level budget, with the levels they needed: the same at any budget
   * of at least that many levels (most functions call no wrapper, and are summarised once, not per level).
   */
  private complete = new WeakMap<Scope, { sends: WrapperSend[]; needs: number } & Costed>();
  /** Summaries cut by the level budget, per budget. */
  private memo: WeakMap<Scope, { sends: WrapperSend[] } & Costed>[] = Array.from(
    { length: MAX_LEVELS + 1 },
    () => new WeakMap(),
  );
  /**
   * Summaries made while the work budget refused steps: they lack what those steps would have found, so
   * they serve the rest of the same file only (a later file that calls the function summarises it anew).
   */
  private degraded = { file: -1, by: new Map<Scope, Map<number, { sends: WrapperSend[]; needs: number }>>() };
  private callsByScope = new WeakMap<FileSymbols, Map<Scope, { node: SyntaxNode; scope: Scope }[]>>();

  constructor(private readonly code: CodeBase) {}

  /** The sends of function `fn` whose destination or data comes from one of its parameters. */
  sendsOf(fn: Scope, levels = MAX_LEVELS): WrapperSend[] {
    return this.summary(fn, levels).sends;
  }

  /** `needs`: the levels the summary took (Infinity when it reached the budget: more levels may add sends). */
  private summary(fn: Scope, levels: number): { sends: WrapperSend[]; needs: number } {
    const resolver = this.code.resolverOf(fn);
    const b = resolver?.budget;
    const done = this.complete.get(fn);
    if (done && done.needs <= levels && (!b || b.reuse(done, true))) return done;
    const known = this.memo[levels]!.get(fn);
    if (known && (!b || b.reuse(known, true))) return { sends: known.sends, needs: Infinity };
    if (levels <= 0) return { sends: [], needs: Infinity };
    const file = b?.file;
    if (file !== undefined && this.degraded.file !== file) this.degraded = { file, by: new Map() };
    const local = this.degraded.by.get(fn)?.get(levels);
    if (local) {
      // Reusing a refused summary is refusing the work that would complete it: a caller summarised from
      // it is degraded too, not remembered for later files (they may redo that work and find more).
      b?.refuse();
      return local;
    }
    const refused = b?.refused;
    const mark = b?.mark() ?? 0;
    const outer = b?.enter();
    const out: WrapperSend[] = [];
    let needs = 1;
    try {
      const params = new Set(fn.params());
      if (!resolver || !params.size) return { sends: out, needs };
      for (const c of this.callsIn(fn)) {
        if (out.length >= MAX_SENDS) break;
        const f = resolver.value(c.node.childForFieldName('function'), c.scope);
        const q = calleeName(f);
        const m = q
          ? (matchCall(c.node, c.scope, q, resolver, this.code.index) ??
            matchPassed(c.node, c.scope, q.name, resolver, this.code.index))
          : undefined;
        // Code run from a string is analysed where it runs, not summarised as a send.
        if (m && runsCode(m.match.rule)) continue;
        if (m) {
          const p = paramIn(m.value, params);
          const send = { send: m, sendNode: c.node, sendScope: c.scope, depth: 0 };
          const data = reaching(c.node.childForFieldName('arguments'), fn, params);
          if (p) add(out, { ...send, param: p, template: m.value!, data });
          else if (data.length) add(out, { ...send, data });
          continue;
        }
        // A wrapper calling a wrapper with its own parameters, directly or through a runner
        // (`Thread(target=_post, kwargs={"url": url})`).
        const inv = invokedFunction(f, q?.name, c.node, c.scope, resolver);
        if (!inv) continue;
        const { fn: g, args } = inv;
        const inner = this.summary(g.scope, levels - 1);
        needs = Math.max(needs, inner.needs + 1);
        for (const w of inner.sends) {
          // The callee's data parameters, as this function's parameters.
          const data = [
            ...new Set((w.data ?? []).flatMap((d) => reaching(argumentFor(args, g.scope, d, !!g.bound), fn, params))),
          ];
          const base = { send: w.send, sendNode: w.sendNode, sendScope: w.sendScope, depth: w.depth + 1, data };
          if (w.param !== undefined && w.template !== undefined) {
            const arg = argumentFor(args, g.scope, w.param, !!g.bound);
            const v = arg ? substitute(w.template, w.param, resolver.value(arg, c.scope)) : undefined;
            const p = paramIn(v, params);
            if (p && v) {
              add(out, { ...base, param: p, template: v });
              continue;
            }
          }
          if (data.length && w.depth + 1 <= MAX_DATA_DEPTH) add(out, base);
        }
      }
      return { sends: out, needs };
    } finally {
      b?.leave(outer);
      if (b?.refused !== refused) {
        let by = this.degraded.by.get(fn);
        if (!by) this.degraded.by.set(fn, (by = new Map()));
        by.set(levels, { sends: out, needs });
      } else if (b) {
        if (needs <= levels) this.complete.set(fn, b.made(mark, { sends: out, needs }));
        else this.memo[levels]!.set(fn, b.made(mark, { sends: out }));
      }
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
 * Add a send to a summary, once per send and parameter: a recursive function reaches its own sends again
 * through the cycle (`f` calls `g` calls `f`), one level deeper each time; the shallowest is kept.
 */
function add(out: WrapperSend[], w: WrapperSend): void {
  const i = out.findIndex((o) => o.sendNode.id === w.sendNode.id && o.sendScope === w.sendScope && o.param === w.param);
  if (i < 0) out.push(w);
  else if (w.depth < out[i]!.depth) out[i] = w;
}

/**
 * The function's parameters an expression (an argument list, one argument) mentions, directly or
 * through a local variable assigned from them. `self`/`cls` does not count: every method passes it.
 */
function reaching(expr: SyntaxNode | null | undefined, fn: Scope, params: Set<string>): string[] {
  if (!expr) return [];
  const out = new Set<string>();
  const own = (name: string) => params.has(name) && name !== fn.selfName;
  const ids = expr.type === 'identifier' ? [expr] : expr.descendantsOfType('identifier');
  if (ids.length > 200) return [];
  for (const id of ids) {
    if (!id) continue;
    if (own(id.text)) out.add(id.text);
    // `url = urljoin(self.base_url, endpoint)` then `client.request(method, url)`.
    for (const b of fn.names.get(id.text) ?? []) {
      if (b.k !== 'expr' || b.scope !== fn || b.node.endIndex - b.node.startIndex > 2000) continue;
      for (const d of b.node.type === 'identifier' ? [b.node] : b.node.descendantsOfType('identifier'))
        if (d && own(d.text)) out.add(d.text);
    }
  }
  return [...out].sort();
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
