// What git ignores under a folder (.gitignore, .git/info/exclude, core.excludesFile), for `scan`: the
// untracked paths git would not add, from `git ls-files --others --ignored --exclude-standard
// --directory`. Git itself applies its rules (negations, nested .gitignore files, anchoring), so
// nothing is re-implemented here; `--directory` names an ignored folder once (`.venv/`), so the walk
// skips it without listing it. Tracked files are never ignored, as in git. A folder named on the
// command line that git ignores (`scan build`) is scanned whole: naming it is the user's choice.
import { git } from './exec.js';

export interface Ignored {
  /** `rel` is root-relative with forward slashes; `dir` when it is a folder. */
  has(rel: string, dir: boolean): boolean;
}

/**
 * The ignored paths under `root`, or undefined when `root` is not in a git work tree (or git fails).
 * `named`: root-relative paths given on the command line.
 */
export async function gitIgnored(root: string, named: string[] = []): Promise<Ignored | undefined> {
  const r = await git(root, ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z']);
  if (r.code !== 0) return undefined;
  const paths = new Set(r.stdout.toString('utf8').split('\0'));
  const asked = named.filter((p) => p !== '' && p !== '.');
  // check-ignore exits 1 when nothing matches; it lists the named paths git's rules match (--no-index:
  // also a folder that holds tracked files, which ls-files then lists by its ignored subfolders).
  // check-ignore refuses literal pathspecs; `./` keeps a name that starts with `:` from reading as magic.
  const forced = asked.length
    ? split(
        (
          await git(root, ['check-ignore', '--no-index', '-z', '--stdin'], {
            input: asked.map((p) => `./${p}\0`).join(''),
            literalPathspecs: false,
          })
        ).stdout,
      ).map((p) => p.replace(/^\.\//, ''))
    : [];
  const inForced = (rel: string): boolean => forced.some((p) => rel === p || rel.startsWith(`${p}/`));
  return { has: (rel, dir) => paths.has(dir ? `${rel}/` : rel) && !inForced(rel) };
}

function split(out: Buffer): string[] {
  return out
    .toString('utf8')
    .split('\0')
    .map((p) => p.replace(/\/+$/, ''))
    .filter((p) => p !== '');
}
