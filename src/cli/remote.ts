// Where the CLI's permalinks point: the `origin` remote's web address, parsed from its URL (https, ssh,
// scp-like `git@host:owner/repo.git`, git://). Only host and path are kept: a user name, password or
// token embedded in the URL (https://user:TOKEN@host/…) is never part of the result, so it is never
// printed. Without a remote the report names files without links rather than invent an address.
import { basename } from 'node:path';
import { git } from '../diff/exec.js';
import type { RepoContext } from '../types.js';

export interface WebRepo {
  serverUrl: string;
  repository: string;
  /** Path segment before the commit in a file URL (GitLab: `-/blob`). */
  blobPath: string;
}

const HOST = /^[A-Za-z0-9.-]+$/;

/** The web address of a remote URL, or undefined when it is not a recognisable forge URL. */
export function webRepo(url: string): WebRepo | undefined {
  let host: string;
  let port = '';
  let path: string;
  const scp = /^(?:[^@/:]+@)?([^@/:]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    host = scp[1] as string;
    path = scp[2] as string;
  } else {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(u.protocol)) return undefined;
    host = u.hostname;
    // A web port is kept; ssh and git ports are not the web server's.
    if (u.protocol === 'https:' || u.protocol === 'http:') port = u.port ? `:${u.port}` : '';
    path = decodeURIComponent(u.pathname);
  }
  if (!HOST.test(host)) return undefined;
  const repository = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .replace(/^~/, '');
  const segments = repository.split('/');
  if (segments.length < 2 || segments.some((s) => !s || s === '.' || s === '..')) return undefined;
  const scheme = url.startsWith('http://') ? 'http' : 'https';
  return {
    serverUrl: `${scheme}://${host.toLowerCase()}${port}`,
    repository,
    blobPath: /(^|\.)gitlab\./i.test(host) ? '-/blob' : 'blob',
  };
}

/**
 * Permalink context: GITHUB_* when run in Actions, else the origin remote of `repo`, else none
 * (serverUrl '' renders plain `file:line`).
 */
export async function repoContext(repo: string | undefined, sha: string, env = process.env): Promise<RepoContext> {
  if (env.GITHUB_REPOSITORY) {
    return { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: env.GITHUB_REPOSITORY, sha };
  }
  if (repo) {
    const r = await git(repo, ['remote', 'get-url', 'origin']);
    const web = r.code === 0 ? webRepo(r.stdout.toString('utf8').trim()) : undefined;
    if (web) return { ...web, sha };
  }
  return { serverUrl: '', repository: basename(repo ?? process.cwd()), sha };
}

/** SARIF versionControlProvenance for a folder in a git work tree: origin's web address, HEAD, its branch. */
export async function gitProvenance(
  dir: string,
  revision = 'HEAD',
): Promise<{ repositoryUri: string; revisionId?: string; branch?: string } | undefined> {
  const url = await git(dir, ['remote', 'get-url', 'origin']);
  const web = url.code === 0 ? webRepo(url.stdout.toString('utf8').trim()) : undefined;
  if (!web) return undefined;
  const rev = await git(dir, ['rev-parse', '--verify', '-q', `${revision}^{commit}`]);
  const branch = revision === 'HEAD' ? await git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']) : undefined;
  const out = (r: { code: number; stdout: Buffer } | undefined): string | undefined =>
    r && r.code === 0 ? r.stdout.toString('utf8').trim() || undefined : undefined;
  return {
    repositoryUri: `${web.serverUrl}/${web.repository}`,
    revisionId: out(rev),
    branch: out(branch),
  };
}
