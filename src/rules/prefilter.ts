// The sound text prefilter: a file no rule pattern can match in is neither parsed nor analysed.
import { codeText, inString } from './code-text.js';
import { afterDot, bindsOnly, builtinsUse, configValue, indexesNamespace, inProse, literalGetattr } from './word-places.js';
import type { CompiledPattern } from './pattern.js';

const esc = (w: string) => w.replace(/[^A-Za-z0-9_]/g, '\\$&');
const words = (list: Iterable<string>) => [...new Set(list)].sort().map(esc).join('|');
/** A regex of whole words (one that never matches when the list is empty). */
const wordsRe = (list: Iterable<string>) => {
  const alt = words(list);
  return alt ? new RegExp(`\\b(?:${alt})\\b`, 'g') : /(?!)/g;
};
const NONE: ReadonlySet<string> = new Set();

/** Names built from strings at run time: any module may appear, so a file with these is parsed. */
const DYNAMIC = new Set(['__import__', 'import_module']);
/**
 * What reads an attribute by a name computed at run time: `getattr(os, name)`, `os.__dict__[name]`,
 * `vars(os)[name]`. With one, a pattern may match on its first word alone.
 */
const ATTRIBUTES_BY_NAME = new Set(['getattr', '__dict__', 'vars']);
/** The builtins module under its two names: any builtin may be reached from it by a computed name. */
const BUILTINS = new Set(['builtins', '__builtins__']);
/**
 * Sound text prefilter. Every qualified name the resolver builds is made of words written in the code
 * of the file, or begun in a module it imports (`finishes`, asked by the project index; otherwise
 * the words are identifiers, attribute names, dotted import names, whole-name string literals given to
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
  /** Per last literal word of a pattern of two or more: the first words of those patterns. */
  private tails = new Map<string, Set<string>>();
  private tailWords: RegExp;
  private rootWords: RegExp;

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
      if (rest.length && anchor[0] !== '@') {
        const last = rest[rest.length - 1]!;
        let roots = this.tails.get(last);
        if (!roots) this.tails.set(last, (roots = new Set()));
        roots.add(anchor);
      }
    }
    this.tailWords = wordsRe([...this.tails.keys(), ...ATTRIBUTES_BY_NAME]);
    this.rootWords = wordsRe(this.plain);
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

  /**
   * The first words of patterns written in a module's code: the roots its names may start with. A name
   * begun in one module (`import os` + `thing = os`) may be finished in a module that imports it.
   */
  roots(source: string): ReadonlySet<string> {
    if (source.search(this.rootWords) < 0) return NONE;
    const out = new Set<string>();
    for (const m of codeText(source).text.matchAll(this.rootWords)) out.add(m[0]);
    return out.size ? out : NONE;
  }

  /**
   * Whether a module may finish a name begun in a module it imports, at any depth (`roots`: the first
   * words written in them): it writes the last word of a pattern with one of those first words
   * (`thing.system(...)` after `from .compat import thing`, where compat has `import os` + `thing =
   * os`; `sp.run([...])` after `from .compat import sp`), or it reads an attribute by a computed name.
   * The words between are not asked for (they may be written in any module of the chain), and neither
   * is where the last word stands: an attribute, an assignment target (a module-level config), a name
   * imported from a star-importing module.
   */
  finishes(source: string, roots: ReadonlySet<string>): boolean {
    if (this.matchAll) return true;
    if (!roots.size || source.search(this.tailWords) < 0) return false;
    const { text, strings } = codeText(source);
    const list = indexesNamespace(text, strings) ? [] : strings;
    const named = new Map<number, boolean>();
    for (const m of text.matchAll(this.tailWords)) {
      const w = m[0];
      const at = m.index;
      const end = at + w.length;
      if (ATTRIBUTES_BY_NAME.has(w)) {
        const quoted = list.length > 0 && inString(list, at);
        if (!quoted && (w === 'getattr' ? !literalGetattr(text, end, list) : w === '__dict__' || !bindsOnly(text, at, end)))
          return true;
        if (!this.tails.has(w)) continue;
      }
      if (inProse(text, list, at, end, named)) continue;
      for (const r of this.tails.get(w)!) if (roots.has(r)) return true;
    }
    return false;
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
