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

/** The arguments a call passes: its own argument list, or what a runner forwards (`Thread(target=f, args=...)`). */
export interface ArgSource {
  positional(i: number): SyntaxNode | undefined;
  keyword(name: string): SyntaxNode | undefined;
  keywords(): { name: string; value: SyntaxNode }[];
}

export function callArgs(call: SyntaxNode): ArgSource {
  const args = call.childForFieldName('arguments');
  return {
    positional: (i) => positionalArg(args, i),
    keyword: (name) => keywordArg(args, name),
    keywords: () => {
      const out: { name: string; value: SyntaxNode }[] = [];
      for (const a of args?.namedChildren ?? []) {
        const name = a?.type === 'keyword_argument' ? a.childForFieldName('name')?.text : undefined;
        const value = a?.childForFieldName('value');
        if (name && value) out.push({ name, value });
      }
      return out;
    },
  };
}
