// Repo-relative paths named inside manifests (`-r ../base.txt`): resolved against the naming file,
// never outside the repository.
import { posix } from 'node:path';

/** `target` relative to the folder of `from`; undefined when absolute, a URL or outside the repository. */
export function resolveInclude(from: string, target: string): string | undefined {
  if (!target || target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || /^[a-z][a-z0-9+.-]*:/i.test(target))
    return undefined;
  const dir = posix.dirname(from);
  const joined = posix.normalize(posix.join(dir === '.' ? '' : dir, target.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined.startsWith('/')) return undefined;
  return joined;
}
