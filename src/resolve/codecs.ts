// Python's codecs and binary-to-text decoders, over "byte strings" (one JS char per byte, 0-255) and
// text. Used by destination folding (small values) and by payload decoding (code run from a string).
// Every function is total: bad input gives undefined, never an exception.
import { CODE_PAGES } from './codec-tables.js';

/** Python's codec name normalisation, close enough: `UTF-8`, `utf_8`, `U8`, `latin-1` → one spelling. */
export function codecName(name: string): string {
  const n = name.toLowerCase().replace(/[-_\s]/g, '');
  const aliases: Record<string, string> = {
    utf8: 'utf8',
    u8: 'utf8',
    utf: 'utf8',
    cp65001: 'utf8',
    latin1: 'latin1',
    latin: 'latin1',
    iso88591: 'latin1',
    l1: 'latin1',
    ascii: 'ascii',
    usascii: 'ascii',
    rot13: 'rot13',
    hex: 'hex',
    hexcodec: 'hex',
    base64: 'base64',
    base64codec: 'base64',
    zlib: 'zlib',
    zlibcodec: 'zlib',
    bz2: 'bz2',
    bz2codec: 'bz2',
    utf16: 'utf16le',
    utf16le: 'utf16le',
    ibm037: 'cp037',
    ibm039: 'cp037',
    ebcdiccpus: 'cp037',
    ibm500: 'cp500',
    ibm1026: 'cp1026',
    ibm1140: 'cp1140',
    ibm273: 'cp273',
    ibm437: 'cp437',
    ibm850: 'cp850',
  };
  return aliases[n] ?? n;
}

/** bytes.decode(codec): bytes → text. */
export function decodeText(bytes: string, codec: string): string | undefined {
  const c = codecName(codec);
  const table = CODE_PAGES[c];
  if (table) {
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += table[bytes.charCodeAt(i) & 0xff];
    return out;
  }
  if (c === 'latin1') return bytes;
  if (c === 'ascii') return /^[\x00-\x7f]*$/.test(bytes) ? bytes : undefined;
  if (c === 'utf8') return Buffer.from(bytes, 'latin1').toString('utf8');
  if (c === 'utf16le') return Buffer.from(bytes, 'latin1').toString('utf16le');
  return undefined;
}

/** str.encode(codec): text → bytes. */
export function encodeText(text: string, codec: string): string | undefined {
  const c = codecName(codec);
  const table = CODE_PAGES[c];
  if (table) {
    let out = '';
    for (const ch of text) {
      const i = table.indexOf(ch);
      if (i < 0) return undefined;
      out += String.fromCharCode(i);
    }
    return out;
  }
  if (c === 'latin1') return /^[\x00-\xff]*$/.test(text) ? text : undefined;
  if (c === 'ascii') return /^[\x00-\x7f]*$/.test(text) ? text : undefined;
  if (c === 'utf8') return Buffer.from(text, 'utf8').toString('latin1');
  if (c === 'utf16le') return Buffer.from(text, 'utf16le').toString('latin1');
  return undefined;
}

export function rot13(s: string): string {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function base64Decode(s: string, urlsafe = false): string | undefined {
  const clean = s.replace(/[^A-Za-z0-9+/=_-]/g, '');
  return Buffer.from(clean, urlsafe ? 'base64url' : 'base64').toString('latin1');
}

export function hexDecode(s: string): string | undefined {
  const clean = s.replace(/\s/g, '');
  if (clean.length % 2 || !/^[0-9a-fA-F]*$/.test(clean)) return undefined;
  return Buffer.from(clean, 'hex').toString('latin1');
}

export function base32Decode(s: string): string | undefined {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = s.toUpperCase().replace(/=+$/, '');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** base64.b85decode (RFC 1924 alphabet) and base64.a85decode (Ascii85, `z` for four zero bytes). */
export function base85Decode(s: string, ascii85: boolean): string | undefined {
  const b85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
  let text = s.replace(/\s/g, '');
  if (ascii85) text = text.replace(/^<~/, '').replace(/~>$/, '').replace(/z/g, '!!!!!');
  const digit = (ch: string) => (ascii85 ? ch.charCodeAt(0) - 33 : b85.indexOf(ch));
  let out = '';
  for (let i = 0; i < text.length; i += 5) {
    const chunk = text.slice(i, i + 5);
    const pad = 5 - chunk.length;
    let acc = 0;
    for (const ch of chunk.padEnd(5, ascii85 ? 'u' : '~')) {
      const d = digit(ch);
      if (d < 0 || d > 84) return undefined;
      acc = acc * 85 + d;
    }
    if (acc > 0xffffffff) return undefined;
    const bytes = [acc >>> 24, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff];
    out += String.fromCharCode(...bytes.slice(0, 4 - pad));
  }
  return out;
}

/** The binary-to-text decoders by their Python names (input: text or bytes, output: bytes). */
export function binaryDecode(fn: string, s: string): string | undefined {
  switch (fn) {
    case 'base64.b64decode':
    case 'base64.standard_b64decode':
    case 'base64.decodebytes':
    case 'base64.decodestring':
    case 'binascii.a2b_base64':
      return base64Decode(s);
    case 'base64.urlsafe_b64decode':
      return base64Decode(s, true);
    case 'base64.b32decode':
      return base32Decode(s);
    case 'base64.b16decode':
    case 'binascii.unhexlify':
    case 'binascii.a2b_hex':
    case 'builtins.bytes.fromhex':
    case 'builtins.bytearray.fromhex':
      return hexDecode(s);
    case 'base64.b85decode':
      return base85Decode(s, false);
    case 'base64.a85decode':
      return base85Decode(s, true);
    default:
      return undefined;
  }
}

export const BINARY_DECODERS = new Set([
  'base64.b64decode',
  'base64.standard_b64decode',
  'base64.decodebytes',
  'base64.decodestring',
  'binascii.a2b_base64',
  'base64.urlsafe_b64decode',
  'base64.b32decode',
  'base64.b16decode',
  'binascii.unhexlify',
  'binascii.a2b_hex',
  'builtins.bytes.fromhex',
  'builtins.bytearray.fromhex',
  'base64.b85decode',
  'base64.a85decode',
]);
