// Per-file symbol tables built from one tree-sitter query: imports, assignments, `with ... as`,
// parameters, `self.x = ...` attributes, and the calls to resolve later.
import type { SyntaxNode, SyntaxTree } from '../parse/parser.js';
import type { PythonParser } from '../parse/parser.js';

export type Binding =
  | { k: 'import'; qual: string; at: number }
  | { k: 'expr'; node: SyntaxNode; scope: Scope; at: number }
  | { k: 'param'; name: string; annotation?: SyntaxNode; scope: Scope; at: number }
  /** A local def/class: shadows any import of the same name. */
  | { k: 'local'; at: number };

export interface ClassInfo {
  selfAttrs: Map<string, Binding[]>;
  scope: Scope;
}

export class Scope {
  readonly names = new Map<string, Binding[]>();
  readonly globals = new Set<string>();
  /** For a method: the class it belongs to and the name of its first parameter (self/cls). */
  cls?: ClassInfo;
  selfName?: string;
  constructor(
    readonly kind: 'module' | 'function' | 'class',
    readonly node: SyntaxNode,
    readonly parent?: Scope,
  ) {}

  bind(name: string, b: Binding): void {
    const target = this.globals.has(name) ? this.module() : this;
    let list = target.names.get(name);
    if (!list) target.names.set(name, (list = []));
    list.push(b);
  }

  module(): Scope {
    return this.parent ? this.parent.module() : this;
  }
}

export interface FileSymbols {
  module: Scope;
  calls: { node: SyntaxNode; scope: Scope }[];
  imports: { node: SyntaxNode; modules: string[]; scope: Scope }[];
  /** dict pairs `"class": "dotted.Name"` (logging dictConfig and similar). */
  classPairs: { node: SyntaxNode; value: string; scope: Scope }[];
  scopeOf(node: SyntaxNode): Scope;
}

const QUERY = `
(import_statement) @import
(import_from_statement) @import
(call) @call
(assignment) @assign
(with_item) @with
(function_definition) @def
(class_definition) @class
(global_statement) @global
(pair key: (string) value: (string)) @pair
`;

export function collectSymbols(parser: PythonParser, tree: SyntaxTree): FileSymbols {
  const root = tree.rootNode;
  const module = new Scope('module', root);
  const scopes = new Map<number, Scope>([[root.id, module]]);
  const scopeOf = (node: SyntaxNode): Scope => {
    const chain: SyntaxNode[] = [];
    let n: SyntaxNode | null = node.parent;
    let found: Scope | undefined;
    while (n) {
      const s = scopes.get(n.id);
      if (s) {
        found = s;
        break;
      }
      chain.push(n);
      n = n.parent;
    }
    // Unregistered def/class ancestors (should not happen: defs are captured before their bodies).
    return found ?? module;
  };

  const out: FileSymbols = { module, calls: [], imports: [], classPairs: [], scopeOf };
  const q = parser.query(QUERY);
  for (const cap of q.captures(root)) {
    const node = cap.node;
    switch (cap.name) {
      case 'def':
        defineFunction(node, scopeOf(node), scopes);
        break;
      case 'class': {
        const outer = scopeOf(node);
        const name = node.childForFieldName('name');
        if (name) outer.bind(name.text, { k: 'local', at: node.startIndex });
        scopes.set(node.id, new Scope('class', node, outer));
        break;
      }
      case 'import':
        collectImport(node, scopeOf(node), out);
        break;
      case 'call':
        out.calls.push({ node, scope: scopeOf(node) });
        break;
      case 'assign':
        collectAssignment(node, scopeOf(node));
        break;
      case 'with': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') {
          const target = value.childForFieldName('alias')?.firstNamedChild;
          const expr = value.firstNamedChild;
          if (target?.type === 'identifier' && expr) {
            const s = scopeOf(node);
            s.bind(target.text, { k: 'expr', node: expr, scope: s, at: node.startIndex });
          }
        }
        break;
      }
      case 'global': {
        const s = scopeOf(node);
        for (const id of node.namedChildren) if (id?.type === 'identifier') s.globals.add(id.text);
        break;
      }
      case 'pair': {
        const key = node.childForFieldName('key');
        if (key && /^["'](class|\(\))["']$/.test(key.text)) {
          const v = node.childForFieldName('value')!.text;
          if (v.length < 200) out.classPairs.push({ node, value: v.slice(1, -1), scope: scopeOf(node) });
        }
        break;
      }
    }
  }
  return out;
}

function defineFunction(node: SyntaxNode, outer: Scope, scopes: Map<number, Scope>): void {
  const name = node.childForFieldName('name');
  if (name) outer.bind(name.text, { k: 'local', at: node.startIndex });
  const scope = new Scope('function', node, outer.kind === 'class' ? outer.parent : outer);
  scopes.set(node.id, scope);
  const params = node.childForFieldName('parameters');
  let first = true;
  for (const p of params?.namedChildren ?? []) {
    if (!p) continue;
    let id: SyntaxNode | null = null;
    let annotation: SyntaxNode | undefined;
    if (p.type === 'identifier') id = p;
    else if (p.type === 'typed_parameter') {
      id = p.firstNamedChild;
      annotation = p.childForFieldName('type') ?? undefined;
    } else if (p.type === 'default_parameter') id = p.childForFieldName('name');
    else if (p.type === 'typed_default_parameter') {
      id = p.childForFieldName('name');
      annotation = p.childForFieldName('type') ?? undefined;
    }
    if (id?.type !== 'identifier') {
      first = false;
      continue;
    }
    if (first && outer.kind === 'class') {
      // Method: remember the class so `self.x` resolves through attributes set in any method.
      const cls = classInfo(outer);
      scope.cls = cls;
      scope.selfName = id.text;
    }
    first = false;
    scope.bind(id.text, { k: 'param', name: id.text, annotation, scope, at: p.startIndex });
  }
}

const classInfos = new WeakMap<Scope, ClassInfo>();
export function classInfo(classScope: Scope): ClassInfo {
  let c = classInfos.get(classScope);
  if (!c) classInfos.set(classScope, (c = { selfAttrs: new Map(), scope: classScope }));
  return c;
}

function collectImport(node: SyntaxNode, scope: Scope, out: FileSymbols): void {
  const at = node.startIndex;
  const modules: string[] = [];
  if (node.type === 'import_statement') {
    for (const n of node.childrenForFieldName('name')) {
      if (!n) continue;
      if (n.type === 'dotted_name') {
        modules.push(n.text);
        // `import a.b.c` binds `a` to module a (attribute access then spells the rest).
        const first = n.firstNamedChild!.text;
        scope.bind(first, { k: 'import', qual: first, at });
      } else if (n.type === 'aliased_import') {
        const full = n.childForFieldName('name')!.text;
        const alias = n.childForFieldName('alias')!.text;
        modules.push(full);
        scope.bind(alias, { k: 'import', qual: full, at });
      }
    }
  } else {
    const modNode = node.childForFieldName('module_name');
    if (!modNode || modNode.type === 'relative_import') return; // project-local module
    const mod = modNode.text.replace(/\s+/g, '');
    modules.push(mod);
    for (const n of node.childrenForFieldName('name')) {
      if (!n) continue;
      if (n.type === 'dotted_name') {
        scope.bind(n.text, { k: 'import', qual: `${mod}.${n.text}`, at });
        modules.push(`${mod}.${n.text}`);
      } else if (n.type === 'aliased_import') {
        const name = n.childForFieldName('name')!.text;
        scope.bind(n.childForFieldName('alias')!.text, { k: 'import', qual: `${mod}.${name}`, at });
        modules.push(`${mod}.${name}`);
      }
    }
  }
  out.imports.push({ node, modules, scope });
}

function collectAssignment(node: SyntaxNode, scope: Scope): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  const at = node.startIndex;
  const bindOne = (target: SyntaxNode, value: SyntaxNode) => {
    if (target.type === 'identifier') scope.bind(target.text, { k: 'expr', node: value, scope, at });
    else if (target.type === 'attribute') {
      const obj = target.childForFieldName('object');
      const attr = target.childForFieldName('attribute');
      if (obj?.type === 'identifier' && attr && scope.cls && obj.text === scope.selfName) {
        let list = scope.cls.selfAttrs.get(attr.text);
        if (!list) scope.cls.selfAttrs.set(attr.text, (list = []));
        list.push({ k: 'expr', node: value, scope, at });
      }
    }
  };
  if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && right.type === 'expression_list') {
    const ls = left.namedChildren;
    const rs = right.namedChildren;
    if (ls.length === rs.length) ls.forEach((l, i) => l && rs[i] && bindOne(l, rs[i]));
    return;
  }
  // Chained `a = b = X()` nests the inner assignment as the right side; the resolver looks through it.
  bindOne(left, right);
}
