// What of a file's text can name something for the resolver, found by a small lexer (no parse):
// comments and string statements (docstrings) never do, so they are blanked; the other plain string
// literals are kept, with their offsets, because a name written only inside a string reaches the
// resolver through a few routes only (getattr, __import__, dict configs, the builtins namespace).
// f-strings are code (their fields are expressions) and are never blanked or listed.

export interface CodeText {
  /** The text with comments and docstrings replaced by spaces (same length, line breaks kept). */
  text: string;
  /** Start and end offsets of the plain string literals left in `text`, flat and in order. */
  strings: number[];
}

const NL = 10;
const CR = 13;
const HASH = 35;
const BACKSLASH = 92;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === CR;
}

/** A string prefix (`r`, `b`, `u`, `f`, `rb`, `fr`...); undefined when `word` is not one. */
function prefixKind(word: string): 'f' | 'plain' | undefined {
  if (word.length > 2 || !/^[rRbBuUfF]+$/.test(word)) return undefined;
  const w = word.toLowerCase();
  if (!['r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf'].includes(w)) return undefined;
  return w.includes('f') ? 'f' : 'plain';
}

/**
 * Where the string literal opened at `q` ends (after its closing quote). A single-quoted string ends
 * at a line break when unclosed; `closed` is false then, and for an unclosed triple-quoted string.
 */
function stringEnd(text: string, q: number): { end: number; closed: boolean } {
  const quote = text.charCodeAt(q);
  const n = text.length;
  const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
  let i = q + (triple ? 3 : 1);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === quote) {
      if (!triple) return { end: i + 1, closed: true };
      if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) return { end: i + 3, closed: true };
      i++;
    } else if (c === NL && !triple) return { end: i, closed: false };
    else i++;
  }
  return { end: n, closed: false };
}

/** Whether only blanks stand between `i` and the end of the logical line (a comment, `;` or EOF ends it). */
function endsStatement(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === NL || c === HASH || c === 59; // ';'
}

export function codeText(text: string): CodeText {
  const n = text.length;
  const parts: string[] = [];
  const strings: number[] = [];
  let copied = 0;
  const blank = (s: number, e: number) => {
    parts.push(text.slice(copied, s), text.slice(s, e).replace(/[^\n]/g, ' '));
    copied = e;
  };
  let depth = 0;
  // At the start of a logical line: only blanks since the last line break outside brackets.
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (depth === 0) lineStart = true;
      i++;
    } else if (isBlank(c)) i++;
    else if (c === HASH) {
      const e = text.indexOf('\n', i);
      blank(i, e < 0 ? n : e);
      i = e < 0 ? n : e;
    } else if (c === BACKSLASH) {
      // A continued line goes on with the same logical line.
      i += text.charCodeAt(i + 1) === CR ? 3 : 2;
    } else if (c === 34 || c === 39 || isWordChar(c)) {
      let q = i;
      let kind: 'f' | 'plain' | undefined = 'plain';
      if (c !== 34 && c !== 39) {
        let j = i;
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        const next = text.charCodeAt(j);
        kind = next === 34 || next === 39 ? prefixKind(text.slice(i, j)) : undefined;
        if (!kind) {
          lineStart = false;
          i = j;
          continue;
        }
        q = j;
      }
      const { end, closed } = stringEnd(text, q);
      if (kind === 'plain') {
        // A string that is a whole statement at the top of a logical line is a docstring: no value.
        if (closed && depth === 0 && lineStart && endsStatement(text, end)) blank(i, end);
        else strings.push(i, end);
      }
      lineStart = false;
      i = end;
    } else {
      if (c === 40 || c === 91 || c === 123) depth++;
      else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
      lineStart = false;
      i++;
    }
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
