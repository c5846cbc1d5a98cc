// Python slicing on constant text and sequences: `s[::-1]`, `s[2:9]`, `parts[1:]`.
import type { SyntaxNode } from '../parse/parser.js';
import type { Value } from './value.js';

export interface SliceBounds {
  start?: number;
  stop?: number;
  step: number;
}

/** The constant bounds of a `slice` node (`a:b:c`, each part optional), or undefined when one is not constant. */
export function sliceBounds(node: SyntaxNode, evaluate: (n: SyntaxNode) => Value): SliceBounds | undefined {
  // tree-sitter gives the parts and the colons as children in order: [start] ':' [stop] [':' [step]].
  const parts: (number | undefined)[] = [undefined];
  for (const c of node.children) {
    if (!c) continue;
    if (c.type === ':') {
      parts.push(undefined);
      continue;
    }
    const v = evaluate(c);
    if (v.kind !== 'number' && v.kind !== 'none') return undefined;
    parts[parts.length - 1] = v.kind === 'number' ? v.n : undefined;
  }
  const step = parts[2] ?? 1;
  if (step === 0 || !Number.isInteger(step)) return undefined;
  return { start: parts[0], stop: parts[1], step };
}

/** Indices a slice selects from a sequence of `len` items, as Python computes them. */
export function sliceIndices(len: number, b: SliceBounds): number[] {
  const norm = (i: number | undefined, dflt: number, lo: number, hi: number) => {
    if (i === undefined) return dflt;
    const j = i < 0 ? i + len : i;
    return Math.min(Math.max(j, lo), hi);
  };
  const out: number[] = [];
  if (b.step > 0) {
    const start = norm(b.start, 0, 0, len);
    const stop = norm(b.stop, len, 0, len);
    for (let i = start; i < stop; i += b.step) out.push(i);
  } else {
    const start = norm(b.start, len - 1, -1, len - 1);
    const stop = norm(b.stop, -1, -1, len - 1);
    for (let i = start; i > stop; i += b.step) out.push(i);
  }
  return out;
}

export function sliceOf(s: string, b: SliceBounds): string {
  if (b.step === 1) {
    const idx = sliceIndices(s.length, { ...b, step: 1 });
    return idx.length ? s.slice(idx[0], idx[idx.length - 1]! + 1) : '';
  }
  if (b.step === -1 && b.start === undefined && b.stop === undefined) return [...s].reverse().join('');
  return sliceIndices(s.length, b)
    .map((i) => s[i])
    .join('');
}

/** A Python index into a sequence of `len` items (negative from the end), or undefined when out of range. */
export function indexOf(len: number, i: number): number | undefined {
  const j = i < 0 ? i + len : i;
  return Number.isInteger(j) && j >= 0 && j < len ? j : undefined;
}
