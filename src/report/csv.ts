// One row per finding as CSV for compliance reviews (RFC 4180: comma-separated, CRLF line ends,
// fields with a comma, quote or line break quoted, quotes doubled). A cell a spreadsheet would
// evaluate as a formula (one starting with = + - @, tab or CR) gets a leading apostrophe, so text from
// the scanned code never runs in the reviewer's spreadsheet (OWASP "CSV injection").
import { compareFindings } from '../model/order.js';
import type { Comparison, Finding, ScanResult } from '../types.js';
import { destinationText, findingMessage } from './wording.js';

export const CSV_COLUMNS = [
  'change',
  'risk',
  'category',
  'service',
  'destination',
  'host',
  'file',
  'line',
  'column',
  'rule',
  'kind',
  'callee',
  'message',
  'credentials',
  'data_sent',
  'cwe',
  'suppressed',
  'suppression_reason',
  'approved_by',
  'denied_by',
  'tags',
  'fingerprint',
  'snippet',
] as const;

/** A cell as a spreadsheet will read it: neutralised, then quoted when needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(f: Finding, change: string): string[] {
  return [
    change,
    f.risk,
    f.category,
    f.service,
    destinationText(f.destination),
    f.destination.host ?? '',
    f.file,
    String(f.startLine),
    String(f.startColumn),
    f.ruleId,
    f.kind,
    f.callee,
    findingMessage(f),
    f.credentials.join('; '),
    f.dataSources.join('; '),
    f.cwe.map((c) => `CWE-${c}`).join('; '),
    f.suppressed ? 'yes' : 'no',
    f.suppressed?.justification ?? '',
    f.allowed?.by ?? '',
    f.denied?.by ?? '',
    f.tags.join('; '),
    f.fingerprint,
    f.snippet,
  ];
}

/**
 * A scan: every finding (`change` = `present`). A comparison: every head finding of the changed files
 * (`new` or `unchanged`), then the removed ones (`removed`).
 */
export function toCsv(result: ScanResult | Comparison): string {
  const rows: string[][] = [];
  if ('newFindings' in result) {
    const added = new Set(result.newFindings);
    for (const f of [...result.headFindings].sort(compareFindings))
      rows.push(row(f, added.has(f) ? 'new' : 'unchanged'));
    for (const f of [...result.removedFindings].sort(compareFindings)) rows.push(row(f, 'removed'));
  } else {
    for (const f of [...result.findings].sort(compareFindings)) rows.push(row(f, 'present'));
  }
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
