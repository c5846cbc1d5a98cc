// Multiset matching of findings by fingerprint. Within one fingerprint, occurrences at the same place
// (after following renames) pair first, then the rest pair in order; what is left over is new/removed.
import { sortFindings } from '../model/order.js';
import type { Finding } from '../types.js';

export interface Matched {
  /** Head findings without a base partner. */
  added: Finding[];
  /** Base findings without a head partner. */
  removed: Finding[];
}

export function matchFindings(base: Finding[], head: Finding[], oldPathOf: (headPath: string) => string): Matched {
  const baseBy = groupBy(base, (f) => f.fingerprint);
  const headBy = groupBy(head, (f) => f.fingerprint);
  const added: Finding[] = [];
  const removed: Finding[] = [];
  for (const [fp, hs] of headBy) {
    const bs = [...(baseBy.get(fp) ?? [])];
    const unpaired: Finding[] = [];
    for (const h of hs) {
      const i = bs.findIndex((b) => b.file === oldPathOf(h.file) && b.startLine === h.startLine);
      if (i >= 0) bs.splice(i, 1);
      else unpaired.push(h);
    }
    for (const h of unpaired) {
      // Prefer a partner in the same (renamed) file, so a move inside a file is not new.
      let i = bs.findIndex((b) => b.file === oldPathOf(h.file));
      if (i < 0) i = bs.length ? 0 : -1;
      if (i >= 0) bs.splice(i, 1);
      else added.push(h);
    }
    removed.push(...bs);
  }
  for (const [fp, bs] of baseBy) if (!headBy.has(fp)) removed.push(...bs);
  return { added: sortFindings(added), removed: sortFindings(removed) };
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Location order (src/model/order.ts), in place. */
export { sortFindings };
