// Scan targets named on the command line: each must exist, lie inside the root and be a regular file
// or a folder. A typo (`scan nosuch/dir`) or a path outside the root (`scan /etc`) used to print
// "0 findings" and exit 0, which reads as "clean"; now it is a usage error naming the path.
// Symbolic links are not refused here: the scan skips and reports them (never follows them).
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from '../result.js';

/** What a non-regular file is, in words ("a FIFO (named pipe)"), or undefined for files, folders, links. */
export function specialKind(st: Stats): string | undefined {
  if (st.isFile() || st.isDirectory() || st.isSymbolicLink()) return undefined;
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file or folder';
}

function inside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The root must be an existing folder. */
export function checkRoot(root: string, shown: string): Problem | undefined {
  let st: Stats;
  try {
    st = lstatSync(resolve(root));
  } catch (e) {
    return { file: shown, key: '--root', message: reason(e) };
  }
  if (st.isSymbolicLink() || st.isDirectory()) return undefined; // a linked root is resolved once by the scan
  return { file: shown, key: '--root', message: 'is not a folder' };
}

/**
 * Problems with the scan targets (`inputs` as typed, resolved against `cwd`): missing, outside `root`
 * (compared by path, before links: the scan itself refuses links that lead out), or not a regular file
 * or folder (FIFOs and devices would block or stream forever).
 */
export function checkTargets(inputs: string[], root: string, cwd = process.cwd()): Problem[] {
  const rootAbs = resolve(cwd, root);
  let realRoot = rootAbs;
  try {
    realRoot = realpathSync(rootAbs); // a root given through a link: its real path is inside too
  } catch {
    // checked by checkRoot
  }
  const out: Problem[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (!inside(rootAbs, abs) && !inside(realRoot, abs)) {
      out.push({ file: input, message: `is outside the scan root ${rootAbs} (use --root to scan elsewhere)` });
      continue;
    }
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.push({ file: input, message: reason(e) });
      continue;
    }
    const kind = specialKind(st);
    if (kind) out.push({ file: input, message: `is ${kind}, not a regular file or folder: refusing to read it` });
  }
  return out;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ENOTDIR') return 'does not exist (a parent is not a folder)';
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read: ${code ?? (e as Error).message}`;
}
