// GitLab's SAST report (`gl-sast-report.json`, security report schema 15.x), for `artifacts: reports:
// sast:` in GitLab CI. Pure: findings in, a report object out. No npm package ships the schema, so the
// test checks the fields it documents as required (version, scan.{analyzer,scanner,type,status,
// start_time,end_time}, vulnerabilities[].{id,identifiers,location}) and its formats.
// Suppressed and approved findings are not vulnerabilities here; skipped files are scan messages, so a
// reader knows what was not analysed.
import { createHash } from 'node:crypto';
import { compareByPriority } from '../model/order.js';
import type { FileNote, Finding, Risk, SkippedFile } from '../types.js';
import { destinationCell } from './comment-cells.js';
import { escapeMarkdown, plainLine, truncate } from './escape.js';
import { findingResultParts } from './wording.js';

export const GITLAB_SAST_VERSION = '15.1.4';
export const GITLAB_SAST_SCHEMA =
  'https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.1.4/dist/sast-report-format.json';
const MAX_NAME = 255;
const MAX_MESSAGES = 200;

const SEVERITY: Record<Risk, GitLabSeverity> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export type GitLabSeverity = 'Critical' | 'High' | 'Medium' | 'Low' | 'Info' | 'Unknown';

export interface GitLabIdentifier {
  type: string;
  name: string;
  value: string;
  url?: string;
}

export interface GitLabVulnerability {
  id: string;
  name: string;
  description: string;
  severity: GitLabSeverity;
  identifiers: GitLabIdentifier[];
  location: { file: string; start_line: number; end_line: number };
}

export interface GitLabSastReport {
  version: string;
  schema: string;
  scan: {
    type: 'sast';
    status: 'success' | 'failure';
    start_time: string;
    end_time: string;
    analyzer: GitLabTool;
    scanner: GitLabTool;
    messages?: { level: 'info' | 'warn' | 'fatal'; value: string }[];
  };
  vulnerabilities: GitLabVulnerability[];
}

interface GitLabTool {
  id: string;
  name: string;
  version: string;
  url: string;
  vendor: { name: string };
}

export interface GitLabSastInput {
  findings: Finding[];
  skipped: SkippedFile[];
  notes: FileNote[];
  version: string;
  startTime: Date;
  endTime: Date;
}

/** `2026-12-03T15:40:29`: the schema's time pattern (UTC, no fraction, no zone). */
export function gitlabTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/** A stable UUID-shaped id: the fingerprint does not name the file, so the file and rule are hashed in. */
function vulnerabilityId(f: Finding): string {
  const h = createHash('sha256').update(`${f.ruleId}\u0000${f.file}\u0000${f.fingerprint}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function vulnerability(f: Finding): GitLabVulnerability {
  const startLine = Math.max(1, f.startLine);
  return {
    id: vulnerabilityId(f),
    name: truncate(plainLine(`${f.service} egress (${f.ruleId})`), MAX_NAME),
    // GitLab renders the description as Markdown.
    description: findingResultParts(f)
      .map((p) => (p.host ? destinationCell(p.text, 500) : escapeMarkdown(p.text, 2000)))
      .join(''),
    severity: SEVERITY[f.risk],
    identifiers: [
      { type: 'egress_audit_rule', name: plainLine(f.ruleId, MAX_NAME), value: plainLine(f.ruleId, MAX_NAME) },
      ...f.cwe
        .filter((n) => Number.isInteger(n) && n > 0)
        .map((n) => ({
          type: 'cwe',
          name: `CWE-${n}`,
          value: String(n),
          url: `https://cwe.mitre.org/data/definitions/${n}.html`,
        })),
    ],
    location: { file: f.file, start_line: startLine, end_line: Math.max(startLine, f.endLine) },
  };
}

export function toGitLabSast(input: GitLabSastInput): GitLabSastReport {
  const live = input.findings.filter((f) => !f.suppressed && !f.allowed).sort(compareByPriority);
  const silenced = input.findings.length - live.length;
  const tool: GitLabTool = {
    id: 'egress-audit',
    name: 'egress-audit',
    version: input.version,
    url: 'https://github.com/egress-audit/egress-audit',
    vendor: { name: 'egress-audit' },
  };
  const messages: NonNullable<GitLabSastReport['scan']['messages']> = [
    ...input.skipped.map((s) => ({ level: 'warn' as const, value: plainLine(`Not analysed: ${s.file}: ${s.reason}`) })),
    ...input.notes
      .filter((n) => n.level === 'warning')
      .map((n) => ({ level: 'warn' as const, value: plainLine(`${n.file}: ${n.message}`) })),
  ].slice(0, MAX_MESSAGES);
  if (silenced) messages.push({ level: 'info', value: `${silenced} suppressed or approved findings are not listed.` });
  return {
    version: GITLAB_SAST_VERSION,
    schema: GITLAB_SAST_SCHEMA,
    scan: {
      type: 'sast',
      status: 'success',
      start_time: gitlabTime(input.startTime),
      end_time: gitlabTime(input.endTime),
      analyzer: tool,
      scanner: tool,
      ...(messages.length ? { messages } : {}),
    },
    vulnerabilities: live.map(vulnerability),
  };
}

/** Two-space JSON with a trailing newline. */
export function serializeGitLabSast(r: GitLabSastReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
