// HTML escaping for untrusted text (hosts, paths, snippets, reasons) in element content and quoted
// attribute values. One linear pass per character class; nothing from the scanned code becomes markup.
import { truncate } from '../escape.js';
import { wellFormed } from '../uri.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for element content or a double-quoted attribute: `& < > " '` as entities, control characters
 * (but line feed and tab, which snippets keep), bidi overrides ("Trojan Source") and lone surrogates
 * as U+FFFD.
 */
export function escapeHtml(text: string, maxLength = 2000): string {
  return wellFormed(truncate(text, maxLength))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A single-line variant for attributes and table cells: line breaks and tabs become spaces. */
export function escapeLine(text: string, maxLength = 500): string {
  return escapeHtml(text.replace(/[\r\n\t\u0085\u2028\u2029]+/g, ' '), maxLength);
}

/** An href we built: only http(s) URLs, escaped for a quoted attribute; anything else gives no link. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? escapeLine(url, 4000) : undefined;
}
