// The one finding order (and integration order) used by the scanner, the comparison and every renderer.
// Code-unit string comparison, never locale-dependent, so output is byte-identical everywhere.
import type { Finding, Integration } from '../types.js';
import { riskRank } from './taxonomy.js';

export function compareText(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Location order: file, start, end, rule, fingerprint. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    compareText(a.startLine, b.startLine) ||
    compareText(a.startColumn, b.startColumn) ||
    compareText(a.endLine, b.endLine) ||
    compareText(a.endColumn, b.endColumn) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Highest risk first, live (unsuppressed, unapproved) before silenced, then by location. */
export function compareByPriority(a: Finding, b: Finding): number {
  const silenced = (f: Finding): number => (f.suppressed || f.allowed ? 1 : 0);
  return riskRank(b.risk) - riskRank(a.risk) || silenced(a) - silenced(b) || compareFindings(a, b);
}

/** Highest risk first, then category, service, destination. */
export function compareIntegrations(a: Integration, b: Integration): number {
  return (
    riskRank(b.risk) - riskRank(a.risk) ||
    compareText(a.category, b.category) ||
    compareText(a.service, b.service) ||
    compareText(a.destination, b.destination)
  );
}

/** Sorts in place by location and returns the array. */
export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(compareFindings);
}
