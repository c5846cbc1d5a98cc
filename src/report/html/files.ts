// The file list: a line-level verdict per analysed file (the lines with outbound logic, or none),
// the files that were skipped and why, and notes (syntax errors, decoding).
import { plural } from '../wording.js';
import { escapeLine } from './escape.js';
import type { ReportModel } from './model.js';
import { location } from './sites.js';
import { cell, dataTable, type Row } from './table.js';

const MAX_LINES_SHOWN = 50;

export function fileTable(m: ReportModel): string {
  const ctx = m.input.ctx;
  const rows: Row[] = m.files.map((v) => {
    const lines = [...new Set(v.findings.map((f) => f.startLine))].sort((a, b) => a - b);
    let verdict: string;
    let sort: number;
    if (v.skipped) {
      verdict = `<span class="verdict-skipped">not analysed</span>: ${escapeLine(v.skipped.reason)}${v.skipped.side ? ` (${v.skipped.side})` : ''}`;
      sort = 1;
    } else if (lines.length) {
      const shown = lines.slice(0, MAX_LINES_SHOWN).map((l) => location(v.file, l, ctx));
      if (lines.length > MAX_LINES_SHOWN) shown.push(`+${lines.length - MAX_LINES_SHOWN} more`);
      verdict = `<span class="verdict-found">outbound logic: ${plural(lines.length, 'line', 'lines')}</span> ${shown.join(' ')}`;
      sort = 2;
    } else {
      verdict = '<span class="verdict-none">no outbound logic found</span>';
      sort = 0;
    }
    const notes = v.notes.map((n) => `<div class="meta">${escapeLine(n.message)}</div>`).join('');
    return {
      cells: [
        cell(`<code>${escapeLine(v.file)}</code>`),
        cell(verdict + notes, sort),
        cell(String(v.findings.length), v.findings.length),
      ],
    };
  });
  return dataTable('files-table', 'Files', ['File', 'Verdict', 'Findings'], rows);
}
