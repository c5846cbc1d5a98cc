// Cache keys for full scans. A file's result depends on its own bytes, on the project modules it can
// reach through imports (project-wide resolution reads them), on the package roots (how dotted names
// map to files), and on the engine, the rules and the policy. The key hashes exactly that: the
// file's bytes, the digest of its import closure (found by the cheap textual import scan, with each
// module's package `__init__.py` chain), and a context hash. Anything that can change the result
// changes the key, so an entry is either the result of this very input or unused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/types.js';
import { importedPaths } from '../resolve/import-scan.js';
import type { ModuleMap } from '../resolve/modules.js';
import type { Rule } from '../types.js';
import { VERSION } from '../version.js';

/** Bumped when the entry layout or the key recipe changes. */
export const CACHE_FORMAT = 1;

const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/**
 * The engine's identity: the package version and the bytes of the code that runs (the bundle's own
 * files and the grammar next to it), so a rebuilt engine never reuses results of another build.
 */
let engine: string | undefined;
export function engineId(): string {
  if (engine) return engine;
  const h = createHash('sha256').update(`${VERSION}\0`);
  try {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(js|mjs|ts|wasm)$/.test(name)) continue;
      h.update(name)
        .update('\0')
        .update(readFileSync(join(dir, name)));
    }
  } catch {
    h.update(`unreadable\0${Date.now()}`); // never shared: no entry can match
  }
  return (engine = h.digest('hex'));
}

/** Config fields that decide results (warnings and the config's own file location do not). */
function configForKey(config: Config): unknown {
  const { warnings: _w, ...rest } = config as Config & { warnings?: unknown };
  return rest;
}

/** Hash of everything besides the files: engine, rules, policy, package roots. */
export function contextKey(rules: readonly Rule[], config: Config, roots: readonly string[] = []): string {
  const replacer = (_k: string, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v);
  return sha(
    JSON.stringify([CACHE_FORMAT, engineId(), rules, configForKey(config), [...roots]], replacer) ?? 'undefined',
  );
}

/** Text the import scan reads: continuation lines joined and `;` statements split, so none is missed. */
function importText(text: string): string {
  return text.replace(/\\\r?\n/g, ' ').replace(/;/g, '\n');
}

/** `import_module("pkg.mod")` / `__import__("pkg.mod")` with a literal name: the resolver follows these too. */
const DYNAMIC_IMPORT = /\b(?:import_module|__import__)\(\s*(?:[rRuU]?)(['"])([\w.]{1,200})\1/g;

/**
 * Per-file closure digests over the import graph. Strongly connected components (import cycles) share
 * one digest: the hashes of their members and the digests of the components they import.
 */
export class ClosureDigests {
  private edges = new Map<string, string[]>();
  private hashes = new Map<string, string | null>();
  private digests = new Map<string, string>();
  /** Set by the first digest: from then on a module's text is hashed when its imports are read. */
  private digesting = false;

  constructor(
    private readonly modules: ModuleMap,
    private readonly read: (path: string) => string | undefined,
  ) {}

  /** Hash of a file's text as the index reads it ("-" when unreadable: a later readable file changes it). */
  private hashOf(path: string): string {
    let h = this.hashes.get(path);
    if (h === undefined) {
      const text = this.read(path);
      h = text === undefined ? null : sha(text);
      this.hashes.set(path, h);
    }
    return h ?? '-';
  }

  /** The files a module's analysis can read directly: what it imports, and each one's package chain. */
  importsOf(path: string, text?: string): string[] {
    let e = this.edges.get(path);
    if (e) return e;
    const src = text ?? this.read(path);
    // Hash the text while it is here when digests are wanted (hashOf would read the file again).
    if (this.digesting && !this.hashes.has(path)) this.hashes.set(path, src === undefined ? null : sha(src));
    const out = new Set<string>();
    if (src !== undefined) {
      const t = importText(src);
      for (const p of importedPaths(t, path, this.modules)) out.add(p);
      for (const m of t.matchAll(DYNAMIC_IMPORT)) {
        const p = this.modules.pathOf(m[2]!, path);
        if (p) out.add(p);
      }
    }
    for (const p of [...out, path]) for (const init of this.packageChain(p)) out.add(init);
    out.delete(path);
    e = [...out].sort();
    this.edges.set(path, e);
    return e;
  }

  /** `a/b/c.py` → `a/b/__init__.py`, `a/__init__.py` (those that exist). */
  private packageChain(path: string): string[] {
    const out: string[] = [];
    let dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const self = path.endsWith('/__init__.py');
    if (self) dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    while (dir && out.length < 64) {
      const init = `${dir}/__init__.py`;
      if (!this.modules.files.exists(init)) break;
      out.push(init);
      dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    }
    return out;
  }

  /** Digest of everything `path` can reach (itself excluded: the caller hashes its bytes). */
  digest(path: string, text?: string): string {
    this.digesting = true;
    if (text !== undefined) this.importsOf(path, text);
    const known = this.digests.get(path);
    if (known) return known;
    this.tarjan(path);
    return this.digests.get(path)!;
  }

  /** Iterative Tarjan: each component's digest is computed once its successors' are known. */
  private tarjan(start: string): void {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    let counter = 0;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const succ = this.importsOf(top.node);
      if (top.i < succ.length) {
        const next = succ[top.i++]!;
        if (this.digests.has(next)) continue;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, i: 0 });
        } else if (onStack.has(next)) low.set(top.node, Math.min(low.get(top.node)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) !== index.get(top.node)) continue;
      const members: string[] = [];
      for (;;) {
        const m = stack.pop()!;
        onStack.delete(m);
        members.push(m);
        if (m === top.node) break;
      }
      members.sort();
      const inside = new Set(members);
      const h = createHash('sha256');
      for (const m of members) h.update(`${m}\0${this.hashOf(m)}\0`);
      const outside = new Set<string>();
      for (const m of members) for (const s of this.importsOf(m)) if (!inside.has(s)) outside.add(s);
      for (const s of [...outside].sort()) h.update(`>${s}\0${this.digests.get(s)}\0`);
      const d = h.digest('hex');
      for (const m of members) this.digests.set(m, d);
    }
  }
}

/** The key of one file's entry. */
export function fileKey(context: string, path: string, bytes: Buffer, closure: string): string {
  return sha(`${context}\0${path}\0${sha(bytes)}\0${closure}`);
}
