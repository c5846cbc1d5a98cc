// Markdown report of a full scan (CLI --markdown, and the job summary on full scans).
import type { ScanResult } from '../types.js';
import { compareByPriority } from '../model/order.js';
import { CATEGORY_TITLES, RISKS, RISK_EMOJI, countByRisk } from '../model/taxonomy.js';
import { destinationText, findingStatus } from './wording.js';
import { escapeMarkdown } from './escape.js';
import { destinationCell } from './comment-cells.js';

const MAX_ROWS = 1000;

export function renderScanMarkdown(result: ScanResult, title = 'egress-audit: outbound integrations'): string {
  const live = result.findings.filter((f) => !f.suppressed && !f.allowed);
  const counts = countByRisk(live.map((f) => f.risk));
  const summary = RISKS.slice()
    .reverse()
    .filter((r) => counts[r])
    .map((r) => `${counts[r]} ${r}`)
    .join(', ');
  const lines = [
    `## ${title}`,
    '',
    live.length
      ? `⚠️ Outbound integration sites: ${live.length}${summary ? ` (${summary})` : ''}.`
      : '✅ No outbound integration sites.',
    '',
    `Scanned ${result.filesScanned} files (${result.filesParsed} parsed); ${result.findings.length - live.length} suppressed or approved; ${result.skipped.length} skipped.`,
    '',
  ];
  if (result.findings.length) {
    lines.push(
      '| Risk | Category | Service | Destination | Location | Status |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const sorted = [...result.findings].sort(compareByPriority);
    for (const f of sorted.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${RISK_EMOJI[f.risk]} ${f.risk} | ${CATEGORY_TITLES[f.category]} | ${escapeMarkdown(f.service)} | ${destinationCell(destinationText(f.destination), 300)} | ${escapeMarkdown(`${f.file}:${f.startLine}`)} | ${escapeMarkdown(findingStatus(f).join('; '))} |`,
      );
    }
    if (sorted.length > MAX_ROWS)
      lines.push('', `…and ${sorted.length - MAX_ROWS} more (see the SARIF or JSON output).`);
    lines.push('');
  }
  if (result.skipped.length) {
    lines.push('<details><summary>Skipped files</summary>', '');
    for (const s of result.skipped.slice(0, 200))
      lines.push(`- ${escapeMarkdown(s.file)}: ${escapeMarkdown(s.reason)}`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
