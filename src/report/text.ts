// Terminal output for the CLI. Text from scanned code is stripped of control characters so a hostile
// file name or host cannot inject ANSI escape sequences into the user's terminal.

import type { Finding, Risk, ScanResult } from '../types.js';
import { compareFindings } from '../model/order.js';
import { RISKS, countByRisk } from '../model/taxonomy.js';
import { dependencyMark, optOutText, payloadText, serviceAndDestination, triggerText } from './wording.js';

export interface TextOptions {
  /** Only when stdout is a TTY and NO_COLOR is unset; the CLI decides. */
  color?: boolean;
}

const RISK_COLOR: Record<Risk, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
};
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** Control characters (C0, DEL, C1) and bidi overrides shown as U+FFFD; keeps lines single-line and inert. */
export function sanitizeTerminal(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `${code}${s}${RESET}` : s;
}

export function findingLine(f: Finding, opts: TextOptions = {}): string {
  const c = opts.color === true;
  const where = sanitizeTerminal(`${f.file}:${f.startLine}:${f.startColumn}`);
  const risk = paint(c, RISK_COLOR[f.risk], f.risk.toUpperCase().padEnd(8));
  const dest = sanitizeTerminal(serviceAndDestination(f));
  const callee = f.callee ? `  ${paint(c, DIM, `(${sanitizeTerminal(f.callee)})`)}` : '';
  const marks: string[] = [];
  if (f.denied) marks.push(`[denied: ${f.denied.by}]`);
  if (f.allowed) marks.push(`[allowed: ${f.allowed.by}]`);
  if (f.suppressed) marks.push(`[suppressed: ${f.suppressed.justification || 'no reason'}]`);
  if (f.tags.includes('test')) marks.push('[test]');
  if (f.trigger) marks.push(`[${triggerText(f.trigger)}]`);
  if (f.payload) marks.push(`[code run: ${payloadText(f.payload).slice(0, 160)}]`);
  const mark = dependencyMark(f);
  if (mark) marks.push(`[${mark}]`);
  if (f.dependency?.defaultOn) marks.push(`[opt out: ${optOutText(f.dependency.defaultOn, true)}]`);
  const tail = marks.length ? `  ${paint(c, DIM, sanitizeTerminal(marks.join(' ')))}` : '';
  return `${where}  ${risk}  ${f.category.padEnd(13)}  ${dest}${callee}${tail}`;
}

export function totalsLine(result: ScanResult): string {
  const counts = countByRisk(result.findings.map((f) => f.risk));
  const byRisk = [...RISKS]
    .reverse()
    .filter((r) => counts[r] > 0)
    .map((r) => `${counts[r]} ${r}`);
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  const allowed = result.findings.filter((f) => f.allowed).length;
  const n = result.findings.length;
  const parts = [`${n} finding${n === 1 ? '' : 's'}${byRisk.length ? ` (${byRisk.join(', ')})` : ''}`];
  parts.push(`${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'} scanned`);
  if (suppressed) parts.push(`${suppressed} suppressed`);
  if (allowed) parts.push(`${allowed} allowed`);
  if (result.skipped.length) parts.push(`${result.skipped.length} skipped`);
  return parts.join(', ');
}

/** The CLI's scan report: one line per finding, notes, skipped files, unused suppressions, totals. */
export function renderText(result: ScanResult, opts: TextOptions = {}): string {
  const lines = [...result.findings].sort(compareFindings).map((f) => findingLine(f, opts));
  const note = (s: string): string => sanitizeTerminal(s);
  if (result.notes.length) {
    lines.push('', 'Notes:');
    for (const n of result.notes) lines.push(`  ${note(n.file)}: ${n.level}: ${note(n.message)}`);
  }
  if (result.unusedSuppressions.length) {
    lines.push('', 'Unused suppressions:');
    for (const u of result.unusedSuppressions) lines.push(`  ${note(u.file)}:${u.line}: ${note(u.text)}`);
  }
  if (result.skipped.length) {
    lines.push('', 'Skipped files:');
    for (const s of result.skipped) lines.push(`  ${note(s.file)}: ${note(s.reason)}`);
  }
  if (lines.length) lines.push('');
  lines.push(totalsLine(result));
  return lines.join('\n') + '\n';
}
