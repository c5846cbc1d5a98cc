// The project's files as the index reads them: from disk under the workspace root (never through a
// symbolic link, never outside the root), or from one git revision, where the import closure of the
// analysed files is read ahead in one batch (git reads are asynchronous, the resolver is not).
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ProjectFiles } from '../resolve/modules.js';
import { ModuleMap } from '../resolve/modules.js';
import { decodeSource } from '../scan/decode.js';
import type { Snapshot, SourceFile } from './types.js';

export function diskProjectFiles(root: string, maxBytes: number): ProjectFiles {
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
  return {
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

/** Import closure read ahead: at most this many modules, this many import levels from the seeds. */
const MAX_MODULES = 800;
const MAX_LEVELS = 8;

/**
 * The files of one revision: every path (one tree listing), and the text of the seeds' import closure
 * (the modules they import from the project, and what those import, a few levels deep).
 */
export async function snapshotProjectFiles(
  snapshot: Snapshot,
  seeds: SourceFile[],
  maxBytes: number,
): Promise<ProjectFiles> {
  const listed = await snapshot.list();
  const paths = new Set(listed.ok ? listed.value : seeds.map((s) => s.path));
  const dirs = new Set<string>();
  for (const p of paths) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  const texts = new Map<string, string | undefined>();
  for (const s of seeds) texts.set(s.path, decode(s.content));
  const files: ProjectFiles = {
    exists: (p) => paths.has(p) || dirs.has(p),
    read: (p) => texts.get(p),
  };
  const map = new ModuleMap(files);
  let frontier = seeds.map((s) => s.path);
  for (let level = 0; level < MAX_LEVELS && frontier.length && texts.size < MAX_MODULES; level++) {
    const wanted = new Set<string>();
    for (const from of frontier) {
      const text = texts.get(from);
      if (!text) continue;
      for (const target of importedPaths(text, from, map)) if (!texts.has(target)) wanted.add(target);
    }
    const batch = [...wanted].slice(0, MAX_MODULES - texts.size);
    const got = await snapshot.read(batch, maxBytes);
    for (const p of batch) texts.set(p, undefined);
    for (const f of got.files) texts.set(f.path, decode(f.content));
    frontier = batch;
  }
  return files;
}

function decode(content: Buffer): string | undefined {
  const d = decodeSource(content);
  return d.skip ? undefined : d.text;
}

const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]*))/gm;

/** The project files a module's import statements name (a cheap textual scan; the parse decides later). */
export function importedPaths(text: string, from: string, map: ModuleMap): string[] {
  const out = new Set<string>();
  const add = (module: string | undefined) => {
    const p = module ? map.pathOf(module, from) : undefined;
    if (p) out.add(p);
  };
  for (const m of text.matchAll(IMPORT_LINE)) {
    if (m[3] !== undefined) {
      for (const part of m[3].split(',')) add(/^\s*([\w.]+)/.exec(part)?.[1]);
      continue;
    }
    const mod = m[1]!;
    const level = /^\.*/.exec(mod)![0].length;
    const dotted = mod.slice(level);
    const names = m[2]!.replace(/[()\\]/g, ' ').split(',');
    const base = level ? map.absolute(from, level, dotted) : dotted;
    if (level && base === undefined && dotted) continue;
    if (base) add(base);
    for (const part of names) {
      const name = /^\s*(\w+)/.exec(part)?.[1];
      if (!name || name === '*') continue;
      if (base) add(`${base}.${name}`);
      else if (level) add(map.absolute(from, level, name));
    }
  }
  return [...out];
}
