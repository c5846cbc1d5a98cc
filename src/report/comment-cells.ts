// Markdown building blocks of the PR comment and the job summary: cells, tables, lists and links, built
// only from escaped text (escape.ts) and links we construct (uri.ts).
import { RISK_EMOJI } from '../model/taxonomy.js';
import type { RepoContext, Risk } from '../types.js';
import { codeSpan, codeText, escapeMarkdown } from './escape.js';
import { permalink } from './uri.js';

const MAX_SITE_LINKS = 3;

export const riskCell = (r: Risk): string => `${RISK_EMOJI[r]} ${r}`;
export const dash = (s: string): string => (s === '' ? '—' : s);
export const esc = (s: string, max?: number): string => dash(escapeMarkdown(s, max));
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A host name, optionally with a port: letters, digits, dots, hyphens (no `@`, `#`, `/`, `|`). */
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?$/;

/**
 * A destination cell: a host name as a code span, so it can be copied as is (escaped text needs an
 * invisible joiner after `www` to stop GitHub's autolinks); anything else (`(env: X)`, hostile text)
 * as escaped text.
 */
export const destinationCell = (destination: string, max = 200): string =>
  HOST_NAME.test(destination) && destination.length <= max ? codeSpan(destination, max) : esc(destination, max);

export function table(headers: string[], rows: string[][], limit?: number): string[] {
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  const out = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const r of shown) out.push(`| ${r.join(' | ')} |`);
  if (shown.length < rows.length) out.push('', `…and ${rows.length - shown.length} more.`);
  return out;
}

export function list(items: string[], limit?: number): string[] {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const out = shown.map((i) => `- ${i}`);
  if (shown.length < items.length) out.push(`- …and ${items.length - shown.length} more`);
  return out;
}

/** `file:line` linked to its permalink; plain text when the repository's web address is unknown. */
export function siteLink(ctx: RepoContext, file: string, line: number): string {
  const text = escapeMarkdown(`${file}:${line}`, 200);
  return ctx.serverUrl ? `[${text}](${permalink(ctx, file, line)})` : text;
}

export function sitesCell(ctx: RepoContext, sites: { file: string; line: number }[]): string {
  const links = sites.slice(0, MAX_SITE_LINKS).map((s) => siteLink(ctx, s.file, s.line));
  if (sites.length > MAX_SITE_LINKS) links.push(`+${sites.length - MAX_SITE_LINKS} more`);
  return dash(links.join('<br>'));
}

export const codeList = (xs: string[]): string => dash(xs.map((x) => codeText(x, 100)).join(', '));
export const textList = (xs: string[]): string => dash(xs.map((x) => escapeMarkdown(x, 100)).join(', '));
export const destinationList = (xs: string[]): string => dash(xs.map((x) => destinationCell(x, 100)).join(', '));
