// Which scanned files some module imports: only their trees are worth keeping in the project index
// after their own analysis (a file nobody imports is never looked up again, so its tree is freed at
// once; that bounds a full scan's memory by the modules that are shared, not by the files scanned).
import type { ClosureDigests } from './cache-key.js';

/**
 * The project files the given files import directly (with package `__init__` chains and literal dynamic
 * imports), from the import graph the cache keys use (its edges are read once for both).
 */
export function importedFiles(paths: readonly string[], graph: ClosureDigests): Set<string> {
  const out = new Set<string>();
  for (const p of paths) for (const q of graph.importsOf(p)) out.add(q);
  return out;
}
