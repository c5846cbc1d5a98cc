// Markdown escaping for untrusted text (hosts, paths, messages, reasons) in GitHub-flavoured Markdown.
// Every regex here is a single character class or a fixed-width lookaround: linear time on any input.

import { wellFormed } from './uri.js';

const ZWJ = '\u200D';
const ELLIPSIS = '…';

/** Line breaks, other control characters, bidi overrides ("Trojan Source") and lone surrogates become a space / U+FFFD. */
function flatten(s: string): string {
  return wellFormed(s)
    .replace(/\r\n|[\r\n\u0085\u2028\u2029\t\v\f]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** Cut to at most `max` UTF-16 units (ellipsis included), never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut) + ELLIPSIS;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// ASCII punctuation with inline meaning in GFM: emphasis, code, links/images, tables, strikethrough,
// math ($), emoji shortcodes and URL schemes (:), issue refs (#), HTML (<>&, as entities).
const SPECIAL = /[\\`*_[\]()!|~$:#@<>&.]/g;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_-]/.test(c);
}

/**
 * Escape untrusted text for a GFM table cell or inline text: no HTML, links, images, emphasis,
 * table breaks, line breaks, @mentions, #123 references or autolinks survive.
 * GitHub resolves mentions, issue references and some autolinks on the rendered text, after backslash
 * escapes are gone, so those get a zero-width joiner that breaks the pattern.
 */
export function escapeMarkdown(text: string, maxLength = 300): string {
  const s = flatten(truncate(text, maxLength));
  return s.replace(SPECIAL, (c, offset: number) => {
    const next = s[offset + 1];
    switch (c) {
      case '&':
      case '<':
      case '>':
        return ENTITIES[c];
      case '@':
        // @user, @org/team, and the user@host.com email autolink.
        return isWordChar(next) ? `@${ZWJ}` : '@';
      case '#':
        // #123, GH-1#2, owner/repo#123.
        return /[0-9A-Za-z]/.test(next ?? '') ? `\\#${ZWJ}` : '\\#';
      case ':':
        // scheme:// autolinks and :emoji: shortcodes.
        return next === '/' ? `\\:${ZWJ}` : '\\:';
      case '.':
        // www. autolinks; other dots stay readable.
        return s.slice(Math.max(0, offset - 3), offset).toLowerCase() === 'www' ? `${ZWJ}.` : '.';
      default:
        return `\\${c}`;
    }
  });
}

/**
 * A Markdown code span: its text is literal (no links, autolinks, mentions, HTML), so a host stays
 * copyable byte for byte, with no zero-width characters. The fence is longer than any backtick run
 * inside; `|` is escaped for table cells (GFM removes that backslash inside code spans in tables).
 */
export function codeSpan(text: string, maxLength = 300): string {
  const s = flatten(truncate(text, maxLength)).replace(/\|/g, '\\|');
  if (s === '') return '';
  let longest = 0;
  let run = 0;
  for (const c of s) {
    run = c === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  // A leading or trailing backtick (or space) needs a space, which the span strips again.
  const pad = /^[` ]|[` ]$/.test(s) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Monospace rendering that is safe in tables: `<code>` with escaped content (backticks are not). */
export function codeText(text: string, maxLength = 300): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}

/** Plain single-line text for places that are not Markdown (SARIF messages, terminal). */
export function plainLine(text: string, maxLength = 1000): string {
  return flatten(truncate(text, maxLength));
}
