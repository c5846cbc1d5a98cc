// A scope's symbol table (names, globals, returns, decorators, bases...) and what its bindings are.
import type { SyntaxNode } from '../parse/parser.js';

export type Binding =
  | { k: 'import'; qual: string; at: number }
  /** `at` is where the binding takes effect: the end of the assignment / with item / walrus. */
  | {
      k: 'expr';
      node: SyntaxNode;
      scope: Scope;
      at: number;
      annotation?: SyntaxNode;
      inExcept?: boolean;
      /** Inside an `if` of its scope: an alternative (`if staging: URL = ...`), not the default value. */
      inBranch?: boolean;
    }
  | { k: 'param'; name: string; annotation?: SyntaxNode; default?: SyntaxNode; scope: Scope; at: number }
  /** A local def (its own scope holds the return expressions): shadows any import of the same name. */
  | { k: 'def'; node: SyntaxNode; scope: Scope; at: number }
  /** A local class (its own scope holds class attributes): shadows any import of the same name. */
  | { k: 'class'; node: SyntaxNode; scope: Scope; at: number }
  /** A rebinding to something unknowable (for-loop target, lambda parameter): shadows imports. */
  | { k: 'opaque'; at: number };

export interface ClassInfo {
  selfAttrs: Map<string, Binding[]>;
  scope: Scope;
}

/** The shared empty list of a module without configuration assignments (most modules). */
export const NONE: Scope['configs'] = [];
/**
 * The shared empty list of the scopes without returns, decorators, bases or star imports (most of
 * them): allocated on the first entry (`Scope.add`), never pushed to.
 */
const EMPTY: readonly never[] = Object.freeze([]);
const NO_GLOBALS: ReadonlySet<string> = new Set();

export class Scope {
  readonly names = new Map<string, Binding[]>();
  /** Names declared `global` in this scope. */
  globals: ReadonlySet<string> = NO_GLOBALS;
  /** For a method: the class it belongs to and the name of its first parameter (self/cls). */
  cls?: ClassInfo;
  selfName?: string;
  /** For a function or lambda: the expressions it returns (a lambda returns its body). */
  returns: readonly SyntaxNode[] = EMPTY;
  /** For a module: attribute assignments on names (`sdk.host = URL`), which may configure an imported SDK. */
  configs: { node: SyntaxNode; object: SyntaxNode; attr: string; value: SyntaxNode; scope: Scope }[] = NONE;
  /** For a function: its `*args` / `**kwargs` parameters (allocated only when there are any). */
  splats?: Map<string, '*' | '**'>;
  private paramNames?: string[];
  /** For a function: its return annotation (`-> httpx.Client`). */
  returnType?: SyntaxNode;
  /** For a function: its decorators' text (`property`, `functools.cached_property`...). */
  decorators: readonly string[] = EMPTY;
  /** For a class: the base class expressions. */
  bases: readonly SyntaxNode[] = EMPTY;
  /** Modules imported with `from m import *` in this scope. */
  stars: readonly string[] = EMPTY;
  /** The module scope this scope is in: which file's tree (and resolver) its nodes belong to. */
  readonly root: Scope;
  constructor(
    readonly kind: 'module' | 'function' | 'class',
    readonly node: SyntaxNode,
    readonly parent?: Scope,
  ) {
    this.root = parent ? parent.root : this;
  }

  bind(name: string, b: Binding): void {
    const target = this.globals.has(name) ? this.module() : this;
    let list = target.names.get(name);
    if (!list) target.names.set(name, (list = []));
    list.push(b);
  }

  module(): Scope {
    return this.root;
  }

  /** Append to one of the lists that start as the shared empty one. */
  add<K extends 'returns' | 'decorators' | 'bases' | 'stars'>(list: K, item: Scope[K][number]): void {
    if (this[list] === EMPTY) (this[list] as unknown[]) = [];
    (this[list] as unknown[]).push(item);
  }

  /** Declare a name `global` in this scope. */
  declareGlobal(name: string): void {
    if (this.globals === NO_GLOBALS) this.globals = new Set();
    (this.globals as Set<string>).add(name);
  }

  /** A function's parameter names in order (`self` included for methods). */
  params(): string[] {
    if (this.paramNames) return this.paramNames;
    const out: { name: string; at: number }[] = [];
    const body = this.bodyStart;
    for (const [name, list] of this.names)
      for (const b of list) if (b.k === 'param' && b.scope === this && b.at < body) out.push({ name, at: b.at });
    return (this.paramNames = out.sort((a, b) => a.at - b.at).map((p) => p.name));
  }

  /** Where a function's body starts (parameters are bound before it). */
  get bodyStart(): number {
    return this.node.childForFieldName('body')?.startIndex ?? this.node.endIndex;
  }
}

const classInfos = new WeakMap<Scope, ClassInfo>();
export function classInfo(classScope: Scope): ClassInfo {
  let c = classInfos.get(classScope);
  if (!c) classInfos.set(classScope, (c = { selfAttrs: new Map(), scope: classScope }));
  return c;
}
