// The project index: every module a file imports from the project, parsed on demand and resolved by
// its own Resolver, so a name imported from another module (a constant, a client, a factory, a class,
// a wrapper) has the value it has there. Modules are kept while a scan needs them and released in
// one go (never one by one: values of one module may point into another's tree). A value crosses from
// one module to another plain (plain-value.ts), revived lazily: the lookup memo outlives a release, and
// a module released is parsed again only when a node or scope of such a value is read.
import { createHash } from 'node:crypto';
import type { PythonParser, SyntaxNode, SyntaxTree } from '../parse/parser.js';
import type { ProjectFiles } from './modules.js';
import { importedPaths } from './import-scan.js';
import { ModuleMap } from './modules.js';
import type { FileSymbols } from './scopes.js';
import { collectSymbols, Scope } from './scopes.js';
import type { Value } from './value.js';
import type { ModuleRef, PlainSource, PlainValue, ReviveHost } from './plain-value.js';
import { extend, revive, toPlain } from './plain-value.js';
import type { Costed, ProjectLink } from './link.js';
import { Budget } from './link.js';
import { Resolver } from './values.js';
import { detach } from '../util/detach.js';
import { Closure, Reach } from './reach.js';

/** The text filter the index asks whether a module may egress (rules/prefilter.ts). */
export interface ModuleFilter {
  test(text: string): boolean;
  /** The first words of patterns written in the text. */
  roots(text: string): ReadonlySet<string>;
  /** Whether the text may finish a name begun with one of `roots` in a module it imports. */
  finishes(text: string, roots: ReadonlySet<string>): boolean;
}

const NONE: ReadonlySet<string> = new Set();
/** Without rules, every module may egress. */
const EVERY_MODULE: ModuleFilter = { test: () => true, roots: () => NONE, finishes: () => true };

/** The union of two sets, sharing either when it already holds the other. */
function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a === b || !b.size) return a;
  if (!a.size) return b;
  let aHasB = true;
  for (const x of b) if (!a.has(x)) aHasB = false;
  if (aHasB) return a;
  let bHasA = true;
  for (const x of a) if (!b.has(x)) bHasA = false;
  return bHasA ? b : new Set([...a, ...b]);
}

/** One parsed project module. */
export interface ModuleModel {
  path: string;
  text: string;
  symbols: FileSymbols;
  resolver: Resolver;
}

/**
 * Source kept alive before the whole index is released between files. Trees live in WASM memory and,
 * with the resolver's tables, take about 100 bytes per source byte (measured on the standard library:
 * 12 MB of source, 1.2 GB resident when nothing was released), so this bounds the index near 400 MB.
 */
const MAX_LIVE_BYTES = 24 << 20;
/**
 * Modules one file may pull in (its import closure), against pathological import webs. High on purpose:
 * a cap that is reached depends on what earlier files loaded, and results must not depend on file order
 * (a lookup refused by it is not memoised).
 */
const MAX_MODULES_PER_FILE = 20_000;
/**
 * Memoised lookups kept across releases (each a key and a small plain value, some 200 bytes): past this
 * many, a release drops them too, which costs time only (a memo holds complete results only).
 */
const MAX_LOOKUPS = 250_000;
/** Largest module the index parses for another file. */
const MAX_MODULE_BYTES = 2 << 20;

type ModuleHit = NonNullable<ReturnType<ModuleMap['split']>>;

/** A memoised lookup: its plain value, and that value revived for the current generation. */
interface Memo {
  plain: PlainValue | null;
  live?: Value | null;
  generation: number;
}
type CostedMemo = Memo & Costed;

export class Project implements PlainSource, ReviveHost {
  readonly modules: ModuleMap;
  private models = new Map<string, ModuleModel | null>();
  private byRoot = new Map<Scope, ModuleModel>();
  private trees: SyntaxTree[] = [];
  private liveBytes = 0;
  /** Incremented by release(): anything keyed by this project's scopes from before is stale. */
  generation = 0;
  private knownCache = new Map<string, boolean>();
  private active = new Set<string>();
  /** Kept across release(): plain values refer to modules by path and text digest, not by tree. */
  private lookups = new Map<string, CostedMemo>();
  private byTarget = new Map<string, CostedMemo>();
  private digests = new Map<string, string>();
  private blankModule?: { node: SyntaxNode; scope: Scope };
  private parsedPaths = new Set<string>();
  /** Modules parsed (by the index or by the scan) after an earlier parse of theirs was released. */
  reparsed = 0;
  /** The first words of patterns written in a module or in what it imports, at any depth. */
  private roots = new Closure<ReadonlySet<string>>((path) => {
    const text = this.files.read(path);
    if (!text) return { value: NONE, edges: [] };
    return { value: this.prefilter.roots(text), edges: importedPaths(text, path, this.modules) };
  }, union);
  /**
   * Modules that pass the module filter, or finish a name begun in what they import, or import one
   * that does, at any depth (import cycles included).
   */
  private egress = new Reach((path) => {
    const text = this.files.read(path);
    if (!text) return [];
    if (this.prefilter.test(text)) return true;
    const imports = importedPaths(text, path, this.modules);
    return this.finishes(text, imports) || imports;
  });
  private loadedThisFile = 0;
  /** Milliseconds the current file spent parsing the modules it imports (not its own max-file-millis). */
  loadMillis = 0;
  /** The file analysed last when no module imports it: its tree goes when the next file begins. */
  private transient?: { model: ModuleModel; tree: SyntaxTree; asked: boolean };
  readonly budget = new Budget();

  /**
   * `known`: whether the rules match a dotted name (`socket.socket`, `huggingface_hub.HfApi`). Such a
   * name stays qualified even when the project holds that module (the library's own repository, a
   * vendored copy, the standard library's sources), so the rules still match it; every other name of
   * the project resolves into the project.
   */
  constructor(
    readonly files: ProjectFiles,
    private readonly parser: PythonParser,
    private readonly known: (qual: string) => boolean = () => false,
    private readonly prefilter: ModuleFilter = EVERY_MODULE,
    /** Modules one file may load (tests lower it). */
    private readonly modulesPerFile = MAX_MODULES_PER_FILE,
  ) {
    this.modules = new ModuleMap(files);
  }

  /** Start analysing a file: release everything when too much is alive, and reset the per-file budget. */
  beginFile(): void {
    this.dropTransient();
    if (this.liveBytes > MAX_LIVE_BYTES) this.release();
    this.loadedThisFile = 0;
    this.loadMillis = 0;
    this.budget.reset();
  }

  /** The model of a file being analysed: reuse the index's own parse when it has one. */
  existing(path: string): ModuleModel | undefined {
    return this.models.get(path) ?? undefined;
  }

  /**
   * Register a file the scan parsed itself, so the modules importing it reuse its tree. `keep` false:
   * no module imports it, so its tree is freed when the next file begins, unless the index was asked
   * for it meanwhile (then everything goes at the next release, as values may point into its tree).
   */
  adopt(path: string, text: string, tree: SyntaxTree, keep = true): ModuleModel {
    const symbols = collectSymbols(this.parser, tree, (level, dotted) => this.modules.absolute(path, level, dotted));
    const model: ModuleModel = { path, text, symbols, resolver: new Resolver(this.link(path), symbols.module) };
    if (this.parsedPaths.has(path)) this.reparsed++;
    else this.parsedPaths.add(path);
    this.digests.delete(path);
    this.models.set(path, model);
    this.byRoot.set(symbols.module, model);
    if (keep) this.keepTree(tree, text.length);
    else this.transient = { model, tree, asked: false };
    return model;
  }

  private keepTree(tree: SyntaxTree, bytes: number): void {
    this.trees.push(tree);
    this.liveBytes += bytes;
  }

  /** Free the last file's tree when nothing but its own analysis used it (else keep it until a release). */
  private dropTransient(): void {
    const t = this.transient;
    if (!t) return;
    this.transient = undefined;
    if (t.asked) return this.keepTree(t.tree, t.model.text.length);
    this.models.delete(t.model.path);
    this.byRoot.delete(t.model.symbols.module);
    t.tree.delete();
  }

  /** A module of the project by path, parsed on first use (undefined when unreadable or unparsable). */
  load(path: string): ModuleModel | undefined {
    const known = this.models.get(path);
    if (known && known === this.transient?.model) this.transient.asked = true;
    if (known !== undefined) return known ?? undefined;
    if (this.loadedThisFile >= this.modulesPerFile) {
      // Refused, like a step past the budget: what earlier files loaded decides it, so no memo keeps it.
      this.budget.refuse();
      this.budget.cuts++;
      return undefined;
    }
    this.loadedThisFile++;
    const start = performance.now();
    try {
      const text = this.files.read(path);
      if (text === undefined || text.length > MAX_MODULE_BYTES) {
        this.models.set(path, null);
        return undefined;
      }
      const tree = this.parser.parse(text, 2_000_000);
      if (!tree) {
        this.models.set(path, null);
        return undefined;
      }
      return this.adopt(path, text, tree);
    } finally {
      this.loadMillis += performance.now() - start;
    }
  }

  /** The model a scope belongs to. */
  modelOf(scope: Scope): ModuleModel | undefined {
    return this.byRoot.get(scope.root);
  }

  /** The resolver's view of the project from one file: lookups start at that file's package root. */
  link(fromPath: string): ProjectLink {
    return {
      lookup: (qual, depth) => this.lookup(qual, fromPath, depth),
      resolverOf: (root) => this.byRoot.get(root)?.resolver,
      budget: this.budget,
    };
  }

  /**
   * The value of a dotted name when it lives in the project: `pkg.config.API_URL`, `pkg.http.get_session`.
   * Undefined for names outside the project (they stay qualified names for the rules).
   */
  private lookup(qual: string, fromPath: string, depth: number): Value | undefined {
    // An import cycle (a imports b imports a): the name is unknown while it is being looked up.
    const key = `${fromPath}\u0000${qual}`;
    if (this.active.has(key)) {
      this.budget.cuts++;
      return undefined;
    }
    // Memoised like the resolver: only results computed without a cut, so the answer never depends on
    // what was looked up first. Per importing folder (the search roots depend on it), and per module
    // file and name: the value depends on the folder only through the module the name is found in.
    const memoKey = detach(`${this.modules.searchKey(fromPath)}\u0000${qual}`);
    const b = this.budget;
    const cached = this.lookups.get(memoKey);
    if (cached && b.reuse(cached)) return this.memoised(cached) ?? undefined;
    const mark = b.mark();
    const hit = this.target(qual, fromPath);
    if (!hit) {
      this.lookups.set(memoKey, b.made(mark, { plain: null, generation: this.generation }));
      return undefined;
    }
    const targetKey = detach(`${hit.path}\u0000${qual}`);
    const shared = this.byTarget.get(targetKey);
    if (shared && b.reuse(shared)) {
      this.lookups.set(memoKey, shared);
      return this.memoised(shared) ?? undefined;
    }
    const cuts = b.cuts;
    this.active.add(key);
    try {
      const v = this.lookupOnce(qual, hit, depth);
      if (b.cuts !== cuts) return v;
      // What crosses into the importing module is the plain value, revived: it refers to this module
      // only by references the index resolves, now and after a release alike.
      const m = b.made(mark, { plain: v ? toPlain(v, this) : null, generation: this.generation } as Memo);
      this.lookups.set(memoKey, m);
      this.byTarget.set(targetKey, m);
      return this.memoised(m) ?? undefined;
    } finally {
      this.active.delete(key);
    }
  }

  /** A memoised lookup as a live value of this generation (revived from its plain form after a release). */
  private memoised(m: Memo): Value | null {
    if (m.live !== undefined && m.generation === this.generation) return m.live;
    m.live = m.plain ? revive(m.plain, this) : null;
    m.generation = this.generation;
    return m.live;
  }

  /** The project module a dotted name is found in, seen from a file; undefined for a name the rules match. */
  private target(qual: string, fromPath: string): ModuleHit | undefined {
    let known = this.knownCache.get(qual);
    if (known === undefined) this.knownCache.set(qual, (known = this.known(qual)));
    return known ? undefined : this.modules.split(qual, fromPath);
  }

  private lookupOnce(qual: string, hit: ModuleHit, depth: number): Value | undefined {
    const model = this.load(hit.path);
    if (!model) return undefined;
    if (!hit.rest.length) return { kind: 'qualified', name: hit.module, origins: [] };
    const [first, ...more] = hit.rest;
    const r = model.resolver;
    let v = r.name(first!, Infinity, model.symbols.module, depth + 1);
    // `from pkg import sub` where sub is a submodule not bound in pkg/__init__.py.
    if (v.kind === 'unknown') {
      const sub = this.modules.pathOf(`${hit.module}.${first}`, hit.path);
      if (sub) v = { kind: 'qualified', name: `${hit.module}.${first}`, origins: [] };
    }
    for (const attr of more) {
      v = r.attributeOf(v, attr, depth + 1);
      if (v.kind === 'unknown') return undefined;
    }
    if (v.kind === 'unknown') return undefined;
    return v.kind === 'function' || v.kind === 'class' ? extend(v, { qual }) : v;
  }

  /**
   * Whether a file that does not pass the text prefilter itself must still be analysed: it imports a
   * project module that may egress (directly or through other modules: its calls of that module's
   * clients and wrappers), or it finishes a name begun in what it imports (`sp.run(...)` after
   * `from .compat import sp`, where compat has `import subprocess as sp`).
   */
  needsAnalysis(path: string, text: string): boolean {
    const imports = importedPaths(text, path, this.modules);
    for (const p of imports) if (this.mayEgress(p)) return true;
    return this.finishes(text, imports);
  }

  /**
   * Whether a module finishes a name begun in what it imports. Only its imports' roots count: a name
   * begun in the module itself and finished there has all its words in its text (the word test), and
   * one that leaves and comes back does so through an import cycle, which brings the module's own
   * roots in.
   */
  private finishes(text: string, imports: readonly string[]): boolean {
    let roots: ReadonlySet<string> = NONE;
    for (const p of imports) roots = union(roots, this.roots.of(p));
    return roots.size > 0 && this.prefilter.finishes(text, roots);
  }

  private mayEgress(path: string): boolean {
    return this.egress.reaches(path);
  }

  /** The module a scope of this generation belongs to, with its text's digest (for plain values). */
  moduleOf(root: Scope): ModuleRef | undefined {
    const m = this.byRoot.get(root);
    const digest = m && this.digestOf(m.path, m.text);
    return digest ? { path: m.path, digest } : undefined;
  }

  /** The digest of a module's current text (read when this index has not read it since its last parse). */
  digest(path: string): string | undefined {
    return this.digests.get(path) ?? this.digestOf(path, this.models.get(path)?.text ?? this.files.read(path));
  }

  private digestOf(path: string, text: string | undefined): string | undefined {
    let d = this.digests.get(path);
    if (d === undefined && text !== undefined) {
      d = createHash('sha256').update(text).digest('base64url').slice(0, 22);
      this.digests.set(path, d);
    }
    return d;
  }

  /** A module's parse for a plain value's reference: loaded again if released, undefined if its text changed. */
  parsed(ref: ModuleRef): { root: SyntaxNode; symbols: FileSymbols } | undefined {
    const m = this.load(ref.path);
    if (!m || this.digestOf(m.path, m.text) !== ref.digest) return undefined;
    return { root: m.symbols.module.node, symbols: m.symbols };
  }

  blank(): { node: SyntaxNode; scope: Scope } {
    if (this.blankModule) return this.blankModule;
    const tree = this.parser.parse('', 2_000_000)!;
    this.trees.push(tree);
    return (this.blankModule = { node: tree.rootNode, scope: new Scope('module', tree.rootNode) });
  }

  /** Free every tree (the end of a scan, or too much alive between two files); the lookup memo stays. */
  release(): void {
    this.dropTransient();
    if (this.lookups.size > MAX_LOOKUPS) {
      this.lookups.clear();
      this.byTarget.clear();
    }
    for (const m of this.lookups.values()) m.live = undefined;
    for (const t of this.trees) t.delete();
    this.trees = [];
    this.models.clear();
    this.byRoot.clear();
    this.blankModule = undefined;
    // A module may be read again with another text: its digest is taken afresh.
    this.digests.clear();
    this.liveBytes = 0;
    this.generation++;
  }
}
