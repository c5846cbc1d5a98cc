// The comment's gate sections, always outside `<details>`: the findings that fail the gate (new
// integrations and new call sites of existing ones apart) and the changed files that could not be analysed.
import type { GateDecision, GateFailure } from '../compare/gate.js';
import type { RepoContext, SkippedFile } from '../types.js';
import { destinationCell, esc, list, riskCell, siteLink, table } from './comment-cells.js';
import { codeText, escapeMarkdown } from './escape.js';
import { destinationText, failReasonText, unanalysedAdvice } from './wording.js';

function failureRows(ctx: RepoContext, fs: GateFailure[]): string[][] {
  return fs.map((f) => [
    riskCell(f.finding.risk),
    siteLink(ctx, f.finding.file, f.finding.startLine),
    esc(f.finding.service, 100),
    destinationCell(destinationText(f.finding.destination)),
    esc(failReasonText(f.finding, f.reason), 120),
  ]);
}

/** Every finding that fails the gate, outside `<details>`; new call sites of existing integrations apart. */
export function failingSection(gate: GateDecision, ctx: RepoContext, limit?: number): string[] {
  if (!gate.failures.length) return [];
  const headers = ['Risk', 'Where', 'Service', 'Destination', 'Why it fails'];
  const out: string[] = [];
  const fresh = gate.failures.filter((f) => !f.existingIntegration);
  const sites = gate.failures.filter((f) => f.existingIntegration);
  const mark = gate.failed ? '❌' : '⚠️';
  if (fresh.length)
    out.push(
      `### ${mark} Findings of new integrations that fail the gate (${fresh.length})`,
      '',
      ...table(headers, failureRows(ctx, fresh), limit),
      '',
    );
  if (sites.length)
    out.push(
      `### ${mark} New call sites of existing integrations (${sites.length})`,
      '',
      'These integrations already exist at base; the pull request adds calls to them.',
      '',
      ...table(headers, failureRows(ctx, sites), limit),
      '',
    );
  return out;
}

/** Changed files the gate counts as unanalysed: always visible, with what to do. */
export function unanalysedSection(gate: GateDecision, limit?: number): string[] {
  if (!gate.unanalysed.length) return [];
  const how = gate.unanalysedFails
    ? gate.failed
      ? 'They fail the gate: a file that was not analysed cannot pass unseen.'
      : 'They would fail the gate (warn-only).'
    : 'They are listed, not failing; treat them as unscanned.';
  const items = gate.unanalysed.map(
    (s: SkippedFile) =>
      `${codeText(s.file, 200)}: ${escapeMarkdown(s.reason, 200)} — ${escapeMarkdown(unanalysedAdvice(s), 300)}`,
  );
  return [
    `### ⚠️ Files that could not be analysed (${gate.unanalysed.length})`,
    '',
    how,
    '',
    ...list(items, limit),
    '',
  ];
}
