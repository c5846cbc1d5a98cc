// Models of library functions whose result the resolver can compute: functools.partial, os.getenv and
// os.environ.get, __import__/import_module, getattr, urljoin, the decoders, and class field declarations
// (dataclasses, attrs, pydantic: the default is the value).
import type { SyntaxNode } from '../parse/parser.js';
import { keywordArg, positionalArg } from './arguments.js';
import { BINARY_DECODERS } from './codecs.js';
import { decodeCall } from './decoders.js';
import type { Scope } from './scopes.js';
import type { Value } from './value.js';
import { HOLE, informative, UNKNOWN } from './value.js';

/**
 * The value of calling library function `f` at `node`, or undefined when `f` is not modelled (the
 * caller then treats the result as an object made by the call). `resolve` evaluates an argument node.
 */
export function libraryCall(
  f: Value & { kind: 'qualified' },
  node: SyntaxNode,
  scope: Scope,
  resolve: (n: SyntaxNode | undefined) => Value,
): Value | undefined {
  const args = node.childForFieldName('arguments');
  const positional = (i: number) => positionalArg(args, i);
  switch (f.name) {
    case 'functools.partial': {
      // partial(requests.post, url): calling it calls requests.post with url in front.
      const target = resolve(positional(0));
      if (target.kind !== 'qualified') return UNKNOWN;
      return { kind: 'qualified', name: target.name, origins: [...target.origins, { node, scope, shift: 1 }] };
    }
    case 'os.getenv':
    case 'os.environ.get':
    case 'os.environ.setdefault': {
      const k = resolve(positional(0) ?? keywordArg(args, 'key'));
      if (k.kind !== 'text' || k.holes.length) return UNKNOWN;
      const d = positional(1) ?? keywordArg(args, 'default');
      const dv = d ? resolve(d) : UNKNOWN;
      return informative(dv) ? { kind: 'env', name: k.text, default: dv } : { kind: 'env', name: k.text };
    }
    case 'builtins.__import__':
    case 'importlib.import_module': {
      const m = resolve(positional(0));
      if (m.kind === 'text' && !m.holes.length && /^[A-Za-z_][\w.]*$/.test(m.text)) {
        // __import__("a.b") returns package a; import_module returns a.b.
        const name = f.name === 'builtins.__import__' && !keywordArg(args, 'fromlist') ? m.text.split('.')[0]! : m.text;
        return { kind: 'qualified', name, origins: [] };
      }
      return UNKNOWN;
    }
    case 'builtins.getattr': {
      const obj = resolve(positional(0));
      const attr = resolve(positional(1));
      if (obj.kind === 'qualified' && attr.kind === 'text' && !attr.holes.length && /^[A-Za-z_]\w*$/.test(attr.text))
        return { kind: 'qualified', name: `${obj.name}.${attr.text}`, origins: obj.origins };
      return UNKNOWN;
    }
    case 'urllib.parse.urljoin':
    case 'urlparse.urljoin': {
      const a = resolve(positional(0));
      const b = resolve(positional(1));
      if (b.kind === 'text' && /^[a-z][a-z0-9+.-]*:\/\//i.test(b.text)) return b;
      if (a.kind === 'text' && b.kind === 'text' && !a.holes.length && !b.holes.length && !b.text.startsWith('//')) {
        try {
          return { kind: 'text', text: new URL(b.text, a.text).href, holes: [], decoded: a.decoded };
        } catch {
          /* not an absolute base: fall through */
        }
      }
      // The base decides the host: keep its text, the rest is a hole.
      // (A path joined to a bare origin starts after a "/": urljoin("https://h", p) keeps host h.)
      if (a.kind === 'text') {
        const sep = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(a.text) ? '/' : '';
        return { kind: 'text', text: a.text + sep + HOLE, holes: [...a.holes, b], decoded: a.decoded };
      }
      return a.kind === 'unknown' ? UNKNOWN : a;
    }
    // Class field declarations: the default is the value; a factory leaves it to the annotation
    // (`app_session: AppSession = attr.Factory(AppSession)`, `field(default_factory=...)`).
    case 'dataclasses.field':
    case 'attr.ib':
    case 'attr.attrib':
    case 'attr.field':
    case 'attrs.field':
    case 'pydantic.Field':
    case 'pydantic.fields.Field':
    case 'sqlmodel.Field': {
      const d = keywordArg(args, 'default') ?? (f.name.includes('pydantic') ? positional(0) : undefined);
      const v = d ? resolve(d) : UNKNOWN;
      return informative(v) ? v : UNKNOWN;
    }
    case 'attr.Factory':
    case 'attrs.Factory':
      return UNKNOWN;
    // `cast("Provider", client)`: the value is the second argument (the first is only a type).
    case 'typing.cast':
    case 'typing_extensions.cast':
      return resolve(positional(1));
  }
  // vars(__builtins__).get("eval"): the builtin by name.
  if (f.name.endsWith('.__dict__.get')) {
    const k = resolve(positional(0));
    if (k.kind === 'text' && !k.holes.length && /^[A-Za-z_]\w*$/.test(k.text))
      return { kind: 'qualified', name: `${f.name.slice(0, -'.__dict__.get'.length)}.${k.text}`, origins: [] };
  }
  if (f.name === 'codecs.decode' || BINARY_DECODERS.has(f.name))
    return decodeCall(f.name, resolve(positional(0)), resolve(positional(1) ?? keywordArg(args, 'encoding')));
  return undefined;
}
