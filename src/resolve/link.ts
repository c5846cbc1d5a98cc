// What a Resolver shares with the project index: the work budget (one per analysed file, across every
// module it reaches) and the way to reach another module's names and resolver.
import type { Scope } from './scopes.js';
import type { Value } from './value.js';

/** Evaluation steps per analysed file: a pathological file stops resolving (and says so). */
export const WORK_BUDGET = 2_000_000;

export class Budget {
  /** Incremented whenever a result is cut; a computation that saw it change is not memoised. */
  cuts = 0;
  steps = 0;
  /** Set when the work budget ran out: later values are unknown and the file gets a note. */
  exhausted = false;

  reset(): void {
    this.steps = 0;
    this.exhausted = false;
  }
}

/** The resolver of a module's scope (a structural type: link.ts does not import the resolver). */
export interface ScopeResolver {
  value(node: import('../parse/parser.js').SyntaxNode | null | undefined, scope: Scope, depth?: number): Value;
}

export interface ProjectLink {
  /** The value of a dotted name that lives in the project, else undefined (it stays a qualified name). */
  lookup(qual: string, depth: number): Value | undefined;
  /** The resolver that owns another module's scopes. */
  resolverOf(root: Scope): ScopeResolver | undefined;
  budget: Budget;
}
