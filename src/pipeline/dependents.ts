// The reverse of the import graph, read only as far as a pull request needs: the unchanged files that
// import a changed module (directly, or through a module that imports it), so a constant, factory or
// wrapper changed in module A moves the findings of module B that uses it.
import type { Snapshot } from '../diff/types.js';
import { importedPaths } from '../resolve/import-scan.js';
import { listedExists, ModuleMap } from '../resolve/modules.js';
import { decodeSource } from '../scan/decode.js';

/** Levels of indirection followed (B imports A, C imports B...) and files added at most. */
const MAX_LEVELS = 3;
const MAX_DEPENDENTS = 200;
const MAX_CANDIDATES = 2000;

export interface Dependents {
  paths: string[];
  /** Set when the scan stopped at its limit or the side cannot be searched. */
  incomplete?: string;
}

export async function dependentsOf(
  snapshot: Snapshot,
  changed: string[],
  maxBytes: number,
  exclude: (path: string) => boolean,
): Promise<Dependents> {
  const py = changed.filter((p) => /\.pyw?$/i.test(p));
  if (!py.length) return { paths: [] };
  if (!snapshot.importers) return { paths: [], incomplete: `${snapshot.label} cannot be searched for importers` };
  const listed = await snapshot.list();
  if (!listed.ok) return { paths: [], incomplete: listed.problems[0]?.message };
  const map = new ModuleMap({ exists: listedExists(listed.value), read: () => undefined });

  const known = new Set(changed);
  let incomplete: string | undefined;
  const found: string[] = [];
  let frontier = py;
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const targets = new Set(frontier);
    const names = new Set<string>();
    for (const p of frontier) {
      const name = map.nameOf(p);
      if (name) names.add(name.slice(name.lastIndexOf('.') + 1));
    }
    const candidates = await snapshot.importers([...names]);
    if (!candidates.ok) return { paths: found, incomplete: candidates.problems[0]?.message };
    const all = candidates.value.filter((p) => !known.has(p) && !exclude(p));
    // A common module name (`utils`) can be mentioned in many files: read a bounded number.
    const fresh = all.slice(0, MAX_CANDIDATES);
    if (all.length > fresh.length) incomplete = `more than ${MAX_CANDIDATES} files mention the changed modules`;
    const texts = await snapshot.read(fresh, maxBytes);
    const next: string[] = [];
    for (const f of texts.files) {
      const d = decodeSource(f.content);
      if (d.skip || d.text === undefined) continue;
      if (!importedPaths(d.text, f.path, map).some((t) => targets.has(t))) continue;
      known.add(f.path);
      found.push(f.path);
      next.push(f.path);
      if (found.length >= MAX_DEPENDENTS)
        return { paths: found.sort(), incomplete: `more than ${MAX_DEPENDENTS} files import the changed modules` };
    }
    frontier = next;
  }
  return incomplete ? { paths: found.sort(), incomplete } : { paths: found.sort() };
}
