// The sticky PR comment and the job summary: Markdown built only from escaped text and links we construct.

import type { Category, Comparison, Finding, Integration, RepoContext, Risk } from '../types.js';
import { CATEGORIES, CATEGORY_TITLES, RISKS, riskRank } from '../types.js';
import { compareFindings, countByRisk, destinationText, findingStatus } from './describe.js';
import { codeText, escapeMarkdown } from './escape.js';
import { permalink } from './uri.js';

export interface CommentOptions {
  /** Hidden HTML comment that identifies our comment, e.g. `<!-- egress-audit:comment -->`. */
  marker: string;
  failed: boolean;
  failOn: string;
  /** Findings that failed the gate, as the gate counted them (it may distrust suppressions the PR adds). */
  failingCount?: number;
  /** Whether suppressions added by this PR are honoured (changes the advice given). */
  allowPrSuppressions?: boolean;
  /** GitHub's comment body limit. */
  maxChars?: number;
}

export const COMMENT_MAX_CHARS = 65_536;
export const SUMMARY_MAX_CHARS = 1024 * 1024;
/** Rows per table and items per list once the full body does not fit. */
const COMPACT_ROWS = 25;
const MAX_SITE_LINKS = 3;

const RISK_EMOJI: Record<Risk, string> = { critical: '🔴', high: '🔴', medium: '🟠', low: '🟡' };

/** Full, without details, compact tables, counts only: tried in order until one fits. */
type Level = 0 | 1 | 2 | 3;

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

function byRiskThenName(a: Integration, b: Integration): number {
  const s = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return riskRank(b.risk) - riskRank(a.risk) || s(a.service, b.service) || s(a.destination, b.destination);
}

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
  const counts = countByRisk(cmp.newIntegrations.map((i) => i.risk));
  const severe = (['critical', 'high'] as const).filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  return `⚠️ New outbound integrations: ${n}${severe.length ? ` (${severe.join(', ')})` : ''}`;
}

/** New findings that a `fail-on` threshold counts: unsuppressed, not approved; denied always counts. */
function gateFindings(cmp: Comparison, failOn: string): Finding[] {
  const threshold = (RISKS as readonly string[]).indexOf(failOn);
  return cmp.newFindings.filter(
    (f) => f.denied || (!f.suppressed && !f.allowed && threshold >= 0 && riskRank(f.risk) >= threshold),
  );
}

function gateLines(
  cmp: Comparison,
  opts: { failed: boolean; failOn: string; failingCount?: number; allowPrSuppressions?: boolean },
): string[] {
  const failOn = codeText(`fail-on: ${opts.failOn}`, 40);
  if (!opts.failed) return [`Merge gate passed (${failOn}).`];
  const n = opts.failingCount ?? gateFindings(cmp, opts.failOn).length;
  const suppression = opts.allowPrSuppressions
    ? 'or add a `# egress: allow[RULE-ID] reason` comment on the line.'
    : 'or add a `# egress: allow[RULE-ID] reason` comment on the line (a suppression added by this PR is listed for review and takes effect once merged).';
  return [
    `❌ **Merge gate failed** (${failOn})${n ? `: ${plural(n, 'new finding')} at or above the threshold or denied by policy` : ''}.`,
    '',
    'To resolve: remove the call, approve the integration with an `allow` entry in the base branch config, ' +
      suppression,
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

function skippedSection(cmp: Comparison, limit?: number): string[] {
  if (cmp.skipped.length === 0 && cmp.notes.length === 0) return [];
  const items = [
    ...cmp.skipped.map((s) => `${codeText(s.file, 200)}: skipped, ${escapeMarkdown(s.reason, 200)}`),
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

function body(cmp: Comparison, ctx: RepoContext, opts: CommentOptions, level: Level, isSummary: boolean): string {
  const out: string[] = [];
  if (!isSummary) out.push(opts.marker);
  out.push(`## ${verdict(cmp)}`, '');
  if (cmp.newIntegrations.length === 0 && cmp.newFindings.length > 0) {
    out.push(`${plural(cmp.newFindings.length, 'new call site')} of existing integrations.`, '');
  }
  out.push(...gateLines(cmp, opts), '');
  if (level === 3) {
    out.push(...countsSection(cmp, ctx, isSummary));
  } else {
    const limit = level === 2 ? COMPACT_ROWS : undefined;
    out.push(
      ...newIntegrationSection(cmp, ctx, limit),
      ...removedSection(cmp, limit),
      ...changedSection(cmp, limit),
      ...suppressionSection(cmp, ctx, limit),
      ...policySection(cmp, limit),
      ...skippedSection(cmp, limit),
    );
    if (level === 0) out.push(...detailsSection(cmp, ctx));
  }
  out.push(footer(ctx));
  return out.join('\n') + '\n';
}

function fit(render: (level: Level) => string, max: number): string {
  for (const level of [0, 1, 2, 3] as const) {
    const text = render(level);
    if (text.length <= max) return text;
  }
  // Counts only is a few hundred characters; this guards absurdly small limits.
  return render(3).slice(0, max);
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
