// SARIF 2.1.0 for GitHub code scanning. Pure: plain data in, a log object out; serializeSarif makes it bytes.

import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import type { FileNote, Finding, Risk, Rule, SkippedFile } from '../types.js';
import { compareByPriority, compareFindings } from '../model/order.js';
import { CATEGORY_TITLES, SEVERITY, riskRank } from '../model/taxonomy.js';
import { destinationText, findingResultText, payloadMessage, traceMessage } from './wording.js';
import { defaultOnHelp, dependencyProps } from './sarif-dependency.js';
import { plainLine, truncate } from './escape.js';
import { encodePath } from './uri.js';
import { manifestOnly } from '../rules/manifest-only.js';
import { stableStringify } from './stable.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const RULE_DOCS_BASE = 'https://github.com/egress-audit/egress-audit/blob/main/docs/rules/';
export const FINGERPRINT_KEY = 'egressFingerprint/v2';
export const SRCROOT = '%SRCROOT%';
/** GitHub code scanning limits (docs: "SARIF support for code scanning"). */
export const MAX_RESULTS = 25_000;
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;
export const MAX_TAGS = 20;
const MAX_DESCRIPTION = 1024;
const MAX_SNIPPET = 2000;

/** Risk → SARIF level and `security-severity` (defined in src/model/taxonomy.ts). */
export { SEVERITY };

export interface SarifInput {
  findings: Finding[];
  /** All known rules; only those referenced by a result are emitted. */
  rules: Rule[];
  skipped: SkippedFile[];
  notes: FileNote[];
  version: string;
  /** runs[0].automationDetails.id (the code-scanning category). */
  automationId?: string;
  informationUri?: string;
  /** Omitted unless given, so output stays deterministic. */
  startTimeUtc?: string;
  /** runs[0].versionControlProvenance: where viewers find the sources (never a URL with credentials). */
  provenance?: { repositoryUri: string; revisionId?: string; branch?: string };
  /** Overrides for tests; default to GitHub's limits. */
  limits?: { maxResults?: number; maxGzipBytes?: number };
}

export interface SarifOutput {
  log: Sarif.Log;
  warnings: string[];
}

/**
 * Plain text, shown as is by viewers (no Markdown escapes: `allow[4]` stays `allow[4]`). Only text
 * that would read as an embedded link (`[text](target)`, §3.11.6) has its brackets escaped.
 */
function messageText(s: string): string {
  const text = plainLine(s);
  return /\]\(/.test(text) ? text.replace(/[[\]\\]/g, (c) => `\\${c}`) : text;
}

function resultLevel(f: Finding): Sarif.Result.level {
  if (f.denied) return 'error';
  if (f.allowed) return 'note';
  return SEVERITY[f.risk].level;
}

function resultMessage(f: Finding): string {
  return messageText(findingResultText(f));
}

function cweTags(cwe: number[]): string[] {
  return cwe.filter((n) => Number.isInteger(n) && n > 0).map((n) => `external/cwe/cwe-${n}`);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A fence longer than any backtick run inside the code. */
function fence(code: string): string {
  let longest = 0;
  let run = 0;
  for (const c of code) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

function helpFor(rule: Rule): { text: string; markdown: string } {
  const d = rule.docs;
  const text: string[] = [rule.name, ''];
  const md: string[] = [`## ${rule.name}`, ''];
  md.push(`Service: **${rule.service}** · Category: **${CATEGORY_TITLES[rule.category]}** (\`${rule.category}\`)`, '');
  if (d.detects) {
    text.push(`What it detects: ${d.detects}`, '');
    md.push('### What it detects', '', d.detects, '');
  }
  if (d.why) {
    text.push(`Why it matters: ${d.why}`, '');
    md.push('### Why it matters', '', d.why, '');
  }
  defaultOnHelp(rule, text, md);
  if (d.example) {
    const code = d.example.trimEnd();
    text.push('Example:', ...code.split('\n').map((l) => `    ${l}`), '');
    const f = fence(code);
    md.push('### Example', '', `${f}${manifestOnly(rule) ? 'text' : 'python'}`, code, f, '');
  }
  if (d.resolve) {
    text.push(`How to resolve: ${d.resolve}`, '');
    md.push('### How to resolve', '', d.resolve, '');
  }
  if (rule.credentials.length) {
    text.push(`Credentials read: ${rule.credentials.join(', ')}`, '');
    md.push(`Credentials read: ${rule.credentials.map((c) => `\`${c}\``).join(', ')}`, '');
  }
  if (d.references.length) {
    text.push('References:', ...d.references.map((r) => `- ${r}`), '');
    md.push('### References', '', ...d.references.map((r) => `- ${r}`), '');
  }
  return { text: text.join('\n').trimEnd(), markdown: md.join('\n').trimEnd() };
}

/** Metadata for a rule id that no loaded rule defines (custom rule removed, stale cache): still valid SARIF. */
function placeholderRule(f: Finding): Rule {
  return {
    id: f.ruleId,
    family: 'unknown',
    source: '(unknown)',
    name: `${f.service} egress`,
    service: f.service,
    category: f.category,
    risk: f.risk,
    cwe: f.cwe,
    precision: 'medium',
    modules: [],
    clients: [],
    sends: [],
    inits: [],
    connects: [],
    imports: [],
    hostArgs: [],
    hosts: [],
    credentials: [],
    constructorHostArgs: [],
    generic: false,
    clientSites: false,
    claimsDecoded: false,
    localWhen: [],
    hostFromCalls: [],
    claimsPaths: [],
    runsCode: [],
    runsFile: [],
    destinationCwe: { cleartext: [319], parameter: [918] },
    packages: [],
    docs: {
      detects: `Outbound data flow to ${f.service} (${CATEGORY_TITLES[f.category]}).`,
      why: '',
      example: '',
      resolve: '',
      references: [],
    },
  };
}

function descriptor(rule: Rule, risk: Risk): Sarif.ReportingDescriptor {
  const sev = SEVERITY[risk];
  const tags = uniq(['security', 'egress', rule.category, ...cweTags(rule.cwe)]).slice(0, MAX_TAGS);
  const full = plainLine(rule.docs.detects || rule.name, MAX_DESCRIPTION * 4);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: truncate(plainLine(rule.name), MAX_DESCRIPTION) },
    fullDescription: { text: truncate(full, MAX_DESCRIPTION) },
    help: helpFor(rule),
    // Built-in rules have a page in the repository's docs/rules (generated from rules/*.yml).
    ...(rule.source.startsWith('rules/') || rule.source.startsWith('rules\\')
      ? { helpUri: `${RULE_DOCS_BASE}${encodeURIComponent(rule.id)}.md` }
      : {}),
    defaultConfiguration: { level: sev.level },
    properties: {
      tags,
      precision: rule.precision,
      'security-severity': sev.score,
      category: rule.category,
      service: rule.service,
    },
  };
}

function region(f: Finding, withSnippet: boolean): Sarif.Region {
  // Exactly the finding's span; clamp only what would make the SARIF invalid.
  const startLine = Math.max(1, f.startLine);
  const startColumn = Math.max(1, f.startColumn);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, f.endColumn);
  const r: Sarif.Region = { startLine, startColumn, endLine, endColumn };
  if (withSnippet && f.snippet) r.snippet = { text: truncate(f.snippet, MAX_SNIPPET) };
  return r;
}

function location(file: string): Sarif.ArtifactLocation {
  return { uri: encodePath(file), uriBaseId: SRCROOT };
}

function result(f: Finding, ruleIndex: number, fingerprint: string, withSnippet: boolean): Sarif.Result {
  const props: Record<string, unknown> = {
    category: f.category,
    service: f.service,
    destinationSource: f.destination.source,
    risk: f.risk,
    credentials: f.credentials,
    dataSources: f.dataSources,
    kind: f.kind,
    tags: f.tags,
  };
  if (f.destination.host) props.destination = f.destination.host;
  else props.destinationDetail = destinationText(f.destination);
  if (f.destination.scheme) props.scheme = f.destination.scheme;
  if (f.callee) props.callee = f.callee;
  if (f.trigger) props.trigger = f.trigger;
  if (f.payload) props.payload = { ...f.payload, text: plainLine(truncate(f.payload.text, MAX_SNIPPET)) };
  if (f.allowed) props.approvedBy = f.allowed.by;
  if (f.denied) props.deniedBy = f.denied.by;
  Object.assign(props, dependencyProps(f));
  const r: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: resultLevel(f),
    message: { text: resultMessage(f) },
    locations: [{ physicalLocation: { artifactLocation: location(f.file), region: region(f, withSnippet) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: props,
  };
  // The send inside a wrapper, where a destination is defined: GitHub shows them as related locations.
  if (f.trace?.length) {
    r.relatedLocations = f.trace.map((t, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: location(t.file), region: { startLine: Math.max(1, t.line) } },
      message: { text: traceMessage(t) },
    }));
  }
  // Code run from a string has no file of its own: the decoded line is shown at the call that runs it.
  if (f.payload) {
    (r.relatedLocations ??= []).push({
      id: r.relatedLocations.length + 1,
      physicalLocation: { artifactLocation: location(f.file), region: { startLine: Math.max(1, f.startLine) } },
      message: { text: messageText(payloadMessage(f.payload)) },
    });
  }
  if (f.suppressed) {
    r.suppressions = [
      {
        kind: 'inSource',
        justification: plainLine(f.suppressed.justification || 'Suppressed in source without a reason.'),
      },
    ];
  }
  return r;
}

function notification(level: 'note' | 'warning', id: string, text: string, file?: string): Sarif.Notification {
  const n: Sarif.Notification = { level, descriptor: { id }, message: { text: messageText(text) } };
  if (file !== undefined) n.locations = [{ physicalLocation: { artifactLocation: location(file) } }];
  return n;
}

/** Drop exact duplicates; make repeated fingerprints distinct (`fp`, `fp/2`, ...) so no alert swallows another. */
function dedupe(findings: Finding[]): { finding: Finding; fingerprint: string }[] {
  const seen = new Set<string>();
  const count = new Map<string, number>();
  const out: { finding: Finding; fingerprint: string }[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    const key = JSON.stringify([f.ruleId, f.file, f.startLine, f.startColumn, f.endLine, f.endColumn, f.fingerprint]);
    if (seen.has(key)) continue;
    seen.add(key);
    const k = `${f.ruleId}\u0000${f.fingerprint}`;
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    out.push({ finding: f, fingerprint: n === 1 ? f.fingerprint : `${f.fingerprint}/${n}` });
  }
  return out;
}

function build(
  input: SarifInput,
  kept: { finding: Finding; fingerprint: string }[],
  withSnippet: boolean,
  extra: Sarif.Notification[],
): Sarif.Log {
  const known = new Map(input.rules.map((r) => [r.id, r]));
  // A rule's severity is the highest risk among its results (config overrides apply per finding).
  const ruleRisk = new Map<string, Risk>();
  const ruleFor = new Map<string, Rule>();
  for (const { finding: f } of kept) {
    const prev = ruleRisk.get(f.ruleId);
    if (!prev || riskRank(f.risk) > riskRank(prev)) ruleRisk.set(f.ruleId, f.risk);
    if (!ruleFor.has(f.ruleId)) ruleFor.set(f.ruleId, known.get(f.ruleId) ?? placeholderRule(f));
  }
  const ids = [...ruleFor.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => descriptor(ruleFor.get(id)!, ruleRisk.get(id)!));
  const results = kept.map(({ finding, fingerprint }) =>
    result(finding, index.get(finding.ruleId)!, fingerprint, withSnippet),
  );

  const notifications: Sarif.Notification[] = [
    ...extra,
    ...[...input.skipped]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map((s) => notification('warning', 'skipped-file', `Skipped ${s.file}: ${s.reason}`, s.file)),
    ...[...input.notes]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.message < b.message ? -1 : 1))
      .map((n) => notification(n.level, 'file-note', `${n.file}: ${n.message}`, n.file)),
  ];
  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (input.startTimeUtc) invocation.startTimeUtc = input.startTimeUtc;
  if (notifications.length) invocation.toolExecutionNotifications = notifications;

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'egress-audit',
            semanticVersion: input.version,
            version: input.version,
            informationUri: input.informationUri ?? 'https://github.com/egress-audit/egress-audit',
            rules,
          },
        },
        automationDetails: { id: input.automationId ?? 'egress-audit/' },
        ...(input.provenance ? { versionControlProvenance: [provenance(input.provenance)] } : {}),
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the scanned repository.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function provenance(p: NonNullable<SarifInput['provenance']>): Sarif.VersionControlDetails {
  return {
    repositoryUri: p.repositoryUri,
    ...(p.revisionId ? { revisionId: p.revisionId } : {}),
    ...(p.branch ? { branch: p.branch } : {}),
    mappedTo: { uriBaseId: SRCROOT },
  };
}

export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

/** Build the log, keeping within GitHub's result-count and upload-size limits; every cut is a warning. */
export function toSarif(input: SarifInput): SarifOutput {
  const maxResults = input.limits?.maxResults ?? MAX_RESULTS;
  const maxGzip = input.limits?.maxGzipBytes ?? MAX_GZIP_BYTES;
  const warnings: string[] = [];
  const all = dedupe(input.findings);
  // Priority order decides what survives a cut; output order is by location.
  let kept = [...all].sort((a, b) => compareByPriority(a.finding, b.finding));
  const extra: Sarif.Notification[] = [];
  const cut = (n: number, why: string): void => {
    const dropped = kept.slice(n);
    kept = kept.slice(0, n);
    const lowest = kept.length ? kept[kept.length - 1].finding.risk : 'none';
    const msg = `${why}: kept ${kept.length} of ${all.length} results (highest risk first, lowest kept: ${lowest}); ${dropped.length} results were not uploaded.`;
    warnings.push(msg);
    extra.push(notification('warning', 'result-limit', msg));
  };
  if (kept.length > maxResults) cut(maxResults, `GitHub accepts at most ${maxResults} results per run`);

  const render = (withSnippet: boolean): { log: Sarif.Log; size: number } => {
    const ordered = [...kept].sort((a, b) => compareFindings(a.finding, b.finding));
    const log = build(input, ordered, withSnippet, extra);
    return { log, size: gzipSize(serializeSarif(log)) };
  };
  let out = render(true);
  if (out.size > maxGzip) {
    warnings.push(`SARIF is ${out.size} bytes gzipped (limit ${maxGzip}); code snippets were omitted.`);
    out = render(false);
  }
  while (out.size > maxGzip && kept.length > 0) {
    const n = Math.floor(kept.length * Math.min(0.9, maxGzip / out.size));
    cut(n, `SARIF exceeds ${maxGzip} bytes gzipped`);
    out = render(false);
  }
  return { log: out.log, warnings };
}

/** Deterministic bytes: keys sorted at every level, two-space indent, trailing newline. */
export function serializeSarif(log: Sarif.Log): string {
  return stableStringify(log);
}
