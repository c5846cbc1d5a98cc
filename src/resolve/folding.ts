// Constant folding beyond text: integers and their arithmetic (`0x68`, `104 + 1`, `c ^ 5`), lists,
// tuples and dicts of constants, indexing and slicing (`HOSTS[1]`, `s[::-1]`), the builtins that build
// text from them (`chr`, `bytes([...])`, `str(b, "utf-8")`, `reversed`, `map(chr, ...)`), `sep.join(...)`
// over a constant sequence, and comprehensions over constants (`chr(c ^ 5) for c in [...]`). Reversal
// and character codes are obfuscation: the result is marked `decoded`.
import type { SyntaxNode } from '../parse/parser.js';
import { positionalArg } from './arguments.js';
import { decodeText } from './codecs.js';
import { indexOf, sliceBounds, sliceIndices, sliceOf } from './sequences.js';
import type { Value } from './value.js';
import { MAX_TEXT, UNKNOWN } from './value.js';

type Evaluate = (n: SyntaxNode | null | undefined) => Value;

const MAX_ITEMS = 1024;

function text(t: string, decoded: boolean): Value {
  if (t.length > MAX_TEXT) return UNKNOWN;
  return decoded ? { kind: 'text', text: t, holes: [], decoded } : { kind: 'text', text: t, holes: [] };
}

function constText(v: Value): v is Value & { kind: 'text' } {
  return v.kind === 'text' && !v.holes.length;
}

/** Integers, unary and arithmetic operators, literal sequences and comprehensions; undefined: not folded here. */
export function foldNode(node: SyntaxNode, evaluate: Evaluate): Value | undefined {
  switch (node.type) {
    case 'integer': {
      const t = node.text.replace(/_/g, '').toLowerCase();
      const n = /^0[xob]/.test(t) ? Number(t) : /^\d+$/.test(t) ? Number(t) : NaN;
      return Number.isSafeInteger(n) ? { kind: 'number', n } : UNKNOWN;
    }
    case 'unary_operator': {
      const v = evaluate(node.childForFieldName('argument'));
      const op = node.childForFieldName('operator')?.text;
      if (v.kind !== 'number') return UNKNOWN;
      return { kind: 'number', n: op === '-' ? -v.n : op === '~' ? ~v.n : v.n };
    }
    case 'list':
    case 'tuple':
    case 'set': {
      const items = node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
      if (items.length > MAX_ITEMS || items.some((c) => c.type === 'list_splat')) return UNKNOWN;
      return { kind: 'seq', items: items.map((c) => evaluate(c)) };
    }
    case 'dictionary': {
      const pairs = node.namedChildren.filter((c): c is SyntaxNode => c?.type === 'pair');
      if (pairs.length > MAX_ITEMS || pairs.length !== node.namedChildren.filter((c) => c?.type !== 'comment').length)
        return UNKNOWN;
      return {
        kind: 'seq',
        keys: pairs.map((p) => evaluate(p.childForFieldName('key'))),
        items: pairs.map((p) => evaluate(p.childForFieldName('value'))),
      };
    }
    case 'generator_expression':
    case 'list_comprehension':
      return comprehension(node, evaluate);
    default:
      return undefined;
  }
}

/** `l op r` on two integers (the text operators stay in operators.ts). */
export function foldNumbers(op: string | undefined, l: Value, r: Value): Value | undefined {
  if (l.kind !== 'number' || r.kind !== 'number') return undefined;
  const a = l.n;
  const b = r.n;
  const ops: Record<string, () => number> = {
    '+': () => a + b,
    '-': () => a - b,
    '*': () => a * b,
    '//': () => (b ? Math.floor(a / b) : NaN),
    '%': () => (b ? ((a % b) + b) % b : NaN),
    '^': () => a ^ b,
    '&': () => a & b,
    '|': () => a | b,
    '<<': () => (b >= 0 && b < 32 ? a << b : NaN),
    '>>': () => (b >= 0 && b < 32 ? a >> b : NaN),
  };
  const n = op && ops[op] ? ops[op]() : NaN;
  return Number.isSafeInteger(n) ? { kind: 'number', n } : UNKNOWN;
}

/** `obj[key]` and `obj[a:b:c]` on constant text or sequences. */
export function foldSubscript(obj: Value, sub: SyntaxNode | null, evaluate: Evaluate): Value | undefined {
  if (!sub || (obj.kind !== 'text' && obj.kind !== 'seq')) return undefined;
  if (sub.type === 'slice') {
    const b = sliceBounds(sub, (n) => evaluate(n));
    if (!b) return UNKNOWN;
    if (obj.kind === 'text') return constText(obj) ? text(sliceOf(obj.text, b), !!obj.decoded || b.step < 0) : UNKNOWN;
    const items = sliceIndices(obj.items.length, b).map((i) => obj.items[i]!);
    return { kind: 'seq', items, decoded: !!obj.decoded || b.step < 0 };
  }
  const key = evaluate(sub);
  if (obj.kind === 'seq' && obj.keys) {
    if (!constText(key) && key.kind !== 'number') return UNKNOWN;
    const i = obj.keys.findIndex((k) =>
      key.kind === 'number' ? k.kind === 'number' && k.n === key.n : constText(k) && k.text === key.text,
    );
    return i >= 0 ? obj.items[i]! : UNKNOWN;
  }
  if (key.kind !== 'number') return UNKNOWN;
  if (obj.kind === 'seq') {
    const i = indexOf(obj.items.length, key.n);
    return i === undefined ? UNKNOWN : obj.items[i]!;
  }
  const i = constText(obj) ? indexOf(obj.text.length, key.n) : undefined;
  return i === undefined ? UNKNOWN : text(obj.text[i]!, !!obj.decoded);
}

/** The items of a constant iterable: a sequence, or the characters of a text. */
function itemsOf(v: Value): Value[] | undefined {
  if (v.kind === 'seq') return v.items;
  if (constText(v) && v.text.length <= MAX_ITEMS) return [...v.text].map((c) => text(c, !!v.decoded));
  return undefined;
}

/** A builtin applied to constant values (`chr`, `ord`, `str`, `int`), or undefined. */
function applyBuiltin(name: string, args: Value[]): Value | undefined {
  const [a, b] = args;
  switch (name) {
    case 'builtins.chr':
      return a?.kind === 'number' && a.n >= 0 && a.n < 0x110000 ? text(String.fromCodePoint(a.n), true) : UNKNOWN;
    case 'builtins.ord':
      return a && constText(a) && [...a.text].length === 1 ? { kind: 'number', n: a.text.codePointAt(0)! } : UNKNOWN;
    case 'builtins.int':
      if (a?.kind === 'number') return a;
      if (a && constText(a)) {
        const base = b?.kind === 'number' ? b.n : 10;
        const n = parseInt(a.text.trim(), base);
        return Number.isSafeInteger(n) ? { kind: 'number', n } : UNKNOWN;
      }
      return UNKNOWN;
    case 'builtins.str':
      if (a?.kind === 'number' && !b) return text(String(a.n), false);
      // str(b, "utf-8"): bytes decoded (constant bytes are text of one char per byte here).
      if (a && constText(a) && b && constText(b)) {
        const out = decodeText(a.text, b.text);
        return out === undefined ? UNKNOWN : text(out, !!a.decoded);
      }
      return a && constText(a) && !b ? a : undefined;
    default:
      return undefined;
  }
}

/** A call of a builtin on constants: `chr(104)`, `bytes([104, 116])`, `reversed(s)`, `map(chr, codes)`... */
export function foldBuiltinCall(name: string, call: SyntaxNode, evaluate: Evaluate): Value | undefined {
  if (!name.startsWith('builtins.')) return undefined;
  const args = call.childForFieldName('arguments');
  const arg = (i: number) => positionalArg(args, i);
  switch (name) {
    case 'builtins.bytes':
    case 'builtins.bytearray': {
      const a = arg(0) ? evaluate(arg(0)) : UNKNOWN;
      const items = a.kind === 'seq' ? a.items : undefined;
      // bytes(b"..."), bytes("...", "utf-8"): the same text here (one char per byte).
      if (!items) return constText(a) ? a : undefined;
      if (!items.every((v) => v.kind === 'number' && v.n >= 0 && v.n < 256)) return UNKNOWN;
      return text(String.fromCharCode(...items.map((v) => (v as { n: number }).n)), true);
    }
    case 'builtins.reversed': {
      const items = itemsOf(evaluate(arg(0)));
      return items ? { kind: 'seq', items: [...items].reverse(), decoded: true } : UNKNOWN;
    }
    case 'builtins.list':
    case 'builtins.tuple': {
      const items = itemsOf(evaluate(arg(0)));
      return items ? { kind: 'seq', items } : UNKNOWN;
    }
    case 'builtins.vars': {
      // vars(__builtins__)["eval"]: the namespace, indexed by name in operators.ts.
      const m = evaluate(arg(0));
      return m.kind === 'qualified' ? { kind: 'qualified', name: `${m.name}.__dict__`, origins: [] } : undefined;
    }
    case 'builtins.map': {
      const f = evaluate(arg(0));
      const items = itemsOf(evaluate(arg(1)));
      if (f.kind !== 'qualified' || !items) return UNKNOWN;
      const out = items.map((v) => applyBuiltin(f.name, [v]) ?? UNKNOWN);
      return out.every((v) => v.kind !== 'unknown') ? { kind: 'seq', items: out } : UNKNOWN;
    }
    default: {
      if (!['builtins.chr', 'builtins.ord', 'builtins.int', 'builtins.str'].includes(name)) return undefined;
      const vals = [0, 1].map((i) => (arg(i) ? evaluate(arg(i)) : undefined)).filter((v): v is Value => !!v);
      return applyBuiltin(name, vals);
    }
  }
}

/** `sep.join(items)` over constant text items. */
export function joinValue(sep: Value & { kind: 'text' }, arg: Value): Value {
  const items = itemsOf(arg);
  if (!items || !constText(sep) || !items.every(constText)) return UNKNOWN;
  const parts = items as (Value & { kind: 'text' })[];
  const decoded = (arg.kind === 'seq' && !!arg.decoded) || parts.some((p) => p.decoded);
  return text(parts.map((p) => p.text).join(sep.text), decoded);
}

/** `f(x) for x in CONSTS [if ...]`: the body evaluated for each item (filters are not folded). */
function comprehension(node: SyntaxNode, evaluate: Evaluate): Value {
  const clauses = node.namedChildren.filter((c) => c?.type === 'for_in_clause' || c?.type === 'if_clause');
  const forIn = clauses[0];
  if (clauses.length !== 1 || !forIn) return UNKNOWN;
  const target = forIn.childForFieldName('left');
  const body = node.childForFieldName('body');
  const items = itemsOf(evaluate(forIn.childForFieldName('right')));
  if (target?.type !== 'identifier' || !body || !items) return UNKNOWN;
  const out: Value[] = [];
  for (const item of items) {
    const inner: Evaluate = (n) => {
      if (!n) return UNKNOWN;
      if (n.type === 'identifier' && n.text === target.text) return item;
      if (!mentions(n, target.text)) return evaluate(n);
      if (n.type === 'parenthesized_expression') return inner(n.firstNamedChild);
      if (n.type === 'binary_operator') {
        const op = n.childForFieldName('operator')?.text;
        const l = inner(n.childForFieldName('left'));
        const r = inner(n.childForFieldName('right'));
        return (
          foldNumbers(op, l, r) ?? (op === '+' && constText(l) && constText(r) ? text(l.text + r.text, true) : UNKNOWN)
        );
      }
      if (n.type === 'call') {
        const f = evaluate(n.childForFieldName('function'));
        return f.kind === 'qualified' ? (foldBuiltinCall(f.name, n, inner) ?? UNKNOWN) : UNKNOWN;
      }
      if (n.type === 'subscript')
        return foldSubscript(inner(n.childForFieldName('value')), n.childForFieldName('subscript'), inner) ?? UNKNOWN;
      return foldNode(n, inner) ?? UNKNOWN;
    };
    const v = inner(body);
    if (v.kind === 'unknown') return UNKNOWN;
    out.push(v);
  }
  // Character codes turned into text are obfuscation, whatever the body.
  return { kind: 'seq', items: out, decoded: /\bchr\b/.test(body.text) };
}

function mentions(n: SyntaxNode, name: string): boolean {
  if (n.type === 'identifier') return n.text === name;
  return n.descendantsOfType('identifier').some((d) => d?.text === name);
}
