// Scan results: the empty result and the deterministic merge of partial results (threads, files).
import type { ScanResult } from '../types.js';
import { compareFindings } from './fingerprint.js';

export function emptyResult(): ScanResult {
  return {
    findings: [],
    skipped: [],
    notes: [],
    unusedSuppressions: [],
    filesScanned: 0,
    filesParsed: 0,
    bytesScanned: 0,
  };
}

/** Merge partial results and put everything in a deterministic order. */
export function mergeResults(parts: ScanResult[]): ScanResult {
  const out = emptyResult();
  for (const p of parts) {
    out.findings.push(...p.findings);
    out.skipped.push(...p.skipped);
    out.notes.push(...p.notes);
    out.unusedSuppressions.push(...p.unusedSuppressions);
    out.filesScanned += p.filesScanned;
    out.filesParsed += p.filesParsed;
    out.bytesScanned += p.bytesScanned;
  }
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  out.findings.sort(compareFindings);
  out.skipped.sort(byFile);
  out.notes.sort((a, b) => byFile(a, b) || (a.message < b.message ? -1 : 1));
  out.unusedSuppressions.sort((a, b) => byFile(a, b) || a.line - b.line);
  return out;
}
