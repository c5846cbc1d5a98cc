// Decoders for obfuscated constants in destinations: base64/32/16/85, hex, `bytes.fromhex`, and
// `codecs.decode` (rot13, hex, base64, text code pages such as cp1026). A decoded value is marked
// `decoded`, which makes its destination covert. Code payloads use the larger decoder in payload.ts.
import { binaryDecode, BINARY_DECODERS, codecName, decodeText, rot13 } from './codecs.js';
import type { Value } from './value.js';
import { MAX_TEXT } from './value.js';

export function decodeCall(fn: string, arg: Value, second: Value): Value {
  if (arg.kind !== 'text' || arg.holes.length || arg.text.length > MAX_TEXT * 2) return { kind: 'unknown' };
  let out: string | undefined;
  if (BINARY_DECODERS.has(fn)) out = binaryDecode(fn, arg.text);
  else if (fn === 'codecs.decode') {
    const codec = second.kind === 'text' ? codecName(second.text) : 'utf8';
    if (codec === 'rot13') out = rot13(arg.text);
    else if (codec === 'hex') out = binaryDecode('binascii.unhexlify', arg.text);
    else if (codec === 'base64') out = binaryDecode('base64.b64decode', arg.text);
    else out = decodeText(arg.text, codec);
  }
  if (out === undefined || !/^[\x20-\x7e]*$/.test(out)) return { kind: 'unknown' };
  return { kind: 'text', text: out, holes: [], decoded: true };
}
