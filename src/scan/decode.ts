// Bytes of a .py file → text, the way Python reads source: BOM, PEP 263 coding line, else UTF-8.
// Bad bytes never stop the scan: the file is decoded leniently and a note says so.
//
// The coding line is attacker-controlled. Python accepts codecs that can spell ASCII code in other bytes
// (`utf-7`, `unicode_escape`, `raw_unicode_escape`): `# coding: unicode_escape` + `\x72equests.post(...)`
// runs as `requests.post(...)`. Those codecs are decoded here exactly enough that the code the
// interpreter would see is the code we analyse; a name we cannot decode is reported in a note.

export interface Decoded {
  text?: string;
  note?: string;
  skip?: string;
}

// PEP 263's regex, with bounded quantifiers (the line comes from the pull request).
const CODING = /^[ \t\f]*#.{0,200}?coding[:=][ \t]*([-\w.]{1,40})/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;

type Codec =
  | { kind: 'whatwg'; label: string }
  | { kind: 'latin-1' }
  | { kind: 'ascii' }
  | { kind: 'cp1252' }
  | { kind: 'utf-7' }
  | { kind: 'unicode-escape'; raw: boolean };

/** Python codec names (after normalisation) that WHATWG TextDecoder spells differently or not at all. */
const ALIASES: Record<string, Codec> = {
  'utf-8': { kind: 'whatwg', label: 'utf-8' },
  utf8: { kind: 'whatwg', label: 'utf-8' },
  u8: { kind: 'whatwg', label: 'utf-8' },
  utf: { kind: 'whatwg', label: 'utf-8' },
  cp65001: { kind: 'whatwg', label: 'utf-8' },
  'latin-1': { kind: 'latin-1' },
  latin1: { kind: 'latin-1' },
  latin: { kind: 'latin-1' },
  l1: { kind: 'latin-1' },
  'iso-8859-1': { kind: 'latin-1' },
  'iso8859-1': { kind: 'latin-1' },
  'iso-latin-1': { kind: 'latin-1' },
  '8859': { kind: 'latin-1' },
  cp819: { kind: 'latin-1' },
  ascii: { kind: 'ascii' },
  'us-ascii': { kind: 'ascii' },
  '646': { kind: 'ascii' },
  cp1252: { kind: 'cp1252' },
  'windows-1252': { kind: 'cp1252' },
  cp932: { kind: 'whatwg', label: 'shift_jis' },
  ms932: { kind: 'whatwg', label: 'shift_jis' },
  mskanji: { kind: 'whatwg', label: 'shift_jis' },
  'ms-kanji': { kind: 'whatwg', label: 'shift_jis' },
  'shift-jis': { kind: 'whatwg', label: 'shift_jis' },
  's-jis': { kind: 'whatwg', label: 'shift_jis' },
  sjis: { kind: 'whatwg', label: 'shift_jis' },
  ujis: { kind: 'whatwg', label: 'euc-jp' },
  'euc-jp': { kind: 'whatwg', label: 'euc-jp' },
  eucjp: { kind: 'whatwg', label: 'euc-jp' },
  cp949: { kind: 'whatwg', label: 'euc-kr' },
  'euc-kr': { kind: 'whatwg', label: 'euc-kr' },
  euckr: { kind: 'whatwg', label: 'euc-kr' },
  cp936: { kind: 'whatwg', label: 'gbk' },
  'utf-7': { kind: 'utf-7' },
  utf7: { kind: 'utf-7' },
  u7: { kind: 'utf-7' },
  'unicode-escape': { kind: 'unicode-escape', raw: false },
  'raw-unicode-escape': { kind: 'unicode-escape', raw: true },
};

/** Python's normalisation of a codec name: case-insensitive, `_` and spaces same as `-`; `utf-8-*` is UTF-8. */
function codecFor(name: string): Codec | undefined {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  if (ALIASES[n]) return ALIASES[n];
  if (n.startsWith('utf-8-')) return ALIASES['utf-8'];
  if (n.startsWith('latin-1-') || n.startsWith('iso-8859-1-') || n.startsWith('iso-latin-1-'))
    return { kind: 'latin-1' };
  // Non-ASCII-compatible encodings: Python refuses them as source encodings ("encoding problem").
  if (/^(utf-?16|utf-?32|ucs-?2|ucs-?4)/.test(n)) return undefined;
  for (const label of [n, n.replace(/^cp(\d{4})$/, 'windows-$1'), n.replace(/^iso(8859)-?(\d+)$/, 'iso-$1-$2')]) {
    try {
      new TextDecoder(label);
      return { kind: 'whatwg', label };
    } catch {
      /* not a WHATWG label */
    }
  }
  return undefined;
}

/** The PEP 263 declaration on line 1 or 2 (a line 2 declaration only after a blank or comment line 1). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Python ends a line at LF, CRLF or a lone CR.
  const lines = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .split(/\r\n|\r|\n/, 2);
  for (const line of lines) {
    const m = CODING.exec(line);
    if (m) return m[1]!;
    if (!BLANK_OR_COMMENT.test(line)) break;
  }
  return undefined;
}

// Node's TextDecoder decodes windows-1252 as latin-1 (0x80 → U+0080); Python's cp1252 maps 0x80-0x9F
// to these (U+FFFD where cp1252 has no character, which Python rejects).
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 2152 UTF-7 as Python decodes it (lenient: a bad shift sequence keeps its bytes). */
export function decodeUtf7(bytes: Uint8Array): { text: string; bad: boolean } {
  let out = '';
  let bad = false;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b !== 0x2b /* + */) {
      if (b > 0x7f) bad = true;
      out += String.fromCharCode(b > 0x7f ? 0xfffd : b);
      i++;
      continue;
    }
    if (bytes[i + 1] === 0x2d /* - */) {
      out += '+';
      i += 2;
      continue;
    }
    let j = i + 1;
    let bits = 0;
    let acc = 0;
    const units: number[] = [];
    for (; j < bytes.length; j++) {
      const v = B64.indexOf(String.fromCharCode(bytes[j]!));
      if (v < 0 || bytes[j]! > 0x7f) break;
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        units.push((acc >> bits) & 0xffff);
      }
    }
    for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
    if (bytes[j] === 0x2d) j++; // an explicit end of the shift sequence is absorbed
    i = j;
  }
  return { text: out, bad };
}

const ASCII_NAMES: Record<string, string> = {
  SPACE: ' ',
  'FULL STOP': '.',
  'LOW LINE': '_',
  'LEFT PARENTHESIS': '(',
  'RIGHT PARENTHESIS': ')',
  'LEFT SQUARE BRACKET': '[',
  'RIGHT SQUARE BRACKET': ']',
  'QUOTATION MARK': '"',
  APOSTROPHE: "'",
  COLON: ':',
  SOLIDUS: '/',
  COMMA: ',',
  'EQUALS SIGN': '=',
  'HYPHEN-MINUS': '-',
  'COMMERCIAL AT': '@',
  'NUMBER SIGN': '#',
  'PLUS SIGN': '+',
  'LINE FEED': '\n',
  LF: '\n',
};

/** `\N{LATIN SMALL LETTER R}` and the other names of ASCII characters (case-insensitive, as in Python). */
function asciiByName(name: string): string | undefined {
  const n = name.trim().toUpperCase().replace(/\s+/g, ' ');
  const letter = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(n);
  if (letter) return letter[1] === 'SMALL' ? letter[2]!.toLowerCase() : letter[2];
  if (n.startsWith('DIGIT ')) {
    const d = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(n.slice(6));
    return d >= 0 ? String(d) : undefined;
  }
  return ASCII_NAMES[n];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Python's `unicode_escape` / `raw_unicode_escape` codecs: bytes are latin-1, escapes are decoded before
 * the tokenizer sees the text. `raw` decodes only `\uXXXX` / `\UXXXXXXXX` (after an odd run of backslashes).
 */
export function decodeUnicodeEscape(bytes: Uint8Array, raw: boolean): { text: string; bad: boolean } {
  const s = Buffer.from(bytes).toString('latin1');
  let out = '';
  let bad = false;
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    if (raw) {
      let run = 0;
      while (s[i + run] === '\\') run++;
      const k = s[i + run];
      if (run % 2 === 1 && (k === 'u' || k === 'U')) {
        out += '\\'.repeat(run - 1);
        const width = k === 'u' ? 4 : 8;
        const hex = s.slice(i + run + 1, i + run + 1 + width);
        const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
        if (cp >= 0 && cp < 0x110000) {
          out += String.fromCodePoint(cp);
          i += run + 1 + width;
        } else {
          bad = true;
          out += `\\${k}`;
          i += run + 1;
        }
      } else {
        out += '\\'.repeat(run);
        i += run;
      }
      continue;
    }
    const k = s[i + 1];
    if (k === undefined) {
      bad = true;
      out += '\\';
      i++;
    } else if (k in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[k];
      i += 2;
    } else if (k === '\n') {
      i += 2; // line continuation inside the codec
    } else if (k === 'x' || k === 'u' || k === 'U') {
      const width = k === 'x' ? 2 : k === 'u' ? 4 : 8;
      const hex = s.slice(i + 2, i + 2 + width);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
      if (cp >= 0 && cp < 0x110000) {
        out += String.fromCodePoint(cp);
        i += 2 + width;
      } else {
        bad = true;
        out += `\\${k}`;
        i += 2;
      }
    } else if (k === 'N' && s[i + 2] === '{') {
      const close = s.indexOf('}', i + 3);
      const ch = close > 0 && close - i < 80 ? asciiByName(s.slice(i + 3, close)) : undefined;
      if (ch !== undefined) {
        out += ch;
        i = close + 1;
      } else {
        bad = true; // a name we cannot resolve: kept as written, and the note says so
        out += '\\N';
        i += 2;
      }
    } else if (k >= '0' && k <= '7') {
      let j = i + 1;
      while (j < i + 4 && s[j]! >= '0' && s[j]! <= '7') j++;
      out += String.fromCharCode(parseInt(s.slice(i + 1, j), 8));
      i = j;
    } else {
      out += `\\${k}`; // unknown escapes (and \N{...}) stay as written
      i += 2;
    }
  }
  return { text: out, bad };
}

export function decodeSource(bytes: Uint8Array): Decoded {
  // Python refuses source with a NUL byte anywhere ("source code cannot contain null bytes").
  if (bytes.includes(0)) return { skip: 'binary content (NUL byte); not Python source' };
  let start = 0;
  let declared: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else declared = declaredEncoding(bytes);
  const body = bytes.subarray(start);
  const codec: Codec | undefined = declared === undefined ? { kind: 'whatwg', label: 'utf-8' } : codecFor(declared);
  let text: string;
  let note: string | undefined;
  if (!codec) {
    note = `unknown source encoding "${declared}"; decoded as UTF-8 with replacement characters`;
    text = new TextDecoder('utf-8').decode(body);
  } else {
    const shown = declared ?? 'utf-8';
    const lenient = `not valid ${shown}; decoded with replacement characters (line numbers are kept)`;
    switch (codec.kind) {
      case 'latin-1':
        text = Buffer.from(body).toString('latin1');
        break;
      case 'ascii':
        text = Buffer.from(body).toString('latin1');
        if (body.some((b) => b > 0x7f)) {
          note = lenient;
          text = text.replace(/[\u0080-\u00ff]/g, '\uFFFD');
        }
        break;
      case 'cp1252': {
        text = Buffer.from(body)
          .toString('latin1')
          .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
        if (text.includes('\uFFFD')) note = lenient;
        break;
      }
      case 'utf-7': {
        // UTF-7 can spell ASCII code in base64 runs (`+AHI-equests`): say that the file used it.
        const r = decodeUtf7(body);
        text = r.text;
        note = `decoded as ${shown} (shift sequences were decoded before analysis, as Python does)${r.bad ? '; some bytes were invalid' : ''}`;
        break;
      }
      case 'unicode-escape': {
        const r = decodeUnicodeEscape(body, codec.raw);
        text = r.text;
        note = `decoded as ${shown}: escape sequences were decoded before analysis, as Python does${r.bad ? '; some were invalid' : ''}`;
        break;
      }
      case 'whatwg':
        try {
          text = new TextDecoder(codec.label, { fatal: true }).decode(body);
        } catch {
          note = lenient;
          text = new TextDecoder(codec.label).decode(body);
        }
        break;
    }
  }
  // Python treats a lone CR as a line break; tree-sitter counts rows on LF only. Same length, same offsets.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { text, note };
}
