// Reachability of a marked node over a lazily read graph (the project index's "may this module hand
// its importers a client"): import cycles, order independence, each node read once.
import { Reach } from '../src/resolve/reach.js';

function graph(edges: Record<string, string[]>, marked: string[]) {
  const reads = new Map<string, number>();
  return {
    reads,
    g: (n: string): true | string[] => {
      reads.set(n, (reads.get(n) ?? 0) + 1);
      return marked.includes(n) || (edges[n] ?? []);
    },
  };
}

describe('Reach', () => {
  const edges = {
    a: ['b'],
    b: ['c', 'a'],
    c: ['a', 'd'],
    d: [],
    e: ['a'],
    f: ['g'],
    g: ['f'],
    h: ['f', 'm'],
    m: ['h'],
  };

  it('answers the same whatever node of a cycle is asked first', () => {
    const nodes = Object.keys(edges);
    const expected = { a: false, b: false, c: false, d: false, e: false, f: false, g: false, h: true, m: true };
    for (const first of nodes) {
      const { g } = graph(edges, ['m']);
      const r = new Reach(g);
      const order = [first, ...nodes.filter((n) => n !== first)];
      expect(Object.fromEntries(order.map((n) => [n, r.reaches(n)]))).toEqual(expected);
    }
  });

  it('finds a marked node through a cycle, and reads each node once', () => {
    const { g, reads } = graph(edges, ['d']);
    const r = new Reach(g);
    expect(['e', 'a', 'b', 'c', 'd', 'f'].map((n) => r.reaches(n))).toEqual([true, true, true, true, true, false]);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('stays linear on a dense cycle (every node imports every other)', () => {
    const n = 400;
    const names = Array.from({ length: n }, (_, i) => `m${i}`);
    const { g, reads } = graph(Object.fromEntries(names.map((x) => [x, names])), []);
    const r = new Reach(g);
    for (const x of names) expect(r.reaches(x)).toBe(false);
    expect(reads.size).toBe(n);
    expect([...reads.values()].every((k) => k === 1)).toBe(true);
  });
});
