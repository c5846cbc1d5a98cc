// A finding's location as text or a permalink, and its policy marks: the cells both the integration
// sections and the findings table use.
import { riskRank } from '../../model/taxonomy.js';
import type { Finding, RepoContext, Risk } from '../../types.js';
import { permalink } from '../uri.js';
import { findingStatus } from '../wording.js';
import { escapeLine, safeHref } from './escape.js';
import { cell, type Cell } from './table.js';

export function location(file: string, line: number, ctx: RepoContext | undefined): string {
  const text = escapeLine(`${file}:${line}`);
  const href = ctx ? safeHref(permalink(ctx, file, line)) : undefined;
  return href ? `<a href="${href}" rel="noreferrer">${text}</a>` : `<code>${text}</code>`;
}

export function riskCell(risk: Risk): Cell {
  return cell(`<span class="risk risk-${risk}">${risk}</span>`, riskRank(risk));
}

/** Status words (wording.ts) plus a "new" badge in diff mode; '' when there are none. */
export function statusHtml(f: Finding, isNew: boolean): string {
  const words = findingStatus(f).map((s) => `<span class="badge">${escapeLine(s)}</span>`);
  if (isNew) words.unshift('<span class="badge badge-new">new</span>');
  return words.join(' ');
}

export const listText = (xs: string[]): string => (xs.length ? xs.map((x) => escapeLine(x, 200)).join(', ') : '—');
export const codeListHtml = (xs: string[]): string =>
  xs.length ? xs.map((x) => `<code>${escapeLine(x, 200)}</code>`).join(', ') : '—';
