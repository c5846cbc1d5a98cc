// Files a module writes code to, for calls that run a file (`runpy.run_path(p)`, `[sys.executable, p]`,
// `exec(open(p).read())`): `open(p, "w").write(code)`, `with open(p, "w") as f: f.write(code)`,
// `pathlib.Path(p).write_text(code)`. Best effort: constant paths only, the last write of a path wins.
import type { SyntaxNode } from '../parse/parser.js';
import { keywordArg, positionalArg } from './arguments.js';
import type { WrittenFiles } from './payload.js';
import type { FileSymbols, Scope } from './scopes.js';
import type { Resolver } from './values.js';

export function writtenFiles(sym: FileSymbols, resolver: Resolver): WrittenFiles {
  const out: WrittenFiles = new Map();
  for (const { node, scope } of sym.calls) {
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    if (method !== 'write' && method !== 'write_text' && method !== 'write_bytes') continue;
    const code = positionalArg(node.childForFieldName('arguments'), 0);
    const path = code ? pathWritten(fn!.childForFieldName('object'), scope, resolver, method !== 'write') : undefined;
    if (path && code) out.set(path, { node: code, scope });
  }
  return out;
}

/** The constant path of `open(p, "w")` / `Path(p)` (directly, or the name a `with ... as` bound it to). */
function pathWritten(obj: SyntaxNode | null, scope: Scope, resolver: Resolver, pathlib: boolean): string | undefined {
  let target = obj;
  if (target?.type === 'identifier') {
    const b = scope.names.get(target.text)?.at(-1);
    target = b?.k === 'expr' ? b.node : null;
  }
  if (target?.type !== 'call') return undefined;
  const callee = resolver.value(target.childForFieldName('function'), scope);
  if (callee.kind !== 'qualified') return undefined;
  const args = target.childForFieldName('arguments');
  if (pathlib ? !/^pathlib\.(Pure)?(Posix|Windows)?Path$/.test(callee.name) : callee.name !== 'builtins.open')
    return undefined;
  if (!pathlib) {
    const mode = resolver.value(positionalArg(args, 1) ?? keywordArg(args, 'mode'), scope);
    if (mode.kind !== 'text' || !/[wax]/.test(mode.text)) return undefined;
  }
  const p = resolver.value(positionalArg(args, 0) ?? keywordArg(args, 'file'), scope);
  return p.kind === 'text' && !p.holes.length ? p.text : undefined;
}
