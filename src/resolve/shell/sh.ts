// A POSIX sh (and Windows cmd) command string split into simple commands, the way the shell would:
// quotes and escapes, `;` `&&` `||` `|` `&` and newlines, `$(…)` and backticks (their commands are
// parsed too, and their output is a hole), `$VAR` expanded from assignments earlier in the string,
// redirections and here-documents dropped, leading `A=1` assignments removed. One pass over the text,
// never throws: an unbalanced quote runs to the end, nesting deeper than LIMITS.depth is not parsed.
import type { Budget, Word } from './words.js';
import { countHoles, HOLE, LIMITS } from './words.js';

export type Dialect = 'sh' | 'cmd' | 'powershell';

export interface SimpleCommand<H> {
  words: Word<H>[];
  dialect: Dialect;
  /** Shell nesting level: 0 for the command itself, +1 inside each `sh -c`, `$(…)`, `cmd /c`. */
  depth: number;
}

export interface ShOptions {
  dialect: 'sh' | 'cmd';
  /** false: split words only, operators are plain text (`shlex.split`). */
  operators?: boolean;
  depth?: number;
  budget?: Budget;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Runs of characters with no meaning to sh (or to cmd), taken in one step. */
const PLAIN_SH = /[^\0 \t\r\n;&|()<>#'"\\$`]+/y;
const PLAIN_CMD = /[^\0 \t\r\n&|()<>"^]+/y;

/** Simple commands of a command string; HOLE characters in `text` are matched to `holes` in order. */
export function parseSh<H>(text: string, holes: readonly (H | undefined)[], o: ShOptions): SimpleCommand<H>[] {
  const out: SimpleCommand<H>[] = [];
  new ShParser(text, holes, o, out).run();
  return out;
}

class ShParser<H> {
  private i = 0;
  private hole = 0;
  private words: Word<H>[] = [];
  private cur: Word<H> | undefined;
  private redirect = false;
  private heredocs: { delim: string; strip: boolean }[] = [];
  private heredocNext = false;
  private vars = new Map<string, Word<H>>();
  private readonly sh: boolean;
  private readonly ops: boolean;
  private readonly depth: number;
  private readonly budget: Budget;

  constructor(
    private readonly text: string,
    private readonly holes: readonly (H | undefined)[],
    o: ShOptions,
    private readonly out: SimpleCommand<H>[],
  ) {
    this.sh = o.dialect === 'sh';
    this.ops = o.operators !== false;
    this.depth = o.depth ?? 0;
    this.budget = o.budget ?? { commands: 0 };
  }

  run(): void {
    const t = this.text;
    while (this.i < t.length && this.budget.commands < LIMITS.commands) {
      const c = t[this.i]!;
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.endWord();
        this.i++;
      } else if (c === '\n') {
        this.endCommand();
        this.i++;
        this.skipHeredocs();
      } else if (this.ops && !this.sh && (c === '(' || c === ')') && !this.cur && !this.words.length) {
        this.i++; // cmd groups: `(curl x & y)`; elsewhere a parenthesis is text to cmd
      } else if (this.ops && (c === '&' || c === '|' || (this.sh && (c === ';' || c === '(' || c === ')')))) {
        if (c === '&' && t[this.i + 1] === '>') this.redirection();
        else {
          this.endCommand();
          this.i++;
        }
      } else if (this.ops && (c === '<' || c === '>')) {
        this.redirection();
      } else if (this.sh && c === '#' && !this.cur) {
        this.skipTo(t.indexOf('\n', this.i) < 0 ? t.length : t.indexOf('\n', this.i));
      } else if (this.sh && c === "'") {
        this.start();
        const end = t.indexOf("'", this.i + 1);
        this.literal(this.i + 1, end < 0 ? t.length : end);
        this.i = end < 0 ? t.length : end + 1;
      } else if (c === '"') {
        this.start();
        this.doubleQuoted();
      } else if (this.sh && c === '\\') {
        if (t[this.i + 1] === '\n') this.i += 2;
        else this.literal(this.i + 1, Math.min(this.i + 2, t.length), (this.i += 2));
      } else if (!this.sh && c === '^') {
        this.literal(this.i + 1, Math.min(this.i + 2, t.length), (this.i += 2));
      } else if (this.sh && c === '$') {
        this.dollar();
      } else if (this.sh && c === '`') {
        this.backtick();
      } else {
        // A run of plain characters at once (a 1 MB word is one append, not a million).
        const plain = this.sh ? PLAIN_SH : PLAIN_CMD;
        plain.lastIndex = this.i;
        const run = plain.exec(t);
        const len = run ? run[0].length : 1;
        this.append(t.slice(this.i, this.i + len));
        this.i += len;
      }
    }
    this.endCommand();
  }

  private start(): void {
    this.cur ??= { text: '', holes: [] };
  }

  private append(s: string, hole?: H): void {
    this.start();
    this.cur!.text += s;
    if (s === HOLE) this.cur!.holes.push(hole);
  }

  /** text[from, to) as literal characters (holes inside still map to their values). */
  private literal(from: number, to: number, next?: number): void {
    this.start();
    const piece = this.text.slice(from, to);
    this.cur!.text += piece;
    const n = countHoles(this.text, from, to);
    for (let k = 0; k < n; k++) this.cur!.holes.push(this.holes[this.hole++]);
    if (next !== undefined) this.i = next;
  }

  /** Skip text up to `to`, keeping hole numbering in step. */
  private skipTo(to: number): void {
    this.hole += countHoles(this.text, this.i, to);
    this.i = to;
  }

  private doubleQuoted(): void {
    const t = this.text;
    this.i++;
    while (this.i < t.length && t[this.i] !== '"') {
      const c = t[this.i]!;
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (this.sh && c === '\\' && '$`"\\\n'.includes(t[this.i + 1] ?? '')) {
        if (t[this.i + 1] !== '\n') this.append(t[this.i + 1]!);
        this.i += 2;
      } else if (this.sh && c === '$') this.dollar();
      else if (this.sh && c === '`') this.backtick();
      else {
        this.append(c);
        this.i++;
      }
    }
    this.i++;
  }

  /** `$(…)`, `$((…))`, `${NAME}`, `$NAME`, `$1`, `$?`: a known variable is expanded, the rest are holes. */
  private dollar(): void {
    const t = this.text;
    const next = t[this.i + 1];
    if (next === '(') {
      const end = matchingParen(t, this.i + 1);
      this.substitution(this.i + 2, end);
      this.i = Math.min(end + 1, t.length);
      return;
    }
    if (next === '{') {
      const close = t.indexOf('}', this.i + 2);
      const end = close < 0 ? t.length : close;
      this.expand(t.slice(this.i + 2, end));
      this.skipTo(Math.min(end + 1, t.length));
      return;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(t.slice(this.i + 1, this.i + 65));
    if (!m) {
      this.append('$');
      this.i++;
      return;
    }
    this.expand(m[0]);
    this.i += 1 + m[0].length;
  }

  private expand(name: string): void {
    const v = NAME.test(name) ? this.vars.get(name) : undefined;
    if (v) {
      this.start();
      this.cur!.text += v.text;
      this.cur!.holes.push(...v.holes);
    } else this.append(HOLE, undefined);
  }

  private backtick(): void {
    const t = this.text;
    let end = this.i + 1;
    while (end < t.length && t[end] !== '`') end += t[end] === '\\' ? 2 : 1;
    this.substitution(this.i + 1, Math.min(end, t.length));
    this.i = Math.min(end + 1, t.length);
  }

  /** The commands inside text[from, to) run too; their output is a hole in the current word. */
  private substitution(from: number, to: number): void {
    const inner = this.text.slice(from, to);
    const n = countHoles(this.text, from, to);
    const holes = this.holes.slice(this.hole, this.hole + n);
    this.hole += n;
    if (this.depth + 1 < LIMITS.depth && inner.trim()) {
      const opts = { dialect: 'sh' as const, depth: this.depth + 1, budget: this.budget };
      this.out.push(...parseSh(inner, holes, opts));
    }
    this.append(HOLE, undefined);
  }

  /** `>f`, `2>&1`, `<f`, `>>f`, `&>f`, `<<EOF` (its body is skipped at the next newline), `<<<word`. */
  private redirection(): void {
    const t = this.text;
    if (this.cur && /^\d+$/.test(this.cur.text))
      this.cur = undefined; // the fd number of `2>`
    else this.endWord();
    const m = /^(<<<|<<-|<<|&>>|&>|>>|>&|<&|<>|>\||>|<)/.exec(t.slice(this.i, this.i + 3))!;
    this.i += m[0].length;
    if (m[0] === '>&' || m[0] === '<&') {
      const fd = /^\s*(\d+|-)/.exec(t.slice(this.i, this.i + 8));
      if (fd) {
        this.i += fd[0].length;
        return;
      }
    }
    this.redirect = true;
    this.heredocNext = m[0] === '<<' || m[0] === '<<-';
    if (this.heredocNext) this.heredocs.push({ delim: '', strip: m[0] === '<<-' });
  }

  private skipHeredocs(): void {
    const t = this.text;
    for (const h of this.heredocs.splice(0)) {
      if (!h.delim) continue;
      while (this.i < t.length) {
        const nl = t.indexOf('\n', this.i);
        const end = nl < 0 ? t.length : nl;
        const line = t.slice(this.i, end);
        this.skipTo(Math.min(end + 1, t.length));
        if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) break;
      }
    }
  }

  private endWord(): void {
    const w = this.cur;
    this.cur = undefined;
    if (!w) return;
    if (this.redirect) {
      this.redirect = false;
      if (this.heredocNext) this.heredocs[this.heredocs.length - 1]!.delim = w.text;
      this.heredocNext = false;
      return;
    }
    const eq = w.text.indexOf('=');
    if (this.sh && this.ops && !this.words.length && eq > 0 && NAME.test(w.text.slice(0, eq))) {
      // `A=1 cmd` or `URL=https://x; curl $URL`: remembered for later `$URL`, not a word.
      this.vars.set(w.text.slice(0, eq), { text: w.text.slice(eq + 1), holes: w.holes });
      return;
    }
    if (this.words.length < LIMITS.words) this.words.push(w);
  }

  private endCommand(): void {
    this.endWord();
    if (this.words.length && this.budget.commands < LIMITS.commands) {
      this.budget.commands++;
      this.out.push({ words: this.words, dialect: this.sh ? 'sh' : 'cmd', depth: this.depth });
    }
    this.words = [];
  }
}

/** Index of the `)` closing the `(` at `open` (quotes and escapes skipped), or the text length. */
function matchingParen(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const e = t.indexOf("'", i + 1);
      i = e < 0 ? t.length : e;
    } else if (c === '"') {
      let e = i + 1;
      while (e < t.length && t[e] !== '"') e += t[e] === '\\' ? 2 : 1;
      i = e;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return t.length;
}
