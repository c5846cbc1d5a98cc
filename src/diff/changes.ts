// Files changed between two commits, with rename detection. -z output so any file name survives.
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

export async function listChanges(repo: string, base: string, head: string): Promise<Result<ChangedFile[]>> {
  const r = await git(repo, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--name-status',
    '-z',
    '-M',
    '--end-of-options',
    base,
    head,
    '--',
  ]);
  if (r.code !== 0) return fail({ file: repo, message: `git diff ${base} ${head} failed: ${firstLine(r.stderr)}` });
  return ok(parseNameStatus(splitNul(r.stdout)));
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
