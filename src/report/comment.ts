// The sticky PR comment and the job summary: Markdown built only from escaped text and links we construct.

import { evaluateGate, gateCounts, type FailOn, type GateFailure, type GateResult } from '../compare/gate.js';
import { compareFindings, compareIntegrations } from '../model/order.js';
import { CATEGORIES, CATEGORY_TITLES, RISK_EMOJI, countByRisk } from '../model/taxonomy.js';
import type { Category, Comparison, Finding, Integration, RepoContext, Risk, SkippedFile } from '../types.js';
import {
  destinationText,
  failReasonText,
  findingStatus,
  gateHeadlineParts,
  joinAnd,
  unanalysedAdvice,
} from './wording.js';
import { codeText, escapeMarkdown } from './escape.js';
import { permalink } from './uri.js';

export interface CommentOptions {
  /** Hidden HTML comment that identifies our comment, e.g. `<!-- egress-audit:comment -->`. */
  marker: string;
  /** The gate's verdict (src/compare/gate.ts): the headline, the failing sections and the advice follow it. */
  gate?: GateResult;
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
}

export const COMMENT_MAX_CHARS = 65_536;
export const SUMMARY_MAX_CHARS = 1024 * 1024;
/** Rows per table and items per list once the full body does not fit. */
const COMPACT_ROWS = 25;
const MAX_SITE_LINKS = 3;

/** Full, without details, compact tables, counts with the first failing lines, counts only: tried in order. */
type Level = 0 | 1 | 2 | 3 | 4;
/** Failing lines kept visible when the body is reduced to counts. */
const COUNTS_FAILING_ROWS = 10;

const riskCell = (r: Risk): string => `${RISK_EMOJI[r]} ${r}`;
const dash = (s: string): string => (s === '' ? '—' : s);
const esc = (s: string, max?: number): string => dash(escapeMarkdown(s, max));
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function table(headers: string[], rows: string[][], limit?: number): string[] {
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  const out = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const r of shown) out.push(`| ${r.join(' | ')} |`);
  if (shown.length < rows.length) out.push('', `…and ${rows.length - shown.length} more.`);
  return out;
}

function list(items: string[], limit?: number): string[] {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const out = shown.map((i) => `- ${i}`);
  if (shown.length < items.length) out.push(`- …and ${items.length - shown.length} more`);
  return out;
}

function siteLink(ctx: RepoContext, file: string, line: number): string {
  return `[${escapeMarkdown(`${file}:${line}`, 200)}](${permalink(ctx, file, line)})`;
}

function sitesCell(ctx: RepoContext, sites: { file: string; line: number }[]): string {
  const links = sites.slice(0, MAX_SITE_LINKS).map((s) => siteLink(ctx, s.file, s.line));
  if (sites.length > MAX_SITE_LINKS) links.push(`+${sites.length - MAX_SITE_LINKS} more`);
  return dash(links.join('<br>'));
}

const codeList = (xs: string[]): string => dash(xs.map((x) => codeText(x, 100)).join(', '));
const textList = (xs: string[]): string => dash(xs.map((x) => escapeMarkdown(x, 100)).join(', '));

const byRiskThenName = compareIntegrations;

type FindingIndex = Map<string, Finding[]>;

const indexKey = (service: string, category: string, file: string): string =>
  `${service}\u0000${category}\u0000${file}`;

function indexFindings(findings: Finding[]): FindingIndex {
  const index: FindingIndex = new Map();
  for (const f of findings) {
    const k = indexKey(f.service, f.category, f.file);
    const list = index.get(k);
    if (list) list.push(f);
    else index.set(k, [f]);
  }
  return index;
}

/** Findings behind an integration (best effort: same service and category, in one of its files). */
function findingsOf(i: Integration, index: FindingIndex): Finding[] {
  const files = new Set(i.sites.map((s) => s.file));
  return [...files].flatMap((file) => index.get(indexKey(i.service, i.category, file)) ?? []);
}

function approvalNote(i: Integration, index: FindingIndex): string {
  const fs = findingsOf(i, index);
  if (fs.length === 0) return '';
  const denied = fs.find((f) => f.denied);
  if (denied) return `<br>⛔ denied by ${escapeMarkdown(denied.denied!.by, 80)}`;
  if (fs.every((f) => f.allowed)) return `<br>✅ approved by ${escapeMarkdown(fs[0].allowed!.by, 80)}`;
  if (fs.every((f) => f.suppressed)) return '<br>suppressed in code';
  return '';
}

export function verdict(cmp: Comparison): string {
  const n = cmp.newIntegrations.length;
  if (n === 0) return '✅ No new outbound integrations.';
  return `⚠️ ${verdictText(cmp)}`;
}

/** The verdict without its emoji (shown under a gate headline). */
function verdictText(cmp: Comparison): string {
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
export function headline(cmp: Comparison, gate: GateResult): string {
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

function gateLines(gate: GateResult): string[] {
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

function failureRows(ctx: RepoContext, fs: GateFailure[]): string[][] {
  return fs.map((f) => [
    riskCell(f.finding.risk),
    siteLink(ctx, f.finding.file, f.finding.startLine),
    esc(f.finding.service, 100),
    esc(destinationText(f.finding.destination), 200),
    esc(failReasonText(f.finding, f.reason), 120),
  ]);
}

/** Every finding that fails the gate, outside `<details>`; new call sites of existing integrations apart. */
function failingSection(gate: GateResult, ctx: RepoContext, limit?: number): string[] {
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
function unanalysedSection(gate: GateResult, limit?: number): string[] {
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

function newIntegrationSection(cmp: Comparison, ctx: RepoContext, limit?: number): string[] {
  if (cmp.newIntegrations.length === 0) return [];
  const out: string[] = ['### New outbound integrations', ''];
  const index = indexFindings(cmp.newFindings);
  for (const cat of CATEGORIES) {
    const items = cmp.newIntegrations.filter((i) => i.category === cat).sort(byRiskThenName);
    if (items.length === 0) continue;
    out.push(`#### ${CATEGORY_TITLES[cat as Category]}`, '');
    const rows = items.map((i) => [
      riskCell(i.risk) + approvalNote(i, index),
      esc(i.service, 100),
      esc(i.destination, 200),
      sitesCell(ctx, i.sites),
      codeList(i.credentials),
      textList(i.dataSources),
    ]);
    out.push(...table(['Risk', 'Service', 'Destination', 'Where', 'Credentials needed', 'Data sent'], rows, limit), '');
  }
  return out;
}

function removedSection(cmp: Comparison, limit?: number): string[] {
  if (cmp.removedIntegrations.length === 0) return [];
  const rows = [...cmp.removedIntegrations]
    .sort(byRiskThenName)
    .map((i) => [riskCell(i.risk), esc(i.service, 100), CATEGORY_TITLES[i.category], esc(i.destination, 200)]);
  return ['### Removed integrations', '', ...table(['Risk', 'Service', 'Category', 'Destination'], rows, limit), ''];
}

function changedSection(cmp: Comparison, limit?: number): string[] {
  if (cmp.changedDestinations.length === 0) return [];
  const rows = cmp.changedDestinations.map((c) => [
    esc(c.service, 100),
    CATEGORY_TITLES[c.category],
    textList(c.from),
    textList(c.to),
  ]);
  return ['### Changed destinations', '', ...table(['Service', 'Category', 'From', 'To'], rows, limit), ''];
}

function suppressionSection(cmp: Comparison, ctx: RepoContext, limit?: number): string[] {
  if (cmp.addedSuppressions.length === 0) return [];
  const rows = [...cmp.addedSuppressions]
    .sort(compareFindings)
    .map((f) => [
      siteLink(ctx, f.file, f.startLine),
      esc(f.service, 100),
      riskCell(f.risk),
      esc(f.suppressed?.justification ?? '', 200),
    ]);
  return [
    '### Suppressions added in this PR',
    '',
    ...table(['Where', 'Service', 'Risk', 'Justification'], rows, limit),
    '',
  ];
}

function policySection(cmp: Comparison, limit?: number): string[] {
  if (cmp.policyChanges.length === 0) return [];
  return [
    '### Policy changes in this PR',
    '',
    'Policy (config, rules, allowlist) was read from the base revision; these changes take effect after merge:',
    '',
    ...list(
      [...cmp.policyChanges].sort().map((p) => codeText(p, 200)),
      limit,
    ),
    '',
  ];
}

function skippedSection(cmp: Comparison, gate: GateResult, limit?: number): string[] {
  if (gate.skippedByDesign.length === 0 && cmp.notes.length === 0) return [];
  const items = [
    ...gate.skippedByDesign.map((s) => `${codeText(s.file, 200)}: skipped, ${escapeMarkdown(s.reason, 200)}`),
    ...cmp.notes.map((n) => `${codeText(n.file, 200)}: ${escapeMarkdown(n.message, 200)}`),
  ];
  return ['### Skipped files and notes', '', ...list(items, limit), ''];
}

function detailsSection(cmp: Comparison, ctx: RepoContext): string[] {
  if (cmp.headFindings.length === 0) return [];
  const isNew = new Set(cmp.newFindings);
  const rows = [...cmp.headFindings]
    .sort(compareFindings)
    .map((f) => [
      riskCell(f.risk),
      siteLink(ctx, f.file, f.startLine),
      esc(f.service, 100),
      esc(destinationText(f.destination), 200),
      f.callee ? codeText(f.callee, 120) : '—',
      dash([...(isNew.has(f) ? ['**new**'] : []), ...findingStatus(f).map((s) => escapeMarkdown(s, 120))].join(', ')),
    ]);
  return [
    '<details>',
    `<summary>All findings in changed files (${cmp.headFindings.length})</summary>`,
    '',
    ...table(['Risk', 'Where', 'Service', 'Destination', 'Call', 'Status'], rows),
    '',
    '</details>',
    '',
  ];
}

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

function footer(ctx: RepoContext): string {
  const run = ctx.runUrl ? ` · [workflow run](${ctx.runUrl})` : '';
  return `<sub>egress-audit · head ${codeText(ctx.sha.slice(0, 12), 12)}${run}</sub>`;
}

function gateOf(cmp: Comparison, opts: CommentOptions): GateResult {
  if (opts.gate) return opts.gate;
  const failOn = (opts.failOn ?? 'none').toLowerCase() as FailOn;
  return evaluateGate(cmp, { failOn, warnOnly: false, allowPrSuppressions: opts.allowPrSuppressions ?? false });
}

function body(cmp: Comparison, ctx: RepoContext, opts: CommentOptions, level: Level, isSummary: boolean): string {
  const gate = gateOf(cmp, opts);
  const out: string[] = [];
  if (!isSummary) out.push(opts.marker);
  const head = headline(cmp, gate);
  out.push(`## ${head}`, '');
  if (head !== verdict(cmp)) out.push(verdictText(cmp), '');
  const existingSites = cmp.newFindings.filter((f) => !gate.failing.includes(f)).length;
  if (cmp.newIntegrations.length === 0 && existingSites > 0 && !gate.failures.length) {
    out.push(`${plural(existingSites, 'new call site')} of existing integrations.`, '');
  }
  out.push(...gateLines(gate), '');
  if (level >= 3) {
    // Counts only, but what fails the gate stays visible (its first lines at least).
    if (level === 3)
      out.push(...failingSection(gate, ctx, COUNTS_FAILING_ROWS), ...unanalysedSection(gate, COUNTS_FAILING_ROWS));
    out.push(...countsSection(cmp, ctx, isSummary));
  } else {
    const limit = level === 2 ? COMPACT_ROWS : undefined;
    out.push(
      ...failingSection(gate, ctx, limit),
      ...unanalysedSection(gate, limit),
      ...newIntegrationSection(cmp, ctx, limit),
      ...removedSection(cmp, limit),
      ...changedSection(cmp, limit),
      ...suppressionSection(cmp, ctx, limit),
      ...policySection(cmp, limit),
      ...skippedSection(cmp, gate, limit),
    );
    if (level === 0) out.push(...detailsSection(cmp, ctx));
  }
  out.push(footer(ctx));
  return out.join('\n') + '\n';
}

function fit(render: (level: Level) => string, max: number): string {
  for (const level of [0, 1, 2, 3, 4] as const) {
    const text = render(level);
    if (text.length <= max) return text;
  }
  // Counts only is a few hundred characters; this guards absurdly small limits.
  return render(4).slice(0, max);
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
