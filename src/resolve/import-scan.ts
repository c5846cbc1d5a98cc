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

/** The project files a module's import statements name (a cheap textual scan; the parse decides later). */
export function importedPaths(text: string, from: string, map: ModuleMap): string[] {
  const out = new Set<string>();
  const add = (module: string | undefined) => {
    const p = module ? map.pathOf(module, from) : undefined;
    if (p) out.add(p);
  };
  for (const m of importLines(text)) {
    if (m.modules !== undefined) {
      for (const part of m.modules.split(',')) add(/^\s*([\w.]+)/.exec(part)?.[1]);
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
      const name = /^\s*(\w+)/.exec(part)?.[1];
      if (!name || name === '*') continue;
      if (base) add(`${base}.${name}`);
      else if (level) add(map.absolute(from, level, name));
    }
  }
  return [...out];
}
