// A cheap textual scan of a module's import statements (no parse): which project files it imports.
// Used to read a revision's import closure ahead, to find a changed module's importers, and to let a
// file that only imports an egressing project module past the text prefilter.
import type { ModuleMap } from './modules.js';

// An import statement's first line; a parenthesised name list is read on from the `(` (below).
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\(?[^\n#;]*)|import[ \t]+([^\n#;]*))/my;

/** One import statement: `from` module and name list, or the `import` list. */
interface ImportLine {
  from?: string;
  names?: string;
  modules?: string;
}

/**
 * The import statements of a text, as a scan of every line start with
 * `from M import (\([^)]*\)|[^\n#;]*)` / `import [^\n#;]*` finds them (a statement names "import" on its
 * first line), but tried only at lines that contain "import", never inside the previous statement, with
 * the next `)` found once for all unclosed lists: linear on any text.
 */
function* importLines(text: string): Generator<ImportLine> {
  let end = 0;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let line = -1;
  let close = -2; // the next ")" at or after the last list opened (-1: none left in the text)
  for (let i = text.indexOf('import'); i >= 0; i = text.indexOf('import', i + 6)) {
    while (nextBreak >= 0 && nextBreak < i) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    if (lineStart === line || lineStart < end) continue;
    line = lineStart;
    IMPORT_LINE.lastIndex = lineStart;
    const m = IMPORT_LINE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    if (m[3] !== undefined) {
      yield { modules: m[3] };
      continue;
    }
    let names = m[2]!;
    if (names.startsWith('(')) {
      const open = end - names.length;
      if (close !== -1 && close < open) close = text.indexOf(')', open);
      if (close >= 0) {
        names = text.slice(open, close + 1);
        end = close + 1;
      }
    }
    yield { from: m[1]!, names };
  }
}

/**
 * The project files a module can read names from: those its import statements name, the packages
 * they bind (`import a.b` binds `a`), and the submodules of those packages it reads as attributes
 * (`import tools` + `tools.compat.sp.run(...)`: the resolver finds `tools/compat.py` by its path even
 * when no import statement names it). A cheap textual scan; the parse decides later.
 */
export function importedPaths(text: string, from: string, map: ModuleMap): string[] {
  const packages = new Map<string, string>();
  const out = new Set(statementPaths(text, from, map, packages));
  if (!packages.size) return [...out];
  const chain = new RegExp(`\\b(${[...packages.keys()].join('|')})((?:[ \\t]*\\.[ \\t]*[A-Za-z_]\\w*)+)`, 'g');
  const seen = new Set<string>();
  for (const m of text.matchAll(chain)) {
    let module = packages.get(m[1]!)!;
    for (const attr of m[2]!.split('.').slice(1)) {
      module = `${module}.${attr.trim()}`;
      if (seen.has(module)) continue;
      seen.add(module);
      const p = map.pathOf(module, from);
      if (!p) break;
      out.add(p);
    }
  }
  return [...out];
}

/**
 * The project files a module's import statements name; with `packages`, also the packages they bind,
 * recorded there by bound name (`import a.b` binds `a`; `from a import b as c` binds `c` to `a.b`).
 */
export function statementPaths(text: string, from: string, map: ModuleMap, packages?: Map<string, string>): string[] {
  const out = new Set<string>();
  const add = (module: string | undefined, bound?: string) => {
    const p = module ? map.pathOf(module, from) : undefined;
    if (!p) return;
    if (!bound) out.add(p);
    else if (p.endsWith('__init__.py')) {
      out.add(p);
      packages!.set(bound, module!);
    }
  };
  for (const m of importLines(text)) {
    if (m.modules !== undefined) {
      for (const part of m.modules.split(',')) {
        const [, name, alias] = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part) ?? [];
        add(name);
        if (name && packages) add(alias ? name : name.split('.')[0], alias ?? name.split('.')[0]);
      }
      continue;
    }
    const mod = m.from!;
    const level = /^\.*/.exec(mod)![0].length;
    const dotted = mod.slice(level);
    const names = m.names!.replace(/[()\\]/g, ' ').split(',');
    const base = level ? map.absolute(from, level, dotted) : dotted;
    if (level && base === undefined && dotted) continue;
    if (base) add(base);
    for (const part of names) {
      const [, name, alias] = /^\s*(\w+)(?:\s+as\s+(\w+))?/.exec(part) ?? [];
      if (!name || name === '*') continue;
      const module = base ? `${base}.${name}` : level ? map.absolute(from, level, name) : undefined;
      add(module);
      if (packages) add(module, alias ?? name);
    }
  }
  return [...out];
}
