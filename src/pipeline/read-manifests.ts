// The dependency stage in a pull request: every manifest is read at both sides (from git blobs or the
// folders, never executed), so a lock file knows which packages are direct; findings are reported for
// the manifests the PR changes, and compared like code findings (a package already there is not new).
import type { Config } from '../config/types.js';
import { manifestKind } from '../deps/names.js';
import { readManifests, scanManifests, type ManifestScan } from '../deps/scan-manifests.js';
import type { ChangedFile, Snapshot } from '../diff/types.js';
import type { Rule, ScanResult } from '../types.js';

export interface ManifestSides {
  head: ManifestScan;
  base: ManifestScan;
  /** Changed manifests (and changed files they include). */
  changed: ChangedFile[];
}

/** Manifest paths on one side, in scope. */
async function manifestPaths(side: Snapshot, inScope: (p: string) => boolean): Promise<string[]> {
  const listed = await side.list();
  return listed.ok ? listed.value.filter((p) => manifestKind(p) !== undefined && inScope(p)) : [];
}

export async function readManifestSides(
  head: Snapshot,
  base: Snapshot,
  changes: ChangedFile[],
  config: Config,
  rules: Rule[],
  inScope: (p: string) => boolean,
): Promise<ManifestSides | undefined> {
  // Cheap exit: nothing the PR changes can be a manifest or a requirements file included by one.
  const candidates = changes.filter((c) => inScope(c.path) && (manifestKind(c.path) || /\.(txt|in)$/i.test(c.path)));
  if (!candidates.length) return undefined;
  const [headFiles, baseFiles] = await Promise.all([
    manifestPaths(head, inScope).then((p) => readManifests(p, (ps, max) => head.read(ps, max))),
    manifestPaths(base, inScope).then((p) => readManifests(p, (ps, max) => base.read(ps, max))),
  ]);
  const changedHead = new Set(candidates.filter((c) => c.status !== 'deleted').map((c) => c.path));
  const changedBase = new Set(candidates.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path));
  const [h, b] = await Promise.all([
    scanManifests(headFiles.files, { config, rules, report: (p) => changedHead.has(p) }),
    scanManifests(baseFiles.files, { config, rules, report: (p) => changedBase.has(p) }),
  ]);
  const reported = (files: { path: string }[], changed: Set<string>) => files.some((f) => changed.has(f.path));
  h.notes.push(...headFiles.notes.filter((n) => changedHead.has(n.file)));
  b.notes.push(...baseFiles.notes.filter((n) => changedBase.has(n.file)));
  const read = new Set([...headFiles.files, ...baseFiles.files].map((f) => f.path));
  const changed = candidates.filter((c) => read.has(c.path) || (c.oldPath !== undefined && read.has(c.oldPath)));
  if (!reported(headFiles.files, changedHead) && !reported(baseFiles.files, changedBase) && !changed.length)
    return undefined;
  return { head: h, base: b, changed };
}

/** Adds a side's dependency findings, notes and unused suppressions to its code scan. */
export function mergeManifestScan(scan: ScanResult, m: ManifestScan): void {
  scan.findings.push(...m.findings);
  scan.notes.push(...m.notes);
  scan.unusedSuppressions.push(...m.unusedSuppressions);
}
