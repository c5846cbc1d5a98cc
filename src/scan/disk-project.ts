// The project's files on disk, as the index reads them: under the workspace root only, never through
// a symbolic link, decoded like scanned files.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ProjectFiles } from '../resolve/modules.js';
import { packageRoots } from '../resolve/modules.js';
import { decodeSource } from './decode.js';

export function diskProjectFiles(root: string, maxBytes: number, scanned: readonly string[] = []): ProjectFiles {
  const realRoot = safeRealpath(root) ?? root;
  const exists = new Map<string, boolean>();
  const isFile = (rel: string): boolean => {
    let hit = exists.get(rel);
    if (hit === undefined) {
      hit = false;
      try {
        const abs = join(root, rel);
        const st = lstatSync(abs);
        // A symbolic link (or a folder reached through one) is never followed.
        const real = safeRealpath(abs);
        hit = (st.isFile() || st.isDirectory()) && !!real && (real === realRoot || real.startsWith(realRoot + sep));
      } catch {
        hit = false;
      }
      exists.set(rel, hit);
    }
    return hit;
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

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
