// Call arguments by position or keyword, as the Python call would bind them.
import type { SyntaxNode } from '../parse/parser.js';

export function positionalArg(args: SyntaxNode | null, i: number): SyntaxNode | undefined {
  if (!args) return undefined;
  // f(x for x in y): the generator expression is the whole argument list.
  if (args.type === 'generator_expression') return i === 0 ? args : undefined;
  let n = 0;
  for (const a of args.namedChildren) {
    if (!a || a.type === 'keyword_argument' || a.type === 'comment') continue;
    if (a.type === 'list_splat' || a.type === 'dictionary_splat') return undefined;
    if (n++ === i) return a;
  }
  return undefined;
}

export function keywordArg(args: SyntaxNode | null, name: string): SyntaxNode | undefined {
  if (!args) return undefined;
  for (const a of args.namedChildren) {
    if (a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
      return a.childForFieldName('value') ?? undefined;
  }
  return undefined;
}
