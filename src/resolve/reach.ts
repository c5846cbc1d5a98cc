// Whether a node of a directed graph reaches a marked node (itself included), for graphs read lazily
// (the project's import graph: a module "may egress" when it or a module it imports, at any depth,
// passes the module filter). One iterative Tarjan pass per query over what is not yet known: each
// node's answer is final when its strongly connected component closes, so every node is read once
// and the answer never depends on which node was asked first. Import cycles cost nothing extra (a
// recursion that refused to remember what it computed through a cycle took 28 s for one package
// `__init__.py` in a dense cycle of 430 modules).

/** A node read once: `true` when it is marked (its edges are then not needed), else its edges. */
export type Graph = (node: string) => true | Iterable<string>;

export class Reach {
  private known = new Map<string, boolean>();

  constructor(private readonly graph: Graph) {}

  reaches(start: string): boolean {
    const done = this.known.get(start);
    if (done !== undefined) return done;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const value = new Map<string, boolean>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const frames: { node: string; it: Iterator<string> }[] = [];
    const open = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.size - 1);
      stack.push(node);
      onStack.add(node);
      const read = this.graph(node);
      value.set(node, read === true);
      frames.push({ node, it: (read === true ? [] : read)[Symbol.iterator]() });
    };
    open(start);
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      const step = f.it.next();
      if (!step.done) {
        const next = step.value;
        const k = this.known.get(next);
        if (k !== undefined) {
          if (k) value.set(f.node, true);
        } else if (!index.has(next)) open(next);
        else if (onStack.has(next)) low.set(f.node, Math.min(low.get(f.node)!, index.get(next)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (low.get(f.node) === index.get(f.node)) {
        // A component closes: its answer is any member's, or any successor component's (already final).
        const members: string[] = [];
        let v = false;
        for (;;) {
          const m = stack.pop()!;
          onStack.delete(m);
          members.push(m);
          v ||= value.get(m)!;
          if (m === f.node) break;
        }
        for (const m of members) this.known.set(m, v);
        if (parent && v) value.set(parent.node, true);
      } else if (parent) {
        low.set(parent.node, Math.min(low.get(parent.node)!, low.get(f.node)!));
        if (value.get(f.node)) value.set(parent.node, true);
      }
    }
    return this.known.get(start)!;
  }
}
