// The sound text prefilter: a file no rule pattern can match in is neither parsed nor analysed.
import { codeText, inString, stringAt } from './code-text.js';
import type { CompiledPattern } from './pattern.js';

const esc = (w: string) => w.replace(/[^A-Za-z0-9_]/g, '\\$&');
const words = (list: Iterable<string>) => [...new Set(list)].sort().map(esc).join('|');

/** Names built from strings at run time: any module may appear, so a file with these is parsed. */
const DYNAMIC = new Set(['__import__', 'import_module']);
/**
 * What reads an attribute by a name computed at run time: `getattr(os, name)`, `os.__dict__[name]`,
 * `vars(os)[name]`. With one, a pattern may match on its first word alone.
 */
const ATTRIBUTES_BY_NAME = new Set(['getattr', '__dict__', 'vars']);
/** The builtins module under its two names: any builtin may be reached from it by a computed name. */
const BUILTINS = new Set(['builtins', '__builtins__']);
/** Namespaces indexed by name (`locals()["__builtins__"]`): with one, a string may name anything. */
const NAMESPACES = /\b(?:locals|globals|vars)\b/g;
/** Attributes of the builtins module that reach other builtins by a computed name. */
const REFLECTIVE = new Set(['locals', 'globals', 'vars', 'getattr']);

/**
 * Whether the word at `i` is written after a dot (an attribute, `re.compile`), looking back over blanks
 * and backslash-continued line breaks only. A plain line break stops the look-back, so `...` or `1.` at
 * the end of the previous line never hides a bare name (it may let an attribute pass: that is safe).
 */
function afterDot(text: string, i: number): boolean {
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
function builtinsUse(text: string, i: number, end: number, words: ReadonlySet<string>): string | undefined {
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
function configValue(text: string, strings: readonly number[], at: number): boolean {
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
function inProse(text: string, strings: readonly number[], at: number, end: number, named: Map<number, boolean>): boolean {
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
function indexesNamespace(text: string, strings: readonly number[]): boolean {
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
function bindsOnly(text: string, i: number, end: number): boolean {
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
function literalGetattr(text: string, i: number, strings: readonly number[]): boolean {
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

/**
 * Sound text prefilter. Every qualified name the resolver builds is made of words written in the code
 * of the file (identifiers, attribute names, dotted import names, whole-name string literals given to
 * getattr/__import__, "class" values of dict configs), one word per literal segment, with three
 * exceptions: the `builtins.` prefix of an unbound builtin (`exec(...)` resolves to `builtins.exec`;
 * the word is then not written after a dot), the `()` marking an object made by a call, and names
 * computed at run time given to `__import__`/`import_module` (any name) or read by `getattr`,
 * `X.__dict__[...]` and `vars(X)[...]` (any attribute after a written root). A pattern can therefore
 * only match if each of its literal segments appears as a word; files with `__import__`/`import_module`
 * always pass, files reading attributes by a computed name pass on a pattern's first word alone, files
 * that may index the builtins module by a computed name (`__builtins__.__dict__`, an alias, passing it
 * around) pass on any builtin. Comments and docstrings are not code (`code-text.ts`). A word inside a
 * string literal is no name unless the literal is one whole (dotted) name: then it may be an attribute
 * (`getattr(m, "x")`), and a module only as a dict config's "class" value; it calls no builtin and
 * makes nothing dynamic, unless the file indexes a namespace by name (`locals()`, `globals()`,
 * `vars()` in its code): then strings count like code. Rule `modules:` lists do not produce findings,
 * except the module-level config of a `client-sites` rule's SDK (`posthog.host = ...`), added as
 * patterns by the rule index. One regex pass finds the first words; only files with one get a second
 * pass for the other words of those patterns. `npm run bench` reports how many files this skips;
 * `__tests__/prefilter.test.ts` checks that skipped files have no findings. The resolver follows no
 * client passed as an argument into another module: if it ever does, a file that only makes a client
 * must pass (the rule index's `modulePrefilter` has the client patterns).
 */
export class TextPrefilter {
  /** Per first word ("@exec" for a builtin): the other literal words of each pattern. */
  private byAnchor = new Map<string, string[][]>();
  private plain = new Set<string>();
  private builtin = new Set<string>();
  private first: RegExp;
  private rest = new Map<string, RegExp | null>();
  private matchAll = false;

  constructor(patterns: readonly CompiledPattern[]) {
    for (const p of patterns) {
      const lits = p.segments.map((s) => s.replace(/\(\)$/, '')).filter((s) => s !== '*' && s !== '**' && s !== '');
      let anchor = lits[0];
      let rest = lits.slice(1);
      if (!anchor) {
        // A pattern of wildcards only could match any name: then no file can be skipped.
        this.matchAll = true;
        continue;
      }
      if (anchor === 'builtins' && rest.length) {
        this.builtin.add(rest[0]!);
        anchor = `@${rest[0]}`;
        rest = rest.slice(1);
      } else this.plain.add(anchor);
      let list = this.byAnchor.get(anchor);
      if (!list) this.byAnchor.set(anchor, (list = []));
      // Each literal segment of a resolved name is a word written once for it: `socket.socket` needs
      // the word twice (`import socket` + `socket.socket`, `from socket import socket` + a call).
      list.push(rest);
    }
    const all = [...this.plain, ...this.builtin, ...DYNAMIC, ...BUILTINS, ...ATTRIBUTES_BY_NAME];
    this.first = new RegExp(`\\b(?:${words(all)})\\b`, 'g');
  }

  /** Every word the filter looks for (tests mutate these to check soundness). */
  vocabulary(): string[] {
    const all = new Set([...this.plain, ...this.builtin, ...DYNAMIC, ...BUILTINS, ...ATTRIBUTES_BY_NAME, 'locals', 'globals']);
    for (const lists of this.byAnchor.values()) for (const l of lists) for (const w of l) all.add(w);
    return [...all].sort();
  }

  /** False only when no pattern can match a name resolved in this file. */
  test(source: string): boolean {
    if (this.matchAll) return true;
    // The raw text first (every condition holds at least as often there): most files stop here.
    if (!this.passes(source, [])) return false;
    const { text, strings } = codeText(source);
    // With a namespace indexed by name, a string may be any builtin's or module's name.
    return this.passes(text, indexesNamespace(text, strings) ? [] : strings);
  }

  /** The word test on `text`, where the words inside the literals `list` call no builtin. */
  private passes(text: string, list: readonly number[]): boolean {
    const seen = new Set<string>();
    let getattr = false;
    let builtins = false;
    // Stop at the first pattern whose words are all present: most files that pass do so early.
    const found = (anchor: string) => {
      if (seen.has(anchor)) return false;
      seen.add(anchor);
      return getattr || this.restPresent(anchor, text, list);
    };
    for (const m of text.matchAll(this.first)) {
      const w = m[0];
      const quoted = list.length > 0 && inString(list, m.index);
      if (DYNAMIC.has(w) && !quoted) return true;
      if (
        ATTRIBUTES_BY_NAME.has(w) &&
        !getattr &&
        !quoted &&
        (w === 'getattr'
          ? !literalGetattr(text, m.index + w.length, list)
          : w === '__dict__' || !bindsOnly(text, m.index, m.index + w.length))
      ) {
        getattr = true;
        if (seen.size) return true;
      } else if (BUILTINS.has(w) && !builtins) {
        // In a string, the module's name matters only with a builtin's name beside it ("builtins.exec"
        // as a dict config's class); in code, only a use that may compute the builtin's name counts.
        const use = quoted
          ? configValue(text, list, m.index)
            ? undefined
            : ''
          : builtinsUse(text, m.index, m.index + w.length, this.builtin);
        if (use === undefined) {
          builtins = true;
          for (const b of this.builtin) if (found(`@${b}`)) return true;
        } else if (use && found(`@${use}`)) return true;
      }
      // A module named only inside a string reaches the resolver as a dict config's class (the other
      // routes, `__import__` and `import_module`, pass above).
      if (this.plain.has(w) && (!quoted || configValue(text, list, m.index)) && found(w)) return true;
      if (
        this.builtin.has(w) &&
        !quoted &&
        !builtins &&
        !afterDot(text, m.index) &&
        !bindsOnly(text, m.index, m.index + w.length) &&
        found(`@${w}`)
      )
        return true;
    }
    return false;
  }

  /** Whether some pattern starting with `anchor` has all its other words in the text. */
  private restPresent(anchor: string, text: string, list: readonly number[]): boolean {
    const lists = this.byAnchor.get(anchor)!;
    let re = this.rest.get(anchor);
    if (re === undefined) {
      const all = new Set(lists.flat());
      re = all.size ? new RegExp(`\\b(?:${words(all)})\\b`, 'g') : null;
      this.rest.set(anchor, re);
    }
    if (!re || lists.some((l) => !l.length)) return true;
    const count = new Map<string, number>();
    const named = new Map<number, boolean>();
    for (const m of text.matchAll(re))
      if (!inProse(text, list, m.index, m.index + m[0].length, named)) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
    return lists.some((l) => {
      const need = new Map<string, number>([[anchor, 1]]);
      for (const x of l) need.set(x, (need.get(x) ?? 0) + 1);
      for (const [x, n] of need) if (x !== anchor || n > 1) if ((count.get(x) ?? 0) < n) return false;
      return true;
    });
  }
}
