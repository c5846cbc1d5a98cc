// Library calls that call a function passed as a value: `Thread(target=f, args=(...), kwargs={...})`,
// `executor.submit(f, *args)`, `asyncio.to_thread(f, ...)`, `loop.run_in_executor(None, f, ...)`.
// The function runs with the arguments the runner forwards, so a wrapper passed this way is called here.
import type { SyntaxNode } from '../parse/parser.js';
import { keywordArg, positionalArg } from './arguments.js';
import { decodeStringLiteral } from './strings.js';
import type { ScopeResolver } from './link.js';
import type { Scope } from './scopes.js';
import type { ArgSource } from './arguments.js';
import type { Value } from './value.js';
import { callArgs } from './arguments.js';

interface Runner {
  /** Where the function is: keyword name and position. */
  fn: { name?: string; position?: number };
  /** `args=` / `kwargs=` keywords (a tuple and a dict), or the positional arguments after the function. */
  packed?: { args: string; argsAt?: number; kwargs: string; kwargsAt?: number };
  /**
   * The function is called on each element of the iterables after it: `map(f, urls)` calls `f(url)`;
   * `starmap(f, pairs)` calls `f(*pair)`. The first element stands for all of them.
   */
  each?: 'map' | 'starmap';
}

const THREAD: Runner = {
  fn: { name: 'target', position: 1 },
  packed: { args: 'args', argsAt: 3, kwargs: 'kwargs', kwargsAt: 4 },
};
const FORWARD0: Runner = { fn: { position: 0 } };
const MAP: Runner = { fn: { name: 'func', position: 0 }, each: 'map' };
const STARMAP: Runner = { fn: { name: 'func', position: 0 }, each: 'starmap' };
const APPLY: Runner = {
  fn: { name: 'func', position: 0 },
  packed: { args: 'args', argsAt: 1, kwargs: 'kwds', kwargsAt: 2 },
};
const POOL = ['multiprocessing.Pool()', 'multiprocessing.pool.Pool()', 'multiprocessing.pool.ThreadPool()'];
const LOOPS = ['asyncio.get_event_loop()', 'asyncio.get_running_loop()', 'asyncio.new_event_loop()'];
const RUNNERS: Record<string, Runner> = {
  'threading.Thread': THREAD,
  'multiprocessing.Process': THREAD,
  'threading.Timer': {
    fn: { name: 'function', position: 1 },
    packed: { args: 'args', argsAt: 2, kwargs: 'kwargs', kwargsAt: 3 },
  },
  'sched.scheduler().enter': {
    fn: { name: 'action', position: 2 },
    packed: { args: 'argument', argsAt: 3, kwargs: 'kwargs', kwargsAt: 4 },
  },
  'concurrent.futures.ThreadPoolExecutor().submit': { fn: { name: 'fn', position: 0 } },
  'concurrent.futures.ProcessPoolExecutor().submit': { fn: { name: 'fn', position: 0 } },
  'concurrent.futures.ThreadPoolExecutor().map': { fn: { name: 'fn', position: 0 }, each: 'map' },
  'concurrent.futures.ProcessPoolExecutor().map': { fn: { name: 'fn', position: 0 }, each: 'map' },
  'builtins.map': { fn: { position: 0 }, each: 'map' },
  'itertools.starmap': { fn: { position: 0 }, each: 'starmap' },
  'asyncio.to_thread': { fn: { name: 'func', position: 0 } },
  'atexit.register': FORWARD0,
  'contextvars.copy_context().run': FORWARD0,
  'trio.to_thread.run_sync': FORWARD0,
  'anyio.to_thread.run_sync': FORWARD0,
  'gevent.spawn': FORWARD0,
  'gevent.spawn_later': { fn: { position: 1 } },
  'eventlet.spawn': FORWARD0,
  ...Object.fromEntries(
    POOL.flatMap((p) => [
      [`${p}.map`, MAP],
      [`${p}.map_async`, MAP],
      [`${p}.imap`, MAP],
      [`${p}.imap_unordered`, MAP],
      [`${p}.starmap`, STARMAP],
      [`${p}.starmap_async`, STARMAP],
      [`${p}.apply`, APPLY],
      [`${p}.apply_async`, APPLY],
    ]),
  ),
  ...Object.fromEntries(
    LOOPS.flatMap((l) => [
      [`${l}.run_in_executor`, { fn: { position: 1 } }],
      [`${l}.call_soon`, FORWARD0],
      [`${l}.call_soon_threadsafe`, FORWARD0],
      [`${l}.call_later`, { fn: { position: 1 } }],
      [`${l}.call_at`, { fn: { position: 1 } }],
    ]),
  ),
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
  if (r.each) {
    // map(f, xs, ys): f(x0, y0); starmap(f, pairs): f(*pairs[0]). Keywords do not reach f.
    const own = callArgs(call);
    const shift = (r.fn.position ?? 0) + 1;
    const first = (i: number) => firstElement(own.positional(i));
    return {
      target,
      args: {
        positional: (i) => (r.each === 'map' ? first(i + shift) : elementAt(first(shift), i)),
        keyword: () => undefined,
        keywords: () => [],
      },
    };
  }
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

const SEQUENCES = new Set(['list', 'tuple', 'set']);

/** The first element of a literal sequence (or of what a comprehension yields); else the iterable itself. */
function firstElement(n: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!n) return undefined;
  if (SEQUENCES.has(n.type)) return n.namedChildren.find((c) => c && c.type !== 'comment') ?? undefined;
  if (n.type === 'list_comprehension' || n.type === 'generator_expression' || n.type === 'set_comprehension')
    return n.childForFieldName('body') ?? undefined;
  return n;
}

function elementAt(n: SyntaxNode | undefined, i: number): SyntaxNode | undefined {
  if (!n || !SEQUENCES.has(n.type)) return undefined;
  return n.namedChildren.filter((c) => c && c.type !== 'comment')[i] ?? undefined;
}

/**
 * A library function passed as a value to a runner (`Thread(target=requests.post, args=(url,))`,
 * `map(requests.get, urls)`): its value and the arguments it is called with, or undefined.
 */
export function passedCallable(
  callee: string,
  call: SyntaxNode,
  scope: Scope,
  resolver: ScopeResolver,
): { value: Value; args: ArgSource } | undefined {
  const run = runnerCall(callee, call);
  return run ? { value: resolver.value(run.target, scope), args: run.args } : undefined;
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
