// Import statements into bindings: `import a.b as c`, `from m import x`, star imports, and relative
// imports named absolutely through the project (so rules and the index see one name per module).
import type { SyntaxNode } from '../parse/parser.js';
import type { FileSymbols, Scope } from './scopes.js';

/** `from ..core import x`: the absolute module name for (level, dotted), when the project has it. */
export type RelativeImports = (level: number, dotted: string) => string | undefined;

export function collectImport(node: SyntaxNode, scope: Scope, out: FileSymbols, relative?: RelativeImports): void {
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
    if (!modNode) return;
    let mod = modNode.text.replace(/\s+/g, '');
    if (modNode.type === 'relative_import') {
      // Named absolutely, like any import, so rules and the project index see one name per module.
      const level = /^\.*/.exec(mod)![0].length;
      const dotted = mod.slice(level);
      const abs = relative?.(level, dotted);
      if (abs === undefined && dotted) return; // not in the project: nothing to name it by
      mod = abs ?? '';
      if (!mod) {
        // `from . import a, b` in a folder that is not a package: each name is a sibling module.
        for (const n of node.childrenForFieldName('name')) {
          const name = n?.type === 'aliased_import' ? n.childForFieldName('name')?.text : n?.text;
          const alias = n?.type === 'aliased_import' ? n.childForFieldName('alias')?.text : name;
          const sub = name ? relative?.(level, name) : undefined;
          if (sub && alias) {
            scope.bind(alias, { k: 'import', qual: sub, at });
            modules.push(sub);
          }
        }
        if (modules.length) out.imports.push({ node, modules, scope });
        return;
      }
    }
    modules.push(mod);
    if (node.namedChildren.some((c) => c?.type === 'wildcard_import') && scope.stars.length < 8)
      scope.add('stars', mod);
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
