// Reads files at a commit without touching the working tree. Symbolic links (mode 120000) and
// submodules (160000) are reported as skipped, never followed; blobs over the size limit are skipped
// before they are read.
import type { SkippedFile } from '../types.js';
import { fail, ok, type Result } from '../result.js';
import { git } from './exec.js';
import { firstLine } from './revs.js';
import type { FileSet, Snapshot, SourceFile } from './types.js';

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  path: string;
}

/**
 * Lists the commit's tree entries (recursively), keyed by path: all of them, or only `paths` (literal
 * pathspecs, in batches). Sizes (`-l`, which reads every blob header) only when asked: a pull request
 * with 20 changed files in a 10,000-file repository should not pay for the whole tree.
 */
async function listTree(
  repo: string,
  rev: string,
  paths?: string[],
  withSize = true,
): Promise<Result<Map<string, TreeEntry>>> {
  const map = new Map<string, TreeEntry>();
  const base = ['ls-tree', '-r', '-z', '--full-tree', ...(withSize ? ['-l'] : []), '--end-of-options', rev];
  const batches: string[][] = [];
  if (!paths) batches.push([]);
  else for (let i = 0; i < paths.length; i += 500) batches.push(['--', ...paths.slice(i, i + 500)]);
  for (const batch of batches) {
    const r = await git(repo, [...base, ...batch]);
    if (r.code !== 0) return fail({ file: repo, message: `git ls-tree ${rev} failed: ${firstLine(r.stderr)}` });
    parseTree(r.stdout, map);
  }
  return ok(map);
}

function parseTree(stdout: Buffer, map: Map<string, TreeEntry>): void {
  for (const rec of stdout.toString('utf8').split('\0')) {
    if (!rec) continue;
    // "<mode> SP <type> SP <oid> SP+ <size|-> TAB <path>"
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = '', size = '-'] = rec.slice(0, tab).split(/ +/);
    const path = rec.slice(tab + 1);
    map.set(path, { mode, type, oid, size: size === '-' ? 0 : Number(size), path });
  }
}

/** Reads blobs through one `git cat-file --batch` process. */
async function readBlobs(repo: string, oids: string[]): Promise<Result<Map<string, Buffer>>> {
  const out = new Map<string, Buffer>();
  if (!oids.length) return ok(out);
  const unique = [...new Set(oids)];
  const r = await git(repo, ['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
  if (r.code !== 0) return fail({ file: repo, message: `git cat-file failed: ${firstLine(r.stderr)}` });
  const buf = r.stdout;
  let pos = 0;
  for (const oid of unique) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^(\S+) (\S+) (\d+)$/.exec(header);
    if (!m) continue; // "<oid> missing"
    const size = Number(m[3]);
    out.set(oid, Buffer.from(buf.subarray(pos, pos + size)));
    pos += size + 1;
  }
  return ok(out);
}

export function gitSnapshot(repo: string, sha: string): Snapshot {
  let names: Promise<Result<Map<string, TreeEntry>>> | undefined;
  return {
    label: sha,
    async list(): Promise<Result<string[]>> {
      names ??= listTree(repo, sha, undefined, false);
      const t = await names;
      return t.ok ? ok([...t.value.keys()]) : t;
    },
    async importers(names: string[]): Promise<Result<string[]>> {
      if (!/^[0-9a-f]{40,64}$/i.test(sha)) return fail({ file: repo, message: `not a commit id: ${sha}` });
      const words = names.filter((n) => /^[A-Za-z_]\w*$/.test(n));
      if (!words.length) return ok([]);
      // Whole words as fixed strings: about 3x faster than an import-line regex on a 10,000-file tree
      // (0.3 s against 0.9 s); the caller confirms each candidate with an import scan.
      const r = await git(
        repo,
        // `sha` is a resolved full commit id (hex), so it cannot be read as an option.
        ['grep', '-l', '-I', '-F', '-w', ...words.flatMap((w) => ['-e', w]), sha, '--', ':(glob)**/*.py'],
        { literalPathspecs: false },
      );
      // Exit 1: no match.
      if (r.code === 1) return ok([]);
      if (r.code !== 0) return fail({ file: repo, message: `git grep failed: ${firstLine(r.stderr)}` });
      const prefix = `${sha}:`;
      return ok(
        r.stdout
          .toString('utf8')
          .split('\n')
          .filter((l) => l.startsWith(prefix))
          .map((l) => l.slice(prefix.length)),
      );
    },
    async read(paths: string[], maxBytes: number): Promise<FileSet> {
      const t = paths.length ? await listTree(repo, sha, paths) : ok(new Map<string, TreeEntry>());
      if (!t.ok)
        return { files: [], skipped: paths.map((file) => ({ file, reason: t.problems[0]?.message ?? 'unreadable' })) };
      const skipped: SkippedFile[] = [];
      const wanted: TreeEntry[] = [];
      for (const p of paths) {
        const e = t.value.get(p);
        if (!e) continue; // absent at this revision
        if (e.mode === '120000') skipped.push({ file: p, reason: `symbolic link at ${short(sha)} (not followed)` });
        else if (e.mode === '160000' || e.type === 'commit')
          skipped.push({ file: p, reason: `submodule at ${short(sha)} (not scanned)` });
        else if (e.type !== 'blob') skipped.push({ file: p, reason: `not a regular file at ${short(sha)}` });
        else if (e.size > maxBytes)
          skipped.push({ file: p, reason: `${e.size} bytes exceeds max-file-size ${maxBytes}` });
        else wanted.push(e);
      }
      const blobs = await readBlobs(
        repo,
        wanted.map((e) => e.oid),
      );
      const files: SourceFile[] = [];
      for (const e of wanted) {
        const content = blobs.ok ? blobs.value.get(e.oid) : undefined;
        if (content) files.push({ path: e.path, content });
        else
          skipped.push({
            file: e.path,
            reason: blobs.ok ? `blob ${e.oid} missing` : (blobs.problems[0]?.message ?? 'unreadable'),
          });
      }
      return { files, skipped };
    },
  };
}

/** All paths of regular files, links and submodules in a commit (for full scans and policy checks). */
export async function listPaths(repo: string, sha: string): Promise<Result<string[]>> {
  const t = await listTree(repo, sha, undefined, false);
  return t.ok ? ok([...t.value.keys()]) : t;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}/i.test(sha) ? sha.slice(0, 12) : sha;
}
