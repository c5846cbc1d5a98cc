// What of a file's text can name something for the resolver, found by a small lexer (no parse):
// comments and string statements (docstrings) never do, so they are blanked; the other plain string
// literals are kept, with their offsets, because a name written only inside a string reaches the
// resolver through a few routes only (getattr, __import__, dict configs, the builtins namespace).
// f-strings are code (their fields are expressions) and are never blanked or listed.

export interface CodeText {
  /** The text with comments and docstrings replaced by spaces (same length, so offsets hold). */
  text: string;
  /** Start and end offsets of the plain string literals left in `text`, flat and in order. */
  strings: number[];
}

const NL = 10;
const HASH = 35;
const BACKSLASH = 92;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 13;
}

/** Whether `p` is a string prefix (none, `r`, `b`, `u`, `f`, `rb`, `fr`...) and if it makes an f-string. */
function prefixKind(p: string): 'f' | 'plain' | undefined {
  const w = p.toLowerCase();
  if (!['', 'r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf'].includes(w)) return undefined;
  return w.includes('f') ? 'f' : 'plain';
}

// What ends a string, per quote and form; a backslash escapes the next character in every form.
const ENDS: Record<string, RegExp> = {
  "'": /[\\'\n]/g,
  '"': /[\\"\n]/g,
  "'''": /\\|'''/g,
  '"""': /\\|"""/g,
};

/**
 * Where the string literal opened at `q` ends (after its closing quote). A single-quoted string ends
 * at a line break when unclosed; `closed` is false then, and for an unclosed triple-quoted string.
 */
function stringEnd(text: string, q: number): { end: number; closed: boolean } {
  const quote = text[q]!;
  const triple = text[q + 1] === quote && text[q + 2] === quote;
  const re = ENDS[triple ? quote.repeat(3) : quote]!;
  re.lastIndex = q + (triple ? 3 : 1);
  for (;;) {
    const m = re.exec(text);
    if (!m) return { end: text.length, closed: false };
    if (m[0] === '\\') re.lastIndex = m.index + 2;
    else if (m[0] === '\n') return { end: m.index, closed: false };
    else return { end: m.index + m[0].length, closed: true };
  }
}

/** Whether only blanks stand between `i` and the end of the logical line (a comment, `;` or EOF ends it). */
function endsStatement(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === NL || c === HASH || c === 59; // ';'
}

/** Whether only blanks stand between `from` and `to`. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!isBlank(text.charCodeAt(j))) return false;
  return true;
}

// The characters that change the lexer's state; what lies between them is code, copied as it is.
const SPECIAL = /[#'"\\()[\]{}\n]/g;
const PREFIX_LETTER = /[rRbBuUfF]/;

export function codeText(text: string): CodeText {
  const parts: string[] = [];
  const strings: number[] = [];
  let copied = 0;
  const blank = (s: number, e: number) => {
    parts.push(text.slice(copied, s), ' '.repeat(e - s));
    copied = e;
  };
  let depth = 0;
  // Where the current logical line starts (after a line break outside brackets, not continued).
  let lineStart = 0;
  const re = new RegExp(SPECIAL.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (depth === 0) lineStart = i + 1;
    } else if (c === HASH) {
      const e = text.indexOf('\n', i);
      blank(i, e < 0 ? text.length : e);
      re.lastIndex = e < 0 ? text.length : e;
    } else if (c === BACKSLASH) {
      // A continued line goes on with the same logical line.
      re.lastIndex = i + (text.charCodeAt(i + 1) === 13 ? 3 : 2);
    } else if (c === 34 || c === 39) {
      // The prefix: up to two letters right before the quote that do not end a longer word.
      let p = i;
      while (p > i - 2 && p > 0 && PREFIX_LETTER.test(text[p - 1]!)) p--;
      if (p > 0 && isWordChar(text.charCodeAt(p - 1))) p = i;
      const kind = prefixKind(text.slice(p, i)) ?? 'plain';
      const { end, closed } = stringEnd(text, i);
      if (kind === 'plain') {
        // A string that is a whole statement at the start of a logical line is a docstring: no value.
        if (closed && depth === 0 && blankBetween(text, lineStart, p) && endsStatement(text, end)) blank(p, end);
        else strings.push(p, end);
      }
      re.lastIndex = end;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if (depth > 0) depth--;
  }
  if (!copied) return { text, strings };
  parts.push(text.slice(copied));
  return { text: parts.join(''), strings };
}

/** The index in `strings` of the literal containing offset `at` (binary search), or -1. */
export function stringAt(strings: readonly number[], at: number): number {
  let lo = 0;
  let hi = strings.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < strings[2 * mid]!) hi = mid - 1;
    else if (at >= strings[2 * mid + 1]!) lo = mid + 1;
    else return 2 * mid;
  }
  return -1;
}

/** Whether offset `at` lies inside one of the listed string literals. */
export function inString(strings: readonly number[], at: number): boolean {
  return stringAt(strings, at) >= 0;
}
