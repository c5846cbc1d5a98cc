// The comment's inventory sections: new, removed and changed integrations, suppressions and policy files
// the PR adds, skipped files and notes, and (full size only) every finding in the changed files.
import type { GateDecision } from '../compare/gate.js';
import { compareFindings, compareIntegrations } from '../model/order.js';
import { CATEGORIES, CATEGORY_TITLES } from '../model/taxonomy.js';
import type { Category, Comparison, Finding, Integration, PolicyEntryChange, RepoContext } from '../types.js';
import {
  codeList,
  dash,
  destinationCell,
  destinationList,
  esc,
  list,
  riskCell,
  siteLink,
  sitesCell,
  table,
  textList,
} from './comment-cells.js';
import { codeText, escapeMarkdown } from './escape.js';
import { dependencyMark, destinationText, findingStatus, optOutText } from './wording.js';

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

/** Dependency rows say so ("via dependency, through langchain") and, for default-on telemetry, how to opt out. */
function dependencyNote(i: Integration, index: FindingIndex): string {
  const f = findingsOf(i, index).find((x) => x.dependency);
  if (!f) return '';
  const optOut = f.dependency?.defaultOn
    ? `<br>opt out: ${escapeMarkdown(optOutText(f.dependency.defaultOn, true), 300)}`
    : '';
  return `<br>${escapeMarkdown(dependencyMark(f) ?? '', 200)}${optOut}`;
}

export function newIntegrationSection(cmp: Comparison, ctx: RepoContext, limit?: number): string[] {
  if (cmp.newIntegrations.length === 0) return [];
  const out: string[] = ['### New outbound integrations', ''];
  const index = indexFindings(cmp.newFindings);
  for (const cat of CATEGORIES) {
    const items = cmp.newIntegrations.filter((i) => i.category === cat).sort(byRiskThenName);
    if (items.length === 0) continue;
    out.push(`#### ${CATEGORY_TITLES[cat as Category]}`, '');
    const rows = items.map((i) => [
      riskCell(i.risk) + approvalNote(i, index),
      esc(i.service, 100) + dependencyNote(i, index),
      destinationCell(i.destination),
      sitesCell(ctx, i.sites),
      codeList(i.credentials),
      textList(i.dataSources),
    ]);
    out.push(...table(['Risk', 'Service', 'Destination', 'Where', 'Credentials needed', 'Data sent'], rows, limit), '');
  }
  return out;
}

export function removedSection(cmp: Comparison, limit?: number): string[] {
  if (cmp.removedIntegrations.length === 0) return [];
  const rows = [...cmp.removedIntegrations]
    .sort(byRiskThenName)
    .map((i) => [riskCell(i.risk), esc(i.service, 100), CATEGORY_TITLES[i.category], destinationCell(i.destination)]);
  return ['### Removed integrations', '', ...table(['Risk', 'Service', 'Category', 'Destination'], rows, limit), ''];
}

export function changedSection(cmp: Comparison, limit?: number): string[] {
  if (cmp.changedDestinations.length === 0) return [];
  const rows = cmp.changedDestinations.map((c) => [
    esc(c.service, 100),
    CATEGORY_TITLES[c.category],
    destinationList(c.from),
    destinationList(c.to),
  ]);
  return ['### Changed destinations', '', ...table(['Service', 'Category', 'From', 'To'], rows, limit), ''];
}

export function suppressionSection(cmp: Comparison, ctx: RepoContext, limit?: number): string[] {
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

export function policySection(cmp: Comparison, limit?: number): string[] {
  if (cmp.policyChanges.length === 0) return [];
  const entries = (cmp.policyEntryChanges ?? []).map((e) => policyEntryItem(e));
  return [
    '### Policy changes in this PR',
    '',
    'Policy (config, rules, allowlist) was read from the base revision; these changes take effect after merge:',
    '',
    ...list(
      [...cmp.policyChanges].sort().map((p) => codeText(p, 200)),
      limit,
    ),
    ...(entries.length ? ['', 'Entries:', '', ...list(entries, limit)] : []),
    '',
  ];
}

/** "`allow` entry added (line 12): service: Slack; host: hooks.slack.com — reason: alerts". */
function policyEntryItem(e: PolicyEntryChange): string {
  const at = e.line ? ` (line ${e.line})` : '';
  const what = escapeMarkdown(e.matches || 'any finding', 300);
  const detail =
    e.change === 'changed'
      ? ` — was ${escapeMarkdown(e.before || 'nothing else', 300)}; now ${escapeMarkdown(e.after || 'nothing else', 300)}`
      : (e.change === 'added' ? e.after : e.before)
        ? ` — ${escapeMarkdown((e.change === 'added' ? e.after : e.before) as string, 300)}`
        : '';
  return `${codeText(e.list, 10)} entry ${e.change}${at}: ${what}${detail}`;
}

export function skippedSection(cmp: Comparison, gate: GateDecision, limit?: number): string[] {
  if (gate.skippedByDesign.length === 0 && cmp.notes.length === 0) return [];
  const items = [
    ...gate.skippedByDesign.map((s) => `${codeText(s.file, 200)}: skipped, ${escapeMarkdown(s.reason, 200)}`),
    ...cmp.notes.map((n) => `${codeText(n.file, 200)}: ${escapeMarkdown(n.message, 200)}`),
  ];
  return ['### Skipped files and notes', '', ...list(items, limit), ''];
}

export function detailsSection(cmp: Comparison, ctx: RepoContext): string[] {
  if (cmp.headFindings.length === 0) return [];
  const isNew = new Set(cmp.newFindings);
  const rows = [...cmp.headFindings]
    .sort(compareFindings)
    .map((f) => [
      riskCell(f.risk),
      siteLink(ctx, f.file, f.startLine),
      esc(f.service, 100),
      destinationCell(destinationText(f.destination)),
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
