// The project's files on disk, as the index reads them: under the workspace root only, never through
// a symbolic link, decoded like scanned files.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFiles } from '../resolve/modules.js';
import { packageRoots } from '../resolve/modules.js';
import { decodeSource } from './decode.js';

export function diskProjectFiles(root: string, maxBytes: number, scanned: readonly string[] = []): ProjectFiles {
  // One listing per folder (the index asks about many names in few folders). A folder reached through a
  // symbolic link is never listed, and a link is never an entry: nothing outside the root is read.
  const listings = new Map<string, Map<string, 'file' | 'dir'> | null>();
  const listing = (dir: string): Map<string, 'file' | 'dir'> | null => {
    let l = listings.get(dir);
    if (l !== undefined) return l;
    l = null;
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    if (!dir || listing(parent)?.get(name) === 'dir') {
      try {
        const abs = join(root, dir);
        l = new Map();
        for (const e of readdirSync(abs, { withFileTypes: true })) {
          if (e.isFile()) l.set(e.name, 'file');
          else if (e.isDirectory()) l.set(e.name, 'dir');
        }
      } catch {
        l = null;
      }
    }
    listings.set(dir, l);
    return l;
  };
  const isFile = (rel: string): boolean => {
    if (!rel || rel.includes('..') || rel.startsWith('/')) return false;
    const slash = rel.lastIndexOf('/');
    return listing(slash < 0 ? '' : rel.slice(0, slash))?.has(rel.slice(slash + 1)) ?? false;
  };
  // Package roots from the scanned files' own `__init__.py` files (monorepos with several `src/` trees).
  const roots = packageRoots(
    scanned.filter((p) => /(^|\/)__init__\.pyw?$/.test(p)),
    isFile,
  );
  return {
    roots,
    exists: isFile,
    read(rel: string): string | undefined {
      if (!isFile(rel)) return undefined;
      try {
        const abs = join(root, rel);
        if (lstatSync(abs).size > maxBytes) return undefined;
        const d = decodeSource(readFileSync(abs));
        return d.skip ? undefined : d.text;
      } catch {
        return undefined;
      }
    },
  };
}
