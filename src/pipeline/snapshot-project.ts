// The project's files at one git revision (or folder side), as the index reads them: every path from
// one tree listing, and the import closure of the analysed files read ahead in one batch per level
// (reads are asynchronous, the resolver is not).
import type { Snapshot, SourceFile } from '../diff/types.js';
import { importedPaths } from '../resolve/import-scan.js';
import type { ProjectFiles } from '../resolve/modules.js';
import { listedExists, ModuleMap, packageRoots } from '../resolve/modules.js';
import { decodeSource } from '../scan/decode.js';

/** Import closure read ahead: at most this many modules, this many import levels from the seeds. */
const MAX_MODULES = 800;
const MAX_LEVELS = 8;

/**
 * The files of one revision: every path (one tree listing), and the text of the seeds' import closure
 * (the modules they import from the project, and what those import, a few levels deep).
 */
export async function snapshotProjectFiles(
  snapshot: Snapshot,
  seeds: SourceFile[],
  maxBytes: number,
): Promise<ProjectFiles> {
  const listed = await snapshot.list();
  const paths = listed.ok ? listed.value : seeds.map((s) => s.path);
  const exists = listedExists(paths);
  const texts = new Map<string, string | undefined>();
  for (const s of seeds) texts.set(s.path, decode(s.content));
  const files: ProjectFiles = { exists, read: (p) => texts.get(p), roots: packageRoots(paths, exists) };
  const map = new ModuleMap(files);
  let frontier = seeds.map((s) => s.path);
  for (let level = 0; level < MAX_LEVELS && frontier.length && texts.size < MAX_MODULES; level++) {
    const wanted = new Set<string>();
    for (const from of frontier) {
      const text = texts.get(from);
      if (!text) continue;
      for (const target of importedPaths(text, from, map)) if (!texts.has(target)) wanted.add(target);
    }
    const batch = [...wanted].slice(0, MAX_MODULES - texts.size);
    const got = await snapshot.read(batch, maxBytes);
    for (const p of batch) texts.set(p, undefined);
    for (const f of got.files) texts.set(f.path, decode(f.content));
    frontier = batch;
  }
  return files;
}

function decode(content: Buffer): string | undefined {
  const d = decodeSource(content);
  return d.skip ? undefined : d.text;
}
