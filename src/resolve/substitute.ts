// A call's arguments in place of the callee's parameters: what a project function returns for this
// call (`make_url(BASE)`), or the destination a wrapper sends to when called from here.
import type { SyntaxNode } from '../parse/parser.js';
import type { ArgSource } from './arguments.js';
import { callArgs } from './arguments.js';
import type { Scope } from './scopes.js';
import type { Value } from './value.js';
import { HOLE, splice } from './value.js';

/** The argument a call passes for parameter `param` of `fn` (by keyword, else by position). */
export function argumentFor(
  call: SyntaxNode | ArgSource,
  fn: Scope,
  param: string,
  bound: boolean,
): SyntaxNode | undefined {
  const args = 'positional' in call ? call : callArgs(call);
  const params = fn.params();
  const splat = fn.splats?.get(param);
  // `**kwargs`: a keyword argument that names no other parameter.
  if (splat === '**') return args.keywords().find((k) => !params.includes(k.name))?.value;
  const byName = splat ? undefined : args.keyword(param);
  if (byName) return byName;
  const i = params.indexOf(param) - (bound ? 1 : 0);
  return i >= 0 ? args.positional(i) : undefined;
}

/** The destination with the caller's argument in place of the parameter. */
export function substitute(template: Value, param: string, arg: Value): Value | undefined {
  if (template.kind === 'param') return template.name === param ? arg : undefined;
  if (template.kind !== 'text') return undefined;
  const parts = template.text.split(HOLE);
  const holes: Value[] = [];
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const h = template.holes[i - 1] ?? { kind: 'unknown' };
    text += h.kind === 'param' && h.name === param ? splice(arg, holes) : splice(h, holes);
    text += parts[i];
  }
  return { kind: 'text', text, holes };
}

/** The parameters of `fn` that a value is, or holds as holes (`f"{base}/v1"` built from parameter base). */
export function paramsIn(v: Value, params: readonly string[]): string[] {
  if (v.kind === 'param') return params.includes(v.name) ? [v.name] : [];
  if (v.kind !== 'text') return [];
  const out = new Set<string>();
  for (const h of v.holes) if (h.kind === 'param' && params.includes(h.name)) out.add(h.name);
  return [...out];
}
