// The command a Python call gives the OS, from its arguments: a string (shell=True, os.system,
// os.popen: literals, f-strings, `%`, `.format`, module constants, all folded by the resolver) or an
// argv list (a list or tuple literal, a name bound to one, `["curl"] + args`, `shlex.split(CONST)`,
// `" ".join([...])`, `shlex.join([...])`). Words that are not constant are holes carrying their value.
import type { SyntaxNode } from '../../parse/parser.js';
import type { ArgSource } from '../arguments.js';
import { callArgs, positionalArg } from '../arguments.js';
import type { Scope } from '../scopes.js';
import type { Resolver } from '../values.js';
import type { Value } from '../value.js';
import { HOLE } from '../value.js';
import type { CommandInput } from './invocations.js';
import { parseSh } from './sh.js';
import type { Word } from './words.js';

/** Where a call carries its command (rule data `command-at`); by default its first argument. */
export interface CommandLayout {
  argv?: number;
  program?: number;
  argsFrom?: number;
}

const MAX_FOLLOW = 4;
const MAX_ITEMS = 256;

/** `args`: the call's own arguments, or what a runner forwards (`Thread(target=os.system, args=(cmd,))`). */
export function commandInput(
  call: SyntaxNode,
  scope: Scope,
  resolver: Resolver,
  layout: CommandLayout = {},
  args: ArgSource = callArgs(call),
): CommandInput<Value> | undefined {
  const program = layout.program !== undefined ? args.positional(layout.program) : undefined;
  let input: CommandInput<Value> | undefined;
  if (layout.argsFrom !== undefined) {
    const words: Word<Value>[] = [];
    // Positions past a splat (`*args`) are unknowable: the words stop there.
    for (let i = layout.argsFrom, a = args.positional(i); a && i < MAX_ITEMS; a = args.positional(++i))
      words.push(wordOf(a, scope, resolver));
    input = { kind: 'argv', words };
  } else {
    const n =
      layout.argv !== undefined
        ? args.positional(layout.argv)
        : (args.positional(0) ?? args.keyword('args') ?? args.keyword('cmd'));
    input = n ? inputOf(n, scope, resolver, 0) : undefined;
  }
  if (program && input) {
    const p = wordOf(program, scope, resolver);
    if (input.kind === 'argv') input = { kind: 'argv', words: [p, ...input.words.slice(1)] };
  }
  return input;
}

function inputOf(node: SyntaxNode, scope: Scope, resolver: Resolver, depth: number): CommandInput<Value> | undefined {
  const words = argvOf(node, scope, resolver, depth);
  if (words) return { kind: 'argv', words };
  const v = resolver.value(node, scope);
  if (v.kind === 'text') return { kind: 'string', text: v.text, holes: v.holes, decoded: v.decoded };
  return v.kind === 'unknown' ? undefined : { kind: 'argv', words: [{ text: HOLE, holes: [v] }] };
}

/** The words of an argv list expression, or undefined when the node is not one. */
function argvOf(node: SyntaxNode, scope: Scope, resolver: Resolver, depth: number): Word<Value>[] | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  switch (node.type) {
    case 'list':
    case 'tuple':
      return node.namedChildren
        .filter((c): c is SyntaxNode => !!c && c.type !== 'comment')
        .slice(0, MAX_ITEMS)
        .flatMap((c) => (c.type === 'list_splat' ? splat(c, scope, resolver, depth) : [wordOf(c, scope, resolver)]));
    case 'parenthesized_expression':
      return node.firstNamedChild ? argvOf(node.firstNamedChild, scope, resolver, depth) : undefined;
    case 'binary_operator': {
      if (node.childForFieldName('operator')?.text !== '+') return undefined;
      const l = argvOf(node.childForFieldName('left')!, scope, resolver, depth + 1);
      const r = argvOf(node.childForFieldName('right')!, scope, resolver, depth + 1);
      return l || r ? [...(l ?? [hole()]), ...(r ?? [hole()])] : undefined;
    }
    case 'identifier': {
      const bound = boundExpression(node, scope);
      return bound ? argvOf(bound.node, bound.scope, resolver, depth + 1) : undefined;
    }
    case 'call':
      return callArgv(node, scope, resolver, depth);
    default:
      return undefined;
  }
}

/** `shlex.split(CONST)`, `CONST.split()`, `" ".join([...])`, `shlex.join([...])`. */
function callArgv(node: SyntaxNode, scope: Scope, resolver: Resolver, depth: number): Word<Value>[] | undefined {
  const fn = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  const first = positionalArg(args, 0);
  const callee = resolver.value(fn, scope);
  const name = callee.kind === 'qualified' ? callee.name : '';
  if (name === 'shlex.join') return first ? argvOf(first, scope, resolver, depth + 1) : undefined;
  if (name === 'shlex.split' && first) {
    const v = resolver.value(first, scope);
    if (v.kind !== 'text') return [hole(v)];
    return parseSh(v.text, v.holes, { dialect: 'sh', operators: false }).flatMap((c) => c.words);
  }
  if (fn?.type !== 'attribute') return undefined;
  const method = fn.childForFieldName('attribute')?.text;
  const recv = resolver.value(fn.childForFieldName('object'), scope);
  if (recv.kind !== 'text') return undefined;
  if (method === 'join' && first && /^\s+$/.test(recv.text)) return argvOf(first, scope, resolver, depth + 1);
  if (method === 'split' && !first && !recv.holes.length)
    return recv.text
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => ({ text: t, holes: [] }));
  return undefined;
}

function splat(n: SyntaxNode, scope: Scope, resolver: Resolver, depth: number): Word<Value>[] {
  const inner = n.firstNamedChild;
  return (inner && argvOf(inner, scope, resolver, depth + 1)) ?? [hole()];
}

function wordOf(n: SyntaxNode, scope: Scope, resolver: Resolver): Word<Value> {
  const v = resolver.value(n, scope);
  // `[sys.executable, "-m", "pip", ...]`: the running interpreter.
  if (v.kind === 'qualified' && v.name === 'sys.executable') return { text: 'python', holes: [] };
  return v.kind === 'text' ? { text: v.text, holes: v.holes } : hole(v);
}

function hole(v?: Value): Word<Value> {
  return { text: HOLE, holes: [v] };
}

/** The expression a name was last bound to before this use (assignments in its scope chain). */
function boundExpression(id: SyntaxNode, scope: Scope): { node: SyntaxNode; scope: Scope } | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const list = s.names.get(id.text);
    if (!list?.length) continue;
    const before = list.filter((b) => b.at <= id.startIndex);
    const b = (before.length ? before : list)[(before.length ? before : list).length - 1]!;
    return b.k === 'expr' ? { node: b.node, scope: b.scope } : undefined;
  }
  return undefined;
}
