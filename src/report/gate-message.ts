// The gate's verdict as plain text for logs and exit messages (the action's failure annotation, the CLI's
// stderr): what fails, the first lines of each group and how to resolve it. Unescaped; one line per item.
import { gateCounts, type GateDecision, type GateFailure, type GateScope } from '../compare/gate.js';
import type { SkippedFile } from '../types.js';
import { gateFailureLine, gateHeadlineParts, joinAnd, plural, unanalysedLine } from './wording.js';

const MAX_LINES = 50;

/** What fails (or would fail, with warn-only) and how to resolve it; '' when nothing does. */
export function gateMessage(g: GateDecision): string {
  return g.wouldFail ? failureMessage(g) : '';
}

/** Notices that do not fail: unanalysed files under the 'warn' policy; '' when none. */
export function gateWarning(g: GateDecision): string {
  return g.unanalysed.length && !g.unanalysedFails
    ? unanalysedMessage(g.unanalysed, g.scope, 'listed, not failing')
    : '';
}

function failureMessage(g: GateDecision): string {
  const counts = gateCounts(g);
  const parts = gateHeadlineParts(counts);
  const total = counts.newIntegration + counts.callSite + counts.unanalysed;
  const lines = [`${joinAnd(parts)} ${total === 1 ? 'fails' : 'fail'} the gate (fail-on: ${g.failOn}).`];
  const group = (title: string, fs: GateFailure[]): void => {
    if (!fs.length) return;
    lines.push(`${title}:`);
    for (const f of fs.slice(0, MAX_LINES)) lines.push(`  - ${oneLine(gateFailureLine(f.finding, f.reason))}`);
    if (fs.length > MAX_LINES) lines.push(`  … and ${fs.length - MAX_LINES} more (see the job summary)`);
  };
  group(
    'Findings of new outbound integrations',
    g.failures.filter((f) => !f.existingIntegration),
  );
  group(
    'New call sites of existing integrations',
    g.failures.filter((f) => f.existingIntegration),
  );
  if (g.failures.length) {
    lines.push(
      'To resolve: remove the call; or approve the integration with an `allow` entry in the config on the base branch ' +
        '(policy is read from the base revision, so merge that change first); or add `# egress: allow[RULE-ID] reason` ' +
        'on the line' +
        (g.allowPrSuppressions ? '.' : ' (suppressions added by a PR are listed for review and count once merged).'),
    );
    if (g.failures.some((f) => f.reason === 'denied'))
      lines.push('Denied destinations always fail: remove them or change the deny list.');
  }
  if (g.unanalysedFails) lines.push(unanalysedMessage(g.unanalysed, g.scope, 'these fail the gate'));
  // A warn-only run already reports without failing: no advice to set what is set.
  const optOut = g.warnOnly ? [] : ['Set `warn-only: true` (action) to report without failing'];
  if (g.unanalysedFails)
    optOut.push(
      `${optOut.length ? '' : 'Set '}\`fail-on-unanalysed: false\` (action) or \`--no-fail-on-unanalysed\` (CLI) to let unanalysed files pass`,
    );
  if (optOut.length) lines.push(`${optOut.join('; ')}.`);
  return lines.join('\n');
}

function unanalysedMessage(files: SkippedFile[], scope: GateScope, what: string): string {
  const noun = scope === 'full-scan' ? ['file', 'files'] : ['changed Python file', 'changed Python files'];
  const lines = [`${plural(files.length, noun[0] as string, noun[1] as string)} could not be analysed (${what}):`];
  for (const s of files.slice(0, MAX_LINES)) lines.push(`  - ${oneLine(unanalysedLine(s))}`);
  if (files.length > MAX_LINES) lines.push(`  … and ${files.length - MAX_LINES} more (see the job summary)`);
  return lines.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').slice(0, 400);
}
