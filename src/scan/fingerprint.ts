// Line-independent identity of a finding, so the pull-request comparison can match moved code:
// rule + resolved callee + destination + normalised call text + occurrence index within the file.
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

export function fingerprintFindings(findings: Finding[], _text: string): Finding[] {
  findings.sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of findings) {
    const dest = f.destination.host ?? f.destination.detail ?? f.destination.source;
    const key = [f.ruleId, f.callee, dest, f.snippet.replace(/\s+/g, '')].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  }
  return findings;
}

/** Deterministic order: file, position, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
