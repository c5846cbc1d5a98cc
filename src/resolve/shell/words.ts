// Shell words with holes: the text of one argument, where HOLE marks each part that is not constant
// (an f-string field, a variable, a command substitution). `holes[i]` says what the i-th HOLE is when
// the caller knows (a resolver value); a hole the shell itself made (`$(...)`, `$VAR`) is undefined.
import { HOLE } from '../value.js';

export { HOLE };

export interface Word<H = unknown> {
  text: string;
  holes: (H | undefined)[];
}

/** Limits that keep hostile commands (1 MB strings, 10,000 nested `$(`) bounded in time and memory. */
export const LIMITS = {
  /** Shell-in-shell nesting (`sh -c`, `$(…)`, `cmd /c`, `powershell -enc`) followed before giving up. */
  depth: 8,
  /** Simple commands kept from one command string (all nesting levels together). */
  commands: 2000,
  /** Words kept per simple command. */
  words: 1000,
} as const;

/** A shared counter of simple commands produced, so nesting cannot multiply the output. */
export interface Budget {
  commands: number;
}

export function word<H>(text: string, holes: (H | undefined)[] = []): Word<H> {
  return { text, holes };
}

/** The word is (partly) built from data. */
export function hasHoles(w: Word): boolean {
  return w.text.includes(HOLE);
}

/** Words joined with spaces (how `cmd /c a b` and `powershell -Command a b` see the rest of their argv). */
export function joinWords<H>(words: readonly Word<H>[]): Word<H> {
  return { text: words.map((w) => w.text).join(' '), holes: words.flatMap((w) => w.holes) };
}

/** The holes that fall in text[from, to) of a word (HOLE characters are matched to holes in order). */
export function holesIn<H>(w: Word<H>, from: number, to: number): (H | undefined)[] {
  const before = countHoles(w.text, 0, from);
  return w.holes.slice(before, before + countHoles(w.text, from, to));
}

/** HOLE characters in text[from, to): linear in the range only (indexOf would scan to the end each time). */
export function countHoles(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from), end = Math.min(to, text.length); i < end; i++) if (text.charCodeAt(i) === 0) n++;
  return n;
}

/** A slice of a word, with its holes. */
export function sliceWord<H>(w: Word<H>, from: number, to = w.text.length): Word<H> {
  return { text: w.text.slice(from, to), holes: holesIn(w, from, to) };
}

/** The program name a word names: basename, lower-case, no `.exe`, no version suffix (`pip3.11` is pip). */
export function toolName(w: Word | undefined): string | undefined {
  if (!w || !w.text || hasHoles(w)) return undefined;
  const base = w.text
    .replace(/^.*[\\/]/, '')
    .toLowerCase()
    .replace(/\.(exe|cmd|bat|com)$/, '');
  return base.replace(/(?<=[a-z])\d+(\.\d+)*$/, '') || base;
}
