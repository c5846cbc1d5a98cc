// The dependency stage of a full scan: the manifests and lock files under the scanned inputs, read from
// disk without following links, every dependency finding reported.
import { relative, resolve, sep } from 'node:path';
import type { Config } from '../config/types.js';
import { manifestKind } from '../deps/names.js';
import { readManifests, scanManifests } from '../deps/scan-manifests.js';
import { scopeFilter } from '../diff/filter.js';
import { folderSnapshot } from '../diff/folders.js';
import { sortFindings } from '../model/order.js';
import type { Rule, ScanResult } from '../types.js';

/** Adds the dependency findings and notes of the tree to `result`; returns a log line. */
export async function scanTreeManifests(
  root: string,
  inputs: string[],
  config: Config,
  rules: Rule[],
  result: ScanResult,
): Promise<string | undefined> {
  const scope = scopeFilter(
    config,
    inputs
      .map((i) => relative(resolve(root), resolve(root, i)).split(sep).join('/'))
      .filter((i) => !i.startsWith('..')),
  );
  const side = folderSnapshot(root);
  const listed = await side.list();
  const paths = listed.ok ? listed.value.filter((p) => manifestKind(p) !== undefined && scope(p)) : [];
  if (!paths.length) return undefined;
  const read = await readManifests(paths, (ps, max) => side.read(ps, max));
  const deps = await scanManifests(read.files, { config, rules, report: () => true });
  result.findings.push(...deps.findings);
  sortFindings(result.findings);
  result.notes.push(...read.notes, ...deps.notes);
  result.unusedSuppressions.push(...deps.unusedSuppressions);
  return `Dependencies: ${deps.manifests} manifest(s) read, ${deps.findings.length} finding(s).`;
}
