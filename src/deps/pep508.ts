// PEP 508 requirement strings: `name[extras] (specifiers) ; marker` or `name[extras] @ url ; marker`.
// No npm library parses PEP 508 (the PEP 440 ones parse versions only), so this is a small parser of
// the parts the dependency stage needs: the name, where it starts and ends, and a direct URL. Linear
// scans over bounded text; nothing is evaluated.
import { NAME } from './names.js';

export interface ParsedRequirement {
  /** The name as written. */
  name: string;
  extras: string[];
  /** Version specifiers as written (`>=1,<2`), '' when none. */
  specifier: string;
  /** A direct reference (`name @ url`). */
  url?: string;
  marker?: string;
}

const MAX = 4000;
/** `>=1.0, <2`, `~=3.1`, `==1.*`: comma-separated PEP 440 clauses (no nested quantifiers: linear). */
const CLAUSE = '(?:~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9*.+!_-]{1,100}';
const SPECIFIERS = new RegExp(`^${CLAUSE}(?:\\s*,\\s*${CLAUSE}){0,20}\\s*$`);

/** Parses one requirement string; undefined when it does not start with a valid name. */
export function parsePep508(input: string): ParsedRequirement | undefined {
  const s = input.slice(0, MAX).trim();
  const m = NAME.exec(s);
  if (!m) return undefined;
  const name = m[0];
  let rest = s.slice(name.length).trimStart();
  const extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    for (const e of rest.slice(1, close).split(',')) if (e.trim()) extras.push(e.trim());
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.startsWith('@')) {
    // A URL ends at whitespace; a marker follows after `;` (PEP 508 needs a space before it).
    const after = rest.slice(1).trimStart();
    const end = after.search(/\s/);
    const url = end < 0 ? after : after.slice(0, end);
    const tail = end < 0 ? '' : after.slice(end).trim();
    const marker = tail.startsWith(';') ? tail.slice(1).trim() : undefined;
    if (!url) return undefined;
    return { name, extras, specifier: '', url, ...(marker ? { marker } : {}) };
  }
  const semi = rest.indexOf(';');
  const spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const marker = semi < 0 ? undefined : rest.slice(semi + 1).trim();
  // Anything but specifier characters here means this is not a requirement (`name = value`, prose).
  const specifier = spec.replace(/^\((.*)\)$/, '$1').trim();
  if (specifier && !SPECIFIERS.test(specifier)) return undefined;
  return { name, extras, specifier, ...(marker ? { marker } : {}) };
}

/** The host of a URL as pip reads it: `git+https://u:p@host:port/x`, `git+ssh://git@host/x`, `git@host:x`. */
export function urlHost(url: string): string | undefined {
  const u = url.trim();
  const scp = /^[A-Za-z0-9._-]{1,100}@([A-Za-z0-9.-]{1,253}):(?!\/\/)/.exec(u);
  if (scp) return scp[1]!.toLowerCase();
  const m =
    /^(?:[a-z][a-z0-9+.-]{0,30}:)?\/\/(?:[^@/?#\s]{0,300}@)?(\[[0-9a-f:.]{1,60}\]|[^/:?#\s]{1,253})(?::(\d{1,5}))?/i.exec(
      u,
    );
  if (!m) return undefined;
  const host = m[1]!.toLowerCase();
  return m[2] ? `${host}:${m[2]}` : host;
}

/** The URL without credentials (`https://user:token@host` → `https://host`): URLs are echoed in reports. */
export function withoutCredentials(url: string): string {
  return url.replace(/^((?:[a-z][a-z0-9+.-]{0,30}:)?\/\/)[^@/?#\s]{0,300}@/i, '$1');
}

/** A URL requirement's scheme when it is a direct reference rather than a local path. */
export function isRemoteUrl(s: string): boolean {
  return /^(?:(?:git|hg|svn|bzr)\+)?(?:https?|ftp|ssh|git):\/\//i.test(s) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(s);
}

/** `#egg=name` in a URL (pip's legacy name for an unnamed URL requirement). */
export function eggName(url: string): string | undefined {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]{0,200})/.exec(url)?.[1];
}
