// The merge gate — the only place that decides pass/fail, for the action, `egress-audit scan` and
// `egress-audit diff`. Everything else (exit codes, comment headline, job summary, outputs) reads
// its GateDecision: data only; src/report/gate-message.ts words it, src/pipeline/gate.ts joins the two.
//
// What fails it:
//  - a new finding (more occurrences of its fingerprint at head than at base) that is not approved by
//    an `allow` entry and not suppressed in code (a suppression the PR itself adds is not trusted unless
//    allowPrSuppressions), with a risk at or above `failOn`;
//  - a new finding matching a `deny` entry, whatever `failOn`;
//  - (pull requests, unless unanalysed is 'warn') a changed Python file that could not be analysed at
//    head: too large, over the time budget, binary or undecodable, unreadable. Symbolic links,
//    submodules and other non-regular files are skipped by design: listed, never failing.
// `warnOnly` turns a failure into a warning.
import { RISKS, maxRisk, riskRank, type Risk } from '../model/taxonomy.js';
import { emptyResult } from '../scan/results.js';
import type { Comparison, Finding, ScanResult, SkippedFile } from '../types.js';
import { compareScans } from './compare.js';
import { integrationKey } from './inventory.js';

export type FailOn = 'none' | Risk;
export const FAIL_ON_LEVELS: readonly FailOn[] = ['none', ...RISKS];

/** What a changed file that could not be analysed does to the gate. */
export type UnanalysedPolicy = 'fail' | 'warn';

export interface GateOptions {
  failOn: FailOn;
  warnOnly: boolean;
  /** Honour `# egress: allow` suppressions that the PR itself adds (default: list them, still count). */
  allowPrSuppressions: boolean;
  /**
   * 'pull-request' (default): only changed files count, and an unanalysed one fails by default.
   * 'full-scan': every skipped file counts, and warns by default.
   */
  scope?: GateScope;
  /** Default: 'fail' for pull requests, 'warn' for full scans. */
  unanalysed?: UnanalysedPolicy;
}

/** Why a finding fails the gate. */
export type FailReason = 'denied' | 'risk' | 'untrusted-suppression';

export type GateScope = 'pull-request' | 'full-scan';

export interface GateFailure {
  finding: Finding;
  reason: FailReason;
  /** The finding's integration (service × destination × category) already existed at base. */
  existingIntegration: boolean;
}

export interface GateDecision {
  /** What was gated: a pull request's changed files, or every file of a full scan. */
  scope: GateScope;
  /** The check fails (exit 1). */
  failed: boolean;
  /** Would have failed, but warn-only is set. */
  warnOnly: boolean;
  /** failed || warnOnly: something fails the gate's rules. */
  wouldFail: boolean;
  failOn: FailOn;
  allowPrSuppressions: boolean;
  /** Findings that fail the gate (denied ones included), in location order. */
  failing: Finding[];
  /** The same, with why and whether they are new call sites of an existing integration. */
  failures: GateFailure[];
  /** Files in scope that could not be analysed (changed files at head, or every file of a full scan). */
  unanalysed: SkippedFile[];
  /** Unanalysed files are part of the failure (policy 'fail'). */
  unanalysedFails: boolean;
  /** Skipped by design (symbolic links, submodules, non-regular files) or only at base: listed, never failing. */
  skippedByDesign: SkippedFile[];
  /** New findings that count (unsuppressed, not allowlisted; denied included). */
  countedNew: number;
  /** Highest risk among new findings that count, or 'none'. */
  highestNewRisk: Risk | 'none';
}

/** New findings the gate looks at: not allowlisted, not suppressed (unless the PR added the suppression). */
export function countedFindings(cmp: Comparison, allowPrSuppressions: boolean): Finding[] {
  const added = new Set(cmp.addedSuppressions);
  return cmp.newFindings.filter((f) => {
    if (f.denied) return true;
    if (f.allowed) return false;
    if (f.suppressed) return !allowPrSuppressions && added.has(f);
    return true;
  });
}

/** Skip reasons that are a design decision, not a failure to analyse: links and non-files are never read. */
export function skippedByDesign(s: SkippedFile): boolean {
  return /symbolic link|submodule|not a regular file|outside the workspace/i.test(s.reason);
}

/** Split skipped files into those that count for the gate and those that are only listed. */
function classifySkipped(cmp: Comparison, scope: GateScope): [SkippedFile[], SkippedFile[]] {
  const changed = new Set(cmp.changedFiles);
  const counts: SkippedFile[] = [];
  const listed: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const s of cmp.skipped) {
    const inScope =
      scope === 'full-scan' ||
      // A file unreadable only at base hides nothing: its head findings all count as new.
      (s.side !== 'base' && changed.has(s.file));
    if (!inScope || skippedByDesign(s)) listed.push(s);
    else if (!seen.has(s.file)) {
      seen.add(s.file);
      counts.push(s);
    }
  }
  const byFile = (a: SkippedFile, b: SkippedFile): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return [counts.sort(byFile), listed.sort(byFile)];
}

export function decideGate(cmp: Comparison, opts: GateOptions): GateDecision {
  const scope = opts.scope ?? 'pull-request';
  const unanalysedPolicy = opts.unanalysed ?? (scope === 'full-scan' ? 'warn' : 'fail');
  const counted = countedFindings(cmp, opts.allowPrSuppressions);
  const added = new Set(cmp.addedSuppressions);
  const threshold = opts.failOn === 'none' ? Infinity : riskRank(opts.failOn);
  const newIntegrations = new Set(
    cmp.newIntegrations.map((i) => JSON.stringify([i.service, i.destination, i.category])),
  );
  const failures: GateFailure[] = counted
    .filter((f) => f.denied || riskRank(f.risk) >= threshold)
    .map((f) => ({
      finding: f,
      reason: f.denied ? 'denied' : f.suppressed && added.has(f) ? 'untrusted-suppression' : 'risk',
      existingIntegration: !newIntegrations.has(integrationKey(f)),
    }));
  const highestNewRisk = counted.reduce<Risk | 'none'>((r, f) => maxRisk(r, f.risk), 'none');
  const [unanalysed, byDesign] = classifySkipped(cmp, scope);
  const unanalysedFails = unanalysed.length > 0 && unanalysedPolicy === 'fail';
  const wouldFail = failures.length > 0 || unanalysedFails;
  return {
    scope,
    failed: wouldFail && !opts.warnOnly,
    warnOnly: wouldFail && opts.warnOnly,
    wouldFail,
    failOn: opts.failOn,
    allowPrSuppressions: opts.allowPrSuppressions,
    failing: failures.map((f) => f.finding),
    failures,
    unanalysed,
    unanalysedFails,
    skippedByDesign: byDesign,
    countedNew: counted.length,
    highestNewRisk,
  };
}

/** The gate of a full scan (`egress-audit scan`, the action on the default branch): every finding is new. */
export function decideScanGate(result: ScanResult, opts: Omit<GateOptions, 'scope'>): GateDecision {
  return decideGate(fullScanComparison(result), { ...opts, scope: 'full-scan' });
}

/** A full scan as a comparison against an empty base; suppressions in the code are trusted. */
export function fullScanComparison(result: ScanResult): Comparison {
  const files = [...new Set(result.findings.map((f) => f.file))].map((path) => ({ status: 'added' as const, path }));
  const cmp = compareScans(emptyResult(), result, { files, policyChanges: [] });
  cmp.addedSuppressions = [];
  return cmp;
}

/** The headline counts of what fails: findings of new integrations, new call sites, unanalysed files. */
export function gateCounts(g: GateDecision): { newIntegration: number; callSite: number; unanalysed: number } {
  const callSite = g.failures.filter((f) => f.existingIntegration).length;
  return {
    newIntegration: g.failures.length - callSite,
    callSite,
    unanalysed: g.unanalysedFails ? g.unanalysed.length : 0,
  };
}
