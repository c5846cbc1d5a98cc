// A table the page script can sort and filter: escaped cells in, markup out. Without the script the
// table is complete; the filter controls stay hidden (they only work with it).
import { RISKS } from '../../model/taxonomy.js';
import { escapeLine } from './escape.js';

export interface Cell {
  /** Markup, already escaped by the caller. */
  html: string;
  /** Sort key when the text would sort wrongly (risk rank, line number). */
  sort?: string | number;
}

export interface Row {
  cells: Cell[];
  risk?: string;
}

export function cell(html: string, sort?: string | number): Cell {
  return sort === undefined ? { html } : { html, sort };
}

export function dataTable(id: string, caption: string, headers: string[], rows: Row[], riskFilter = false): string {
  const riskSelect = riskFilter
    ? `<select aria-label="Risk"><option value="">any risk</option>${[...RISKS]
        .reverse()
        .map((r) => `<option value="${r}">${r}</option>`)
        .join('')}</select>`
    : '';
  const controls =
    `<div class="controls" data-table="${id}" hidden><input type="search" placeholder="Filter ${escapeLine(caption.toLowerCase())}" aria-label="Filter ${escapeLine(caption.toLowerCase())}">` +
    `${riskSelect}<output></output></div>`;
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${escapeLine(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r) => {
      const risk = r.risk ? ` data-risk="${escapeLine(r.risk)}"` : '';
      const cells = r.cells
        .map((c) => `<td${c.sort === undefined ? '' : ` data-sort="${escapeLine(String(c.sort))}"`}>${c.html}</td>`)
        .join('');
      return `<tr${risk}>${cells}</tr>`;
    })
    .join('\n');
  return `${controls}\n<table id="${id}" class="sortable">${head}\n<tbody>\n${body}\n</tbody></table>`;
}
