// A PowerShell script split into commands: statements (`;`, newlines, `|`, parentheses and script
// blocks), PowerShell quoting ('…' with '' inside, "…" with backtick escapes and `$var` / `$(…)`
// holes), `$x = 'literal'` remembered for later `$x`, `$r = cmd` and the `&` call operator stripped,
// cmdlet names and parameters lower-cased (PowerShell ignores their case). .NET calls that send are
// written as commands too: `(New-Object Net.WebClient).DownloadString('u')` is the command
// `webclient.downloadstring u`, `New-Object Net.Sockets.TcpClient('h', 4444)` is `tcpclient h 4444`,
// `[Net.WebRequest]::Create('u')` is `webrequest.create u`.
import type { SimpleCommand } from './sh.js';
import type { Budget, Word } from './words.js';
import { countHoles, HOLE, LIMITS } from './words.js';

const DOTNET =
  /(webclient)\s*\)?\s*\.\s*(download(?:file|string|data)|upload(?:file|string|data|values)|openread|openwrite)(?:async|taskasync)?\s*\(|(?:\$[\w:]+|\u0000)\s*\.\s*(download(?:file|string|data)|upload(?:file|string|data|values)|openread|openwrite)(?:async|taskasync)?\s*\(|(sockets\.tcpclient|sockets\.udpclient)\s*\(?\s*\(|(webrequest|httpwebrequest)\]?\s*::\s*create\s*\(/gi;
const MAX_DOTNET = 64;
const PLAIN = /[^\0 \t\r\n,;|(){}=#<'"`$]+/y;

export function parsePowerShell<H>(
  text: string,
  holes: readonly (H | undefined)[],
  depth: number,
  budget: Budget,
): SimpleCommand<H>[] {
  const out: SimpleCommand<H>[] = [];
  new PsParser(text, holes, depth, budget, out).run();
  if (/webclient|tcpclient|udpclient|webrequest/i.test(text)) dotnetCalls(text, holes, depth, budget, out);
  return out;
}

/** `.DownloadString(...)` on a WebClient (or a `$variable`, when the script makes a WebClient). */
function dotnetCalls<H>(
  text: string,
  holes: readonly (H | undefined)[],
  depth: number,
  budget: Budget,
  out: SimpleCommand<H>[],
): void {
  const webclient = /webclient/i.test(text);
  let n = 0;
  for (const m of text.matchAll(DOTNET)) {
    if (++n > MAX_DOTNET || budget.commands >= LIMITS.commands) break;
    const tool = m[2]
      ? `webclient.${m[2]}`
      : m[3] && webclient
        ? `webclient.${m[3]}`
        : m[4]
          ? m[4].replace(/^sockets\./i, '')
          : m[5]
            ? 'webrequest.create'
            : undefined;
    if (!tool) continue;
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    const argsText = text.slice(open + 1, close);
    const first = countHoles(text, 0, open + 1);
    const argHoles = holes.slice(first, first + countHoles(argsText, 0, argsText.length));
    const args = new PsParser(argsText, argHoles, depth, { commands: 0 }, []).words1();
    budget.commands++;
    out.push({ words: [{ text: tool.toLowerCase(), holes: [] }, ...args], dialect: 'powershell', depth });
  }
}

function closingParen(t: string, open: number): number {
  let d = 0;
  for (let i = open; i < t.length; i++) {
    const c = t[i];
    if (c === "'" || c === '"') {
      const e = t.indexOf(c, i + 1);
      i = e < 0 ? t.length : e;
    } else if (c === '(') d++;
    else if (c === ')' && --d === 0) return i;
  }
  return t.length;
}

class PsParser<H> {
  private i = 0;
  private hole = 0;
  private words: Word<H>[] = [];
  private cur: Word<H> | undefined;
  private vars = new Map<string, Word<H>>();

  constructor(
    private readonly text: string,
    private readonly holes: readonly (H | undefined)[],
    private readonly depth: number,
    private readonly budget: Budget,
    private readonly out: SimpleCommand<H>[],
  ) {}

  /** The words of a text that is one argument list (`'u', 'path'`). */
  words1(): Word<H>[] {
    this.run(false);
    this.endWord();
    return this.words;
  }

  run(commands = true): void {
    const t = this.text;
    while (this.i < t.length && this.budget.commands < LIMITS.commands) {
      const c = t[this.i]!;
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === ',') {
        this.endWord();
        this.i++;
      } else if (commands && '\n;|(){}'.includes(c)) {
        this.endCommand();
        this.i++;
      } else if (c === '=' && commands && !this.words.length && /^\$[\w:]+$/.test(this.cur?.text ?? '')) {
        this.endWord();
        this.words.push({ text: '=', holes: [] });
        this.i++;
      } else if (c === '#' && !this.cur) {
        const nl = t.indexOf('\n', this.i);
        this.skipTo(nl < 0 ? t.length : nl);
      } else if (c === '<' && t[this.i + 1] === '#') {
        const e = t.indexOf('#>', this.i + 2);
        this.skipTo(e < 0 ? t.length : e + 2);
      } else if (c === "'") {
        this.single();
      } else if (c === '"') {
        this.double();
      } else if (c === '`') {
        if (t[this.i + 1] !== '\n') this.literal(this.i + 1, Math.min(this.i + 2, t.length));
        this.i += 2;
      } else if (c === '$' && (this.cur || this.words.length || !commands)) {
        this.dollar();
      } else {
        PLAIN.lastIndex = this.i;
        const len = PLAIN.exec(t)?.[0].length ?? 1;
        this.append(t.slice(this.i, this.i + len));
        this.i += len;
      }
    }
    if (commands) this.endCommand();
  }

  private append(s: string, hole?: H): void {
    this.cur ??= { text: '', holes: [] };
    this.cur.text += s;
    if (s === HOLE) this.cur.holes.push(hole);
  }

  private literal(from: number, to: number): void {
    this.cur ??= { text: '', holes: [] };
    this.cur.text += this.text.slice(from, to);
    const n = countHoles(this.text, from, to);
    for (let k = 0; k < n; k++) this.cur.holes.push(this.holes[this.hole++]);
  }

  private skipTo(to: number): void {
    this.hole += countHoles(this.text, this.i, to);
    this.i = to;
  }

  private single(): void {
    const t = this.text;
    this.cur ??= { text: '', holes: [] };
    let i = this.i + 1;
    for (;;) {
      const e = t.indexOf("'", i);
      if (e < 0) {
        this.literal(i, t.length);
        this.i = t.length;
        return;
      }
      this.literal(i, e);
      if (t[e + 1] !== "'") {
        this.i = e + 1;
        return;
      }
      this.append("'");
      i = e + 2;
    }
  }

  private double(): void {
    const t = this.text;
    this.cur ??= { text: '', holes: [] };
    this.i++;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === '"' && t[this.i + 1] === '"') {
        this.append('"');
        this.i += 2;
      } else if (c === '"') {
        this.i++;
        return;
      } else if (c === '`') {
        this.literal(this.i + 1, Math.min(this.i + 2, t.length));
        this.i += 2;
      } else if (c === '$') this.dollar();
      else if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else {
        this.append(c);
        this.i++;
      }
    }
  }

  /** `$(…)` runs its statements (a hole here); `$name` / `${name}`: a remembered literal, else a hole. */
  private dollar(): void {
    const t = this.text;
    if (t[this.i + 1] === '(') {
      const end = closingParen(t, this.i + 1);
      const inner = t.slice(this.i + 2, end);
      const n = countHoles(inner, 0, inner.length);
      const holes = this.holes.slice(this.hole, this.hole + n);
      this.hole += n;
      if (this.depth + 1 < LIMITS.depth) this.out.push(...parsePowerShell(inner, holes, this.depth + 1, this.budget));
      this.append(HOLE, undefined);
      this.i = Math.min(end + 1, t.length);
      return;
    }
    const m = /^\{([^}]{0,64})\}|^[\w:]{1,64}/.exec(t.slice(this.i + 1, this.i + 67));
    if (!m) {
      this.append('$');
      this.i++;
      return;
    }
    const name = (m[1] ?? m[0]).toLowerCase();
    const v = this.vars.get(name);
    if (v) {
      this.cur ??= { text: '', holes: [] };
      this.cur.text += v.text;
      this.cur.holes.push(...v.holes);
    } else this.append(HOLE, undefined);
    this.skipTo(this.i + 1 + m[0].length);
  }

  private endWord(): void {
    if (this.cur && this.words.length < LIMITS.words) this.words.push(this.cur);
    this.cur = undefined;
  }

  private endCommand(): void {
    this.endWord();
    let w = this.words;
    this.words = [];
    // `$u = 'https://x'` is remembered; `$r = iwr u` runs `iwr u`.
    if (w.length >= 2 && w[1]!.text === '=' && /^\$[\w:]+$/.test(w[0]!.text)) {
      const name = w[0]!.text.slice(1).toLowerCase();
      if (w.length === 3) this.vars.set(name, w[2]!);
      w = w.slice(2);
    }
    while (w.length && (w[0]!.text === '&' || w[0]!.text === '.')) w = w.slice(1);
    if (!w.length || this.budget.commands >= LIMITS.commands) return;
    this.budget.commands++;
    // Cmdlet names and parameters are case-insensitive: lower-case them once here.
    const words = w.map((x, k) => (k === 0 || /^-[A-Za-z]/.test(x.text) ? { ...x, text: x.text.toLowerCase() } : x));
    this.out.push({ words, dialect: 'powershell', depth: this.depth });
  }
}
