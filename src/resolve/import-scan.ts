// A cheap textual scan of a module's import statements (no parse): which project files it imports.
// Used to read a revision's import closure ahead, to find a changed module's importers, and to let a
// file that only imports an egressing project module past the text prefilter.
import type { ModuleMap } from './modules.js';

const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]*))/my;

/**
 * The import statements of a text: IMPORT_LINE tried at the start of each line that contains "import"
 * (a statement names it on its first line), in order and never inside the previous match, which is
 * what a global multiline scan finds, without running the pattern over every line of the file.
 */
function* importLines(text: string): Generator<RegExpExecArray> {
  let end = 0;
  let line = -1;
  for (let i = text.indexOf('import'); i >= 0; i = text.indexOf('import', i + 6)) {
    const start = text.lastIndexOf('\n', i - 1) + 1;
    if (start === line || start < end) continue;
    line = start;
    IMPORT_LINE.lastIndex = start;
    const m = IMPORT_LINE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield m;
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
    if (m[3] !== undefined) {
      for (const part of m[3].split(',')) add(/^\s*([\w.]+)/.exec(part)?.[1]);
      continue;
    }
    const mod = m[1]!;
    const level = /^\.*/.exec(mod)![0].length;
    const dotted = mod.slice(level);
    const names = m[2]!.replace(/[()\\]/g, ' ').split(',');
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
