// Files changed between two commits, with rename detection. -z output so any file name survives.
import { ANALYSED_FILE, ANALYSED_PATHSPECS } from '../model/analysed-files.js';
import { fail, ok, type Result } from '../result.js';
import { git, splitNul } from './exec.js';
import { firstLine } from './revs.js';
import type { ChangedFile, ChangeStatus } from './types.js';

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** Pathspecs for the files PR mode can analyse (every scanned path ends in .py, .pyw or .pth, any case). */
export const PYTHON_PATHSPECS = ANALYSED_PATHSPECS;
const PYTHON = ANALYSED_FILE;

/**
 * Files changed between two commits. Renames are detected only among Python files: rename detection
 * reads the blobs of added and deleted files, and a non-Python blob that is missing or unreadable (a
 * large `.har`, or any blob in a partial clone, which git would fetch) must not fail or slow the run.
 * Everything else is listed without rename detection, which compares tree entries and reads no blob:
 * the policy check still sees changed config and rule files.
 */
export async function listChanges(repo: string, base: string, head: string): Promise<Result<ChangedFile[]>> {
  const diff = (renames: boolean, pathspecs: string[]) =>
    git(
      repo,
      [
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--name-status',
        '-z',
        renames ? '-M' : '--no-renames',
        '--end-of-options',
        base,
        head,
        '--',
        ...pathspecs,
      ],
      // The pathspecs are constants with explicit magic; nothing from the repository is a pathspec here.
      { literalPathspecs: pathspecs.length === 0 },
    );
  const [all, python] = await Promise.all([diff(false, []), diff(true, PYTHON_PATHSPECS)]);
  for (const r of [all, python])
    if (r.code !== 0) return fail({ file: repo, message: `git diff ${base} ${head} failed: ${firstLine(r.stderr)}` });
  const out = parseNameStatus(splitNul(all.stdout)).filter((c) => !PYTHON.test(c.path));
  out.push(...parseNameStatus(splitNul(python.stdout)));
  return ok(out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)));
}

/** Parses `--name-status -z`: "R100\0old\0new\0" for renames/copies, "M\0path\0" otherwise. */
export function parseNameStatus(fields: string[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? '';
    const status = STATUS[code[0] ?? ''];
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      out.push({ status: status ?? 'modified', path, oldPath });
    } else {
      const path = fields[i++] ?? '';
      // 'U' (unmerged) and 'X' cannot occur between two commits; treat anything unknown as modified.
      out.push({ status: status ?? 'modified', path });
    }
  }
  return out;
}
