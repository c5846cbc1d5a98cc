// What git ignores under a folder (.gitignore, .git/info/exclude, core.excludesFile), for `scan`: the
// untracked paths git would not add, from `git ls-files --others --ignored --exclude-standard
// --directory`. Git itself applies its rules (negations, nested .gitignore files, anchoring), so
// nothing is re-implemented here; `--directory` names an ignored folder once (`.venv/`), so the walk
// skips it without listing it. Tracked files are never ignored, as in git.
import { git } from './exec.js';

export interface Ignored {
  /** `rel` is root-relative with forward slashes; `dir` when it is a folder. */
  has(rel: string, dir: boolean): boolean;
  size: number;
}

/** The ignored paths under `root`, or undefined when `root` is not in a git work tree (or git fails). */
export async function gitIgnored(root: string): Promise<Ignored | undefined> {
  const r = await git(root, ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z']);
  if (r.code !== 0) return undefined;
  const paths = new Set(
    r.stdout
      .toString('utf8')
      .split('\0')
      .filter((p) => p !== ''),
  );
  return { has: (rel, dir) => paths.has(dir ? `${rel}/` : rel), size: paths.size };
}
