// Rules looked up by qualified name: compiled once, indexed by the name's first segment, so a call
// costs one Map lookup plus the few patterns of its root module.
import { manifestOnly } from './manifest-only.js';
import type { Config } from '../config/types.js';
import type { Category, Rule } from '../types.js';
import type { CompiledPattern } from './pattern.js';
import { compilePattern, matchSegments } from './pattern.js';

export type PatternKind = 'client' | 'send' | 'init' | 'connect' | 'import';

interface Entry {
  rule: Rule;
  kind: PatternKind;
  pattern: CompiledPattern;
}

export interface RuleMatch {
  rule: Rule;
  kind: PatternKind;
}

export interface HostMatch {
  rule?: Rule;
  service: string;
  category: Category;
}

const MAX_NAME = 512;

export class RuleIndex {
  private exact = new Map<string, Entry[]>();
  private wild = new Map<string, Entry[]>();
  private hostExact = new Map<string, Rule>();
  private hostSuffix: { suffix: string; rule: Rule }[] = [];
  private userHosts: { host: string; service: string; category: Category }[];
  /** Cheap text test: false means no rule can match in the file, so it need not be parsed. */
  readonly prefilter: TextPrefilter;
  /** Root modules named by some rule (imports of anything else are ignored early). */
  readonly roots = new Set<string>();

  constructor(
    readonly rules: Rule[],
    config: Pick<Config, 'hosts'>,
  ) {
    for (const rule of rules) {
      const add = (kind: PatternKind, list: string[]) => {
        for (const src of list)
          for (const pattern of compilePattern(src)) {
            const root = pattern.segments[0]!;
            this.roots.add(root.replace(/\(\)$/, ''));
            const map = pattern.exact ? this.exact : this.wild;
            const key = pattern.exact ?? root;
            let list2 = map.get(key);
            if (!list2) map.set(key, (list2 = []));
            list2.push({ rule, kind, pattern });
          }
      };
      add('client', rule.clients);
      add('send', rule.sends);
      add('init', rule.inits);
      add('connect', rule.connects);
      add('import', rule.imports);
      for (const m of rule.modules) this.roots.add(m.split('.')[0]!);
      // A manifest-only rule's hosts (pip's version check at pypi.org, a default-on telemetry host) name
      // where that package sends, not a service a request in the code belongs to.
      for (const h of manifestOnly(rule) ? [] : rule.hosts) {
        if (h.startsWith('*.')) this.hostSuffix.push({ suffix: h.slice(1), rule });
        else if (!this.hostExact.has(h)) this.hostExact.set(h, rule);
      }
    }
    this.hostSuffix.sort((a, b) => b.suffix.length - a.suffix.length);
    this.userHosts = [...config.hosts].sort((a, b) => b.host.length - a.host.length);
    this.prefilter = new TextPrefilter([...this.exact.values(), ...this.wild.values()].flat().map((e) => e.pattern));
  }

  /**
   * Rules matching a resolved name, best first: clients first (a constructor is never a finding), then by
   * the literal length of the pattern (the most specific rule names the service), then by rule order.
   */
  matches(name: string, kinds?: readonly PatternKind[]): RuleMatch[] {
    if (name.length > MAX_NAME) return [];
    const root = name.slice(0, name.indexOf('.') >>> 0);
    const ex = this.exact.get(name);
    const wild = this.wild.get(root);
    if (!ex && !wild) return [];
    const candidates: Entry[] = ex ? [...ex] : [];
    if (wild) {
      const segs = name.split('.');
      for (const e of wild) if (matchSegments(e.pattern.segments, segs)) candidates.push(e);
    }
    const filtered = kinds ? candidates.filter((c) => kinds.includes(c.kind)) : candidates;
    filtered.sort(
      (a, b) =>
        Number(b.kind === 'client') - Number(a.kind === 'client') || b.pattern.specificity - a.pattern.specificity,
    );
    const seen = new Set<Rule>();
    const out: RuleMatch[] = [];
    for (const c of filtered) {
      if (seen.has(c.rule)) continue;
      seen.add(c.rule);
      out.push({ rule: c.rule, kind: c.kind });
    }
    return out;
  }

  /** The service a destination host identifies (user mappings first, then rule hosts). */
  hostService(host: string): HostMatch | undefined {
    const h = host.toLowerCase().replace(/:\d+$/, '');
    for (const u of this.userHosts) {
      if (h === u.host || h.endsWith(`.${u.host}`)) return { service: u.service, category: u.category };
    }
    const rule = this.hostExact.get(h) ?? this.hostSuffix.find((s) => h.endsWith(s.suffix))?.rule;
    return rule ? { rule, service: rule.service, category: rule.category } : undefined;
  }
}

const esc = (w: string) => w.replace(/[^A-Za-z0-9_]/g, '\\$&');
const words = (list: Iterable<string>) => [...new Set(list)].sort().map(esc).join('|');

/** Names built from strings at run time: any module may appear, so a file with these is parsed. */
const DYNAMIC = new Set(['__import__', 'import_module']);

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

/**
 * Sound text prefilter. Every qualified name the resolver builds is made of words written in the file
 * (identifiers, attribute names, dotted import names, string literals given to getattr/__import__,
 * "class" values of dict configs), with three exceptions: the `builtins.` prefix of an unbound builtin
 * (`exec(...)` resolves to `builtins.exec`; the word is then not written after a dot), the `()` marking
 * an object made by a call, and strings computed at run time given to `__import__`/`import_module`
 * (any name) or `getattr` (any attribute after a written root). A pattern can therefore only match if
 * each of its literal segments appears as a word; files with `__import__`/`import_module` always pass,
 * files with `getattr` pass on a pattern's first word alone. Rule `modules:` lists do not produce
 * findings and are not used. One regex pass finds the first words; only files with one get a second
 * pass for the other words of those patterns. `npm run bench` reports how many files this skips;
 * `__tests__/prefilter.test.ts` checks that skipped files have no findings.
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
      list.push([...new Set(rest.filter((w) => w !== anchor))]);
    }
    const all = [...this.plain, ...this.builtin, ...DYNAMIC, 'getattr', 'builtins'];
    this.first = new RegExp(`\\b(?:${words(all)})\\b`, 'g');
  }

  /** Every word the filter looks for (tests mutate these to check soundness). */
  vocabulary(): string[] {
    const all = new Set([...this.plain, ...this.builtin, ...DYNAMIC, 'getattr', 'builtins']);
    for (const lists of this.byAnchor.values()) for (const l of lists) for (const w of l) all.add(w);
    return [...all].sort();
  }

  /** False only when no pattern can match a name resolved in this file. */
  test(text: string): boolean {
    if (this.matchAll) return true;
    const seen = new Set<string>();
    let getattr = false;
    let builtins = false;
    // Stop at the first pattern whose words are all present: most files that pass do so early.
    const found = (anchor: string) => {
      if (seen.has(anchor)) return false;
      seen.add(anchor);
      return getattr || this.restPresent(anchor, text);
    };
    for (const m of text.matchAll(this.first)) {
      const w = m[0];
      if (DYNAMIC.has(w)) return true;
      if (w === 'getattr') {
        getattr = true;
        if (seen.size) return true;
      } else if (w === 'builtins' && !builtins) {
        builtins = true;
        for (const b of this.builtin) if (found(`@${b}`)) return true;
      }
      if (this.plain.has(w) && found(w)) return true;
      if (this.builtin.has(w) && !builtins && !afterDot(text, m.index) && found(`@${w}`)) return true;
    }
    return false;
  }

  /** Whether some pattern starting with `anchor` has all its other words in the text. */
  private restPresent(anchor: string, text: string): boolean {
    const lists = this.byAnchor.get(anchor)!;
    let re = this.rest.get(anchor);
    if (re === undefined) {
      const all = new Set(lists.flat());
      re = all.size ? new RegExp(`\\b(?:${words(all)})\\b`, 'g') : null;
      this.rest.set(anchor, re);
    }
    if (!re || lists.some((l) => !l.length)) return true;
    const present = new Set<string>();
    for (const m of text.matchAll(re)) present.add(m[0]);
    return lists.some((l) => l.every((x) => present.has(x)));
  }
}
