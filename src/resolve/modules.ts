// Which project file a dotted module name is, and which dotted name a project file has: Python's
// import system (regular packages, namespace packages, `src/` layouts, relative imports) over a
// read-only view of the workspace or of one git revision. Nothing is executed, nothing outside it read.
import { dirname, posix } from 'node:path';
import { STDLIB_MODULES } from './stdlib-modules.js';
import { detach } from '../util/detach.js';

/** A read-only view of the project's files at one revision (repo-relative, forward slashes). */
export interface ProjectFiles {
  exists(path: string): boolean;
  /** Decoded text, or undefined when unreadable, too large or not a file. */
  read(path: string): string | undefined;
  /** Folders that hold top-level packages (a monorepo's `lib/NAME/src`), found from the files listed. */
  roots?: readonly string[];
}

/** `exists` over a listing of file paths: a listed file, or a folder some listed file is in. */
export function listedExists(paths: Iterable<string>): (path: string) => boolean {
  const files = new Set(paths);
  const dirs = new Set<string>();
  for (const p of files) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  return (p) => files.has(p) || dirs.has(p);
}

/** Folders that hold top-level packages: the parent of each outermost folder with an `__init__.py`. */
export function packageRoots(paths: Iterable<string>, exists: (p: string) => boolean, limit = 64): string[] {
  const roots = new Set<string>();
  for (const p of paths) {
    if (!/(^|\/)__init__\.pyw?$/.test(p)) continue;
    let dir = dirname(p) === '.' ? '' : dirname(p);
    while (dir && exists(`${dirname(dir) === '.' ? '' : `${dirname(dir)}/`}__init__.py`)) dir = dirname(dir);
    const root = dirname(dir) === '.' ? '' : dirname(dir);
    if (dir) roots.add(root);
    if (roots.size >= limit) break;
  }
  return [...roots].sort();
}

/** A standard-library name (`os.path`, `urllib.parse`): never a project module, whatever the tree holds. */
function isStdlib(module: string): boolean {
  const dot = module.indexOf('.');
  return STDLIB_MODULES.has(dot < 0 ? module : module.slice(0, dot));
}

/** Folders searched for top-level packages besides the importing file's own package root. */
const EXTRA_ROOTS = ['', 'src', 'lib', 'python'];
const MAX_SEGMENTS = 32;

export class ModuleMap {
  private nameCache = new Map<string, string | undefined>();
  private pathCache = new Map<string, Map<string, string | null>>();
  private rootCache = new Map<string, string>();
  private rootsCache = new Map<string, string[]>();
  /** Whether a top-level name is a module or package in any search root of a folder. */
  private topCache = new Map<string, boolean>();
  /** Whether a search root holds a top-level module or folder of this name. */
  private rootTops = new Map<string, boolean>();
  constructor(readonly files: ProjectFiles) {}

  /** The dotted module name of a project file: its package chain (folders with `__init__.py`). */
  nameOf(path: string): string | undefined {
    if (this.nameCache.has(path)) return this.nameCache.get(path);
    let name: string | undefined;
    const m = /^(.*?)([^/]+)\.pyw?$/i.exec(path);
    if (m) {
      const parts = m[2] === '__init__' ? [] : [m[2]!];
      let dir = m[1]!.replace(/\/$/, '');
      // Walk up while the folder is a regular package; a plain folder ends the chain.
      while (dir && dir !== '.' && this.files.exists(`${dir}/__init__.py`) && parts.length < MAX_SEGMENTS) {
        parts.unshift(posix.basename(dir));
        dir = dirname(dir) === '.' ? '' : dirname(dir);
      }
      // A namespace package or a script folder: named from the nearest search root it sits under.
      if (m[2] === '__init__' && !parts.length) parts.push(posix.basename(dir || '.'));
      name = parts.filter((p) => /^[A-Za-z_]\w*$/.test(p)).length === parts.length ? parts.join('.') : undefined;
    }
    this.nameCache.set(path, name);
    return name;
  }

  /** The folder a file's top-level package sits in (where its absolute imports start). */
  rootOf(path: string): string {
    const start = dirname(path) === '.' ? '' : dirname(path);
    let hit = this.rootCache.get(start);
    if (hit === undefined) {
      let dir = start;
      while (dir && this.files.exists(`${dir}/__init__.py`)) dir = dirname(dir) === '.' ? '' : dirname(dir);
      this.rootCache.set(start, (hit = dir));
    }
    return hit;
  }

  /** A key for the search roots of `fromPath` (files of one folder share them). */
  searchKey(fromPath: string): string {
    return dirname(fromPath);
  }

  /** The folders searched for `fromPath`'s absolute imports, in order (cached per folder). */
  private searchRoots(fromPath: string): string[] {
    const dir = dirname(fromPath) === '.' ? '' : dirname(fromPath);
    let roots = this.rootsCache.get(dir);
    if (!roots) {
      const list = [this.rootOf(fromPath), ...EXTRA_ROOTS, ...(this.files.roots ?? [])];
      // Python puts a script's own folder first on sys.path: `import utils` next to the script.
      if (!this.files.exists(`${dir ? `${dir}/` : ''}__init__.py`)) list.unshift(dir);
      roots = [...new Set(list.map((r) => (r === '.' ? '' : r)))];
      this.rootsCache.set(dir, roots);
    }
    return roots;
  }

  /**
   * The project file of an absolute module name seen from `fromPath`, or undefined when the module
   * is not in the project (a third-party or standard module).
   */
  pathOf(module: string, fromPath: string): string | undefined {
    if (isStdlib(module)) return undefined;
    const dot = module.indexOf('.');
    const top = dot < 0 ? module : module.slice(0, dot);
    for (const root of this.searchRoots(fromPath)) {
      // Most roots hold no such top-level name (a monorepo has dozens of roots): one cached probe.
      if (!this.rootHas(root, top)) continue;
      let byModule = this.pathCache.get(root);
      if (!byModule) this.pathCache.set(root, (byModule = new Map()));
      let found = byModule.get(module);
      if (found === undefined) {
        // Names come from file texts: cached copies keep no text alive (util/detach.ts).
        const p = this.inRoot(root, module);
        byModule.set(detach(module), (found = p === undefined ? null : detach(p)));
      }
      if (found) return found;
    }
    return undefined;
  }

  private rootHas(root: string, top: string): boolean {
    const key = `${root}\u0000${top}`;
    let has = this.rootTops.get(key);
    if (has === undefined) {
      const base = root ? `${root}/${top}` : top;
      has = this.files.exists(base) || this.files.exists(`${base}.py`);
      this.rootTops.set(detach(key), has);
    }
    return has;
  }

  private inRoot(root: string, module: string): string | undefined {
    const rel = module.split('.');
    if (rel.length > MAX_SEGMENTS || rel.some((s) => !/^[A-Za-z_]\w*$/.test(s))) return undefined;
    const base = (root ? `${root}/` : '') + rel.join('/');
    for (const p of [`${base}.py`, `${base}/__init__.py`]) if (this.files.exists(p)) return p;
    return undefined;
  }

  /**
   * `from ..core.http import X` in `fromPath`: the absolute dotted name it refers to, found by folders
   * (what Python does for a file inside a package) and named like any project module. Undefined when
   * the target is not in the project.
   */
  absolute(fromPath: string, level: number, dotted: string): string | undefined {
    let dir = dirname(fromPath) === '.' ? '' : dirname(fromPath);
    for (let i = 1; i < level; i++) {
      if (!dir) return undefined;
      dir = dirname(dir) === '.' ? '' : dirname(dir);
    }
    const target = dotted
      ? this.inRoot(dir, dotted)
      : this.files.exists(`${dir}/__init__.py`)
        ? `${dir}/__init__.py`
        : undefined;
    return target ? this.nameOf(target) : undefined;
  }

  /** Longest prefix of `qual` that is a project module seen from `fromPath`, with the rest of the name. */
  split(qual: string, fromPath: string): { module: string; path: string; rest: string[] } | undefined {
    // Most dotted names (`requests.post`, `os.path.join`) start with a name no search root holds.
    const dot = qual.indexOf('.');
    const top = dot < 0 ? qual : qual.slice(0, dot);
    const topKey = `${dirname(fromPath)}\u0000${top}`;
    let known = this.topCache.get(topKey);
    if (known === undefined) {
      known =
        !STDLIB_MODULES.has(top) &&
        this.searchRoots(fromPath).some(
          (r) => this.files.exists(r ? `${r}/${top}` : top) || this.files.exists(r ? `${r}/${top}.py` : `${top}.py`),
        );
      this.topCache.set(topKey, known);
    }
    if (!known) return undefined;
    const parts = qual.split('.');
    if (parts.length > MAX_SEGMENTS) return undefined;
    // Shortest prefix first: a longer one can only be a module inside a package folder of the shorter.
    let hit: { module: string; path: string; rest: string[] } | undefined;
    for (let n = 1; n <= parts.length; n++) {
      if (parts[n - 1]!.endsWith('()')) break;
      const module = parts.slice(0, n).join('.');
      const path = this.pathOf(module, fromPath);
      if (path) hit = { module, path, rest: parts.slice(n) };
      if (!path?.endsWith('__init__.py') && !this.isPackageDir(module, fromPath)) break;
    }
    return hit;
  }

  /** A folder for this dotted name in some search root (a namespace package has no `__init__.py`). */
  private isPackageDir(module: string, fromPath: string): boolean {
    const rel = module.split('.').join('/');
    return this.searchRoots(fromPath).some((r) => this.files.exists(r ? `${r}/${rel}` : rel));
  }
}
