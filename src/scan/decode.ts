// Bytes of a .py file → text, the way Python reads source: BOM, PEP 263 coding line, else UTF-8.
// Bad bytes never stop the scan: the file is decoded leniently and a note says so.

export interface Decoded {
  text?: string;
  note?: string;
  skip?: string;
}

const CODING = /^[ \t\f]*#.{0,200}?coding[:=][ \t]*([-\w.]{1,40})/;

export function decodeSource(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { skip: 'binary content (NUL byte); not Python source' };
  let start = 0;
  let encoding = 'utf-8';
  let note: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else {
    // PEP 263: the coding declaration is on line 1 or 2.
    const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').split('\n', 2);
    for (const line of head) {
      const m = CODING.exec(line);
      if (m) {
        encoding = m[1]!.toLowerCase();
        break;
      }
      if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
  } catch (e) {
    if (e instanceof RangeError) {
      note = `unknown source encoding "${encoding}"; decoded as UTF-8 with replacement characters`;
    } else {
      note = `not valid ${encoding}; decoded with replacement characters (line numbers are kept)`;
    }
    try {
      text = new TextDecoder(encoding === 'utf-8' || note.startsWith('unknown') ? 'utf-8' : encoding).decode(
        bytes.subarray(start),
      );
    } catch {
      text = new TextDecoder('utf-8').decode(bytes.subarray(start));
    }
  }
  // Python treats a lone CR as a line break; tree-sitter counts rows on LF only. Same length, same offsets.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { text, note };
}
