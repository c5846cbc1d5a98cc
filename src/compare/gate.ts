// The merge gate: which new findings fail the check, and a message that says how to resolve them.
import { RISKS, riskRank, type Comparison, type Finding, type Risk } from '../types.js';

export type FailOn = 'none' | Risk;
export const FAIL_ON_LEVELS: readonly FailOn[] = ['none', ...RISKS];

export interface GateOptions {
  failOn: FailOn;
  warnOnly: boolean;
  /** Honour `# egress: allow` suppressions that the PR itself adds (default: list them, still count). */
  allowPrSuppressions: boolean;
}

export interface GateResult {
  failed: boolean;
  /** Findings that fail the gate (denied ones included). */
  failing: Finding[];
  /** Would have failed, but warn-only is set. */
  warnOnly: boolean;
  /** New findings that count (unsuppressed, not allowlisted; denied included). */
  countedNew: number;
  /** Highest risk among new findings that count (unsuppressed, not allowlisted), or 'none'. */
  highestNewRisk: Risk | 'none';
  message: string;
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

export function evaluateGate(cmp: Comparison, opts: GateOptions): GateResult {
  const counted = countedFindings(cmp, opts.allowPrSuppressions);
  const threshold = opts.failOn === 'none' ? Infinity : riskRank(opts.failOn);
  const failing = counted.filter((f) => f.denied || riskRank(f.risk) >= threshold);
  const highestNewRisk = counted.reduce<Risk | 'none'>(
    (r, f) => (r === 'none' || riskRank(f.risk) > riskRank(r) ? f.risk : r),
    'none',
  );
  const wouldFail = failing.length > 0;
  return {
    failed: wouldFail && !opts.warnOnly,
    failing,
    countedNew: counted.length,
    warnOnly: wouldFail && opts.warnOnly,
    highestNewRisk,
    message: wouldFail ? failureMessage(failing, cmp, opts) : '',
  };
}

function failureMessage(failing: Finding[], cmp: Comparison, opts: GateOptions): string {
  const added = new Set(cmp.addedSuppressions);
  const lines = [`${failing.length} new outbound integration finding(s) fail the gate (fail-on: ${opts.failOn}):`];
  const shown = failing.slice(0, 50);
  for (const f of shown) {
    const why = f.denied
      ? `denied by ${f.denied.by}`
      : f.suppressed && added.has(f)
        ? `${f.risk}; suppression added in this PR is not trusted`
        : f.risk;
    const dest = f.destination.host ?? f.destination.detail ?? f.destination.source;
    lines.push(`  - ${f.file}:${f.startLine} ${f.service} → ${oneLine(dest)} [${f.ruleId}] (${why})`);
  }
  if (failing.length > shown.length) lines.push(`  … and ${failing.length - shown.length} more (see the job summary)`);
  lines.push(
    'To resolve: remove the integration; or approve it with an `allow` entry in the config on the base branch ' +
      '(policy is read from the base revision, so merge that change first); or add `# egress: allow[RULE-ID] reason` ' +
      'on the line' +
      (opts.allowPrSuppressions ? '.' : ' (suppressions added by a PR are listed for review and count once merged).'),
  );
  if (failing.some((f) => f.denied))
    lines.push('Denied destinations always fail: remove them or change the deny list.');
  lines.push('Set `warn-only: true` to report without failing.');
  return lines.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').slice(0, 200);
}
