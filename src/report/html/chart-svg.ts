// Integrations by category and risk as an inline SVG bar chart (no script, no external resources).
// Colours come from CSS classes, so the chart follows dark mode and prints.
import { CATEGORIES, CATEGORY_TITLES, RISKS, type Category, type Risk } from '../../model/taxonomy.js';
import { escapeLine } from './escape.js';

const ROW = 26;
const LABEL = 220;
const BAR = 420;
const TOP = 28;

export function categoryChart(byCategory: Record<Category, Record<Risk, number>>): string {
  const rows = CATEGORIES.map((c) => ({
    c,
    counts: byCategory[c],
    total: RISKS.reduce((n, r) => n + byCategory[c][r], 0),
  }));
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = TOP + rows.length * ROW + 8;
  const width = LABEL + BAR + 60;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<title id="chart-title">Integrations by category and risk</title>',
  ];
  // Legend, highest risk first.
  let x = LABEL;
  for (const r of [...RISKS].reverse()) {
    out.push(`<rect class="fill-${r}" x="${x}" y="6" width="12" height="12"/><text x="${x + 16}" y="16">${r}</text>`);
    x += 80;
  }
  rows.forEach((row, n) => {
    const y = TOP + n * ROW;
    out.push(`<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${escapeLine(CATEGORY_TITLES[row.c])}</text>`);
    let left = LABEL;
    for (const r of [...RISKS].reverse()) {
      const k = row.counts[r];
      if (!k) continue;
      const w = (k / max) * BAR;
      out.push(
        `<rect class="fill-${r}" x="${left.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}"><title>${escapeLine(`${CATEGORY_TITLES[row.c]}: ${k} ${r}`)}</title></rect>`,
      );
      left += w;
    }
    out.push(`<text class="muted" x="${(left + 6).toFixed(1)}" y="${y + 15}">${row.total}</text>`);
  });
  out.push(`<line class="axis" x1="${LABEL}" y1="${TOP - 2}" x2="${LABEL}" y2="${height - 6}"/>`, '</svg>');
  return out.join('\n');
}
