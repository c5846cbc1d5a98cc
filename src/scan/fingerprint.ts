// Line-independent identity of a finding, so the pull-request comparison can match moved code:
// rule + resolved callee + destination + the call's shape + occurrence index within the file.
import { createHash } from 'node:crypto';
import { compareFindings } from '../model/order.js';
import type { Finding } from '../types.js';

/**
 * `shapes` holds each finding's call shape (src/scan/call-shape.ts): the call's syntax without
 * comments, whitespace, line breaks, trailing commas, redundant parentheses or quote style. The
 * physical line (`snippet`) is display only, so formatters and added comments keep identities.
 */
export function fingerprintFindings(findings: Finding[], shapes: ReadonlyMap<Finding, string>): Finding[] {
  findings.sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of findings) {
    const d = f.destination;
    // The host, or for env/parameter sources their name; never the raw expression text of `detail`.
    const dest = d.host ?? (d.source === 'env' || d.source === 'parameter' ? (d.detail ?? d.source) : d.source);
    const key = ['v2', f.ruleId, f.callee, dest, shapes.get(f) ?? ''].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  }
  return findings;
}

/** The one finding order lives in src/model/order.ts; re-exported so existing imports keep working. */
export { compareFindings };
