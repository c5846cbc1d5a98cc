// What the HTML report shows, computed once from a comparison (a full scan is a comparison against an
// empty base): integrations with every site, per-file verdicts, counts. Plain data; no markup here.
import type { GateDecision } from '../../compare/gate.js';
import { buildInventory, groupByIntegration, sortIntegrations } from '../../compare/inventory.js';
import { compareFindings } from '../../model/order.js';
import { CATEGORIES, RISKS, type Category, type Risk } from '../../model/taxonomy.js';
import type { Comparison, Finding, FileNote, Integration, RepoContext, SkippedFile } from '../../types.js';

export interface HtmlReportInput {
  /** `scan`: an inventory of everything; `diff`: what a change adds, removes and keeps. */
  mode: 'scan' | 'diff';
  comparison: Comparison;
  gate: GateDecision;
  /** Every file that was analysed (scan: the collected files; diff: the changed files). */
  files: string[];
  /** Revisions for the header, e.g. a commit SHA, "working tree", a folder name. */
  revision: { head: string; base?: string };
  /** Where permalinks point; without it sites are plain text. */
  ctx?: RepoContext;
  version: string;
  title?: string;
}

export type IntegrationStatus = 'denied' | 'approved' | 'suppressed' | 'partly silenced' | 'active';

export interface IntegrationView extends Integration {
  /** Anchor id, `integration-N`. */
  id: string;
  findings: Finding[];
  hosts: string[];
  status: IntegrationStatus;
  /** diff mode: the integration did not exist at base. */
  isNew: boolean;
}

export interface FileView {
  file: string;
  findings: Finding[];
  skipped?: SkippedFile;
  notes: FileNote[];
}

export interface ReportModel {
  input: HtmlReportInput;
  integrations: IntegrationView[];
  removed: Integration[];
  files: FileView[];
  /** Integrations per category and risk (the chart). */
  byCategory: Record<Category, Record<Risk, number>>;
  integrationRisks: Record<Risk, number>;
  findingRisks: Record<Risk, number>;
  /** diff mode: whether a head finding is new (more occurrences of its fingerprint than at base). */
  isNew: (f: Finding) => boolean;
}

const siteKey = (f: Finding): string => `${f.file}\0${f.startLine}\0${f.startColumn}\0${f.fingerprint}`;

function statusOf(fs: Finding[]): IntegrationStatus {
  if (fs.some((f) => f.denied)) return 'denied';
  if (fs.every((f) => f.allowed)) return 'approved';
  if (fs.every((f) => f.suppressed || f.allowed)) return 'suppressed';
  return fs.some((f) => f.suppressed || f.allowed) ? 'partly silenced' : 'active';
}

function zeroRisks(): Record<Risk, number> {
  return Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>;
}

export function buildModel(input: HtmlReportInput): ReportModel {
  const cmp = input.comparison;
  const findings = [...cmp.headFindings].sort(compareFindings);
  const groups = groupByIntegration(findings);
  const newKeys = new Set(cmp.newIntegrations.map((i) => JSON.stringify([i.service, i.destination, i.category])));
  const integrations = sortIntegrations([...buildInventory(findings).values()]).map((i, n): IntegrationView => {
    const key = JSON.stringify([i.service, i.destination, i.category]);
    const fs = groups.get(key) ?? [];
    return {
      ...i,
      id: `integration-${n + 1}`,
      findings: fs,
      hosts: [...new Set(fs.flatMap((f) => (f.destination.host ? [f.destination.host] : [])))].sort(),
      status: statusOf(fs),
      isNew: input.mode === 'diff' && newKeys.has(key),
    };
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, zeroRisks()])) as ReportModel['byCategory'];
  const integrationRisks = zeroRisks();
  for (const i of integrations) {
    byCategory[i.category][i.risk] += 1;
    integrationRisks[i.risk] += 1;
  }
  const newSites = new Set(cmp.newFindings.map(siteKey));
  const findingRisks = zeroRisks();
  for (const f of findings) findingRisks[f.risk] += 1;
  return {
    input,
    integrations,
    removed: input.mode === 'diff' ? sortIntegrations([...cmp.removedIntegrations]) : [],
    files: fileViews(input, findings),
    byCategory,
    integrationRisks,
    findingRisks,
    isNew: (f) => input.mode === 'diff' && newSites.has(siteKey(f)),
  };
}

/** Every analysed, skipped or noted file once, in path order, with its findings. */
function fileViews(input: HtmlReportInput, findings: Finding[]): FileView[] {
  const cmp = input.comparison;
  const views = new Map<string, FileView>();
  const view = (file: string): FileView => {
    let v = views.get(file);
    if (!v) views.set(file, (v = { file, findings: [], notes: [] }));
    return v;
  };
  for (const f of input.files) view(f);
  for (const f of findings) view(f.file).findings.push(f);
  for (const s of cmp.skipped) view(s.file).skipped ??= s;
  for (const n of cmp.notes) view(n.file).notes.push(n);
  return [...views.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
