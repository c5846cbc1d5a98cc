// Python string formatting folded over constant templates: `str.format` and `%`. Constant parts are
// folded in; everything else becomes a hole (HOLE in the text, its value in `holes`).
import type { SyntaxNode } from '../parse/parser.js';
import { keywordArg, positionalArg } from './arguments.js';
import type { Value } from './value.js';
import { HOLE, MAX_TEXT, splice, UNKNOWN } from './value.js';

/** `"{}/v1".format(BASE)`, `"{0}"`, `"{host}".format(host=h)`: fields filled from the call's arguments. */
export function formatString(
  s: Value & { kind: 'text' },
  args: SyntaxNode | null,
  resolve: (n: SyntaxNode) => Value,
): Value {
  if (s.holes.length) {
    // Holes already in the template would be renumbered by splicing; keep the simple form.
    const holes: Value[] = [...s.holes];
    const text = s.text.replace(/\{[^{}]{0,64}\}/g, () => (holes.push(UNKNOWN), HOLE));
    return { kind: 'text', text, holes, decoded: s.decoded };
  }
  const holes: Value[] = [];
  let auto = 0;
  const text = s.text
    .replace(/\{\{/g, '\u0001')
    .replace(/\}\}/g, '\u0002')
    .replace(/\{([^{}!:]{0,64})(![rsa])?(:[^{}]{0,64})?\}/g, (_m, field: string, conv?: string, spec?: string) => {
      const key = field.split(/[.[]/)[0]!;
      const n =
        key === ''
          ? positionalArg(args, auto++)
          : /^\d+$/.test(key)
            ? positionalArg(args, Number(key))
            : keywordArg(args, key);
      const v = n && key === field && !conv && !spec ? resolve(n) : UNKNOWN;
      return splice(v, holes);
    })
    .replace(/\u0001/g, '{')
    .replace(/\u0002/g, '}');
  if (text.length > MAX_TEXT) return UNKNOWN;
  return { kind: 'text', text, holes, decoded: s.decoded };
}

/** `"http://%s/x" % host`, `"%s://%s" % (scheme, host)`; `r` is the right operand's value. */
export function percentFormat(
  l: Value & { kind: 'text' },
  right: SyntaxNode | null,
  r: Value,
  resolve: (n: SyntaxNode) => Value,
): Value {
  // Plain %s of a constant is folded in, the rest are holes.
  const items =
    right?.type === 'tuple' || (right?.type === 'parenthesized_expression' && right.firstNamedChild?.type === 'tuple')
      ? (right.type === 'tuple' ? right : right.firstNamedChild!).namedChildren
      : undefined;
  let i = 0;
  const holes: Value[] = [...l.holes];
  if (l.holes.length && l.text.includes('%')) return { kind: 'text', text: l.text, holes, decoded: l.decoded };
  const text = l.text
    .replace(/%%/g, '\u0001')
    .replace(
      /%(\([^)]{0,64}\))?[-#0 +]{0,4}\d{0,4}(?:\.\d{1,4})?([sdirfxXoeEgGc])/g,
      (m, named?: string, conv?: string) => {
        const item = named ? undefined : items ? items[i++] : i++ === 0 ? right : undefined;
        const v = item ? resolve(item) : named ? UNKNOWN : r;
        return splice(conv === 's' && !/\d/.test(m) ? v : v.kind === 'text' ? UNKNOWN : v, holes);
      },
    )
    .replace(/\u0001/g, '%');
  if (text.length > MAX_TEXT) return UNKNOWN;
  return { kind: 'text', text, holes, decoded: l.decoded };
}
