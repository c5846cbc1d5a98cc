// Values joined over what a node reaches in a directed graph read lazily (the project's import graph:
// a module "may egress" when it or a module it imports, at any depth, passes the module filter; the
// pattern roots a module's names may start with are those written in it or in what it imports). One
// iterative Tarjan pass per query over what is not yet known: each node's answer is final when its
// strongly connected component closes, so every node is read once and the answer never depends on
// which node was asked first. Import cycles cost nothing extra (a recursion that refused to remember
// what it computed through a cycle took 28 s for one package `__init__.py` in a dense cycle of 430
// modules).

/** A node read once: its own value, and its edges (not followed when the value is already `top`). */
export interface Read<T> {
  value: T;
  edges: Iterable<string>;
}

/** Joins (commutative, associative, idempotent) of each node's value with all it reaches. */
export class Closure<T> {
  private known = new Map<string, T>();

  constructor(
    private readonly graph: (node: string) => Read<T>,
    private readonly join: (a: T, b: T) => T,
    /** A value no join can change: a node with it needs no edges read. */
    private readonly top: (v: T) => boolean = () => false,
  ) {}

  of(start: string): T {
    const done = this.known.get(start);
    if (done !== undefined) return done;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const value = new Map<string, T>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const frames: { node: string; it: Iterator<string> }[] = [];
    const add = (node: string, v: T) => value.set(node, this.join(value.get(node)!, v));
    const open = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.size - 1);
      stack.push(node);
      onStack.add(node);
      const read = this.graph(node);
      value.set(node, read.value);
      frames.push({ node, it: (this.top(read.value) ? [] : read.edges)[Symbol.iterator]() });
    };
    open(start);
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      const step = f.it.next();
      if (!step.done) {
        const next = step.value;
        const k = this.known.get(next);
        if (k !== undefined) add(f.node, k);
        else if (!index.has(next)) open(next);
        else if (onStack.has(next)) low.set(f.node, Math.min(low.get(f.node)!, index.get(next)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (low.get(f.node) === index.get(f.node)) {
        // A component closes: its value joins its members' and their successor components' (final).
        const members: string[] = [];
        let v: T | undefined;
        for (;;) {
          const m = stack.pop()!;
          onStack.delete(m);
          members.push(m);
          v = v === undefined ? value.get(m)! : this.join(v, value.get(m)!);
          if (m === f.node) break;
        }
        for (const m of members) this.known.set(m, v!);
        if (parent) add(parent.node, v!);
      } else if (parent) {
        low.set(parent.node, Math.min(low.get(parent.node)!, low.get(f.node)!));
        add(parent.node, value.get(f.node)!);
      }
    }
    return this.known.get(start)!;
  }
}

/** A node read once: `true` when it is marked (its edges are then not needed), else its edges. */
export type Graph = (node: string) => true | Iterable<string>;

/** Whether a node reaches a marked node (itself included). */
export class Reach {
  private closure: Closure<boolean>;

  constructor(graph: Graph) {
    this.closure = new Closure(
      (node) => {
        const read = graph(node);
        return read === true ? { value: true, edges: [] } : { value: false, edges: read };
      },
      (a, b) => a || b,
      (v) => v,
    );
  }

  reaches(start: string): boolean {
    return this.closure.of(start);
  }
}
