// The bindings a def's parameters and an assignment make (with their annotations and defaults).
import type { SyntaxNode } from '../parse/parser.js';
import type { Binding } from './scope.js';
import { classInfo, NONE, Scope } from './scope.js';

export function defineFunction(
  node: SyntaxNode,
  outer: Scope,
  scopes: Map<number, Scope>,
  decorated?: SyntaxNode,
): void {
  const name = node.childForFieldName('name');
  const scope = new Scope('function', node, outer.kind === 'class' ? outer.parent : outer);
  if (name) outer.bind(name.text, { k: 'def', node, scope, at: node.startIndex });
  scopes.set(node.id, scope);
  scope.returnType = node.childForFieldName('return_type') ?? undefined;
  if (decorated) {
    for (const d of decorated.namedChildren)
      if (d?.type === 'decorator') scope.add('decorators', d.text.slice(1).trim().slice(0, 100));
  }
  const params = node.childForFieldName('parameters');
  let first = true;
  for (const p of params?.namedChildren ?? []) {
    // A comment in the parameter list (`def __init__(  # noqa`) is not the first parameter.
    // Each read of a node crosses into WASM: the type is read once, fields only where the grammar has them.
    const pt = p?.type;
    if (!p || pt === 'comment') continue;
    let id: SyntaxNode | null = null;
    let annotation: SyntaxNode | undefined;
    let dflt: SyntaxNode | undefined;
    let splat: '*' | '**' | undefined;
    if (pt === 'identifier') id = p;
    else if (pt === 'list_splat_pattern' || pt === 'dictionary_splat_pattern') {
      // `*args`, `**kwargs`: what a wrapper forwards (the caller's extra arguments).
      id = p.firstNamedChild;
      splat = pt === 'list_splat_pattern' ? '*' : '**';
    } else if (pt === 'typed_parameter') {
      id = p.firstNamedChild;
      const it = id?.type;
      if (it === 'list_splat_pattern' || it === 'dictionary_splat_pattern') {
        splat = it === 'list_splat_pattern' ? '*' : '**';
        id = id!.firstNamedChild;
      }
      annotation = p.childForFieldName('type') ?? undefined;
    } else if (pt === 'default_parameter') {
      id = p.childForFieldName('name');
      dflt = p.childForFieldName('value') ?? undefined;
    } else if (pt === 'typed_default_parameter') {
      id = p.childForFieldName('name');
      annotation = p.childForFieldName('type') ?? undefined;
      dflt = p.childForFieldName('value') ?? undefined;
    }
    if (id?.type !== 'identifier') {
      first = false;
      continue;
    }
    const name = id.text;
    if (first && outer.kind === 'class') {
      // Method: remember the class so `self.x` resolves through attributes set in any method.
      const cls = classInfo(outer);
      scope.cls = cls;
      scope.selfName = name;
    }
    first = false;
    if (splat) (scope.splats ??= new Map()).set(name, splat);
    scope.bind(name, { k: 'param', name, annotation, default: dflt, scope, at: p.startIndex });
  }
}

export function collectAssignment(node: SyntaxNode, scope: Scope, inExcept: boolean, inBranch: boolean): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const type = node.childForFieldName('type') ?? undefined;
  if (!left) return;
  // The name is bound once the right side has been evaluated: `c = c.with_options()` reads the old c.
  const at = node.endIndex;
  const bindOne = (target: SyntaxNode, value: SyntaxNode | undefined) => {
    // `x: T` without a value: the annotation is all we know (dataclass fields, class-level declarations).
    const b: Binding = value
      ? { k: 'expr', node: value, scope, at, annotation: type, inExcept, ...(inBranch ? { inBranch } : {}) }
      : { k: 'param', name: target.text, annotation: type, scope, at };
    const tt = target.type;
    if (tt === 'identifier') scope.bind(target.text, b);
    else if (tt === 'attribute') {
      const obj = target.childForFieldName('object');
      const attr = target.childForFieldName('attribute');
      if (obj?.type === 'identifier' && attr && scope.cls && obj.text === scope.selfName) {
        let list = scope.cls.selfAttrs.get(attr.text);
        if (!list) scope.cls.selfAttrs.set(attr.text, (list = []));
        list.push(b);
      } else if (obj?.type === 'identifier' && attr && value && scope.root.configs.length < 64) {
        // `posthog.host = ...`, `openai.api_key = ...`: configuration of an imported module (resolved later).
        if (scope.root.configs === NONE) scope.root.configs = [];
        scope.root.configs.push({ node, object: obj, attr: attr.text, value, scope });
      }
    }
  };
  if (!right) {
    if (type) bindOne(left, undefined);
    return;
  }
  const lt = left.type;
  if ((lt === 'pattern_list' || lt === 'tuple_pattern') && right.type === 'expression_list') {
    const ls = left.namedChildren;
    const rs = right.namedChildren;
    if (ls.length === rs.length) ls.forEach((l, i) => l && rs[i] && bindOne(l, rs[i]));
    return;
  }
  // Chained `a = b = X()` nests the inner assignment as the right side; the resolver looks through it.
  bindOne(left, right);
}
