// Policy files a PR changes. On pull requests the policy (config, custom rules, allowlist) is read
// from the base revision so a PR cannot silence itself; changes to it are listed for reviewers.
import type { ChangedFile } from '../diff/types.js';
import { trimTrailingSlashes } from '../util/trim.js';

export interface PolicyLocation {
  /** Repo-relative config path, e.g. ".github/egress-audit.yml". */
  configFile: string;
  /** Rule folders from the base config (and the head config, when known). */
  ruleFolders: string[];
}

export function normalizeRel(p: string): string {
  return trimTrailingSlashes(p.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
}

/** Changed paths that are the config file or lie under a rule folder, sorted. */
export function policyChanges(changes: ChangedFile[], where: PolicyLocation): string[] {
  const config = normalizeRel(where.configFile);
  const folders = where.ruleFolders.map(normalizeRel).filter((f) => f && f !== '.');
  const isPolicy = (p: string): boolean => p === config || folders.some((f) => p.startsWith(`${f}/`));
  const out = new Set<string>();
  for (const c of changes) {
    for (const p of [c.path, c.oldPath]) if (p && isPolicy(p)) out.add(p);
  }
  return [...out].sort();
}
