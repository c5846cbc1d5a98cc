// The syntax of a call reduced to what a formatter cannot change: its tokens without comments,
// whitespace, line breaks, trailing commas, redundant parentheses, quote style or literal case.
// Findings are identified by this shape (plus rule, callee, destination and occurrence), so
// reformatting, re-wrapping or re-commenting code never makes an existing finding "new".
import type { SyntaxNode } from '../parse/parser.js';

const MAX_TOKENS = 4000;

/** The normalised shape of a call's arguments (or of the whole node when it has none). */
export function callShape(node: SyntaxNode): string {
  const out: string[] = [];
  const args = node.type === 'call' ? node.childForFieldName('arguments') : null;
  walk(args ?? node, out);
  return out.join(' ');
}

function walk(n: SyntaxNode, out: string[]): void {
  if (out.length > MAX_TOKENS) return;
  switch (n.type) {
    case 'comment':
    case ',':
      return;
    case 'parenthesized_expression': {
      // `(x)` is `x`; a tuple has its own node type, so `(x,)` stays distinct.
      const inner = n.namedChildren.filter((c) => c && c.type !== 'comment');
      if (inner.length === 1) return walk(inner[0]!, out);
      break;
    }
    case 'string':
      out.push(stringShape(n));
      return;
    case 'concatenated_string': {
      const parts = n.namedChildren.filter((c): c is SyntaxNode => !!c && c.type === 'string');
      const shapes = parts.map(stringShape);
      // "a" "b" and "ab" are the same constant when the pieces share a prefix.
      const prefixes = new Set(shapes.map((s) => s.slice(0, s.indexOf(':'))));
      out.push(
        prefixes.size === 1
          ? `${[...prefixes][0]}:${shapes.map((s) => s.slice(s.indexOf(':') + 1)).join('')}`
          : shapes.join('+'),
      );
      return;
    }
    case 'integer':
    case 'float':
      out.push(n.text.toLowerCase().replaceAll('_', ''));
      return;
  }
  if (n.childCount === 0) {
    out.push(n.text);
    return;
  }
  for (const c of n.children) if (c) walk(c, out);
}

/** `prefix:content`, with the prefix lower-cased without `u` and quotes, and escaped quotes unescaped. */
function stringShape(n: SyntaxNode): string {
  let prefix = '';
  const body: string[] = [];
  for (const c of n.children) {
    if (!c) continue;
    if (c.type === 'string_start') prefix = c.text.replace(/['"]/g, '').toLowerCase().replace('u', '');
    else if (c.type === 'string_end') continue;
    else if (c.type === 'interpolation') {
      const inner: string[] = [];
      for (const k of c.namedChildren) if (k) walk(k, inner);
      body.push(`{${inner.join(' ')}}`);
    } else body.push(c.text.replace(/\\([\\'"])/g, (m, q: string) => (q === '\\' ? m : q)));
  }
  return `${prefix}:${JSON.stringify(body.join(''))}`;
}
