// The project index: every module a file imports from the project, parsed on demand and resolved by
// its own Resolver, so a name imported from another module (a constant, a client, a factory, a class,
// a wrapper) has the value it has there. Modules are kept while a scan needs them and released in
// one go (never one by one: values of one module may point into another's tree).
import type { PythonParser, SyntaxTree } from '../parse/parser.js';
import type { ProjectFiles } from './modules.js';
import { importedPaths } from './import-scan.js';
import { ModuleMap } from './modules.js';
import type { FileSymbols, Scope } from './scopes.js';
import { collectSymbols } from './scopes.js';
import type { Value } from './value.js';
import type { ProjectLink } from './link.js';
import { Budget } from './link.js';
import { Resolver } from './values.js';

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
 * a cap that is reached depends on what earlier files loaded, and results must not depend on file order.
 */
const MAX_MODULES_PER_FILE = 20_000;
/** Largest module the index parses for another file. */
const MAX_MODULE_BYTES = 2 << 20;

export class Project {
  readonly modules: ModuleMap;
  private models = new Map<string, ModuleModel | null>();
  private byRoot = new Map<Scope, ModuleModel>();
  private trees: SyntaxTree[] = [];
  private liveBytes = 0;
  /** Incremented by release(): anything keyed by this project's scopes from before is stale. */
  generation = 0;
  private knownCache = new Map<string, boolean>();
  private active = new Set<string>();
  private lookups = new Map<string, Value | null>();
  private egress = new Map<string, boolean>();
  private egressActive = new Set<string>();
  private egressCuts = 0;
  private loadedThisFile = 0;
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
    private readonly prefilter: { test(text: string): boolean } = { test: () => true },
  ) {
    this.modules = new ModuleMap(files);
  }

  /** Start analysing a file: release everything when too much is alive, and reset the per-file budget. */
  beginFile(): void {
    this.dropTransient();
    if (this.liveBytes > MAX_LIVE_BYTES) this.release();
    this.loadedThisFile = 0;
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
    if (this.loadedThisFile >= MAX_MODULES_PER_FILE) return undefined;
    this.loadedThisFile++;
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
    // Memoised per importing folder (the search roots depend on it), like the resolver: only results
    // computed without a cut, so the answer never depends on what was looked up first.
    const memoKey = `${this.modules.searchKey(fromPath)}\u0000${qual}`;
    const cached = this.lookups.get(memoKey);
    if (cached !== undefined) return cached ?? undefined;
    const cuts = this.budget.cuts;
    this.active.add(key);
    try {
      const v = this.lookupOnce(qual, fromPath, depth);
      if (this.budget.cuts === cuts) this.lookups.set(memoKey, v ?? null);
      return v;
    } finally {
      this.active.delete(key);
    }
  }

  private lookupOnce(qual: string, fromPath: string, depth: number): Value | undefined {
    let known = this.knownCache.get(qual);
    if (known === undefined) this.knownCache.set(qual, (known = this.known(qual)));
    if (known) return undefined;
    const hit = this.modules.split(qual, fromPath);
    if (!hit) return undefined;
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
    return v.kind === 'function' || v.kind === 'class' ? { ...v, qual } : v;
  }

  /**
   * Whether a file that does not pass the text prefilter itself imports a project module that does
   * (directly or through other modules): its calls of that module's clients and wrappers must be analysed.
   */
  importsEgress(path: string, text: string): boolean {
    for (const p of importedPaths(text, path, this.modules)) if (this.mayEgress(p)) return true;
    return false;
  }

  private mayEgress(path: string): boolean {
    const known = this.egress.get(path);
    if (known !== undefined) return known;
    // An import cycle: false while in progress, and nothing computed through the cut is remembered
    // (else the answer for a module would depend on which module of the cycle was asked first).
    if (this.egressActive.has(path)) {
      this.egressCuts++;
      return false;
    }
    this.egressActive.add(path);
    const cuts = this.egressCuts;
    const text = this.files.read(path);
    const v = !!text && (this.prefilter.test(text) || this.importsEgress(path, text));
    this.egressActive.delete(path);
    if (v || cuts === this.egressCuts) this.egress.set(path, v);
    return v;
  }

  /** Free every tree (the end of a scan, or too much alive between two files). */
  release(): void {
    this.dropTransient();
    for (const t of this.trees) t.delete();
    this.trees = [];
    this.models.clear();
    this.byRoot.clear();
    this.lookups.clear();
    this.liveBytes = 0;
    this.generation++;
  }
}
