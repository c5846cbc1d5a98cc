// Library calls that call a function passed as a value: `Thread(target=f, args=(...), kwargs={...})`,
// `executor.submit(f, *args)`, `asyncio.to_thread(f, ...)`, `loop.run_in_executor(None, f, ...)`.
// The function runs with the arguments the runner forwards, so a wrapper passed this way is called here.
import type { SyntaxNode } from '../parse/parser.js';
import { keywordArg, positionalArg } from './arguments.js';
import { decodeStringLiteral } from './strings.js';
import type { ScopeResolver } from './link.js';
import type { Scope } from './scopes.js';
import type { ArgSource } from './substitute.js';
import type { Value } from './value.js';
import { callArgs } from './substitute.js';

interface Runner {
  /** Where the function is: keyword name and position. */
  fn: { name?: string; position?: number };
  /** `args=` / `kwargs=` keywords (a tuple and a dict), or the positional arguments after the function. */
  packed?: { args: string; argsAt?: number; kwargs: string; kwargsAt?: number };
}

const THREAD: Runner = {
  fn: { name: 'target', position: 1 },
  packed: { args: 'args', argsAt: 3, kwargs: 'kwargs', kwargsAt: 4 },
};
const RUNNERS: Record<string, Runner> = {
  'threading.Thread': THREAD,
  'multiprocessing.Process': THREAD,
  'threading.Timer': {
    fn: { name: 'function', position: 1 },
    packed: { args: 'args', argsAt: 2, kwargs: 'kwargs', kwargsAt: 3 },
  },
  'concurrent.futures.ThreadPoolExecutor().submit': { fn: { name: 'fn', position: 0 } },
  'concurrent.futures.ProcessPoolExecutor().submit': { fn: { name: 'fn', position: 0 } },
  'asyncio.to_thread': { fn: { name: 'func', position: 0 } },
  'asyncio.get_event_loop().run_in_executor': { fn: { position: 1 } },
  'asyncio.get_running_loop().run_in_executor': { fn: { position: 1 } },
};

/** The function a runner call runs and the arguments it gets, or undefined for any other call. */
export function runnerCall(callee: string, call: SyntaxNode): { target: SyntaxNode; args: ArgSource } | undefined {
  const r = RUNNERS[callee.replace(/^concurrent\.futures\.(thread|process)\./, 'concurrent.futures.')];
  if (!r) return undefined;
  const list = call.childForFieldName('arguments');
  const target =
    (r.fn.name ? keywordArg(list, r.fn.name) : undefined) ??
    (r.fn.position !== undefined ? positionalArg(list, r.fn.position) : undefined);
  if (!target) return undefined;
  if (!r.packed) {
    // submit(f, a, b, key=c): everything after the function, in order.
    const own = callArgs(call);
    const shift = (r.fn.position ?? 0) + 1;
    return {
      target,
      args: {
        positional: (i) => own.positional(i + shift),
        keyword: (n) => own.keyword(n),
        keywords: () => own.keywords(),
      },
    };
  }
  const p = r.packed;
  const tuple = keywordArg(list, p.args) ?? (p.argsAt !== undefined ? positionalArg(list, p.argsAt) : undefined);
  const dict = keywordArg(list, p.kwargs) ?? (p.kwargsAt !== undefined ? positionalArg(list, p.kwargsAt) : undefined);
  const items = tuple && (tuple.type === 'tuple' || tuple.type === 'list') ? tuple.namedChildren : [];
  const pairs: { name: string; value: SyntaxNode }[] = [];
  for (const pair of dict?.type === 'dictionary' ? dict.namedChildren : []) {
    const k = pair?.type === 'pair' ? pair.childForFieldName('key') : undefined;
    const v = pair?.childForFieldName('value');
    const key = k?.type === 'string' ? decodeStringLiteral(k, () => ({ kind: 'unknown' })) : undefined;
    if (key?.kind === 'text' && !key.holes.length && v) pairs.push({ name: key.text, value: v });
  }
  return {
    target,
    args: {
      positional: (i) => items[i] ?? undefined,
      keyword: (n) => pairs.find((x) => x.name === n)?.value,
      keywords: () => pairs,
    },
  };
}

/**
 * The project function a call runs and the arguments it gets: the callee itself, or the function a
 * runner is given (`Thread(target=f, kwargs=...)`). Undefined when neither is a project function.
 */
export function invokedFunction(
  f: Value,
  callee: string | undefined,
  call: SyntaxNode,
  scope: Scope,
  resolver: ScopeResolver,
): { fn: Value & { kind: 'function' }; args: ArgSource } | undefined {
  const run = callee ? runnerCall(callee, call) : undefined;
  const g = run ? resolver.value(run.target, scope) : f;
  return g.kind === 'function' ? { fn: g, args: run ? run.args : callArgs(call) } : undefined;
}
