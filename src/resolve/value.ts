// The values the resolver computes: qualified names, constant text with holes, env vars, parameters,
// local functions, classes and instances. Live: they hold the syntax nodes and scopes of the trees they
// come from (plain-value.ts is their serialisable form); the shared helpers that build text values.
import type { SyntaxNode } from '../parse/parser.js';
import type { ArgSource } from './arguments.js';
import type { Scope } from './scopes.js';

export interface Origin {
  node: SyntaxNode;
  scope: Scope;
  /** `functools.partial(f, a)`: positional argument i of the eventual call is argument i + shift here. */
  shift?: number;
  /** The arguments the call gets when a runner calls it (`Thread(target=requests.post, args=(url,))`). */
  args?: ArgSource;
}

export type Value =
  /** `name` is dotted; a segment ending in `()` is the object returned by that call. */
  | {
      kind: 'qualified';
      name: string;
      origins: Origin[];
      /** An instance of a project class with an imported base (`class Settings(BaseSettings)`): its own data attributes. */
      cls?: Scope;
    }
  /** Constant text; HOLE marks each part that is not constant (the matching `holes` entry says what it is). */
  | { kind: 'text'; text: string; holes: Value[]; decoded?: boolean }
  /** An environment variable, with the default the code falls back to when it is unset. */
  | { kind: 'env'; name: string; default?: Value }
  /** A function parameter, with its default value when it has one. */
  | { kind: 'param'; name: string; default?: Value }
  | { kind: 'none' }
  /** A constant integer (`0x68`, `104 + 1`, `c ^ 5` over constants). */
  | { kind: 'number'; n: number }
  /** A constant list, tuple or dict (`keys` for a dict): indexed, joined, mapped. */
  | { kind: 'seq'; items: Value[]; keys?: Value[]; decoded?: boolean }
  /**
   * A function defined in the project (its scope holds what it returns). `bound`: reached through an
   * instance, so the first parameter is the instance. `qual`: the dotted name it was imported by.
   */
  | { kind: 'function'; scope: Scope; bound?: boolean; qual?: string }
  /** A class defined in the project (its scope holds the class attributes and bases). */
  | { kind: 'class'; scope: Scope; qual?: string }
  /** An instance of a project class that does not extend an imported class. */
  | { kind: 'instance'; scope: Scope; qual?: string }
  | { kind: 'unknown' };

export const HOLE = '\u0000';
export const UNKNOWN: Value = { kind: 'unknown' };
/** Nesting guard against stack exhaustion on deeply nested expressions; a cut result is never memoised. */
export const MAX_DEPTH = 200;

/** Longest constant text the resolver builds; longer results are unknown. */
export const MAX_TEXT = 4096;

export function informative(v: Value): boolean {
  return v.kind === 'qualified' || v.kind === 'text' || v.kind === 'env' || v.kind === 'instance';
}

export function asString(v: Value): Value & { kind: 'text' } {
  return v.kind === 'text' ? v : { kind: 'text', text: HOLE, holes: [v] };
}

/** Splice a value into a template: constant text is folded in, anything else becomes a hole. */
export function splice(v: Value, holes: Value[]): string {
  if (v.kind === 'text') {
    holes.push(...v.holes);
    return v.text;
  }
  holes.push(v);
  return HOLE;
}

/** `"{}/v1".format(BASE)`, `"{0}"`, `"{host}".format(host=h)`: fields filled from the call's arguments. */

/** Put `r` at the end of `l`'s chain of defaults (`base_url or os.getenv("X") or URL`). */
export function withFallback(l: Value & { kind: 'env' | 'param' }, r: Value): Value {
  const d = l.default;
  if (!d) return { ...l, default: r };
  if ((d.kind === 'env' || d.kind === 'param') && chainLength(d) < 8) return { ...l, default: withFallback(d, r) };
  // `a or settings.url or "https://x"`: an object's attribute is no constant; the literal is the default.
  if (d.kind !== 'text' && (r.kind === 'text' || r.kind === 'env')) return { ...l, default: r };
  return l;
}

function chainLength(v: Value): number {
  let n = 0;
  for (let d: Value | undefined = v; d && (d.kind === 'env' || d.kind === 'param'); d = d.default) n++;
  return n;
}
