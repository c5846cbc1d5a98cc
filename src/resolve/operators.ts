// String operators and methods the resolver folds: `+` and `%` on text, `.format`, `.join` of
// `chr()` codes, `bytes.fromhex`, and the methods that keep the host (`.strip()`, `.decode()`...).
import type { SyntaxNode } from '../parse/parser.js';
import { positionalArg } from './arguments.js';
import { decodeCall, joinChr } from './decoders.js';
import { formatString, percentFormat } from './formatting.js';
import type { Value } from './value.js';
import { asString, MAX_TEXT, UNKNOWN } from './value.js';

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
  if (recv.kind !== 'text') return UNKNOWN;
  switch (method) {
    case 'format':
      return formatString(recv, args, evaluate);
    case 'decode':
    case 'encode':
    case 'strip':
    case 'lower':
    case 'rstrip':
    case 'lstrip':
      return recv;
    case 'join':
      return joinChr(recv, positionalArg(args, 0));
    default:
      return UNKNOWN;
  }
}
