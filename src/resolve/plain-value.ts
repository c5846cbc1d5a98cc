// Values that outlive a file's tree: the same shapes as `Value`, with every syntax node replaced by a
// reference (module, byte range, node type) and every scope by the reference of the node that defines
// it. Plain JSON, so the project index keeps them across `release()` and a cache could store them.
// `revive` turns one back into a live value lazily: a module is parsed again only when a node or a
// scope of the value is actually read.
import type { SyntaxNode } from '../parse/parser.js';
import type { ArgSource } from './arguments.js';
import type { FileSymbols, Scope } from './scopes.js';
import type { Origin, Value } from './value.js';
import { UNKNOWN } from './value.js';
import { detach } from '../util/detach.js';

/** A module's text as a value saw it: a revived value is unknown when the text is not the same any more. */
export type ModuleRef = { path: string; digest: string };
/** A syntax node: enough to find it again in a new parse of the same text. */
export type NodeRef = ModuleRef & { start: number; end: number; type: string };
/** A scope: the function, class or lambda node that defines it; none for the module scope. */
export type ScopeRef = ModuleRef & { node?: Omit<NodeRef, 'path' | 'digest'> };
/** An argument list as a runner forwards it (`Thread(target=f, args=(u,))`), position by position. */
export type PlainArgs = { positional: (NodeRef | null)[]; keywords: { name: string; value: NodeRef }[] };

/**
 * The plain form of a type, derived from it (one source of truth: a new field or kind of `Value` gets
 * its plain form here, and a live object in it becomes a compile error in `toPlain` below).
 */
export type PlainOf<T> = T extends SyntaxNode
  ? NodeRef
  : T extends Scope
    ? ScopeRef
    : T extends ArgSource
      ? PlainArgs
      : T extends readonly (infer U)[]
        ? PlainOf<U>[]
        : T extends object
          ? { [K in keyof T]: PlainOf<T[K]> }
          : T;

export type PlainValue = PlainOf<Value>;
export type PlainOrigin = PlainOf<Origin>;

/** JSON, to check at compile time that a plain value has nothing else in it. */
type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };
export const isJson = (p: PlainValue): Json => p;

/** What toPlain needs from the project index: which module (and text) a scope belongs to. */
export interface PlainSource {
  moduleOf(root: Scope): ModuleRef | undefined;
}

/** What revive needs: the current text of a module, its parse (again if released), and a blank to stand in. */
export interface ReviveHost {
  digest(path: string): string | undefined;
  parsed(ref: ModuleRef): { root: SyntaxNode; symbols: FileSymbols } | undefined;
  /** A node and a scope of an empty module: what a reference stands for when its node cannot be found. */
  blank(): { node: SyntaxNode; scope: Scope };
}

/** Revived objects remember their plain form, so making them plain again never parses their module. */
const sources = new WeakMap<object, PlainValue | PlainOrigin>();

/** Positions recorded for a forwarded argument list (a call has at most this many that matter). */
const MAX_ARGS = 32;

class NotPlain extends Error {}

/** The plain form of a value; parts in no module of the project (a lone resolver's) make it unknown. */
export function toPlain(v: Value, src: PlainSource): PlainValue {
  try {
    return plain(v, src);
  } catch (e) {
    if (e instanceof NotPlain) return { kind: 'unknown' };
    throw e;
  }
}

function plain(v: Value, src: PlainSource): PlainValue {
  const known = sources.get(v) as PlainValue | undefined;
  if (known) return known;
  const opt = (d: Value | undefined) => (d ? { default: plain(d, src) } : {});
  switch (v.kind) {
    case 'qualified':
      return {
        kind: 'qualified',
        name: detach(v.name),
        origins: v.origins.map((o) => plainOrigin(o, src)),
        ...(v.cls ? { cls: scopeRef(v.cls, src) } : {}),
      };
    case 'text':
      return { ...v, text: detach(v.text), holes: v.holes.map((h) => plain(h, src)) };
    case 'env':
    case 'param':
      return { kind: v.kind, name: detach(v.name), ...opt(v.default) } as PlainValue;
    case 'seq':
      return {
        kind: 'seq',
        items: v.items.map((i) => plain(i, src)),
        ...(v.keys ? { keys: v.keys.map((k) => plain(k, src)) } : {}),
        ...(v.decoded !== undefined ? { decoded: v.decoded } : {}),
      };
    case 'function':
    case 'class':
    case 'instance':
      return { ...v, scope: scopeRef(v.scope, src) };
    case 'none':
    case 'number':
    case 'unknown':
      return { ...v };
    default:
      return unreachable(v);
  }
}

function unreachable(v: never): never {
  throw new Error(`no plain form for value ${JSON.stringify(v)}`);
}

function plainOrigin(o: Origin, src: PlainSource): PlainOrigin {
  const known = sources.get(o) as PlainOrigin | undefined;
  if (known) return known;
  const scope = scopeRef(o.scope, src);
  const ref = (n: SyntaxNode): NodeRef => ({ path: scope.path, digest: scope.digest, ...span(n) });
  const out: PlainOrigin = { node: ref(o.node), scope };
  if (o.shift !== undefined) out.shift = o.shift;
  if (o.args) {
    const positional: (NodeRef | null)[] = [];
    for (let i = 0; i < MAX_ARGS; i++) {
      const n = o.args.positional(i);
      positional.push(n ? ref(n) : null);
    }
    while (positional.length && !positional[positional.length - 1]) positional.pop();
    out.args = {
      positional,
      keywords: o.args.keywords().map((k) => ({ name: detach(k.name), value: ref(k.value) })),
    };
  }
  return out;
}

function span(n: SyntaxNode): { start: number; end: number; type: string } {
  return { start: n.startIndex, end: n.endIndex, type: n.type };
}

function scopeRef(s: Scope, src: PlainSource): ScopeRef {
  const m = src.moduleOf(s.root);
  if (!m) throw new NotPlain();
  return s === s.root ? { ...m } : { ...m, node: span(s.node) };
}

/**
 * A live value for a plain one. Unknown when a module it refers to has another text now; otherwise
 * its nodes and scopes are found on first read (the module parsed again if its tree was released).
 */
export function revive(p: PlainValue, host: ReviveHost): Value {
  return current(p, host, new Map()) ? live(p, new Finder(host)) : UNKNOWN;
}

/** Whether every module the value refers to still has the text it had. */
function current(p: unknown, host: ReviveHost, seen: Map<string, boolean>): boolean {
  if (!p || typeof p !== 'object') return true;
  if (Array.isArray(p)) return p.every((x) => current(x, host, seen));
  const o = p as Record<string, unknown>;
  if (typeof o.path === 'string' && typeof o.digest === 'string') {
    let ok = seen.get(o.path);
    if (ok === undefined) seen.set(o.path, (ok = host.digest(o.path) === o.digest));
    if (!ok) return false;
  }
  return Object.values(o).every((x) => current(x, host, seen));
}

function live(p: PlainValue, f: Finder): Value {
  let v: Value;
  switch (p.kind) {
    case 'qualified': {
      const q: Value & { kind: 'qualified' } = {
        kind: 'qualified',
        name: p.name,
        origins: p.origins.map((o) => f.origin(o)),
      };
      if (p.cls) lazy(q, 'cls', () => f.scope(p.cls!));
      v = q;
      break;
    }
    case 'text':
      v = { ...p, holes: p.holes.map((h) => live(h, f)) };
      break;
    case 'env':
    case 'param':
      v = { kind: p.kind, name: p.name, ...(p.default ? { default: live(p.default, f) } : {}) };
      break;
    case 'seq':
      v = {
        kind: 'seq',
        items: p.items.map((i) => live(i, f)),
        ...(p.keys ? { keys: p.keys.map((k) => live(k, f)) } : {}),
        ...(p.decoded !== undefined ? { decoded: p.decoded } : {}),
      };
      break;
    case 'function':
    case 'class':
    case 'instance': {
      const { scope, ...rest } = p;
      const s = rest as Value & { kind: 'function' | 'class' | 'instance' };
      lazy(s, 'scope', () => f.scope(scope));
      v = s;
      break;
    }
    default:
      v = { ...p };
  }
  sources.set(v, p);
  return v;
}

/**
 * An enumerable property computed on first read. A spread of the object reads it (and so parses its
 * module): values that may be revived are copied with `extend`, which keeps it unread.
 */
function lazy<T extends object, K extends keyof T>(o: T, key: K, get: () => T[K]): void {
  let done = false;
  let value: T[K];
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get(this: T) {
      if (!done) [value, done] = [get(), true];
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/** `{ ...v, ...extra }` (plain fields only: `qual`, `bound`) without reading the unread parts of a revived value. */
export function extend<V extends Value>(
  v: V,
  extra: Partial<V> & Pick<Value & { kind: 'function' }, 'qual' | 'bound'>,
): V {
  const p = sources.get(v);
  if (!p) return { ...v, ...extra };
  const out = Object.defineProperties({}, Object.getOwnPropertyDescriptors(v)) as V;
  Object.assign(out, extra);
  sources.set(out, { ...p, ...extra } as PlainValue);
  return out;
}

/** Finds referenced nodes and scopes in the current parse of their module. */
class Finder {
  constructor(private readonly host: ReviveHost) {}

  origin(p: PlainOrigin): Origin {
    const o = {} as Origin;
    lazy(o, 'node', () => this.node(p.node));
    lazy(o, 'scope', () => this.scope(p.scope));
    if (p.shift !== undefined) o.shift = p.shift;
    if (p.args) o.args = this.args(p.args);
    sources.set(o, p);
    return o;
  }

  node(ref: NodeRef): SyntaxNode {
    return this.find(ref) ?? this.host.blank().node;
  }

  scope(ref: ScopeRef): Scope {
    const m = this.host.parsed(ref);
    if (!m) return this.host.blank().scope;
    if (!ref.node) return m.symbols.module;
    const n = this.find({ ...ref, ...ref.node });
    const body = n?.childForFieldName('body');
    const s = body ? m.symbols.scopeOf(body) : undefined;
    return s && s.node.startIndex === ref.node.start && s.node.endIndex === ref.node.end ? s : this.host.blank().scope;
  }

  private args(p: PlainArgs): ArgSource {
    const at = (r: NodeRef | null | undefined) => (r ? this.node(r) : undefined);
    return {
      positional: (i) => at(p.positional[i]),
      keyword: (name) => at(p.keywords.find((k) => k.name === name)?.value),
      keywords: () => p.keywords.map((k) => ({ name: k.name, value: this.node(k.value) })),
    };
  }

  /** The node with this range and type: the smallest spanning the range, or an ancestor of the same range. */
  private find(ref: NodeRef): SyntaxNode | undefined {
    const m = this.host.parsed(ref);
    let n: SyntaxNode | null | undefined = m?.root.descendantForIndex(ref.start, ref.end);
    while (n && n.startIndex === ref.start && n.endIndex === ref.end) {
      if (n.type === ref.type) return n;
      n = n.parent;
    }
    return undefined;
  }
}
