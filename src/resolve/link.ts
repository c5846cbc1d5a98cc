// What a Resolver shares with the project index: the work budget (one per analysed file, across every
// module it reaches) and the way to reach another module's names and resolver.
import type { Scope } from './scopes.js';
import type { Value } from './value.js';

/**
 * Evaluation steps per analysed file: a pathological file stops resolving (and says so). Measured per
 * file on the standard library and the 18 projects of bench/real: at most 149,000 steps, one file
 * (aider's editblock_coder.py) 878,000 with the same findings at 250,000; sympy's recursive method webs
 * spend any budget (cut results are recomputed), at about 2 µs a step.
 */
export const WORK_BUDGET = 400_000;

/**
 * Steps each call site may still take once the file's budget is spent: enough to name its callee and
 * read plain arguments, so one pathological web of functions does not hide the sites after it. Past the
 * first SITE_CALLEE steps of each site (its callee, resolved first), the grace is bounded in all by
 * WORK_BUDGET, so a file costs at most twice the budget plus SITE_CALLEE steps per call site, and its
 * wrapper summaries SUMMARIES_PER_FILE more.
 */
export const SITE_GRACE = 2_000;
export const SITE_CALLEE = 200;

/**
 * Steps one wrapper summary may take on its own account, not the file's: a summary that completes
 * within them is the same whatever the file spent before, so it is remembered for every file. Once the
 * file has its budget note each gets SITE_GRACE (a refused one serves only its own file: wrappers.ts).
 * The largest on the standard library takes 15,640.
 */
export const SUMMARY_STEPS = 50_000;
/**
 * Steps all of one file's summaries may take. Refused summaries are made again by each file that calls
 * them (sympy: 77 s at 400,000, 49 s at 100,000, for 208 and 211 files noted).
 */
export const SUMMARIES_PER_FILE = 100_000;

/** A summary's own account (Budget.enter); `bound`: its steps plus what its reused results would cost. */
interface Frame {
  steps: number;
  bound: number;
}

/**
 * A memoised result with what computing it cost, reused results counted at their own cost (so an upper
 * bound of its cost from an empty index), and the files it was made in and last reused by.
 */
export interface Costed {
  cost: number;
  born: number;
  seen: number;
}

export class Budget {
  /** Incremented whenever a result is cut; a computation that saw it change is not memoised. */
  cuts = 0;
  /**
   * Steps refused (never reset): a result computed while one was refused depends on what the file spent
   * before it, so caches that outlive the file must not keep it (the resolver's own memo sees it as a cut).
   */
  refused = 0;
  steps = 0;
  /** Set when the work budget ran out: later values may be unknown and the file gets a note. */
  exhausted = false;
  private grace = 0;
  private graceSpent = 0;
  private frame: Frame | undefined;
  private frameSpent = 0;

  /** Which analysed file the budget is spent on (a new one at each reset). */
  file = 0;
  /** Steps per file (tests lower it). */
  limit = WORK_BUDGET;
  /**
   * Upper bounds of what this file would spend from an empty index: its steps, plus the cost of each
   * result made by an earlier file that it reuses (once). Under every bound, no account of this file
   * would run out from an empty index either, so the analysis is the same as from one.
   */
  private bound = 0;
  private frameBound = 0;
  /** Everything spent (steps, and reused results at their cost), for the cost of what is being made. */
  private spent = 0;
  /** From this file on, results made by earlier files are not reused (an analysis as from an empty index). */
  private alone = 0;

  reset(): void {
    this.file++;
    this.steps = 0;
    this.exhausted = false;
    this.grace = 0;
    this.graceSpent = 0;
    this.frameSpent = 0;
    this.bound = 0;
    this.frameBound = 0;
  }

  /**
   * Whether an analysis of this file from an empty index could run out of an account this one did not:
   * then its note (and what the cut hides) would depend on what earlier files memoised, so the file is
   * analysed again as from an empty index (analyze-file.ts). A file that ran out here runs out there too
   * (reused results only save steps), so it keeps its note without a second analysis.
   */
  get unsure(): boolean {
    return !this.exhausted && (this.bound > this.limit || this.frameBound >= SUMMARIES_PER_FILE);
  }

  /** Analyse the next file as from an empty index (results of earlier files are made again). */
  aloneFromNext(on: boolean): void {
    this.alone = on ? this.file + 1 : 0;
  }

  /** Mark the start of a result being made (for `made`). */
  mark(): number {
    return this.spent;
  }

  /** A result made since `mark`, with its cost. */
  made<T extends object>(mark: number, result: T): T & Costed {
    return Object.assign(result, { cost: this.spent - mark, born: this.file, seen: this.file });
  }

  /** Whether a memoised result may be reused here; reusing it counts its cost toward the bounds. */
  reuse(r: Costed, summary = false): boolean {
    if (r.born < this.alone) return false;
    this.spent += r.cost;
    if (r.born !== this.file && r.seen !== this.file) {
      r.seen = this.file;
      if (summary) this.chargeSummary(r.cost);
      else this.charge(r.cost);
    }
    return true;
  }

  /** A summary reused would be made on its own account (from an empty index): its cost goes there. */
  private chargeSummary(n: number): void {
    this.frameBound += n;
    if (n >= SUMMARY_STEPS) this.frameBound = Math.max(this.frameBound, SUMMARIES_PER_FILE);
  }

  private charge(n: number): void {
    const f = this.frame;
    if (!f) {
      this.bound += n;
      return;
    }
    f.bound += n;
    this.frameBound += n;
    if (f.bound >= SUMMARY_STEPS) this.frameBound = Math.max(this.frameBound, SUMMARIES_PER_FILE);
  }

  /** Start a summary's own account; `leave` with what this returns. */
  enter(): Frame | undefined {
    const outer = this.frame;
    this.frame = { steps: 0, bound: 0 };
    return outer;
  }

  leave(outer: Frame | undefined): void {
    this.frame = outer;
  }

  /** Refuse work (a step, a module load): the file gets the budget note; the caller cuts. */
  refuse(): false {
    this.exhausted = true;
    this.refused++;
    return false;
  }

  /** A call site of the analysed file begins: past the budget, it gets its grace. */
  nextSite(): void {
    this.grace = SITE_GRACE;
  }

  /** Take one step; false when none is left (the caller cuts). */
  step(): boolean {
    this.spent++;
    this.charge(1);
    const f = this.frame;
    if (f) {
      // Once the file has a note, its summaries get a site's grace: what they would add is already hedged.
      if (f.steps < (this.exhausted ? SITE_GRACE : SUMMARY_STEPS) && this.frameSpent < SUMMARIES_PER_FILE) {
        f.steps++;
        this.frameSpent++;
        return true;
      }
      return this.refuse();
    }
    if (++this.steps <= this.limit) return true;
    this.exhausted = true;
    if (this.grace <= 0 || (SITE_GRACE - this.grace >= SITE_CALLEE && this.graceSpent >= WORK_BUDGET))
      return this.refuse();
    this.grace--;
    this.graceSpent++;
    return true;
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
