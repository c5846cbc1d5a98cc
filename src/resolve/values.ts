// Resolve an expression to what it statically is: a qualified name (module, attribute, object made
// by a call), a constant string (with holes for the parts built from data), an env var, a parameter.
import type { SyntaxNode } from '../parse/parser.js';
import type { Binding, Scope } from './scopes.js';
import { classInfo } from './scopes.js';
import { decodeStringLiteral } from './strings.js';

export interface Origin {
  node: SyntaxNode;
  scope: Scope;
  /** `functools.partial(f, a)`: positional argument i of the eventual call is argument i + shift here. */
  shift?: number;
}

export type Value =
  /** `name` is dotted; a segment ending in `()` is the object returned by that call. */
  | { t: 'q'; name: string; origins: Origin[] }
  /** Constant text; HOLE marks each part that is not constant (the matching `holes` entry says what it is). */
  | { t: 's'; text: string; holes: Value[]; decoded?: boolean }
  /** An environment variable, with the default the code falls back to when it is unset. */
  | { t: 'env'; name: string; default?: Value }
  /** A function parameter, with its default value when it has one. */
  | { t: 'param'; name: string; default?: Value }
  | { t: 'none' }
  /** A function defined in this file (its scope holds what it returns). */
  | { t: 'fn'; scope: Scope }
  /** A class defined in this file (its scope holds the class attributes and bases). */
  | { t: 'cls'; scope: Scope }
  /** An instance of a class defined in this file that does not extend an imported class. */
  | { t: 'inst'; scope: Scope }
  | { t: 'u' };

export const HOLE = '\u0000';
const UNKNOWN: Value = { t: 'u' };
/** Nesting guard against stack exhaustion on deeply nested expressions; a cut result is never memoised. */
const MAX_DEPTH = 200;
/** Evaluation steps per file: a pathological file stops resolving (and says so) instead of running away. */
export const WORK_BUDGET = 2_000_000;
const MAX_TEXT = 4096;

const BUILTINS = new Set(['__import__', 'getattr', 'exec', 'eval', 'compile', 'open', 'chr', 'bytes', 'str']);

/**
 * Order independence: a node's value never depends on what was evaluated before it. Only complete
 * results are memoised; a result that was cut (a cycle such as `x = x.y`, the nesting guard, the work
 * budget) is recomputed by whoever asks, so an earlier evaluation cannot leak a truncated value into a
 * later one.
 */
export class Resolver {
  private memo = new Map<number, Value>();
  private active = new Set<number>();
  /** Incremented whenever a result is cut; a computation that saw it change is not memoised. */
  private cuts = 0;
  private steps = 0;
  /** Set when the work budget ran out: later values are unknown and the file gets a note. */
  exhausted = false;

  /** Resolve a node in a scope. Results are memoised per node (scope is implied by the node). */
  value(node: SyntaxNode | null | undefined, scope: Scope, depth = 0): Value {
    if (!node) return UNKNOWN;
    const cached = this.memo.get(node.id);
    if (cached) return cached;
    if (depth > MAX_DEPTH || this.active.has(node.id) || ++this.steps > WORK_BUDGET) {
      if (this.steps > WORK_BUDGET) this.exhausted = true;
      this.cuts++;
      return UNKNOWN;
    }
    const cutsBefore = this.cuts;
    this.active.add(node.id);
    const v = this.compute(node, scope, depth);
    this.active.delete(node.id);
    if (this.cuts === cutsBefore) this.memo.set(node.id, v);
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

  private cut(): Value {
    this.cuts++;
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
          const own = scope.cls.selfAttrs.get(attr) ?? scope.cls.scope.names.get(attr);
          if (own) return this.member(this.bindings(own, node.startIndex, depth), depth);
          // Set by a local base class (`class DatagramHandler(SocketHandler)` reading `self.sock`).
          const inherited = this.inheritedMember(scope.cls.scope, attr, depth);
          if (inherited) return this.member(this.bindings(inherited, Infinity, depth), depth);
          // Inherited from a base class the file imports: `class Api(requests.Session)`, `self.post(u)`.
          const b = this.baseOf(scope.cls.scope, depth);
          return b.t === 'q' ? { t: 'q', name: `${b.name}().${attr}`, origins: [] } : UNKNOWN;
        }
        const base = this.value(obj, scope, depth + 1);
        if (base.t === 'inst') {
          // `w = Wrapper(); w.session.post(u)`: what the class sets on self, or defines.
          const own =
            classInfo(base.scope).selfAttrs.get(attr) ??
            base.scope.names.get(attr) ??
            this.inheritedMember(base.scope, attr, depth);
          return own ? this.member(this.bindings(own, Infinity, depth), depth) : UNKNOWN;
        }
        if (base.t === 'cls') {
          // `Api.session` (class attribute), or an attribute inherited from an imported base.
          const own = base.scope.names.get(attr);
          if (own) return this.bindings(own, Infinity, depth);
          const b = this.baseOf(base.scope, depth);
          return b.t === 'q' ? { t: 'q', name: `${b.name}.${attr}`, origins: [] } : UNKNOWN;
        }
        if (base.t === 'q') {
          if (base.name === 'os' && attr === 'environ') return { t: 'q', name: 'os.environ', origins: [] };
          return { t: 'q', name: `${base.name}.${attr}`, origins: base.origins };
        }
        return UNKNOWN;
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
        return { t: 'none' };
      case 'boolean_operator': {
        // `os.getenv("X") or "https://default"`: the env var, with the constant as its default.
        const l = this.value(node.childForFieldName('left'), scope, depth + 1);
        if (node.childForFieldName('operator')?.text === 'or') {
          const r = this.value(node.childForFieldName('right'), scope, depth + 1);
          if ((l.t === 'env' || l.t === 'param') && !l.default && informative(r)) return { ...l, default: r };
          if (l.t !== 'u' && l.t !== 'none') return l;
          return r.t !== 'none' ? r : UNKNOWN;
        }
        if (l.t !== 'u' && l.t !== 'none') return l;
        return this.value(node.childForFieldName('right'), scope, depth + 1);
      }
      case 'conditional_expression': {
        // `a if c else b`: the first informative side.
        for (const child of [node.namedChildren[0], node.namedChildren[2]]) {
          const v = this.value(child, scope, depth + 1);
          if (v.t !== 'u' && v.t !== 'none') return v;
        }
        return UNKNOWN;
      }
      case 'subscript': {
        const obj = this.value(node.childForFieldName('value'), scope, depth + 1);
        const key = this.value(node.childForFieldName('subscript'), scope, depth + 1);
        if (obj.t === 'q' && obj.name === 'os.environ' && key.t === 's' && !key.holes.length)
          return { t: 'env', name: key.text };
        return UNKNOWN;
      }
      case 'binary_operator':
        return this.binary(node, scope, depth);
      default:
        return UNKNOWN;
    }
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
    if (BUILTINS.has(id)) return { t: 'q', name: `builtins.${id}`, origins: [] };
    // `from requests import *`: an otherwise unbound name comes from the last star import in reach.
    for (let s2: Scope | undefined = scope; s2; s2 = s2.parent) {
      const star = s2.stars[s2.stars.length - 1];
      if (star) return { t: 'q', name: `${star}.${id}`, origins: [] };
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
    let fallback: Value = UNKNOWN;
    let shadowed = false;
    for (const b of ordered) {
      const v = this.binding(b, depth);
      if (b.k === 'def' || b.k === 'class') return shadowed ? UNKNOWN : v;
      if (informative(v)) return shadowed && b.k === 'import' ? UNKNOWN : v;
      if (b.k === 'opaque' || (b.k === 'expr' && v.t === 'u' && !b.inExcept)) shadowed = true;
      if (fallback.t === 'u') fallback = v;
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
        return { t: 'q', name: b.qual, origins: [] };
      case 'def':
        return { t: 'fn', scope: b.scope };
      case 'class':
        return { t: 'cls', scope: b.scope };
      case 'opaque':
        return UNKNOWN;
      case 'expr': {
        const v = this.value(b.node, b.scope, depth + 1);
        if (b.annotation && !informative(v)) {
          const t = this.annotationType(b.annotation, b.scope, depth + 1);
          if (t.t === 'q' || t.t === 'inst') return t;
        }
        return v;
      }
      case 'param': {
        const t = b.annotation ? this.annotationType(b.annotation, b.scope, depth + 1) : UNKNOWN;
        if (t.t === 'q' || t.t === 'inst') return t;
        // The default is evaluated in the enclosing scope.
        const d = b.default ? this.value(b.default, b.scope.parent ?? b.scope, depth + 1) : UNKNOWN;
        return d.t === 's' || d.t === 'env' ? { t: 'param', name: b.name, default: d } : { t: 'param', name: b.name };
      }
    }
  }

  /** The instance type an annotation names: `X`, `Optional[X]`, `X | None`, `Union[X, None]`, `"X"`. */
  private annotationType(ann: SyntaxNode | null | undefined, scope: Scope, depth: number): Value {
    if (!ann) return UNKNOWN;
    if (depth > MAX_DEPTH) return this.cut();
    switch (ann.type) {
      case 'type':
      case 'type_parameter':
      case 'parenthesized_expression':
        for (const c of ann.namedChildren) {
          const t = this.annotationType(c, scope, depth + 1);
          if (t.t === 'q' || t.t === 'inst') return t;
        }
        return UNKNOWN;
      case 'string': {
        const s = decodeStringLiteral(ann, () => UNKNOWN);
        return s.t === 's' && !s.holes.length ? this.annotationText(s.text, scope, depth) : UNKNOWN;
      }
      case 'binary_operator': {
        const l = this.annotationType(ann.childForFieldName('left'), scope, depth + 1);
        return l.t === 'q' || l.t === 'inst'
          ? l
          : this.annotationType(ann.childForFieldName('right'), scope, depth + 1);
      }
      case 'generic_type':
      case 'subscript': {
        const head = ann.type === 'subscript' ? ann.childForFieldName('value') : ann.firstNamedChild;
        if (!head || !/(^|\.)(Optional|Union|Annotated)$/.test(head.text)) return UNKNOWN;
        const args = ann.type === 'subscript' ? ann.childrenForFieldName('subscript') : ann.namedChildren.slice(1);
        for (const a of args) {
          const t = this.annotationType(a, scope, depth + 1);
          if (t.t === 'q' || t.t === 'inst') return t;
          if (head.text.endsWith('Annotated')) break;
        }
        return UNKNOWN;
      }
      case 'identifier':
      case 'attribute': {
        const t = this.value(ann, scope, depth + 1);
        if (t.t === 'q' && !t.name.startsWith('typing.') && !t.name.startsWith('builtins.'))
          return { t: 'q', name: `${t.name}()`, origins: [] };
        if (t.t === 'cls') return this.baseInstance(t.scope, undefined, depth);
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  /** A string annotation, parsed as text: "Optional[httpx.Client]", "openai.OpenAI | None". */
  private annotationText(text: string, scope: Scope, depth: number): Value {
    let t = text.replace(/\s+/g, '');
    if (t.length > 200) return UNKNOWN;
    for (let i = 0; i < 4; i++) {
      const m = /^(?:typing\.)?(?:Optional|Union|Annotated)\[(.*)\]$/.exec(t);
      if (!m) break;
      t = m[1]!;
    }
    for (const part of t.split(/[|,]/)) {
      if (!/^[A-Za-z_][\w.]*$/.test(part) || part === 'None') continue;
      const parts = part.split('.');
      const base = this.name(parts[0]!, Infinity, scope, depth + 1);
      if (base.t === 'q') return { t: 'q', name: [base.name, ...parts.slice(1)].join('.') + '()', origins: [] };
      if (base.t === 'cls' && parts.length === 1) return this.baseInstance(base.scope, undefined, depth);
    }
    return UNKNOWN;
  }

  /** The first base class of a local class that resolves to an imported name (recursively). */
  private baseOf(cls: Scope, depth: number): Value {
    if (depth > MAX_DEPTH) return this.cut();
    for (const b of cls.bases) {
      const v = this.value(b, cls.parent ?? cls, depth + 1);
      if (v.t === 'q' && v.name !== 'builtins.object' && !v.name.startsWith('typing.')) return v;
      if (v.t === 'cls' && v.scope !== cls) {
        const inner = this.baseOf(v.scope, depth + 1);
        if (inner.t === 'q') return inner;
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
          if (v.t !== 'cls' || seen.has(v.scope)) continue;
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
  private baseInstance(cls: Scope, call: Origin | undefined, depth: number): Value {
    const b = this.baseOf(cls, depth);
    if (b.t !== 'q') return { t: 'inst', scope: cls };
    return { t: 'q', name: `${b.name}()`, origins: call ? [...b.origins, call] : b.origins };
  }

  /** What a local function returns: the first return expression that resolves. */
  private returned(fn: Scope, depth: number): Value {
    if (depth > MAX_DEPTH) return this.cut();
    for (const r of fn.returns) {
      const v = this.value(r, fn, depth + 1);
      if (informative(v)) return v;
    }
    return UNKNOWN;
  }

  /** `self.x` where x is a `@property` (or cached_property) of the class: the value it returns. */
  private member(v: Value, depth: number): Value {
    if (v.t === 'fn' && v.scope.decorators.some((d) => /(^|\.)(cached_)?property$/.test(d)))
      return this.returned(v.scope, depth + 1);
    return v;
  }

  private call(node: SyntaxNode, scope: Scope, depth: number): Value {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    const f = this.value(fn, scope, depth + 1);
    const positional = (i: number) => positionalArg(args, i);
    if (f.t === 'fn') return this.returned(f.scope, depth + 1);
    if (f.t === 'cls') return this.baseInstance(f.scope, { node, scope }, depth + 1);
    if (f.t === 'q') {
      switch (f.name) {
        case 'functools.partial': {
          // partial(requests.post, url): calling it calls requests.post with url in front.
          const target = this.value(positional(0), scope, depth + 1);
          if (target.t !== 'q') return UNKNOWN;
          return { t: 'q', name: target.name, origins: [...target.origins, { node, scope, shift: 1 }] };
        }
        case 'os.getenv':
        case 'os.environ.get':
        case 'os.environ.setdefault': {
          const k = this.value(positional(0) ?? keywordArg(args, 'key'), scope, depth + 1);
          if (k.t !== 's' || k.holes.length) return UNKNOWN;
          const d = positional(1) ?? keywordArg(args, 'default');
          const dv = d ? this.value(d, scope, depth + 1) : UNKNOWN;
          return informative(dv) ? { t: 'env', name: k.text, default: dv } : { t: 'env', name: k.text };
        }
        case 'builtins.__import__':
        case 'importlib.import_module': {
          const m = this.value(positional(0), scope, depth + 1);
          if (m.t === 's' && !m.holes.length && /^[A-Za-z_][\w.]*$/.test(m.text)) {
            // __import__("a.b") returns package a; import_module returns a.b.
            const name =
              f.name === 'builtins.__import__' && !keywordArg(args, 'fromlist') ? m.text.split('.')[0]! : m.text;
            return { t: 'q', name, origins: [] };
          }
          return UNKNOWN;
        }
        case 'builtins.getattr': {
          const obj = this.value(positional(0), scope, depth + 1);
          const attr = this.value(positional(1), scope, depth + 1);
          if (obj.t === 'q' && attr.t === 's' && !attr.holes.length && /^[A-Za-z_]\w*$/.test(attr.text))
            return { t: 'q', name: `${obj.name}.${attr.text}`, origins: obj.origins };
          return UNKNOWN;
        }
        case 'urllib.parse.urljoin':
        case 'urlparse.urljoin': {
          const a = this.value(positional(0), scope, depth + 1);
          const b = this.value(positional(1), scope, depth + 1);
          if (b.t === 's' && /^[a-z][a-z0-9+.-]*:\/\//i.test(b.text)) return b;
          if (a.t === 's' && b.t === 's' && !a.holes.length && !b.holes.length && !b.text.startsWith('//')) {
            try {
              return { t: 's', text: new URL(b.text, a.text).href, holes: [], decoded: a.decoded };
            } catch {
              /* not an absolute base: fall through */
            }
          }
          // The base decides the host: keep its text, the rest is a hole.
          // (A path joined to a bare origin starts after a "/": urljoin("https://h", p) keeps host h.)
          if (a.t === 's') {
            const sep = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(a.text) ? '/' : '';
            return { t: 's', text: a.text + sep + HOLE, holes: [...a.holes, b], decoded: a.decoded };
          }
          return a.t === 'u' ? UNKNOWN : a;
        }
        case 'base64.b64decode':
        case 'base64.urlsafe_b64decode':
        case 'base64.b32decode':
        case 'base64.b16decode':
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex':
        case 'codecs.decode':
        case 'builtins.bytes.fromhex':
          return decodeCall(
            f.name,
            this.value(positional(0), scope, depth + 1),
            this.value(positional(1), scope, depth + 1),
          );
      }
      // Instance made by a call: remember the call so destination/credential arguments can be read there.
      return { t: 'q', name: `${f.name}()`, origins: [...f.origins, { node, scope }] };
    }
    // Methods on strings: "...".format(...), "...".join(chr(...)), x.decode(), x.strip()...
    if (fn?.type === 'attribute') {
      const method = fn.childForFieldName('attribute')?.text;
      const recv = this.value(fn.childForFieldName('object'), scope, depth + 1);
      if (recv.t === 's') {
        switch (method) {
          case 'format':
            return formatString(recv, args, (n) => this.value(n, scope, depth + 1));
          case 'decode':
          case 'encode':
          case 'strip':
          case 'lower':
          case 'rstrip':
          case 'lstrip':
            return recv;
          case 'join':
            return this.joinChr(recv, positional(0), scope, depth);
        }
      }
      if (method === 'fromhex' && fn.childForFieldName('object')?.text === 'bytes')
        return decodeCall('builtins.bytes.fromhex', this.value(positional(0), scope, depth + 1), UNKNOWN);
    }
    return UNKNOWN;
  }

  /** `"".join(chr(c) for c in [104, 116, ...])` and `"".join([chr(104), ...])`. */
  private joinChr(sep: Value & { t: 's' }, arg: SyntaxNode | undefined, scope: Scope, depth: number): Value {
    if (!arg || sep.text !== '') return UNKNOWN;
    const codes: number[] = [];
    const ints = (n: SyntaxNode) => {
      for (const c of n.namedChildren) if (c?.type === 'integer') codes.push(Number(c.text));
    };
    if (arg.type === 'list' || arg.type === 'tuple') {
      for (const item of arg.namedChildren) {
        if (item?.type !== 'call' || item.childForFieldName('function')?.text !== 'chr') return UNKNOWN;
        const a = item.childForFieldName('arguments')?.firstNamedChild;
        if (a?.type !== 'integer') return UNKNOWN;
        codes.push(Number(a.text));
      }
    } else if (arg.type === 'generator_expression' || arg.type === 'list_comprehension') {
      if (!/^chr\(/.test(arg.childForFieldName('body')?.text ?? '')) return UNKNOWN;
      const forIn = arg.namedChildren.find((c) => c?.type === 'for_in_clause');
      const iter = forIn?.childForFieldName('right');
      if (iter?.type === 'list' || iter?.type === 'tuple') ints(iter);
      else if (iter?.type === 'identifier') {
        const v = this.name(iter.text, iter.startIndex, scope, depth + 1);
        void v; // a named list of ints is rare enough to leave out
        return UNKNOWN;
      } else return UNKNOWN;
    } else return UNKNOWN;
    if (!codes.length || codes.length > MAX_TEXT || codes.some((c) => !(c >= 0 && c < 0x110000))) return UNKNOWN;
    return { t: 's', text: String.fromCodePoint(...codes), holes: [], decoded: true };
  }

  private binary(node: SyntaxNode, scope: Scope, depth: number): Value {
    const op = node.childForFieldName('operator')?.text;
    const l = this.value(node.childForFieldName('left'), scope, depth + 1);
    const r = this.value(node.childForFieldName('right'), scope, depth + 1);
    if (op === '+') {
      if (l.t !== 's' && r.t !== 's') return UNKNOWN;
      const ls = asString(l);
      const rs = asString(r);
      if (ls.text.length + rs.text.length > MAX_TEXT) return UNKNOWN;
      return { t: 's', text: ls.text + rs.text, holes: [...ls.holes, ...rs.holes], decoded: ls.decoded || rs.decoded };
    }
    if (op === '%' && l.t === 's') {
      // "http://%s/x" % host, "%s://%s" % (scheme, host): plain %s of a constant is folded in, the rest are holes.
      const right = node.childForFieldName('right');
      const items =
        right?.type === 'tuple' ||
        (right?.type === 'parenthesized_expression' && right.firstNamedChild?.type === 'tuple')
          ? (right.type === 'tuple' ? right : right.firstNamedChild!).namedChildren
          : undefined;
      let i = 0;
      const holes: Value[] = [...l.holes];
      if (l.holes.length && l.text.includes('%')) return { t: 's', text: l.text, holes, decoded: l.decoded };
      const text = l.text
        .replace(/%%/g, '\u0001')
        .replace(
          /%(\([^)]{0,64}\))?[-#0 +]{0,4}\d{0,4}(?:\.\d{1,4})?([sdirfxXoeEgGc])/g,
          (m, named?: string, conv?: string) => {
            const item = named ? undefined : items ? items[i++] : i++ === 0 ? right : undefined;
            const v = item ? this.value(item, scope, depth + 1) : named ? UNKNOWN : r;
            return splice(conv === 's' && !/\d/.test(m) ? v : v.t === 's' ? UNKNOWN : v, holes);
          },
        )
        .replace(/\u0001/g, '%');
      if (text.length > MAX_TEXT) return UNKNOWN;
      return { t: 's', text, holes, decoded: l.decoded };
    }
    return UNKNOWN;
  }
}

function informative(v: Value): boolean {
  return v.t === 'q' || v.t === 's' || v.t === 'env' || v.t === 'inst';
}

function asString(v: Value): Value & { t: 's' } {
  return v.t === 's' ? v : { t: 's', text: HOLE, holes: [v] };
}

/** Splice a value into a template: constant text is folded in, anything else becomes a hole. */
function splice(v: Value, holes: Value[]): string {
  if (v.t === 's') {
    holes.push(...v.holes);
    return v.text;
  }
  holes.push(v);
  return HOLE;
}

/** `"{}/v1".format(BASE)`, `"{0}"`, `"{host}".format(host=h)`: fields filled from the call's arguments. */
function formatString(s: Value & { t: 's' }, args: SyntaxNode | null, resolve: (n: SyntaxNode) => Value): Value {
  if (s.holes.length) {
    // Holes already in the template would be renumbered by splicing; keep the simple form.
    const holes: Value[] = [...s.holes];
    const text = s.text.replace(/\{[^{}]{0,64}\}/g, () => (holes.push(UNKNOWN), HOLE));
    return { t: 's', text, holes, decoded: s.decoded };
  }
  const holes: Value[] = [];
  let auto = 0;
  const text = s.text
    .replace(/\{\{/g, '\u0001')
    .replace(/\}\}/g, '\u0002')
    .replace(/\{([^{}!:]{0,64})(![rsa])?(:[^{}]{0,64})?\}/g, (_m, field: string, conv?: string, spec?: string) => {
      const key = field.split(/[.[]/)[0]!;
      const n =
        key === ''
          ? positionalArg(args, auto++)
          : /^\d+$/.test(key)
            ? positionalArg(args, Number(key))
            : keywordArg(args, key);
      const v = n && key === field && !conv && !spec ? resolve(n) : UNKNOWN;
      return splice(v, holes);
    })
    .replace(/\u0001/g, '{')
    .replace(/\u0002/g, '}');
  if (text.length > MAX_TEXT) return UNKNOWN;
  return { t: 's', text, holes, decoded: s.decoded };
}

function decodeCall(fn: string, arg: Value, second: Value): Value {
  if (arg.t !== 's' || arg.holes.length || arg.text.length > MAX_TEXT * 2) return { t: 'u' };
  let out: string | undefined;
  try {
    if (fn.includes('b64') || fn.includes('base64')) {
      const b = Buffer.from(arg.text, fn.includes('urlsafe') ? 'base64url' : 'base64');
      out = b.toString('latin1');
    } else if (fn === 'base64.b16decode' || fn.includes('hex') || fn.includes('unhexlify')) {
      if (/^[0-9a-fA-F\s]*$/.test(arg.text)) out = Buffer.from(arg.text.replace(/\s/g, ''), 'hex').toString('latin1');
    } else if (fn === 'codecs.decode') {
      const codec = second.t === 's' ? second.text.toLowerCase().replace(/[-_]/g, '') : '';
      if (codec === 'rot13') out = arg.text.replace(/[a-z]/gi, (c) => rot13(c));
      else if (codec === 'hex' && /^[0-9a-fA-F]*$/.test(arg.text))
        out = Buffer.from(arg.text, 'hex').toString('latin1');
      else if (codec === 'base64') out = Buffer.from(arg.text, 'base64').toString('latin1');
    }
  } catch {
    out = undefined;
  }
  if (out === undefined || !/^[\x20-\x7e]*$/.test(out)) return { t: 'u' };
  return { t: 's', text: out, holes: [], decoded: true };
}

function rot13(c: string): string {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
}

export function positionalArg(args: SyntaxNode | null, i: number): SyntaxNode | undefined {
  if (!args) return undefined;
  // f(x for x in y): the generator expression is the whole argument list.
  if (args.type === 'generator_expression') return i === 0 ? args : undefined;
  let n = 0;
  for (const a of args.namedChildren) {
    if (!a || a.type === 'keyword_argument' || a.type === 'comment') continue;
    if (a.type === 'list_splat' || a.type === 'dictionary_splat') return undefined;
    if (n++ === i) return a;
  }
  return undefined;
}

export function keywordArg(args: SyntaxNode | null, name: string): SyntaxNode | undefined {
  if (!args) return undefined;
  for (const a of args.namedChildren) {
    if (a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
      return a.childForFieldName('value') ?? undefined;
  }
  return undefined;
}
