// Type annotations as instance types: `c: OpenAI`, `Optional[httpx.Client]`, `"requests.Session"`,
// `X | None`, so a parameter annotated with an SDK client resolves to that client.
import type { SyntaxNode } from '../parse/parser.js';
import type { Scope } from './scopes.js';
import { decodeStringLiteral } from './strings.js';
import type { Value } from './value.js';
import { UNKNOWN } from './value.js';
import { MAX_DEPTH } from './value.js';

/** What annotation reading needs from the resolver (kept as an interface: no import cycle). */
export interface Resolver {
  value(node: SyntaxNode | null | undefined, scope: Scope, depth?: number): Value;
  name(id: string, at: number, scope: Scope, depth: number): Value;
  baseInstance(cls: Scope, call: undefined, depth: number): Value;
  cut(): Value;
}

/** The instance type an annotation names: `X`, `Optional[X]`, `X | None`, `Union[X, None]`, `"X"`. */
export function annotationType(r: Resolver, ann: SyntaxNode | null | undefined, scope: Scope, depth: number): Value {
  if (!ann) return UNKNOWN;
  if (depth > MAX_DEPTH) return r.cut();
  switch (ann.type) {
    case 'type':
    case 'type_parameter':
    case 'parenthesized_expression':
      for (const c of ann.namedChildren) {
        const t = annotationType(r, c, scope, depth + 1);
        if (t.kind === 'qualified' || t.kind === 'instance') return t;
      }
      return UNKNOWN;
    case 'string': {
      // An annotation written with escapes names what its text does not show: not read (the text
      // prefilter, rules/prefilter.ts, counts the words a string annotation shows).
      if (ann.text.includes('\\')) return UNKNOWN;
      const s = decodeStringLiteral(ann, () => UNKNOWN);
      return s.kind === 'text' && !s.holes.length ? annotationText(r, s.text, scope, depth) : UNKNOWN;
    }
    case 'binary_operator': {
      const l = annotationType(r, ann.childForFieldName('left'), scope, depth + 1);
      return l.kind === 'qualified' || l.kind === 'instance'
        ? l
        : annotationType(r, ann.childForFieldName('right'), scope, depth + 1);
    }
    case 'generic_type':
    case 'subscript': {
      const head = ann.type === 'subscript' ? ann.childForFieldName('value') : ann.firstNamedChild;
      if (!head || !/(^|\.)(Optional|Union|Annotated)$/.test(head.text)) return UNKNOWN;
      const args = ann.type === 'subscript' ? ann.childrenForFieldName('subscript') : ann.namedChildren.slice(1);
      for (const a of args) {
        const t = annotationType(r, a, scope, depth + 1);
        if (t.kind === 'qualified' || t.kind === 'instance') return t;
        if (head.text.endsWith('Annotated')) break;
      }
      return UNKNOWN;
    }
    case 'identifier':
    case 'attribute': {
      const t = r.value(ann, scope, depth + 1);
      if (t.kind === 'qualified' && !t.name.startsWith('typing.') && !t.name.startsWith('builtins.'))
        return { kind: 'qualified', name: `${t.name}()`, origins: [] };
      if (t.kind === 'class') return r.baseInstance(t.scope, undefined, depth);
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** A string annotation, parsed as text: "Optional[httpx.Client]", "openai.OpenAI | None". */
function annotationText(r: Resolver, text: string, scope: Scope, depth: number): Value {
  let t = text.replace(/\s+/g, '');
  if (t.length > 200) return UNKNOWN;
  for (let i = 0; i < 4; i++) {
    const m = /^(?:typing\.)?(?:Optional|Union|Annotated)\[(.*)\]$/.exec(t);
    if (!m) break;
    t = m[1]!;
  }
  for (const part of t.split(/[|,]/)) {
    if (!/^[A-Za-z_][\w.]*$/.test(part) || part === 'None') continue;
    const parts = part.split('.');
    const base = r.name(parts[0]!, Infinity, scope, depth + 1);
    if (base.kind === 'qualified')
      return { kind: 'qualified', name: [base.name, ...parts.slice(1)].join('.') + '()', origins: [] };
    if (base.kind === 'class' && parts.length === 1) return r.baseInstance(base.scope, undefined, depth);
  }
  return UNKNOWN;
}
