// Python string literals → text (f-string interpolations become holes), and text → destination host.
import type { SyntaxNode } from '../parse/parser.js';
import type { Value } from './values.js';

const HOLE = '\u0000';
const MAX_TEXT = 4096;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

export function decodeStringLiteral(node: SyntaxNode, resolve: (n: SyntaxNode) => Value): Value {
  if (node.type === 'concatenated_string') {
    let text = '';
    const holes: Value[] = [];
    for (const part of node.namedChildren) {
      if (!part) continue;
      const v = decodeStringLiteral(part, resolve);
      if (v.kind !== 'text') return { kind: 'unknown' };
      text += v.text;
      holes.push(...v.holes);
    }
    return text.length > MAX_TEXT ? { kind: 'unknown' } : { kind: 'text', text, holes };
  }
  if (node.endIndex - node.startIndex > MAX_TEXT * 4) return { kind: 'unknown' };
  const prefix = node.firstChild?.text.replace(/["']+$/, '') ?? '';
  const raw = /r/i.test(prefix);
  const f = /f/i.test(prefix);
  let text = '';
  const holes: Value[] = [];
  let decoded = false;
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content') {
      let t = raw ? c.text : unescapeContent(c.text);
      if (f) t = t.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      text += t;
    } else if (c.type === 'interpolation') {
      const v = resolve(c.childForFieldName('expression')!);
      // A constant part (module constant, nested f-string) is folded in unless it is reformatted (`!r`, `:>10`).
      const plain = !c.childForFieldName('type_conversion') && !c.childForFieldName('format_specifier');
      if (plain && v.kind === 'text' && text.length + v.text.length <= MAX_TEXT) {
        text += v.text;
        holes.push(...v.holes);
        decoded ||= !!v.decoded;
      } else {
        text += HOLE;
        holes.push(v);
      }
    }
  }
  return decoded ? { kind: 'text', text, holes, decoded } : { kind: 'text', text, holes };
}

function unescape(seq: string): string {
  const c = seq[1] ?? '';
  if (c in ESCAPES) return ESCAPES[c]!;
  if (c === 'x' && seq.length === 4) return String.fromCharCode(parseInt(seq.slice(2), 16));
  if ((c === 'u' && seq.length === 6) || (c === 'U' && seq.length === 10)) {
    const cp = parseInt(seq.slice(2), 16);
    return cp < 0x110000 ? String.fromCodePoint(cp) : '';
  }
  if (/^[0-7]{1,3}$/.test(seq.slice(1))) return String.fromCharCode(parseInt(seq.slice(1), 8));
  if (c === '\n') return '';
  return seq;
}

export function unescapeContent(s: string): string {
  // Escape sequences sit inside string_content; f-strings may also hold `{{`/`}}`.
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (m) => unescape(m));
}

export interface ParsedDestination {
  host?: string;
  scheme?: string;
  /** The host part is (partly) built from data: the hole values that make it up. */
  hostHoles?: Value[];
}

/**
 * Take the host from a URL-ish constant: "https://api.x.com/v1", "smtp.x.com", "s3://bucket/key",
 * "user@host:22", "[::1]:80". Holes inside the host mean the host is built from data.
 */
export function destinationOf(text: string, holes: Value[]): ParsedDestination {
  let rest = text.trim();
  let scheme: string | undefined;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]{0,20}):\/\//.exec(rest);
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = rest.slice(m[0].length);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]{0,20}:[^/\d]/.test(rest) && !rest.includes(HOLE)) {
    return {}; // "mailto:x", "data:..." — not a network destination
  }
  const end = rest.search(/[/?#\s]/);
  let authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  if (!authority) return { scheme };
  if (authority.includes(HOLE)) {
    // Which holes fall in the authority: count holes before and within it.
    const before = text.slice(0, text.indexOf(authority)).split(HOLE).length - 1;
    const within = authority.split(HOLE).length - 1;
    return { scheme, hostHoles: holes.slice(before, before + within) };
  }
  let host = authority.toLowerCase();
  if (scheme && /^(s3|s3a|s3n|gs|gcs|az|abfs|abfss|adl|wasb|wasbs|oci|oss|hf)$/.test(scheme))
    host = `${scheme}://${host}`;
  else if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(:\d{1,5})?$/.test(host)) return { scheme };
  else if (!scheme && !host.includes('.') && !/^localhost(:\d+)?$/.test(host) && !host.startsWith('[')) return {};
  return { host, scheme };
}
