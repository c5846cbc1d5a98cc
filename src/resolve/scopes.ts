// Per-file symbol tables built from one tree-sitter query: imports, assignments, `with ... as`,
// parameters, `self.x = ...` attributes, and the calls to resolve later.
import type { SyntaxNode, SyntaxTree } from '../parse/parser.js';
import type { PythonParser } from '../parse/parser.js';
import type { RelativeImports } from './scope-imports.js';
import { collectImport } from './scope-imports.js';
import { Scope } from './scope.js';
import { collectAssignment, defineFunction } from './scope-bindings.js';

export type { Binding, ClassInfo } from './scope.js';
export { classInfo, Scope } from './scope.js';

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
(decorated_definition) @decorated
`;

export type { RelativeImports } from './scope-imports.js';

export function collectSymbols(parser: PythonParser, tree: SyntaxTree, relative?: RelativeImports): FileSymbols {
  const root = tree.rootNode;
  const module = new Scope('module', root);
  const scopes = new Map<number, Scope>([[root.id, module]]);
  const excepts: { start: number; end: number }[] = [];
  /** Decorated defs (by node id) and their decorated_definition (asking a def for its parent costs more). */
  const decorated = new Map<number, SyntaxNode>();
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
        defineFunction(node, scopeOf(node), scopes, decorated.get(node.id));
        break;
      case 'decorated': {
        // Captured before its definition (it starts earlier).
        const def = node.childForFieldName('definition');
        if (def) decorated.set(def.id, node);
        break;
      }
      case 'class': {
        const outer = scopeOf(node);
        const name = node.childForFieldName('name');
        const cs = new Scope('class', node, outer);
        for (const b of node.childForFieldName('superclasses')?.namedChildren ?? [])
          if (b && b.type !== 'keyword_argument') cs.add('bases', b);
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
        if (body) ls.add('returns', body);
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
        if (e && s.kind === 'function' && s.returns.length < 16) s.add('returns', e);
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
        for (const id of node.namedChildren) if (id?.type === 'identifier') s.declareGlobal(id.text);
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
