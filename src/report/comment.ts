// The sticky PR comment and the job summary: Markdown built only from escaped text and links we construct.

import { decideGate, type FailOn, type GateDecision } from '../compare/gate.js';
import type { Comparison, RepoContext } from '../types.js';
import { plural } from './comment-cells.js';
import { codeText } from './escape.js';
import { mermaidDiagram } from './mermaid.js';
import { gateLines, headline, verdict, verdictText } from './gate-headline.js';
import { failingSection, unanalysedSection } from './gate-sections.js';
import {
  changedSection,
  detailsSection,
  newIntegrationSection,
  policySection,
  removedSection,
  skippedSection,
  suppressionSection,
} from './inventory-sections.js';

export { headline, verdict };

export interface CommentOptions {
  /** Hidden HTML comment that identifies our comment, e.g. `<!-- egress-audit:comment -->`. */
  marker: string;
  /** The gate's verdict (src/compare/gate.ts): the headline, the failing sections and the advice follow it. */
  gate?: GateDecision;
  /**
   * Without `gate`: the gate is evaluated here (by src/compare/gate.ts) with this threshold, not warn-only.
   * @deprecated pass `gate`.
   */
  failOn?: string;
  /** @deprecated ignored; the gate decides. */
  failed?: boolean;
  /** @deprecated pass `gate`. */
  allowPrSuppressions?: boolean;
  /** GitHub's comment body limit. */
  maxChars?: number;
  /**
   * The SARIF category of this run. A non-default one means several configured runs (monorepo, matrix)
   * each keep a comment: it is shown under the headline so readers can tell them apart.
   */
  category?: string;
}

export const DEFAULT_CATEGORY = 'egress-audit/';

export const COMMENT_MAX_CHARS = 65_536;
export const SUMMARY_MAX_CHARS = 1024 * 1024;
/** Rows per table and items per list once the full body does not fit. */
const COMPACT_ROWS = 25;

/**
 * Full with the diagram, full, without details, compact tables, counts with the first failing lines,
 * counts only: tried in order (the diagram is the first thing to go).
 */
type Level = 0 | 1 | 2 | 3 | 4 | 5;
/** Failing lines kept visible when the body is reduced to counts. */
const COUNTS_FAILING_ROWS = 10;

function countsSection(cmp: Comparison, ctx: RepoContext, isSummary: boolean): string[] {
  const counts = [
    `new integrations: ${cmp.newIntegrations.length}`,
    `removed: ${cmp.removedIntegrations.length}`,
    `changed destinations: ${cmp.changedDestinations.length}`,
    `new findings: ${cmp.newFindings.length}`,
    `suppressions added: ${cmp.addedSuppressions.length}`,
    `policy changes: ${cmp.policyChanges.length}`,
    `skipped files: ${cmp.skipped.length}`,
  ];
  const where = isSummary
    ? 'See the SARIF results in code scanning for every finding.'
    : ctx.runUrl
      ? `See the [job summary](${ctx.runUrl}) for the full report.`
      : 'See the job summary of this workflow run for the full report.';
  return [counts.join(' · '), '', `The full report is too large to show here. ${where}`, ''];
}

/** The new integrations as a Mermaid diagram (changed modules → services), under its own heading. */
function diagramSection(cmp: Comparison): string[] {
  const diagram = mermaidDiagram(cmp);
  return diagram.length ? ['#### Where the new integrations are', '', ...diagram, ''] : [];
}

function footer(ctx: RepoContext): string {
  const run = ctx.runUrl ? ` · [workflow run](${ctx.runUrl})` : '';
  return `<sub>egress-audit · head ${codeText(ctx.sha.slice(0, 12), 12)}${run}</sub>`;
}

function gateOf(cmp: Comparison, opts: CommentOptions): GateDecision {
  if (opts.gate) return opts.gate;
  const failOn = (opts.failOn ?? 'none').toLowerCase() as FailOn;
  return decideGate(cmp, { failOn, warnOnly: false, allowPrSuppressions: opts.allowPrSuppressions ?? false });
}

function body(cmp: Comparison, ctx: RepoContext, opts: CommentOptions, level: Level, isSummary: boolean): string {
  const gate = gateOf(cmp, opts);
  const out: string[] = [];
  if (!isSummary) out.push(opts.marker);
  const head = headline(cmp, gate);
  out.push(`## ${head}`, '');
  if (opts.category && opts.category !== DEFAULT_CATEGORY) out.push(`Category: ${codeText(opts.category, 100)}`, '');
  if (head !== verdict(cmp)) out.push(verdictText(cmp), '');
  const existingSites = cmp.newFindings.filter((f) => !gate.failing.includes(f)).length;
  if (cmp.newIntegrations.length === 0 && existingSites > 0 && !gate.failures.length) {
    out.push(`${plural(existingSites, 'new call site')} of existing integrations.`, '');
  }
  out.push(...gateLines(gate), '');
  if (level >= 4) {
    // Counts only, but what fails the gate stays visible (its first lines at least).
    if (level === 4)
      out.push(...failingSection(gate, ctx, COUNTS_FAILING_ROWS), ...unanalysedSection(gate, COUNTS_FAILING_ROWS));
    out.push(...countsSection(cmp, ctx, isSummary));
  } else {
    const limit = level === 3 ? COMPACT_ROWS : undefined;
    out.push(
      ...failingSection(gate, ctx, limit),
      ...unanalysedSection(gate, limit),
      ...newIntegrationSection(cmp, ctx, limit),
      ...(level === 0 ? diagramSection(cmp) : []),
      ...removedSection(cmp, limit),
      ...changedSection(cmp, limit),
      ...suppressionSection(cmp, ctx, limit),
      ...policySection(cmp, limit),
      ...skippedSection(cmp, gate, limit),
    );
    if (level <= 1) out.push(...detailsSection(cmp, ctx));
  }
  out.push(footer(ctx));
  return out.join('\n') + '\n';
}

function fit(render: (level: Level) => string, max: number): string {
  for (const level of [0, 1, 2, 3, 4, 5] as const) {
    const text = render(level);
    if (text.length <= max) return text;
  }
  // Counts only is a few hundred characters; this guards absurdly small limits.
  return render(5).slice(0, max);
}

/** The sticky PR comment, starting with the hidden marker; degrades to counts when over maxChars. */
export function renderComment(cmp: Comparison, ctx: RepoContext, opts: CommentOptions): string {
  return fit((level) => body(cmp, ctx, opts, level, false), opts.maxChars ?? COMMENT_MAX_CHARS);
}

/** The job summary: the same Markdown without the marker, with a 1 MiB cap. */
export function renderSummary(
  cmp: Comparison,
  ctx: RepoContext,
  opts: Omit<CommentOptions, 'marker'> & { marker?: string },
): string {
  const o = { ...opts, marker: '' };
  return fit((level) => body(cmp, ctx, o, level, true), opts.maxChars ?? SUMMARY_MAX_CHARS);
}

/** `comment-summary-in-pr: on-failure`: replaces an earlier failure comment once the PR is clean. */
export function renderResolvedComment(ctx: RepoContext, opts: { marker: string }): string {
  return [
    opts.marker,
    '## ✅ Resolved: this pull request no longer fails the egress gate.',
    '',
    'An earlier run reported outbound integrations that failed the gate; the latest commit passes.',
    '',
    footer(ctx),
    '',
  ].join('\n');
}
