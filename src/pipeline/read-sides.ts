// What a pull request's analysis reads at each side: the changed files, the unchanged files that
// import a changed module (their destinations can move), and the project view (the import closure)
// both are analysed with.
import { dependentsOf } from './dependents.js';
import { snapshotProjectFiles } from './snapshot-project.js';
import type { FileSet, Snapshot } from '../diff/types.js';
import type { ProjectFiles } from '../resolve/modules.js';

export interface Side {
  files: FileSet;
  project: ProjectFiles;
}

export interface SidesRead {
  head: Side;
  base: Side;
  /** Unchanged files analysed because they import a changed module. */
  dependents: string[];
  log: string[];
}

export async function readSides(
  head: Snapshot,
  base: Snapshot,
  paths: { head: string[]; base: string[] },
  maxBytes: number,
  inScope: (path: string) => boolean,
): Promise<SidesRead> {
  const changed = new Set([...paths.head, ...paths.base]);
  const skip = (p: string) => changed.has(p) || !inScope(p);
  const [depHead, depBase] = await Promise.all([
    dependentsOf(head, paths.head, maxBytes, skip),
    dependentsOf(base, paths.base, maxBytes, skip),
  ]);
  const dependents = [...new Set([...depHead.paths, ...depBase.paths])].sort();
  const log: string[] = [];
  if (dependents.length)
    log.push(
      `Index: also analysed ${dependents.length} unchanged file(s) that import a changed module: ${dependents.slice(0, 10).join(', ')}${dependents.length > 10 ? ', …' : ''}.`,
    );
  for (const why of [depHead.incomplete, depBase.incomplete])
    if (why) log.push(`Index: importers not all found (${why}).`);
  const [headFiles, baseFiles] = await Promise.all([
    head.read([...paths.head, ...dependents], maxBytes),
    base.read([...paths.base, ...dependents], maxBytes),
  ]);
  const [headProject, baseProject] = await Promise.all([
    snapshotProjectFiles(head, headFiles.files, maxBytes),
    snapshotProjectFiles(base, baseFiles.files, maxBytes),
  ]);
  return {
    head: { files: headFiles, project: headProject },
    base: { files: baseFiles, project: baseProject },
    dependents,
    log,
  };
}
