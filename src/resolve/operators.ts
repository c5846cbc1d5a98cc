// Operators and methods the resolver folds: `+` and `%` on text, `.format`, `.join` of `chr()` codes,
// `bytes.fromhex`, the methods that keep the host (`.strip()`, `.decode()`...), and the fallbacks of
// `or` and `a if c else b`.
import type { SyntaxNode } from '../parse/parser.js';
import { decodeText } from './codecs.js';
import { keywordArg, positionalArg } from './arguments.js';
import { decodeCall } from './decoders.js';
import { foldSubscript, joinValue } from './folding.js';
import { formatString, percentFormat } from './formatting.js';
import type { Value } from './value.js';
import { asString, informative, MAX_TEXT, UNKNOWN, withFallback } from './value.js';

const KEEPS = new Set(['strip', 'rstrip', 'lstrip', 'lower', 'decode', 'encode']);

type Evaluate = (n: SyntaxNode | null | undefined) => Value;

/** `l + r`, `l % r` on text (anything else is unknown). */
export function binaryValue(node: SyntaxNode, l: Value, r: Value, evaluate: Evaluate): Value {
  const op = node.childForFieldName('operator')?.text;
  if (op === '+') {
    if (l.kind !== 'text' && r.kind !== 'text') return UNKNOWN;
    const ls = asString(l);
    const rs = asString(r);
    if (ls.text.length + rs.text.length > MAX_TEXT) return UNKNOWN;
    return {
      kind: 'text',
      text: ls.text + rs.text,
      holes: [...ls.holes, ...rs.holes],
      decoded: ls.decoded || rs.decoded,
    };
  }
  if (op === '%' && l.kind === 'text') return percentFormat(l, node.childForFieldName('right'), r, evaluate);
  return UNKNOWN;
}

/** `recv.method(args)` where `fn` is the `recv.method` attribute node. */
export function stringMethod(fn: SyntaxNode, args: SyntaxNode | null, evaluate: Evaluate): Value {
  const method = fn.childForFieldName('attribute')?.text;
  const object = fn.childForFieldName('object');
  if (method === 'fromhex' && object?.text === 'bytes')
    return decodeCall('builtins.bytes.fromhex', evaluate(positionalArg(args, 0)), UNKNOWN);
  const recv = evaluate(object);
  // `os.getenv("X", URL).rstrip("/")`: still the env var with its default.
  if ((recv.kind === 'env' || recv.kind === 'param') && KEEPS.has(method ?? '')) return recv;
  if (recv.kind !== 'text') return UNKNOWN;
  switch (method) {
    case 'format':
      return formatString(recv, args, evaluate);
    case 'decode': {
      // b"\x85\xa5\x81\x93".decode("cp1026"): a bytes literal (latin-1 in a text value) through its codec.
      const enc = evaluate(positionalArg(args, 0) ?? keywordArg(args, 'encoding'));
      const bytesLiteral = object?.type === 'string' && /^[rR]?[bB]/.test(object.text);
      if (!bytesLiteral || recv.holes.length || /[^\x00-\xff]/.test(recv.text)) return recv;
      const codec = enc.kind === 'text' && !enc.holes.length ? enc.text : 'utf-8';
      const out = decodeText(recv.text, codec);
      return out === undefined
        ? UNKNOWN
        : { kind: 'text', text: out, holes: [], decoded: recv.decoded || codec !== 'utf-8' };
    }
    case 'encode':
    case 'strip':
    case 'lower':
    case 'rstrip':
    case 'lstrip':
      return recv;
    case 'join':
      return joinValue(recv, evaluate(positionalArg(args, 0)));
    case 'replace': {
      const [a, b] = [evaluate(positionalArg(args, 0)), evaluate(positionalArg(args, 1))];
      if (recv.holes.length || a.kind !== 'text' || b.kind !== 'text' || !a.text || a.holes.length || b.holes.length)
        return UNKNOWN;
      const out = recv.text.split(a.text).join(b.text);
      return out.length > MAX_TEXT ? UNKNOWN : { ...recv, text: out };
    }
    default:
      return UNKNOWN;
  }
}

/**
 * `os.getenv("X") or "https://default"`, `base_url or os.getenv("X") or DEFAULT`, `url if url is not
 * None else DEFAULT`: the setting, with each fallback as the default of the one before; otherwise the
 * first informative side (`and`: the left side unless it is unknown).
 */
export function fallbackValue(node: SyntaxNode, evaluate: Evaluate): Value {
  const conditional = node.type === 'conditional_expression';
  const isOr = conditional || node.childForFieldName('operator')?.text === 'or';
  const a = evaluate(conditional ? node.namedChildren[0] : node.childForFieldName('left'));
  if (!isOr && a.kind !== 'unknown' && a.kind !== 'none') return a;
  const b = evaluate(conditional ? node.namedChildren[2] : node.childForFieldName('right'));
  if (!isOr) return b;
  if ((a.kind === 'env' || a.kind === 'param') && informative(b)) return withFallback(a, b);
  for (const v of [a, b]) if (v.kind !== 'unknown' && v.kind !== 'none') return v;
  return UNKNOWN;
}

/**
 * `os.environ["X"]`, `vars(__builtins__)["eval"]` / `__builtins__.__dict__["exec"]` (the builtin by
 * name), and indexing or slicing of constants (`HOSTS[1]`, `s[::-1]`).
 */
export function subscriptValue(node: SyntaxNode, evaluate: Evaluate): Value {
  const obj = evaluate(node.childForFieldName('value'));
  const sub = node.childForFieldName('subscript');
  if (obj.kind === 'qualified' && sub?.type !== 'slice') {
    const key = evaluate(sub);
    if (key.kind !== 'text' || key.holes.length) return UNKNOWN;
    if (obj.name === 'os.environ') return { kind: 'env', name: key.text };
    // locals()["__builtins__"], globals()["__builtins__"]: the builtins module.
    if ((obj.name === 'builtins.locals()' || obj.name === 'builtins.globals()') && key.text === '__builtins__')
      return { kind: 'qualified', name: 'builtins', origins: [] };
    if (obj.name.endsWith('.__dict__') && /^[A-Za-z_]\w*$/.test(key.text))
      return { kind: 'qualified', name: `${obj.name.slice(0, -'.__dict__'.length)}.${key.text}`, origins: [] };
    return UNKNOWN;
  }
  return foldSubscript(obj, sub, evaluate) ?? UNKNOWN;
}
