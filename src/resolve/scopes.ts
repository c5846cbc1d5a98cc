// Per-file symbol tables built from one tree-sitter query: imports, assignments, `with ... as`,
// parameters, `self.x = ...` attributes, and the calls to resolve later.
import type { SyntaxNode, SyntaxTree } from '../parse/parser.js';
import type { PythonParser } from '../parse/parser.js';
import type { RelativeImports } from './scope-imports.js';
import { collectImport } from './scope-imports.js';

export type Binding =
  | { k: 'import'; qual: string; at: number }
  /** `at` is where the binding takes effect: the end of the assignment / with item / walrus. */
  | {
      k: 'expr';
      node: SyntaxNode;
      scope: Scope;
      at: number;
      annotation?: SyntaxNode;
      inExcept?: boolean;
      /** Inside an `if` of its scope: an alternative (`if staging: URL = ...`), not the default value. */
      inBranch?: boolean;
    }
  | { k: 'param'; name: string; annotation?: SyntaxNode; default?: SyntaxNode; scope: Scope; at: number }
  /** A local def (its own scope holds the return expressions): shadows any import of the same name. */
  | { k: 'def'; node: SyntaxNode; scope: Scope; at: number }
  /** A local class (its own scope holds class attributes): shadows any import of the same name. */
  | { k: 'class'; node: SyntaxNode; scope: Scope; at: number }
  /** A rebinding to something unknowable (for-loop target, lambda parameter): shadows imports. */
  | { k: 'opaque'; at: number };

export interface ClassInfo {
  selfAttrs: Map<string, Binding[]>;
  scope: Scope;
}

/** The shared empty list of a module without configuration assignments (most modules). */
const NONE: Scope['configs'] = [];

export class Scope {
  readonly names = new Map<string, Binding[]>();
  readonly globals = new Set<string>();
  /** For a method: the class it belongs to and the name of its first parameter (self/cls). */
  cls?: ClassInfo;
  selfName?: string;
  /** For a function or lambda: the expressions it returns (a lambda returns its body). */
  returns: SyntaxNode[] = [];
  /** For a module: attribute assignments on names (`sdk.host = URL`), which may configure an imported SDK. */
  configs: { node: SyntaxNode; object: SyntaxNode; attr: string; value: SyntaxNode; scope: Scope }[] = NONE;
  /** For a function: its `*args` / `**kwargs` parameters (allocated only when there are any). */
  splats?: Map<string, '*' | '**'>;
  private paramNames?: string[];
  /** For a function: its return annotation (`-> httpx.Client`). */
  returnType?: SyntaxNode;
  /** For a function: its decorators' text (`property`, `functools.cached_property`...). */
  decorators: string[] = [];
  /** For a class: the base class expressions. */
  bases: SyntaxNode[] = [];
  /** Modules imported with `from m import *` in this scope. */
  stars: string[] = [];
  /** The module scope this scope is in: which file's tree (and resolver) its nodes belong to. */
  readonly root: Scope;
  constructor(
    readonly kind: 'module' | 'function' | 'class',
    readonly node: SyntaxNode,
    readonly parent?: Scope,
  ) {
    this.root = parent ? parent.root : this;
  }

  bind(name: string, b: Binding): void {
    const target = this.globals.has(name) ? this.module() : this;
    let list = target.names.get(name);
    if (!list) target.names.set(name, (list = []));
    list.push(b);
  }

  module(): Scope {
    return this.root;
  }

  /** A function's parameter names in order (`self` included for methods). */
  params(): string[] {
    if (this.paramNames) return this.paramNames;
    const out: { name: string; at: number }[] = [];
    for (const [name, list] of this.names)
      for (const b of list)
        if (b.k === 'param' && b.scope === this && b.at < this.bodyStart) out.push({ name, at: b.at });
    return (this.paramNames = out.sort((a, b) => a.at - b.at).map((p) => p.name));
  }

  /** Where a function's body starts (parameters are bound before it). */
  get bodyStart(): number {
    return this.node.childForFieldName('body')?.startIndex ?? this.node.endIndex;
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
(lambda) @lambda
(named_expression) @walrus
(for_statement) @for
(return_statement) @return
(pair key: (string) value: (string)) @pair
(except_clause) @except
(if_statement) @if
`;

export type { RelativeImports } from './scope-imports.js';

export function collectSymbols(parser: PythonParser, tree: SyntaxTree, relative?: RelativeImports): FileSymbols {
  const root = tree.rootNode;
  const module = new Scope('module', root);
  const scopes = new Map<number, Scope>([[root.id, module]]);
  const excepts: { start: number; end: number }[] = [];
  const ifs: { start: number; end: number }[] = [];
  const walkUp = (node: SyntaxNode): Scope => {
    let n: SyntaxNode | null = node.parent;
    while (n) {
      const s = scopes.get(n.id);
      if (s) return s;
      n = n.parent;
    }
    // Unregistered def/class ancestors (should not happen: defs are captured before their bodies).
    return module;
  };
  // Performance (bench/): `.parent` is a WASM call that descends from the root, so walking up costs
  // O(depth^2) per node. Captures arrive in document order and scopes are registered in that order,
  // so the open scopes form a stack of byte ranges; lookups that come out of order walk up instead.
  const registered = scopes.values();
  let taken = 0;
  let last = -1;
  let inOrder = true;
  const open: { start: number; end: number; scope: Scope }[] = [];
  const scopeOf = (node: SyntaxNode): Scope => {
    const start = node.startIndex;
    if (!inOrder || start < last) return walkUp(node);
    last = start;
    // Never run the live Map iterator to its end: it would stop seeing new entries.
    while (taken < scopes.size) {
      const s = registered.next().value as Scope;
      taken++;
      const sStart = s.node.startIndex;
      if (open.length && sStart < open[open.length - 1]!.start) inOrder = false;
      while (open.length && open[open.length - 1]!.end <= sStart) open.pop();
      open.push({ start: sStart, end: s.node.endIndex, scope: s });
    }
    if (!inOrder) return walkUp(node);
    while (open.length > 1 && open[open.length - 1]!.end <= start) open.pop();
    const end = node.endIndex;
    for (let i = open.length - 1; i > 0; i--) {
      const o = open[i]!;
      // Strictly around the node (a scope node is not its own scope, nor is one with the same span).
      if (o.end >= end && (o.start < start || o.end > end)) return o.scope;
    }
    return module;
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
        const cs = new Scope('class', node, outer);
        for (const b of node.childForFieldName('superclasses')?.namedChildren ?? [])
          if (b && b.type !== 'keyword_argument') cs.bases.push(b);
        if (name) outer.bind(name.text, { k: 'class', node, scope: cs, at: node.startIndex });
        scopes.set(node.id, cs);
        break;
      }
      case 'lambda': {
        const outer = scopeOf(node);
        const ls = new Scope('function', node, outer.kind === 'class' ? outer.parent : outer);
        scopes.set(node.id, ls);
        for (const p of node.childForFieldName('parameters')?.namedChildren ?? []) {
          const id =
            p?.type === 'identifier' ? p : p?.type === 'default_parameter' ? p.childForFieldName('name') : null;
          if (id?.type === 'identifier') ls.bind(id.text, { k: 'param', name: id.text, scope: ls, at: p!.startIndex });
        }
        const body = node.childForFieldName('body');
        if (body) ls.returns.push(body);
        break;
      }
      case 'walrus': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name?.type === 'identifier' && value) {
          const s = scopeOf(node);
          s.bind(name.text, { k: 'expr', node: value, scope: s, at: node.endIndex });
        }
        break;
      }
      case 'for': {
        const s = scopeOf(node);
        const left = node.childForFieldName('left');
        const ids = left?.type === 'identifier' ? [left] : (left?.descendantsOfType('identifier') ?? []);
        for (const id of ids) if (id) s.bind(id.text, { k: 'opaque', at: node.startIndex });
        break;
      }
      case 'return': {
        const s = scopeOf(node);
        const e = node.firstNamedChild;
        if (e && s.kind === 'function' && s.returns.length < 16) s.returns.push(e);
        break;
      }
      case 'import':
        collectImport(node, scopeOf(node), out, relative);
        break;
      case 'call':
        out.calls.push({ node, scope: scopeOf(node) });
        break;
      case 'except':
        while (excepts.length && excepts[excepts.length - 1]!.end <= node.startIndex) excepts.pop();
        excepts.push({ start: node.startIndex, end: node.endIndex });
        break;
      case 'if':
        while (ifs.length && ifs[ifs.length - 1]!.end <= node.startIndex) ifs.pop();
        ifs.push({ start: node.startIndex, end: node.endIndex });
        break;
      case 'assign': {
        // Captures come in document order, so the open except clauses are a stack (no .parent walks).
        while (excepts.length && excepts[excepts.length - 1]!.end <= node.startIndex) excepts.pop();
        while (ifs.length && ifs[ifs.length - 1]!.end <= node.startIndex) ifs.pop();
        const scope = scopeOf(node);
        const start = scope.node.startIndex;
        const inside = (r: { start: number; end: number }) =>
          r.start > start && r.start <= node.startIndex && node.endIndex <= r.end;
        collectAssignment(node, scope, excepts.some(inside), ifs.some(inside));
        break;
      }
      case 'with': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') {
          const target = value.childForFieldName('alias')?.firstNamedChild;
          const expr = value.firstNamedChild;
          if (target?.type === 'identifier' && expr) {
            const s = scopeOf(node);
            s.bind(target.text, { k: 'expr', node: expr, scope: s, at: node.endIndex });
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
  const scope = new Scope('function', node, outer.kind === 'class' ? outer.parent : outer);
  if (name) outer.bind(name.text, { k: 'def', node, scope, at: node.startIndex });
  scopes.set(node.id, scope);
  scope.returnType = node.childForFieldName('return_type') ?? undefined;
  if (node.parent?.type === 'decorated_definition') {
    for (const d of node.parent.namedChildren)
      if (d?.type === 'decorator') scope.decorators.push(d.text.slice(1).trim().slice(0, 100));
  }
  const params = node.childForFieldName('parameters');
  let first = true;
  for (const p of params?.namedChildren ?? []) {
    // A comment in the parameter list (`def __init__(  # noqa`) is not the first parameter.
    if (!p || p.type === 'comment') continue;
    let id: SyntaxNode | null = null;
    let annotation: SyntaxNode | undefined;
    const dflt = p.childForFieldName('value') ?? undefined;
    let splat: '*' | '**' | undefined;
    if (p.type === 'identifier') id = p;
    else if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
      // `*args`, `**kwargs`: what a wrapper forwards (the caller's extra arguments).
      id = p.firstNamedChild;
      splat = p.type === 'list_splat_pattern' ? '*' : '**';
    } else if (p.type === 'typed_parameter') {
      id = p.firstNamedChild;
      if (id?.type === 'list_splat_pattern' || id?.type === 'dictionary_splat_pattern') {
        splat = id.type === 'list_splat_pattern' ? '*' : '**';
        id = id.firstNamedChild;
      }
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
    if (splat) (scope.splats ??= new Map()).set(id.text, splat);
    scope.bind(id.text, { k: 'param', name: id.text, annotation, default: dflt, scope, at: p.startIndex });
  }
}

const classInfos = new WeakMap<Scope, ClassInfo>();
export function classInfo(classScope: Scope): ClassInfo {
  let c = classInfos.get(classScope);
  if (!c) classInfos.set(classScope, (c = { selfAttrs: new Map(), scope: classScope }));
  return c;
}

function collectAssignment(node: SyntaxNode, scope: Scope, inExcept: boolean, inBranch: boolean): void {
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
    if (target.type === 'identifier') scope.bind(target.text, b);
    else if (target.type === 'attribute') {
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
  if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && right.type === 'expression_list') {
    const ls = left.namedChildren;
    const rs = right.namedChildren;
    if (ls.length === rs.length) ls.forEach((l, i) => l && rs[i] && bindOne(l, rs[i]));
    return;
  }
  // Chained `a = b = X()` nests the inner assignment as the right side; the resolver looks through it.
  bindOne(left, right);
}
