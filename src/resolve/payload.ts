// Code carried as data: the constant text an `exec` / `eval` / `compile` / `runpy` call would run,
// decoded statically (base64/32/85, hex, codecs incl. rot13 and EBCDIC code pages, zlib/gzip, slices,
// `.replace`, `.decode`, a file the same module wrote). Never executes anything. Bounded: the code and
// any decompressed value at most PAYLOAD_LIMITS.maxBytes (and at most maxRatio times the compressed
// input), literals and intermediate values at most maxInput, at most maxLayers decoding steps; a bound
// that is hit is reported as a note, never silently.
import type { SyntaxNode } from '../parse/parser.js';
import { positionalArg, keywordArg } from './arguments.js';
import { BINARY_DECODERS, binaryDecode, decodeText, encodeText, rot13 } from './codecs.js';
import { decompress, DECOMPRESSORS } from './decompress.js';
import type { Scope } from './scopes.js';
import { unescapeContent } from './strings.js';
import { sliceOf, sliceBounds } from './sequences.js';
import type { Resolver } from './values.js';

export const PAYLOAD_LIMITS = { maxBytes: 1 << 20, maxInput: 4 << 20, maxLayers: 8, maxRatio: 250, maxSteps: 2000 };

/** Text (a `str`) or bytes (one char per byte); `layers` are the decoders applied, outermost last. */
interface Blob {
  s: string;
  bytes: boolean;
  layers: string[];
}

export interface Payload {
  /** The code, as text. */
  text: string;
  /** Decoders applied, in order: `base64`, `zlib`, `rot13`... */
  layers: string[];
}

/** A file the module writes code to: `open(p, "w").write(code)`, `Path(p).write_text(code)`. */
export type WrittenFiles = Map<string, { node: SyntaxNode; scope: Scope }>;

export interface PayloadResult {
  payload?: Payload;
  /** Set when a bound was hit or a decoder is not supported: what the note says. */
  note?: string;
}

/** The code `node` evaluates to, if it is constant (after decoding). */
export function payloadOf(node: SyntaxNode, scope: Scope, resolver: Resolver, files?: WrittenFiles): PayloadResult {
  const e = new PayloadEval(resolver, files);
  const b = e.ev(node, scope, 0);
  if (b && b.s.length > PAYLOAD_LIMITS.maxBytes) return { note: 'decoded code larger than 1 MB: not analysed' };
  if (!b) return e.note ? { note: e.note } : {};
  const text = b.bytes ? (decodeText(b.s, 'utf8') ?? b.s) : b.s;
  return { payload: { text, layers: b.layers }, ...(e.note ? { note: e.note } : {}) };
}

/** The code in a file the module wrote, for `runpy.run_path(p)` and `[sys.executable, p]`. */
export function writtenPayload(
  pathNode: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  files: WrittenFiles,
): PayloadResult {
  const p = resolver.value(pathNode, scope);
  const w = p.kind === 'text' && !p.holes.length ? files.get(p.text) : undefined;
  return w ? payloadOf(w.node, w.scope, resolver, files) : {};
}

class PayloadEval {
  note?: string;
  private steps = 0;
  constructor(
    private readonly resolver: Resolver,
    private readonly files?: WrittenFiles,
  ) {}

  private bound(why: string): undefined {
    this.note ??= why;
    return undefined;
  }

  private fits(s: string): boolean {
    return (
      s.length <= PAYLOAD_LIMITS.maxInput || !this.bound('a value in the code run is larger than 4 MB: not decoded')
    );
  }

  private layer(b: Blob, s: string | undefined, name: string, bytes: boolean): Blob | undefined {
    if (s === undefined || !this.fits(s)) return undefined;
    if (b.layers.length >= PAYLOAD_LIMITS.maxLayers)
      return this.bound(`code nested in more than ${PAYLOAD_LIMITS.maxLayers} layers of encoding: not analysed`);
    return { s, bytes, layers: [...b.layers, name] };
  }

  ev(node: SyntaxNode | null | undefined, scope: Scope, depth: number): Blob | undefined {
    if (!node) return undefined;
    if (++this.steps > PAYLOAD_LIMITS.maxSteps || depth > 64) return this.bound('decoding stopped at its work budget');
    switch (node.type) {
      case 'string':
        return this.literal(node, scope);
      case 'concatenated_string':
      case 'binary_operator': {
        const parts =
          node.type === 'binary_operator'
            ? node.childForFieldName('operator')?.text === '+'
              ? [node.childForFieldName('left'), node.childForFieldName('right')]
              : []
            : node.namedChildren;
        if (!parts.length) return this.small(node, scope);
        let acc: Blob | undefined;
        for (const p of parts) {
          const b = this.ev(p, scope, depth + 1);
          if (!b) return undefined;
          acc = acc ? { s: acc.s + b.s, bytes: acc.bytes, layers: [...acc.layers, ...b.layers] } : b;
          if (!this.fits(acc.s)) return undefined;
        }
        return acc;
      }
      case 'parenthesized_expression':
        return this.ev(node.firstNamedChild, scope, depth + 1);
      case 'identifier':
        return this.name(node, scope, depth);
      case 'subscript': {
        const b = this.ev(node.childForFieldName('value'), scope, depth + 1);
        const sl = node.childForFieldName('subscript');
        if (!b || sl?.type !== 'slice') return b ? undefined : this.small(node, scope);
        const bounds = sliceBounds(sl, (n) => this.resolver.value(n, scope));
        return bounds ? { ...b, s: sliceOf(b.s, bounds) } : undefined;
      }
      case 'call':
        return this.call(node, scope, depth);
      default:
        return this.small(node, scope);
    }
  }

  /** Anything the destination resolver folds (joins of literals, `chr` codes, f-strings of constants). */
  private small(node: SyntaxNode, scope: Scope): Blob | undefined {
    const v = this.resolver.value(node, scope);
    if (v.kind !== 'text' || v.holes.length) return undefined;
    return { s: v.text, bytes: false, layers: v.decoded ? ['folded'] : [] };
  }

  private literal(node: SyntaxNode, scope: Scope): Blob | undefined {
    const prefix = node.firstChild?.text.replace(/["']+$/, '') ?? '';
    if (/f/i.test(prefix)) return this.small(node, scope);
    if (node.endIndex - node.startIndex > PAYLOAD_LIMITS.maxInput)
      return this.bound('string literal larger than 4 MB: not decoded');
    let s = '';
    for (const c of node.namedChildren) {
      if (c?.type !== 'string_content') continue;
      s += /r/i.test(prefix) ? c.text : unescapeContent(c.text);
    }
    const bytes = /b/i.test(prefix);
    if (bytes) s = encodeText(s, 'latin1') ?? encodeText(s, 'utf8') ?? s;
    return this.fits(s) ? { s, bytes, layers: [] } : undefined;
  }

  private name(node: SyntaxNode, scope: Scope, depth: number): Blob | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const list = s.names.get(node.text);
      if (!list?.length) continue;
      const before = s === scope ? list.filter((b) => b.at <= node.startIndex) : list;
      const b = (before.length ? before : list)[(before.length ? before : list).length - 1]!;
      return b.k === 'expr' ? this.ev(b.node, b.scope, depth + 1) : undefined;
    }
    return undefined;
  }

  private call(node: SyntaxNode, scope: Scope, depth: number): Blob | undefined {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    const arg = (i: number, kw?: string) => positionalArg(args, i) ?? (kw ? keywordArg(args, kw) : undefined);
    const text = (i: number, kw: string) => {
      const n = arg(i, kw);
      const v = n ? this.resolver.value(n, scope) : undefined;
      return v?.kind === 'text' && !v.holes.length ? v.text : undefined;
    };
    const callee = this.resolver.value(fn, scope);
    const q = callee.kind === 'qualified' ? callee.name : undefined;
    if (q === 'marshal.loads') return this.bound('marshal.loads (compiled bytecode) is not decoded');
    if (q === 'builtins.compile') return this.ev(arg(0, 'source'), scope, depth + 1);
    if (q && BINARY_DECODERS.has(q)) {
      const b = this.ev(arg(0), scope, depth + 1);
      return b && this.layer(b, binaryDecode(q, b.s), q.replace(/^(builtins|base64|binascii)\./, ''), true);
    }
    if (q && DECOMPRESSORS.has(q)) return this.decompressed(q, this.ev(arg(0), scope, depth + 1));
    if (q === 'codecs.decode' || q === 'codecs.encode') {
      const b = this.ev(arg(0, 'obj'), scope, depth + 1);
      return b && this.codec(b, text(1, 'encoding') ?? 'utf-8', q === 'codecs.encode');
    }
    if ((q === 'builtins.bytes' || q === 'builtins.bytearray') && !arg(1, 'encoding')) {
      // bytes(b"..."): the same bytes; bytes([104, ...]) is folded by the resolver.
      const b = this.ev(arg(0), scope, depth + 1);
      return b?.bytes ? b : this.small(node, scope);
    }
    if ((q === 'builtins.str' || q === 'builtins.bytes') && arg(1, 'encoding')) {
      const b = this.ev(arg(0), scope, depth + 1);
      const enc = text(1, 'encoding') ?? '';
      if (!b) return undefined;
      if (q === 'builtins.str') return b.bytes ? this.layer(b, decodeText(b.s, enc), enc, false) : undefined;
      return b.bytes ? b : this.layer(b, encodeText(b.s, enc), enc, true);
    }
    if (fn?.type !== 'attribute') return this.small(node, scope);
    const method = fn.childForFieldName('attribute')?.text;
    const objNode = fn.childForFieldName('object');
    if (method === 'read' || method === 'read_text' || method === 'read_bytes')
      return this.readBack(objNode, scope, depth);
    if (!['decode', 'encode', 'replace', 'strip', 'lstrip', 'rstrip'].includes(method ?? ''))
      return this.small(node, scope);
    const b = this.ev(objNode, scope, depth + 1);
    if (!b) return undefined;
    switch (method) {
      case 'decode': {
        const enc = text(0, 'encoding') ?? 'utf-8';
        if (!b.bytes) return b;
        return this.layer(b, decodeText(b.s, enc), enc, false);
      }
      case 'encode': {
        const enc = text(0, 'encoding') ?? 'utf-8';
        return b.bytes ? b : this.codec(b, enc, true);
      }
      case 'replace': {
        const from = this.ev(arg(0), scope, depth + 1);
        const to = this.ev(arg(1), scope, depth + 1);
        if (!from || !to || !from.s) return undefined;
        const out = b.s.split(from.s).join(to.s);
        return this.fits(out) ? { ...b, s: out } : undefined;
      }
      default:
        return { ...b, s: method === 'lstrip' ? b.s.trimStart() : method === 'rstrip' ? b.s.trimEnd() : b.s.trim() };
    }
  }

  /** `codecs.decode(x, "rot13" | "hex" | "base64" | "zlib" | "cp1026"...)` and `str.encode(codec)`. */
  private codec(b: Blob, enc: string, encode: boolean): Blob | undefined {
    const c = enc.toLowerCase().replace(/[-_]/g, '');
    if (c === 'rot13') return this.layer(b, rot13(b.s), 'rot13', b.bytes);
    if (c === 'hex' || c === 'hexcodec')
      return encode ? undefined : this.layer(b, binaryDecode('binascii.unhexlify', b.s), 'hex', true);
    if (c === 'base64' || c === 'base64codec')
      return encode ? undefined : this.layer(b, binaryDecode('base64.b64decode', b.s), 'base64', true);
    if (c === 'zlib' || c === 'zlibcodec') return encode ? undefined : this.decompressed('zlib.decompress', b);
    if (c === 'bz2' || c === 'bz2codec') return encode ? undefined : this.decompressed('bz2.decompress', b);
    if (encode) return b.bytes ? undefined : this.layer(b, encodeText(b.s, enc), enc, true);
    return b.bytes ? this.layer(b, decodeText(b.s, enc), enc, false) : undefined;
  }

  private decompressed(fn: string, b: Blob | undefined): Blob | undefined {
    if (!b) return undefined;
    const limit = Math.min(PAYLOAD_LIMITS.maxBytes, b.s.length * PAYLOAD_LIMITS.maxRatio + 4096);
    const r = decompress(fn, b.s, limit);
    if ('out' in r) return this.layer(b, r.out, fn.replace(/\.decompress$/, ''), true);
    if ('bound' in r)
      return this.bound(
        `decompressed code larger than ${limit === PAYLOAD_LIMITS.maxBytes ? '1 MB' : `${PAYLOAD_LIMITS.maxRatio} times its compressed size`} (a decompression bomb?): not analysed`,
      );
    if ('unsupported' in r) return this.bound(`${r.unsupported} compression is not decoded`);
    return undefined;
  }

  /** `open(p).read()`, `Path(p).read_text()` of a file the module wrote code to. */
  private readBack(obj: SyntaxNode | null, scope: Scope, depth: number): Blob | undefined {
    if (!obj || !this.files?.size) return undefined;
    let target: SyntaxNode | null = obj;
    if (target.type === 'identifier') {
      // `with open(p) as f: exec(f.read())`
      const v = scope.names.get(target.text)?.at(-1);
      target = v?.k === 'expr' ? v.node : null;
    }
    if (target?.type !== 'call') return undefined;
    const p = positionalArg(target.childForFieldName('arguments'), 0);
    const path = p ? this.resolver.value(p, scope) : undefined;
    const w = path?.kind === 'text' && !path.holes.length ? this.files.get(path.text) : undefined;
    return w ? this.ev(w.node, w.scope, depth + 1) : undefined;
  }
}
