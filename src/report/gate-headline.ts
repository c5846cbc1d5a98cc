// The top of the PR comment and the job summary: the headline that follows the gate, the integration
// verdict and the gate's lines (threshold, what fails, how to resolve it).
import { gateCounts, type GateDecision } from '../compare/gate.js';
import { countByRisk } from '../model/taxonomy.js';
import type { Comparison } from '../types.js';
import { plural } from './comment-cells.js';
import { codeText } from './escape.js';
import { gateHeadlineParts, joinAnd } from './wording.js';

export function verdict(cmp: Comparison): string {
  const n = cmp.newIntegrations.length;
  if (n === 0) return '✅ No new outbound integrations.';
  return `⚠️ ${verdictText(cmp)}`;
}

/** The verdict without its emoji (shown under a gate headline). */
export function verdictText(cmp: Comparison): string {
  const n = cmp.newIntegrations.length;
  if (n === 0) return 'No new outbound integrations.';
  const counts = countByRisk(cmp.newIntegrations.map((i) => i.risk));
  const severe = (['critical', 'high'] as const).filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  return `New outbound integrations: ${n}${severe.length ? ` (${severe.join(', ')})` : ''}`;
}

/**
 * The `##` headline follows the gate: ❌ (or ⚠️ with warn-only) naming what fails it; ⚠️ when changed
 * files could not be analysed; otherwise the integration verdict. Never ✅ next to a failing gate.
 */
export function headline(cmp: Comparison, gate: GateDecision): string {
  if (gate.wouldFail) {
    const counts = gateCounts(gate);
    const total = counts.newIntegration + counts.callSite + counts.unanalysed;
    const what = joinAnd(gateHeadlineParts(counts));
    return gate.failed
      ? `❌ ${what} ${total === 1 ? 'fails' : 'fail'} the gate`
      : `⚠️ ${what} would fail the gate (warn-only)`;
  }
  if (gate.unanalysed.length) return `⚠️ ${plural(gate.unanalysed.length, 'file')} could not be analysed`;
  return verdict(cmp);
}

export function gateLines(gate: GateDecision): string[] {
  const failOn = codeText(`fail-on: ${gate.failOn}`, 40);
  if (!gate.wouldFail) return [`Merge gate passed (${failOn}).`];
  const n = gate.failing.length;
  const u = gate.unanalysedFails ? gate.unanalysed.length : 0;
  const what = [
    ...(n ? [`${plural(n, 'new finding')} at or above the threshold or denied by policy`] : []),
    ...(u ? [`${plural(u, 'changed file')} not analysed`] : []),
  ].join('; ');
  const title = gate.failed ? '❌ **Merge gate failed**' : '⚠️ **Merge gate would fail** (warn-only)';
  const out = [`${title} (${failOn})${what ? `: ${what}` : ''}.`];
  if (n) {
    const suppression = gate.allowPrSuppressions
      ? 'or add a `# egress: allow[RULE-ID] reason` comment on the line.'
      : 'or add a `# egress: allow[RULE-ID] reason` comment on the line (a suppression added by this PR is listed for review and takes effect once merged).';
    out.push(
      '',
      'To resolve: remove the call, approve the integration with an `allow` entry in the base branch config, ' +
        suppression,
    );
  }
  return out;
}
