// Resolve an expression to what it statically is: a qualified name (module, attribute, object made
// by a call), a constant string (with holes for the parts built from data), an env var, a parameter.
import type { SyntaxNode } from '../parse/parser.js';
import { libraryCall } from './library-models.js';
import type { Binding, Scope } from './scopes.js';
import { classInfo } from './scopes.js';
import { annotationType } from './annotations.js';
import type { Costed, ProjectLink } from './link.js';
import { Budget } from './link.js';
import { decodeStringLiteral } from './strings.js';
import type { Origin, Value } from './value.js';
import { informative, MAX_DEPTH, UNKNOWN } from './value.js';
import { binaryValue, fallbackValue, stringMethod, subscriptValue } from './operators.js';
import { foldBuiltinCall, foldNode, foldNumbers } from './folding.js';
import { argumentFor, paramsIn, substitute } from './substitute.js';
import { extend } from './plain-value.js';

// Re-exported for the stages that read values (destination inference, rule conditions, findings).
export type { Origin, Value } from './value.js';
export { HOLE } from './value.js';
export { keywordArg, positionalArg } from './arguments.js';

const BUILTINS = new Set(
  '__import__ getattr exec eval compile open chr ord int bytes bytearray str vars reversed map list tuple locals globals'.split(
    ' ',
  ),
);

/**
 * Order independence: a node's value never depends on what was evaluated before it. Only complete
 * results are memoised; a result that was cut (a cycle such as `x = x.y`, the nesting guard, the work
 * budget) is recomputed by whoever asks, so an earlier evaluation cannot leak a truncated value into a
 * later one.
 */
export class Resolver {
  private memo = new Map<number, { v: Value } & Costed>();
  private active = new Set<number>();
  /** Shared with every module the project index reaches from the analysed file. */
  readonly budget: Budget;

  /**
   * `link`: the project index (names imported from other project modules); `root`: the module scope
   * this resolver owns — nodes of other modules are resolved by their own resolver (node ids are per tree).
   */
  constructor(
    private readonly link?: ProjectLink,
    private readonly root?: Scope,
  ) {
    this.budget = link?.budget ?? new Budget();
  }

  /** Set when the work budget ran out: later values may be unknown and the file gets a note. */
  get exhausted(): boolean {
    return this.budget.exhausted;
  }

  /** A call site of the file begins (past the budget, each gets a small grace: link.ts). */
  nextSite(): void {
    this.budget.nextSite();
  }

  /** Resolve a node in a scope. Results are memoised per node (scope is implied by the node). */
  value(node: SyntaxNode | null | undefined, scope: Scope, depth = 0): Value {
    if (!node) return UNKNOWN;
    if (this.root && scope.root !== this.root) {
      const owner = this.link?.resolverOf(scope.root);
      return owner && owner !== this ? owner.value(node, scope, depth) : UNKNOWN;
    }
    const b = this.budget;
    const cached = this.memo.get(node.id);
    if (cached && b.reuse(cached)) return cached.v;
    // Nesting beyond MAX_DEPTH (200 levels of expression, never reached by alias chains, which warm()
    // resolves step by step) is unknown and memoised like any value, so a 20,000-term "+" stays linear.
    if (depth > MAX_DEPTH) return UNKNOWN;
    const mark = b.mark();
    if (this.active.has(node.id) || !b.step()) {
      b.cuts++;
      return UNKNOWN;
    }
    const cutsBefore = b.cuts;
    this.active.add(node.id);
    const v = this.compute(node, scope, depth);
    this.active.delete(node.id);
    if (b.cuts === cutsBefore) this.memo.set(node.id, b.made(mark, { v }));
    return v;
  }

  /**
   * Resolve a scope's plain aliases (`a2 = a1`, `r = requests`) in source order, so a chain of any
   * length is followed one memoised step at a time instead of by one deep recursion.
   */
  warm(scope: Scope): void {
    const aliases: Extract<Binding, { k: 'expr' }>[] = [];
    for (const list of scope.names.values()) {
      for (const b of list) {
        if (b.k === 'expr' && (b.node.type === 'identifier' || b.node.type === 'attribute')) aliases.push(b);
      }
    }
    aliases.sort((x, y) => x.at - y.at);
    for (const b of aliases) this.value(b.node, b.scope);
  }

  cut(): Value {
    this.budget.cuts++;
    return UNKNOWN;
  }

  private compute(node: SyntaxNode, scope: Scope, depth: number): Value {
    switch (node.type) {
      case 'identifier':
        return this.name(node.text, node.startIndex, scope, depth);
      case 'attribute': {
        const obj = node.childForFieldName('object');
        const attr = node.childForFieldName('attribute')?.text;
        if (!obj || !attr) return UNKNOWN;
        if (obj.type === 'identifier' && scope.cls && obj.text === scope.selfName) {
          const set = scope.cls.selfAttrs.get(attr);
          const own = set ?? scope.cls.scope.names.get(attr);
          if (own) return bound(this.member(this.bindings(own, node.startIndex, depth), depth), !set);
          // Set by a local base class (`class DatagramHandler(SocketHandler)` reading `self.sock`).
          const inherited = this.inheritedMember(scope.cls.scope, attr, depth);
          if (inherited) return bound(this.member(this.bindings(inherited, Infinity, depth), depth), true);
          // Inherited from a base class the file imports: `class Api(requests.Session)`, `self.post(u)`.
          const b = this.baseOf(scope.cls.scope, depth);
          return b.kind === 'qualified' ? { kind: 'qualified', name: `${b.name}().${attr}`, origins: [] } : UNKNOWN;
        }
        return this.attributeOf(this.value(obj, scope, depth + 1), attr, depth);
      }
      case 'call':
        return this.call(node, scope, depth);
      case 'string':
      case 'concatenated_string':
        return decodeStringLiteral(node, (n) => this.value(n, scope, depth + 1));
      case 'parenthesized_expression':
      case 'await':
      case 'expression_statement':
        return this.value(node.firstNamedChild, scope, depth + 1);
      case 'assignment':
        return this.value(node.childForFieldName('right'), scope, depth + 1);
      case 'none':
        return { kind: 'none' };
      case 'boolean_operator':
      case 'conditional_expression':
        return fallbackValue(node, (n) => this.value(n, scope, depth + 1));
      case 'subscript':
        return subscriptValue(node, (n) => this.value(n, scope, depth + 1));
      case 'binary_operator':
        return this.binary(node, scope, depth);
      default:
        return foldNode(node, (n) => this.value(n, scope, depth + 1)) ?? UNKNOWN;
    }
  }

  /** `base.attr` for a value already resolved (also used by the project index for dotted names). */
  attributeOf(base: Value, attr: string, depth: number): Value {
    const qual = 'qual' in base && base.qual ? `${base.qual}.${attr}` : undefined;
    if (base.kind === 'instance') {
      // `w = Wrapper(); w.session.post(u)`: what the class sets on self, or defines.
      const set = classInfo(base.scope).selfAttrs.get(attr);
      const own = set ?? base.scope.names.get(attr) ?? this.inheritedMember(base.scope, attr, depth);
      return own ? named(bound(this.member(this.bindings(own, Infinity, depth), depth), !set), qual) : UNKNOWN;
    }
    if (base.kind === 'class') {
      // `Api.session` (class attribute), or an attribute inherited from an imported base.
      const own = base.scope.names.get(attr);
      if (own) return named(this.bindings(own, Infinity, depth), qual);
      const b = this.baseOf(base.scope, depth);
      return b.kind === 'qualified' ? { kind: 'qualified', name: `${b.name}.${attr}`, origins: [] } : UNKNOWN;
    }
    if (base.kind === 'qualified' && base.cls) {
      // Data the project class itself sets (a settings field default, `self.base_url` from __init__).
      // Its methods stay the library's names, so the rules still match `Session().post` on a subclass.
      const set = classInfo(base.cls).selfAttrs.get(attr);
      const own = set ?? base.cls.names.get(attr) ?? this.inheritedMember(base.cls, attr, depth);
      if (own) {
        const v = this.member(this.bindings(own, Infinity, depth), depth);
        if (v.kind !== 'function' && v.kind !== 'unknown') return v;
      }
    }
    if (base.kind === 'qualified') {
      if (base.name === 'os' && attr === 'environ') return { kind: 'qualified', name: 'os.environ', origins: [] };
      const name = `${base.name}.${attr}`;
      // `config.API_URL` where config is a project module: its value there.
      if (!base.origins.length) {
        const remote = this.link?.lookup(name, depth + 1);
        if (remote) return remote;
      }
      return { kind: 'qualified', name, origins: base.origins };
    }
    return UNKNOWN;
  }

  /** Look a name up through the scope chain (function → enclosing functions → module → builtins). */
  name(id: string, at: number, scope: Scope, depth: number): Value {
    let s: Scope | undefined = scope;
    let same = true;
    while (s) {
      const list = s.names.get(id);
      if (list?.length) return this.bindings(list, same ? at : Infinity, depth);
      s = s.parent;
      // Class bodies are not visible from nested functions.
      while (s && s.kind === 'class' && !same) s = s.parent;
      same = false;
    }
    if (BUILTINS.has(id)) return { kind: 'qualified', name: `builtins.${id}`, origins: [] };
    if (id === '__builtins__') return { kind: 'qualified', name: 'builtins', origins: [] };
    // `from requests import *`: an otherwise unbound name comes from the last star import in reach.
    for (let s2: Scope | undefined = scope; s2; s2 = s2.parent) {
      const star = s2.stars[s2.stars.length - 1];
      if (star) return { kind: 'qualified', name: `${star}.${id}`, origins: [] };
    }
    return UNKNOWN;
  }

  /**
   * Flow-insensitive choice: the last binding before the use, else the last informative one. A local
   * def/class, a loop variable, or an assignment of something unknown (outside an `except` fallback)
   * shadows an import of the same name: `requests = FakeRequests()` is not the requests module.
   */
  bindings(list: Binding[] | undefined, at: number, depth: number): Value {
    if (!list?.length) return UNKNOWN;
    const before = list.filter((b) => b.at < at);
    const ordered = [...(before.length ? before : list)].reverse();
    // Read from outside the flow (another module, a method): an assignment under `if` is an
    // alternative; the unconditional one is what the name holds by default.
    if (at === Infinity) ordered.sort((x, y) => Number(branch(x)) - Number(branch(y)));
    let fallback: Value = UNKNOWN;
    let shadowed = false;
    for (const b of ordered) {
      const v = this.binding(b, depth);
      if (b.k === 'def' || b.k === 'class') return shadowed ? UNKNOWN : v;
      if (informative(v)) return shadowed && b.k === 'import' ? UNKNOWN : v;
      if (b.k === 'opaque' || (b.k === 'expr' && /^(unknown|number|seq)$/.test(v.kind) && !b.inExcept)) shadowed = true;
      if (fallback.kind === 'unknown') fallback = v;
    }
    // Latest binding before the use is uninformative: look at later ones (assigned in a function).
    if (!shadowed && before.length && before.length < list.length) {
      for (const b of [...list].reverse()) {
        const v = this.binding(b, depth);
        if (informative(v)) return v;
      }
    }
    return fallback;
  }

  private binding(b: Binding, depth: number): Value {
    switch (b.k) {
      case 'import':
        // A name from another project module has the value it has there (constant, client, factory...).
        return this.link?.lookup(b.qual, depth + 1) ?? { kind: 'qualified', name: b.qual, origins: [] };
      case 'def':
        return { kind: 'function', scope: b.scope };
      case 'class':
        return { kind: 'class', scope: b.scope };
      case 'opaque':
        return UNKNOWN;
      case 'expr': {
        const v = this.value(b.node, b.scope, depth + 1);
        if (b.annotation && !informative(v)) {
          const t = annotationType(this, b.annotation, b.scope, depth + 1);
          if (t.kind === 'qualified' || t.kind === 'instance') return t;
        }
        return v;
      }
      case 'param': {
        const t = b.annotation ? annotationType(this, b.annotation, b.scope, depth + 1) : UNKNOWN;
        if (t.kind === 'qualified' || t.kind === 'instance') return t;
        // The default is evaluated in the enclosing scope.
        const d = b.default ? this.value(b.default, b.scope.parent ?? b.scope, depth + 1) : UNKNOWN;
        return d.kind === 'text' || d.kind === 'env'
          ? { kind: 'param', name: b.name, default: d }
          : { kind: 'param', name: b.name };
      }
    }
  }

  /** The first base class of a local class that resolves to an imported name (recursively). */
  private baseOf(cls: Scope, depth: number): Value {
    if (depth > MAX_DEPTH) return this.cut();
    for (const b of cls.bases) {
      const v = this.value(b, cls.parent ?? cls, depth + 1);
      if (v.kind === 'qualified' && v.name !== 'builtins.object' && !v.name.startsWith('typing.')) return v;
      if (v.kind === 'class' && v.scope !== cls) {
        const inner = this.baseOf(v.scope, depth + 1);
        if (inner.kind === 'qualified') return inner;
      }
    }
    return UNKNOWN;
  }

  /** An attribute a local base class sets on `self` or defines (breadth-first, a few levels). */
  private inheritedMember(cls: Scope, attr: string, depth: number): Binding[] | undefined {
    let level = [cls];
    const seen = new Set<Scope>([cls]);
    for (let i = 0; i < 4 && level.length; i++) {
      const next: Scope[] = [];
      for (const c of level) {
        for (const b of c.bases) {
          const v = this.value(b, c.parent ?? c, depth + 1);
          if (v.kind !== 'class' || seen.has(v.scope)) continue;
          seen.add(v.scope);
          const found = classInfo(v.scope).selfAttrs.get(attr) ?? v.scope.names.get(attr);
          if (found) return found;
          next.push(v.scope);
        }
      }
      level = next;
    }
    return undefined;
  }

  /** An instance of a local class: named after an imported base (`class S(requests.Session)`), else local. */
  baseInstance(cls: Scope, call: Origin | undefined, depth: number): Value {
    const b = this.baseOf(cls, depth);
    if (b.kind !== 'qualified') return { kind: 'instance', scope: cls };
    return { kind: 'qualified', name: `${b.name}()`, origins: call ? [...b.origins, call] : b.origins, cls };
  }

  /** What a local function returns: the first return expression that resolves. */
  private returned(fn: Scope, depth: number): Value {
    if (depth > MAX_DEPTH) return this.cut();
    // The declared type wins over an object made by some other call: `def get_session() -> httpx.Client`
    // returning a global set elsewhere, `def get_state() -> State: return ctx.ensure_object(State)`.
    const declared = fn.returnType ? annotationType(this, fn.returnType, fn.parent ?? fn, depth + 1) : UNKNOWN;
    let parameter: Value | undefined;
    for (const r of fn.returns) {
      const v = this.value(r, fn, depth + 1);
      // `return self._base_url` set from a constructor parameter: the parameter (and its default).
      if (v.kind === 'param') parameter ??= v;
      if (!informative(v)) continue;
      // Same type: keep the value (its constructor call carries the destination arguments).
      const same = declared.kind === 'qualified' && v.kind === 'qualified' && declared.name === v.name;
      return declared.kind !== 'unknown' && v.kind === 'qualified' && !same ? declared : v;
    }
    if (declared.kind === 'qualified' || declared.kind === 'instance') return declared;
    return parameter ?? UNKNOWN;
  }

  /** What a call of a project function returns, with the call's arguments for its parameters. */
  private returnedFor(f: Value & { kind: 'function' }, call: SyntaxNode, scope: Scope, depth: number): Value {
    let v = this.returned(f.scope, depth);
    const params = paramsIn(v, f.scope.params());
    for (const p of params.slice(0, 4)) {
      const arg = argumentFor(call, f.scope, p, !!f.bound);
      if (!arg) continue;
      v = substitute(v, p, this.value(arg, scope, depth + 1)) ?? v;
    }
    return v;
  }

  /** `self.x` where x is a `@property` (or cached_property) of the class: the value it returns. */
  private member(v: Value, depth: number): Value {
    if (v.kind === 'function' && v.scope.decorators.some((d) => /(^|\.)(cached_)?property$/.test(d)))
      return this.returned(v.scope, depth + 1);
    return v;
  }

  private call(node: SyntaxNode, scope: Scope, depth: number): Value {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    const f = this.value(fn, scope, depth + 1);
    if (f.kind === 'function') return this.returnedFor(f, node, scope, depth + 1);
    if (f.kind === 'class')
      return named(this.baseInstance(f.scope, { node, scope }, depth + 1), f.qual && `${f.qual}()`);
    if (f.kind === 'qualified') {
      const modelled =
        foldBuiltinCall(f.name, node, (n) => this.value(n, scope, depth + 1)) ??
        libraryCall(f, node, scope, (n) => this.value(n, scope, depth + 1));
      if (modelled) return modelled;
      // Instance made by a call: remember the call so destination/credential arguments can be read there.
      return { kind: 'qualified', name: `${f.name}()`, origins: [...f.origins, { node, scope }] };
    }
    // Methods on strings: "...".format(...), "...".join(chr(...)), x.decode(), x.strip()...
    if (fn?.type === 'attribute') return stringMethod(fn, args, (n) => this.value(n, scope, depth + 1));
    return UNKNOWN;
  }

  private binary(node: SyntaxNode, scope: Scope, depth: number): Value {
    const evaluate = (n: SyntaxNode | null | undefined) => this.value(n, scope, depth + 1);
    const l = evaluate(node.childForFieldName('left'));
    const r = evaluate(node.childForFieldName('right'));
    return foldNumbers(node.childForFieldName('operator')?.text, l, r) ?? binaryValue(node, l, r, evaluate);
  }
}

/** A method reached through an instance or `self`: calls pass the instance as its first parameter. */
function bound(v: Value, method: boolean): Value {
  return method && v.kind === 'function' && !v.bound ? extend(v, { bound: true }) : v;
}

/** Keep the dotted name a project function, class or instance was reached by (custom rules match it). */
function named(v: Value, qual: string | undefined): Value {
  return qual && (v.kind === 'function' || v.kind === 'class' || v.kind === 'instance') ? extend(v, { qual }) : v;
}

function branch(b: Binding): boolean {
  return b.k === 'expr' && !!b.inBranch;
}
