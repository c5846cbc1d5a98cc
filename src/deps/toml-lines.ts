// TOML parsers return values without positions; findings need the line. This finds the line of a
// string or a key inside a table by a plain scan of the text (table headers, quoted strings), which is
// enough for the manifests people write: one requirement per line or several on a line.
import type { Span } from './types.js';

export interface TomlLines {
  lines: string[];
  /** Header name (`tool.poetry.dependencies`, `[package]` for arrays) → line ranges [from, to). */
  tables: Map<string, [number, number][]>;
}

const HEADER = /^\s*\[\[?\s*([^\]]{1,300}?)\s*\]\]?\s*(?:#.*)?$/;

export function tomlLines(text: string): TomlLines {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const tables = new Map<string, [number, number][]>();
  let name = '';
  let from = 0;
  const close = (to: number) => {
    const list = tables.get(name) ?? [];
    list.push([from, to]);
    tables.set(name, list);
  };
  lines.forEach((l, i) => {
    const m = HEADER.exec(l);
    if (!m) return;
    close(i);
    name = m[1]!.replace(/\s*\.\s*/g, '.').replace(/["']/g, '');
    from = i;
  });
  close(lines.length);
  return { lines, tables };
}

function spanAt(t: TomlLines, i: number, needle: string): Span {
  const text = t.lines[i] ?? '';
  const at = text.indexOf(needle);
  const column = at >= 0 ? at + 1 : text.length - text.trimStart().length + 1;
  const endColumn = at >= 0 ? at + needle.length + 1 : text.trimEnd().length + 1;
  return { line: i + 1, column, endColumn: Math.max(endColumn, column + 1), text };
}

function rangesOf(t: TomlLines, table: string | undefined): [number, number][] {
  if (table === undefined) return [[0, t.lines.length]];
  return t.tables.get(table) ?? [];
}

/**
 * The line where `value` is written as a quoted string inside `table` (the first one not in `used`),
 * falling back to anywhere in the file, then to the table header.
 */
export function locateString(t: TomlLines, table: string | undefined, value: string, used: Set<string>): Span {
  for (const q of ['"', "'"]) {
    const needle = `${q}${value}${q}`;
    for (const ranges of [rangesOf(t, table), rangesOf(t, undefined)])
      for (const [from, to] of ranges)
        for (let i = from; i < to; i++) {
          const line = t.lines[i]!;
          // Several requirements may share a line: each occurrence is used once.
          for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
            const key = `${i}:${at}`;
            if (used.has(key)) continue;
            used.add(key);
            const column = at + 1;
            return { line: i + 1, column, endColumn: column + needle.length, text: line };
          }
        }
  }
  const first = rangesOf(t, table)[0]?.[0] ?? 0;
  return spanAt(t, first, value);
}

/** The line of `key = …` inside `table` (keys compared as written, quoted or bare). */
export function locateKey(t: TomlLines, table: string, key: string): Span {
  for (const [from, to] of rangesOf(t, table))
    for (let i = from; i < to; i++) {
      const m = /^\s*(?:"([^"]{1,200})"|'([^']{1,200})'|([A-Za-z0-9_.-]{1,200}))\s*=/.exec(t.lines[i]!);
      if (m && (m[1] ?? m[2] ?? m[3]) === key) return spanAt(t, i, key);
    }
  const first = rangesOf(t, table)[0]?.[0] ?? 0;
  return spanAt(t, first, key);
}
