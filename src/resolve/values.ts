// Resolve an expression to what it statically is: a qualified name (module, attribute, object made
// by a call), a constant string (with holes for the parts built from data), an env var, a parameter.
import type { SyntaxNode } from '../parse/parser.js';
import type { Binding, Scope } from './scopes.js';
import { decodeStringLiteral } from './strings.js';

export interface Origin {
  node: SyntaxNode;
  scope: Scope;
}

export type Value =
  /** `name` is dotted; a segment ending in `()` is the object returned by that call. */
  | { t: 'q'; name: string; origins: Origin[] }
  /** Constant text; HOLE marks each part that is not constant (the matching `holes` entry says what it is). */
  | { t: 's'; text: string; holes: Value[]; decoded?: boolean }
  | { t: 'env'; name: string }
  | { t: 'param'; name: string }
  | { t: 'none' }
  | { t: 'u' };

export const HOLE = '\u0000';
const UNKNOWN: Value = { t: 'u' };
const MAX_DEPTH = 12;
const MAX_TEXT = 4096;

const BUILTINS = new Set(['__import__', 'getattr', 'exec', 'eval', 'compile', 'open', 'chr', 'bytes', 'str']);

export class Resolver {
  private memo = new Map<number, Value>();
  private active = new Set<number>();

  /** Resolve a node in a scope. Results are memoised per node (scope is implied by the node). */
  value(node: SyntaxNode | null | undefined, scope: Scope, depth = 0): Value {
    if (!node || depth > MAX_DEPTH) return UNKNOWN;
    const cached = this.memo.get(node.id);
    if (cached) return cached;
    if (this.active.has(node.id)) return UNKNOWN; // cycle: x = x.y
    this.active.add(node.id);
    const v = this.compute(node, scope, depth);
    this.active.delete(node.id);
    this.memo.set(node.id, v);
    return v;
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
          return this.bindings(
            scope.cls.selfAttrs.get(attr) ?? scope.cls.scope.names.get(attr),
            node.startIndex,
            depth,
          );
        }
        const base = this.value(obj, scope, depth + 1);
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
      case 'conditional_expression':
      case 'boolean_operator': {
        // `os.getenv("X") or "https://default"`, `a if c else b`: the first informative side.
        for (const child of node.namedChildren) {
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
    return UNKNOWN;
  }

  /** Flow-insensitive choice: the last binding before the use, else the last informative one. */
  bindings(list: Binding[] | undefined, at: number, depth: number): Value {
    if (!list?.length) return UNKNOWN;
    const before = list.filter((b) => b.at < at);
    const ordered = [...(before.length ? before : list)].reverse();
    let fallback: Value = UNKNOWN;
    for (const b of ordered) {
      const v = this.binding(b, depth);
      if (v.t === 'q' || v.t === 's' || v.t === 'env') return v;
      if (b.k === 'local') return UNKNOWN; // a local def/class shadows imports with the same name
      if (fallback.t === 'u') fallback = v;
    }
    // Latest binding before the use is uninformative: look at later ones (assigned in a function).
    if (before.length && before.length < list.length) {
      for (const b of [...list].reverse()) {
        const v = this.binding(b, depth);
        if (v.t === 'q' || v.t === 's' || v.t === 'env') return v;
      }
    }
    return fallback;
  }

  private binding(b: Binding, depth: number): Value {
    switch (b.k) {
      case 'import':
        return { t: 'q', name: b.qual, origins: [] };
      case 'local':
        return UNKNOWN;
      case 'expr':
        return this.value(b.node, b.scope, depth + 1);
      case 'param': {
        if (b.annotation) {
          let ann = b.annotation.type === 'type' ? b.annotation.firstNamedChild : b.annotation;
          if (ann?.type === 'string') {
            const s = decodeStringLiteral(ann, () => UNKNOWN);
            if (s.t === 's' && /^[A-Za-z_][\w.]*$/.test(s.text)) {
              const parts = s.text.split('.');
              const base = this.name(parts[0]!, Infinity, b.scope, depth + 1);
              if (base.t === 'q') return { t: 'q', name: [base.name, ...parts.slice(1)].join('.') + '()', origins: [] };
            }
            return { t: 'param', name: b.name };
          }
          // Optional[X] / X | None: use X.
          if (ann?.type === 'generic_type' || ann?.type === 'subscript') ann = ann.namedChildren[1] ?? null;
          if (ann?.type === 'binary_operator') ann = ann.childForFieldName('left');
          if (ann?.type === 'type') ann = ann.firstNamedChild;
          if (ann?.type === 'type_parameter') ann = ann.firstNamedChild?.firstNamedChild ?? null;
          const t = ann ? this.value(ann, b.scope, depth + 1) : UNKNOWN;
          if (t.t === 'q') return { t: 'q', name: `${t.name}()`, origins: [] };
        }
        return { t: 'param', name: b.name };
      }
    }
  }

  private call(node: SyntaxNode, scope: Scope, depth: number): Value {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    const f = this.value(fn, scope, depth + 1);
    const positional = (i: number) => positionalArg(args, i);
    if (f.t === 'q') {
      switch (f.name) {
        case 'os.getenv':
        case 'os.environ.get': {
          const k = this.value(positional(0) ?? keywordArg(args, 'key'), scope, depth + 1);
          if (k.t === 's' && !k.holes.length) return { t: 'env', name: k.text };
          return UNKNOWN;
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
          if (a.t === 's') return { t: 's', text: a.text + HOLE, holes: [...a.holes, UNKNOWN], decoded: a.decoded };
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
            return formatString(recv);
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
      // "http://%s/x" % host: each conversion becomes a hole.
      const holes: Value[] = [];
      const text = l.text.replace(/%(?:\([^)]{0,64}\))?[-#0 +]{0,4}\d{0,4}(?:\.\d{1,4})?[sdirfxXoeEgGc]/g, () => {
        holes.push(r);
        return HOLE;
      });
      return { t: 's', text, holes: [...l.holes, ...holes], decoded: l.decoded };
    }
    return UNKNOWN;
  }
}

function asString(v: Value): Value & { t: 's' } {
  return v.t === 's' ? v : { t: 's', text: HOLE, holes: [v] };
}

function formatString(s: Value & { t: 's' }): Value {
  const holes: Value[] = [];
  const text = s.text.replace(/\{[^{}]{0,64}\}/g, () => {
    holes.push(UNKNOWN);
    return HOLE;
  });
  return { t: 's', text, holes: [...s.holes, ...holes], decoded: s.decoded };
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
