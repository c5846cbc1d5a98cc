// Where a word stands in a file's text, read without a parse (for the text prefilter): after a dot,
// as a use of the builtins module, as a dict config's class, in prose, as a name only bound, as the
// literal attribute of a getattr. Offsets are into the code text of code-text.ts.
import { inString, stringAt } from './code-text.js';

/** Namespaces indexed by name (`locals()["__builtins__"]`): with one, a string may name anything. */
const NAMESPACES = /\b(?:locals|globals|vars)\b/g;
/** Attributes of the builtins module that reach other builtins by a computed name. */
const REFLECTIVE = new Set(['locals', 'globals', 'vars', 'getattr']);

/**
 * Whether the word at `i` is written after a dot (an attribute, `re.compile`), looking back over blanks
 * and backslash-continued line breaks only. A plain line break stops the look-back, so `...` or `1.` at
 * the end of the previous line never hides a bare name (it may let an attribute pass: that is safe).
 */
export function afterDot(text: string, i: number): boolean {
  let j = i - 1;
  for (;;) {
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')) j--;
    if (j >= 1 && text[j] === '\n') {
      let k = j - 1;
      if (text[k] === '\r') k--;
      if (k >= 0 && text[k] === '\\') {
        j = k - 1;
        continue;
      }
    }
    return j >= 0 && text[j] === '.';
  }
}

const IDENT = /^[A-Za-z_]\w*$/;
/** What follows a use of the builtins module: `.name`, ` import` (a from-import), or the end of an import. */
const ATTRIBUTE = /^\s*\.\s*([A-Za-z_]\w*)/;
const FROM_IMPORT = /^[ \t]+import\b/;
const IMPORT_END = /^[ \t]*(?:[\n;,]|$)/;

/**
 * What a use of the builtins module at `i..end` (`builtins` or `__builtins__`) gives the resolver:
 * `''` when only literal attributes other than `words` are read (`builtins.open(f)`, `import builtins`,
 * `from builtins import open`; a name imported from it is written as a word and tested as one), the
 * attribute when it is one of `words` (`builtins.exec`), or `undefined` when the module may be indexed
 * by a computed name (passed around, aliased, subscripted, `__dict__`, `vars`, `getattr`...).
 */
export function builtinsUse(text: string, i: number, end: number, words: ReadonlySet<string>): string | undefined {
  const after = text.slice(end, end + 80);
  const attr = ATTRIBUTE.exec(after)?.[1];
  if (attr !== undefined) {
    if (words.has(attr)) return attr;
    return attr.startsWith('__') || REFLECTIVE.has(attr) ? undefined : '';
  }
  const before = text.slice(Math.max(0, i - 8), i);
  if (/(?:^|[^\w.])from[ \t]+$/.test(before) && FROM_IMPORT.test(after)) return '';
  if (/(?:^|[^\w.])import[ \t]+$/.test(before) && IMPORT_END.test(after)) return '';
  return undefined;
}

const CONFIG_KEY = /^["'](?:class|\(\))["']$/;
const DOTTED_LITERAL = /^(["'])[A-Za-z_][\w.]*\1$/;

/**
 * Whether the listed string literal around `at` is the value of a dict config's class
 * (`{"class": "logging.handlers.SocketHandler"}`, `"()"`): a dotted name right after `"class":`.
 * That is the one route by which a module named only in a string reaches the resolver as code
 * (`__import__` and `import_module`, the others, make a file pass whatever its strings).
 */
export function configValue(text: string, strings: readonly number[], at: number): boolean {
  const k = stringAt(strings, at);
  if (k < 0 || !DOTTED_LITERAL.test(text.slice(strings[k]!, strings[k + 1]!))) return false;
  let j = strings[k]! - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (text[j] !== ':' || k === 0) return false;
  j--;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  return strings[k - 1] === j + 1 && CONFIG_KEY.test(text.slice(strings[k - 2]!, j + 1));
}

/** What a string literal may hold to name something: dotted names, and the `[`, `]`, `,`, `|` of a typing annotation. */
const NAME_CONTENT = /^[\w.[\],|\s]*$/;

/**
 * Whether the word at `at..end` lies inside a listed string literal where it names nothing: a word
 * there ("the file system", "send it") is no attribute. A name reaches the resolver from a string as a
 * literal attribute (`getattr(os, "system")`; any other attribute makes a computed getattr, on which
 * the file passes on its first word), a dict config's `"class"` value, or a string annotation
 * (`"Optional[httpx.Client]"`, read with its blanks removed; one with a backslash escape is not read:
 * resolve/annotations.ts). `__import__`, `import_module`, `vars` and `__dict__` make the file pass
 * whatever its strings. So a word counts only in a literal of names and those separators, and only
 * where no other word touches it across blanks (`"the file system"` reads as one name).
 */
export function inProse(text: string, strings: readonly number[], at: number, end: number, named: Map<number, boolean>): boolean {
  if (!strings.length) return false;
  const k = stringAt(strings, at);
  if (k < 0) return false;
  let cs = strings[k]!;
  let ce = strings[k + 1]!;
  while (/[A-Za-z]/.test(text[cs]!)) cs++;
  const q = text[cs]!;
  const n = text[cs + 1] === q && text[cs + 2] === q && ce - cs >= 6 ? 3 : 1;
  cs += n;
  if (text.slice(ce - n, ce) === q.repeat(n) && ce - n >= cs) ce -= n;
  // Tested once per literal (a long literal with many words would cost its length for each).
  let ok = named.get(k);
  if (ok === undefined) named.set(k, (ok = NAME_CONTENT.test(text.slice(cs, ce))));
  if (at < cs || end > ce || !ok) return true;
  let i = at - 1;
  while (i >= cs && /\s/.test(text[i]!)) i--;
  if (i >= cs && /\w/.test(text[i]!)) return true;
  let j = end;
  while (j < ce && /\s/.test(text[j]!)) j++;
  return j < ce && /\w/.test(text[j]!);
}

/**
 * Whether the text calls or passes a namespace builtin (`locals`, `globals`, `vars`) in its code:
 * not inside a string literal of `strings`, not as an attribute (`self.vars`; `builtins.vars` is
 * caught by builtinsUse) and not where the name is only bound (`def vars(`, `vars = ...`).
 */
export function indexesNamespace(text: string, strings: readonly number[]): boolean {
  for (const m of text.matchAll(NAMESPACES)) {
    const at = m.index;
    if (inString(strings, at) || afterDot(text, at) || bindsOnly(text, at, at + m[0].length)) continue;
    return true;
  }
  return false;
}
/** Longest first argument of a `getattr` read to find its attribute (`self._client.session` is 20). */
const MAX_OBJECT = 200;

function skipBlanks(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * Whether the word at `i..end` is only a name being bound, never read: `def exec(`, `class compile:`,
 * a keyword argument or an assignment target (`compile=True`, `eval = ...`). A bound name is not the
 * builtin; a later read of it is another occurrence, tested on its own.
 */
export function bindsOnly(text: string, i: number, end: number): boolean {
  const before = /(?:^|[^\w.])(def|class)\s+$/.test(text.slice(Math.max(0, i - 16), i));
  if (before) return true;
  const j = skipBlanks(text, end);
  return text[j] === '=' && text[j + 1] !== '=';
}

/**
 * Whether the `getattr` ending at `i` is called with a plain string literal as its attribute
 * (`getattr(obj, "name", default)`): that attribute is a word written in the file, so the call builds
 * no name the word test has not seen. Anything else (a variable, an expression, `getattr` passed
 * around) may compute the attribute at run time. `strings` are the file's plain literals. The first
 * argument is read for at most MAX_OBJECT characters (longer: treated as computed), so many `getattr(`
 * in one file cost linear time.
 */
export function literalGetattr(text: string, i: number, strings: readonly number[]): boolean {
  let j = skipBlanks(text, i);
  if (text[j] !== '(') return false;
  // The first argument, up to the comma outside brackets and strings.
  let depth = 0;
  const stop = Math.min(text.length, j + MAX_OBJECT);
  for (j++; j < stop; j++) {
    const c = text[j]!;
    const k = stringAt(strings, j);
    if (k >= 0) {
      j = strings[k + 1]! - 1;
      continue;
    }
    if (c === '"' || c === "'") return false; // a string the lexer did not list (an f-string): give up
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < 0) return false;
    } else if (c === ',' && depth === 0) break;
  }
  if (j >= stop) return false;
  j = skipBlanks(text, j + 1);
  const k = stringAt(strings, j);
  if (k < 0 || strings[k] !== j) return false;
  const end = strings[k + 1]!;
  const lit = text.slice(j, end);
  const quote = lit[lit.length - 1]!;
  const open = lit.indexOf(quote);
  if (open > 1 || /[bB]/.test(lit.slice(0, open))) return false;
  if (!IDENT.test(lit.slice(open + 1, -1))) return false;
  const after = text[skipBlanks(text, end)];
  return after === ',' || after === ')';
}
