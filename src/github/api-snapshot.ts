// The base side of a pull request read through the REST API, for when the base commit cannot be
// fetched into the checkout: the PR's file list gives the changed paths, the contents API each file's
// bytes at the base commit. Like the git snapshot, symbolic links and submodules are reported, never
// followed, and files over the size limit are not downloaded.
import type { ChangedFile, ChangeStatus, FileSet, Snapshot, SourceFile } from '../diff/types.js';
import { fail, ok, type Result } from '../result.js';
import type { FileNote, SkippedFile } from '../types.js';
import { messageOf, statusOf, type Client } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GitHub stops listing a pull request's files after this many. */
export const PR_FILES_LIMIT = 3000;
/** Parallel content requests (each one is small; GitHub's secondary limits punish bursts). */
const CONCURRENCY = 6;
/** Bounds the directory walk for rule folders. */
const MAX_DIRS = 200;

interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

interface ContentEntry {
  type: string;
  path: string;
  size: number;
  sha: string;
  content?: string;
  encoding?: string;
}

const STATUS: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
};

export interface PullFiles {
  changes: ChangedFile[];
  /** The list hit GitHub's cap: files beyond it are not compared. */
  notes: FileNote[];
}

/** The files a pull request changes (against its merge base), as GitHub lists them. */
export async function listPullFiles(gh: Client, ref: RepoRef, pull: number): Promise<Result<PullFiles>> {
  let files: PullFile[];
  try {
    files = (await gh.paginate(gh.rest.pulls.listFiles, { ...ref, pull_number: pull, per_page: 100 })) as PullFile[];
  } catch (err) {
    return fail({ file: `pull request #${pull}`, message: `cannot list its files: ${apiError(err)}` });
  }
  const changes: ChangedFile[] = [];
  for (const f of files) {
    const status = STATUS[f.status];
    if (!status) continue; // "unchanged": nothing to compare
    const renamed = (status === 'renamed' || status === 'copied') && f.previous_filename;
    changes.push(renamed ? { status, path: f.filename, oldPath: f.previous_filename } : { status, path: f.filename });
  }
  const notes: FileNote[] = [];
  if (files.length >= PR_FILES_LIMIT)
    notes.push({
      file: `pull request #${pull}`,
      level: 'warning',
      message: `GitHub lists at most ${PR_FILES_LIMIT} changed files of a pull request; files beyond them were not compared`,
    });
  return ok({ changes, notes });
}

/** Files at `sha`, read one by one through the contents API. 404 = absent at that revision. */
export function apiSnapshot(gh: Client, ref: RepoRef, sha: string): Snapshot {
  const at = sha.slice(0, 12);
  const get = async (path: string): Promise<Result<ContentEntry | ContentEntry[] | undefined>> => {
    try {
      const r = await gh.rest.repos.getContent({ ...ref, path, ref: sha });
      return ok(r.data as ContentEntry | ContentEntry[]);
    } catch (err) {
      return statusOf(err) === 404 ? ok(undefined) : fail({ file: path, message: apiError(err) });
    }
  };

  const readOne = async (p: string, maxBytes: number): Promise<SourceFile | SkippedFile | undefined> => {
    const r = await get(p);
    if (!r.ok) return { file: p, reason: `not readable at ${at} through the GitHub API: ${r.problems[0]?.message}` };
    const e = r.value;
    if (!e) return undefined;
    if (Array.isArray(e)) return { file: p, reason: `not a regular file at ${at}` };
    // The contents API answers a link to a file in the repository with the target's content and path.
    if (e.type === 'symlink' || e.path !== p) return { file: p, reason: `symbolic link at ${at} (not followed)` };
    if (e.type === 'submodule') return { file: p, reason: `submodule at ${at} (not scanned)` };
    if (e.type !== 'file') return { file: p, reason: `not a regular file at ${at}` };
    if (e.size > maxBytes) return { file: p, reason: `${e.size} bytes exceeds max-file-size ${maxBytes}` };
    if (e.encoding === 'base64' && (e.content || e.size === 0))
      return { path: p, content: Buffer.from(e.content ?? '', 'base64') };
    // Over 1 MB the contents API leaves `content` empty (encoding "none"): the blobs API serves up to 100 MB.
    try {
      const b = await gh.rest.git.getBlob({ ...ref, file_sha: e.sha });
      return { path: p, content: Buffer.from(b.data.content, b.data.encoding === 'base64' ? 'base64' : 'utf8') };
    } catch (err) {
      return { file: p, reason: `blob ${e.sha} not readable through the GitHub API: ${apiError(err)}` };
    }
  };

  return {
    label: sha,
    async read(paths: string[], maxBytes: number): Promise<FileSet> {
      const out = await mapLimit(paths, CONCURRENCY, (p) => readOne(p, maxBytes));
      const files: SourceFile[] = [];
      const skipped: SkippedFile[] = [];
      for (const x of out) if (x) ('content' in x ? files : skipped).push(x as SourceFile & SkippedFile);
      return { files, skipped };
    },
    async list(under?: string[]): Promise<Result<string[]>> {
      // Walking the whole repository one directory per request is not worth it: only folders are listed.
      if (!under) return fail({ file: sha, message: 'listing every file through the GitHub API is not supported' });
      const found: string[] = [];
      const queue = under.map((f) => (f === '.' ? '' : f));
      let dirs = 0;
      while (queue.length) {
        const dir = queue.shift() as string;
        if (++dirs > MAX_DIRS)
          return fail({ file: under.join(', '), message: `more than ${MAX_DIRS} folders to list through the API` });
        const r = await get(dir);
        if (!r.ok) return fail({ file: dir || '.', message: `cannot list at ${at}: ${r.problems[0]?.message}` });
        if (!Array.isArray(r.value)) continue; // absent, or not a folder
        for (const e of r.value) (e.type === 'dir' ? queue : found).push(e.path);
      }
      return ok(found);
    },
  };
}

export interface ApiBase {
  changes: ChangedFile[];
  notes: FileNote[];
  /** The base commit's files (through the API). */
  base: Snapshot;
}

/** Everything the comparison needs from the base side of pull request `pull`, without its commit. */
export async function pullBaseViaApi(
  gh: Client,
  ref: RepoRef,
  pull: number,
  baseSha: string,
): Promise<Result<ApiBase>> {
  const files = await listPullFiles(gh, ref, pull);
  if (!files.ok) return files;
  return ok({ ...files.value, base: apiSnapshot(gh, ref, baseSha) });
}

function apiError(err: unknown): string {
  const s = statusOf(err);
  return s ? `HTTP ${s}: ${messageOf(err)}` : messageOf(err);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
