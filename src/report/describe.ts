// One wording for a finding, shared by SARIF, the PR comment and the terminal.

import type { Destination, Finding, Risk, SiteKind } from '../types.js';
import { riskRank } from '../types.js';

/** Host when known, otherwise where the address comes from: "(dynamic: env OPENAI_BASE_URL)". */
export function destinationText(d: Destination): string {
  if (d.host) return d.host;
  // The engine's details already name their source ("env OPENAI_BASE_URL", "parameter url").
  if (d.detail) return d.detail.startsWith(`${d.source} `) ? `(${d.detail})` : `(${d.source}: ${d.detail})`;
  return d.source === 'default' ? '(not in the code)' : `(${d.source})`;
}

const VERB: Record<SiteKind, string> = {
  send: 'Sends data to',
  init: 'Starts background egress to',
  connect: 'Opens a connection to',
  import: 'Importing a module starts egress to',
  covert: 'Possible covert egress to',
};

function destinationPhrase(d: Destination): string {
  if (d.host) return d.host;
  if (d.source === 'dynamic') return `a computed address${d.detail ? ` (${d.detail})` : ''}`;
  return `an address from ${d.detail ?? d.source}`;
}

/**
 * A standalone first sentence: "Sends data to api.openai.com (OpenAI) via openai.OpenAI().chat.completions.create."
 * The engine fills `message` with exactly this kind of sentence; we build one only when it is empty.
 */
export function describeFinding(f: Finding): string {
  const given = f.message.trim();
  if (given) return /[.!?]$/.test(given) ? given : `${given}.`;
  const via = f.callee ? ` via ${f.callee}` : '';
  const sentence = `${VERB[f.kind] ?? VERB.send} ${destinationPhrase(f.destination)} (${f.service})${via}`;
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

/** Short status words for a finding: suppressed, approved, denied, test. */
export function findingStatus(f: Finding): string[] {
  const out: string[] = [];
  if (f.denied) out.push(`denied by ${f.denied.by}`);
  if (f.allowed) out.push(`approved by ${f.allowed.by}`);
  if (f.suppressed) out.push(`suppressed: ${f.suppressed.justification || '(no reason)'}`);
  if (f.tags.includes('test')) out.push('test');
  return out;
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic location order (code-unit string comparison, never locale-dependent). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.startLine, b.startLine) ||
    cmp(a.startColumn, b.startColumn) ||
    cmp(a.endLine, b.endLine) ||
    cmp(a.endColumn, b.endColumn) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

/** Highest risk first, live (unsuppressed, unapproved) before silenced, then by location. */
export function compareByPriority(a: Finding, b: Finding): number {
  const silenced = (f: Finding): number => (f.suppressed || f.allowed ? 1 : 0);
  return riskRank(b.risk) - riskRank(a.risk) || silenced(a) - silenced(b) || compareFindings(a, b);
}

export function countByRisk(risks: Risk[]): Record<Risk, number> {
  const out: Record<Risk, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of risks) out[r] += 1;
  return out;
}
