// Parents of a locked package: the shortest chain from a direct requirement down to the package that
// needs it (`langchain → langsmith`), from the lock file's dependency graph.
import type { LockedPackage } from './types.js';

/**
 * `via` for `target`: the chain from the nearest direct requirement to the target's parent, or the
 * immediate parents when no direct requirement is known to reach it (Pipfile.lock has no graph: []).
 */
export function viaChain(locked: LockedPackage[], target: string, direct: ReadonlySet<string>): string[] {
  const parents = new Map<string, string[]>();
  for (const p of locked)
    for (const d of p.dependencies) {
      const list = parents.get(d) ?? [];
      list.push(p.name);
      parents.set(d, list);
    }
  // Breadth-first upwards: the first direct requirement reached is the nearest.
  const prev = new Map<string, string>();
  const queue = [target];
  const seen = new Set([target]);
  while (queue.length) {
    const n = queue.shift()!;
    for (const p of [...(parents.get(n) ?? [])].sort()) {
      if (seen.has(p)) continue;
      seen.add(p);
      prev.set(p, n);
      if (direct.has(p)) {
        const chain = [p];
        for (let c = prev.get(p); c && c !== target; c = prev.get(c)) chain.push(c);
        return chain;
      }
      queue.push(p);
    }
  }
  return [...new Set(parents.get(target) ?? [])].sort().slice(0, 3);
}
