// Decoders for obfuscated constants: base64/base32/base16, hex, rot13, codecs, `chr()` joins. A decoded
// value is marked `decoded`, which makes its destination covert.
import type { SyntaxNode } from '../parse/parser.js';
import type { Value } from './value.js';
import { MAX_TEXT, UNKNOWN } from './value.js';

export function decodeCall(fn: string, arg: Value, second: Value): Value {
  if (arg.kind !== 'text' || arg.holes.length || arg.text.length > MAX_TEXT * 2) return { kind: 'unknown' };
  let out: string | undefined;
  try {
    if (fn.includes('b64') || fn.includes('base64')) {
      const b = Buffer.from(arg.text, fn.includes('urlsafe') ? 'base64url' : 'base64');
      out = b.toString('latin1');
    } else if (fn === 'base64.b16decode' || fn.includes('hex') || fn.includes('unhexlify')) {
      if (/^[0-9a-fA-F\s]*$/.test(arg.text)) out = Buffer.from(arg.text.replace(/\s/g, ''), 'hex').toString('latin1');
    } else if (fn === 'codecs.decode') {
      const codec = second.kind === 'text' ? second.text.toLowerCase().replace(/[-_]/g, '') : '';
      if (codec === 'rot13') out = arg.text.replace(/[a-z]/gi, (c) => rot13(c));
      else if (codec === 'hex' && /^[0-9a-fA-F]*$/.test(arg.text))
        out = Buffer.from(arg.text, 'hex').toString('latin1');
      else if (codec === 'base64') out = Buffer.from(arg.text, 'base64').toString('latin1');
    }
  } catch {
    out = undefined;
  }
  if (out === undefined || !/^[\x20-\x7e]*$/.test(out)) return { kind: 'unknown' };
  return { kind: 'text', text: out, holes: [], decoded: true };
}

function rot13(c: string): string {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
}

/** `"".join(chr(c) for c in [104, 116, ...])` and `"".join([chr(104), ...])`. */
export function joinChr(sep: Value & { kind: 'text' }, arg: SyntaxNode | undefined): Value {
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
    // A named list of ints (`for c in CODES`) is rare enough to leave out.
    else return UNKNOWN;
  } else return UNKNOWN;
  if (!codes.length || codes.length > MAX_TEXT || codes.some((c) => !(c >= 0 && c < 0x110000))) return UNKNOWN;
  return { kind: 'text', text: String.fromCodePoint(...codes), holes: [], decoded: true };
}
