// setup.py: the string literals of `setup(install_requires=[…], extras_require={…: […]}, …)`, also
// through a module-level name (`REQUIRES = [...]`). Parsed with tree-sitter, never executed; anything
// that is not a literal list of strings is a note, not a guess.
import type { PythonParser, SyntaxNode } from '../parse/parser.js';
import { normalizeName } from './names.js';
import { isRemoteUrl, parsePep508 } from './pep508.js';
import type { Manifest } from './types.js';
import { emptyManifest } from './types.js';

const LIST_KEYS = new Set(['install_requires', 'setup_requires', 'tests_require']);

/** A plain string literal's text (no f-string, no concatenation). */
function literal(n: SyntaxNode): string | undefined {
  if (n.type !== 'string' || n.children.some((c) => c?.type === 'interpolation')) return undefined;
  const content = n.children.filter((c) => c?.type === 'string_content');
  const start = n.children[0]?.text ?? '';
  if (/[fbFB]/.test(start)) return undefined;
  return content.map((c) => c!.text).join('');
}

export function parseSetupPy(text: string, file: string, parser: PythonParser, timeoutMicros = 2_000_000): Manifest {
  const out = emptyManifest(file, 'setup.py');
  const tree = parser.parse(text, timeoutMicros);
  if (!tree) {
    out.notes.push('setup.py took too long to parse; dependencies not read');
    return out;
  }
  try {
    const root = tree.rootNode;
    const lines = text.split('\n');
    // Module-level `NAME = [...]`, for `install_requires=NAME`.
    const assigned = new Map<string, SyntaxNode>();
    for (const st of root.namedChildren) {
      const a = st?.type === 'expression_statement' ? st.namedChildren[0] : undefined;
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      const right = a?.childForFieldName('right');
      if (left?.type === 'identifier' && right) assigned.set(left.text, right);
    }
    const valueOf = (n: SyntaxNode): SyntaxNode => (n.type === 'identifier' ? (assigned.get(n.text) ?? n) : n);
    const strings = (n: SyntaxNode, key: string) => {
      const v = valueOf(n);
      if (v.type !== 'list' && v.type !== 'tuple') {
        out.notes.push(`line ${n.startPosition.row + 1}: ${key} is not a literal list; not read`);
        return;
      }
      for (const item of v.namedChildren) {
        const s = item ? literal(item) : undefined;
        if (!item || s === undefined) continue;
        const p = parsePep508(s);
        const row = item.startPosition.row;
        if (!p) {
          out.notes.push(`line ${row + 1}: not a PEP 508 requirement: "${s.slice(0, 80)}"`);
          continue;
        }
        const line = (lines[row] ?? '').replace(/\r$/, '');
        out.requirements.push({
          line: row + 1,
          column: item.startPosition.column + 1,
          endColumn: item.startPosition.row === item.endPosition.row ? item.endPosition.column + 1 : line.length + 1,
          text: line,
          name: normalizeName(p.name),
          ...(p.url && isRemoteUrl(p.url) ? { url: p.url } : {}),
        });
      }
    };
    const visit = (n: SyntaxNode, depth: number): void => {
      if (depth > 200) return;
      if (n.type === 'call') {
        const fn = n.childForFieldName('function')?.text ?? '';
        if (fn === 'setup' || fn.endsWith('.setup')) {
          for (const arg of n.childForFieldName('arguments')?.namedChildren ?? []) {
            if (arg?.type !== 'keyword_argument') continue;
            const key = arg.childForFieldName('name')?.text ?? '';
            const value = arg.childForFieldName('value');
            if (!value) continue;
            if (LIST_KEYS.has(key)) strings(value, key);
            else if (key === 'extras_require') {
              const d = valueOf(value);
              if (d.type !== 'dictionary') {
                out.notes.push(`line ${value.startPosition.row + 1}: extras_require is not a literal dict; not read`);
                continue;
              }
              for (const pair of d.namedChildren) {
                const v = pair?.type === 'pair' ? pair.childForFieldName('value') : undefined;
                if (v) strings(v, 'extras_require');
              }
            }
          }
        }
      }
      for (const c of n.namedChildren) if (c) visit(c, depth + 1);
    };
    visit(root, 0);
  } finally {
    tree.delete();
  }
  return out;
}
