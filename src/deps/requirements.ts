// requirements.txt and constraints files as pip reads them: one requirement per logical line (`\`
// continues a line), `#` comments, `-r`/`-c` includes, `-e` editables, `-i`/`--extra-index-url`/
// `--find-links` sources, direct URL and VCS requirements, and pip-compile's `# via` annotations, which
// make a compiled file a lock file (a package whose parents are all packages is transitive).
import { normalizeName } from './names.js';
import { resolveInclude } from './paths.js';
import { eggName, isRemoteUrl, parsePep508 } from './pep508.js';
import type { Manifest, Requirement } from './types.js';
import { emptyManifest } from './types.js';

const MAX_LINES = 200_000;
const INCLUDE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/;
const EDITABLE = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/;
const INDEX = /^(-i|--index-url|--extra-index-url|-f|--find-links)(?:\s*=\s*|\s+)(\S+)/;

/** A line's content without its comment (pip: `#` at the start or after whitespace). */
function stripComment(line: string): { body: string; comment?: string } {
  const m = /(^|\s)#/.exec(line);
  if (!m) return { body: line };
  const at = m.index + m[1]!.length;
  return { body: line.slice(0, at), comment: line.slice(at + 1) };
}

/** Names after `via`: "via foo, bar" or the indented list that follows a bare "# via". */
function viaNames(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseRequirements(text: string, file: string): Manifest {
  const out = emptyManifest(file, 'requirements');
  const lines = text.split('\n').slice(0, MAX_LINES);
  if (text.split('\n', MAX_LINES + 1).length > MAX_LINES) out.notes.push(`only the first ${MAX_LINES} lines were read`);
  /** The requirement the `# via` comments below belong to, and every name they list. */
  let viaOf: { req: Requirement; names: string[] } | undefined;
  let inVia = false;
  const closeVia = () => {
    if (viaOf) {
      const fromFile = viaOf.names.some((n) => n.startsWith('-') || /\.(txt|in|toml|cfg|py)$/i.test(n));
      // A package some input file names is direct; one only packages need is transitive.
      if (viaOf.names.length && !fromFile) viaOf.req.via = [...new Set(viaOf.names.map(normalizeName))].sort();
    }
    viaOf = undefined;
    inVia = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let raw = lines[i]!.replace(/\r$/, '');
    const physical = raw;
    // Continuations: a trailing backslash joins the next line (the finding stays on the first).
    while (/\\$/.test(raw) && i + 1 < lines.length) raw = raw.slice(0, -1) + ' ' + lines[++i]!.replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed.startsWith('#')) {
      const c = trimmed.slice(1).trim();
      if (viaOf) {
        const via = /^via(?:\s+(.*))?$/.exec(c);
        if (via) {
          inVia = true;
          viaOf.names.push(...viaNames(via[1] ?? ''));
        } else if (inVia && c && !/\s/.test(c.replace(/^-r\s+/, '').trim())) viaOf.names.push(c);
        else if (inVia && /^-[rc]\s/.test(c)) viaOf.names.push(c);
        else closeVia();
      }
      continue;
    }
    const { body, comment } = stripComment(raw);
    const content = body.trim();
    if (!content) {
      if (!comment) closeVia();
      continue;
    }
    closeVia();
    const column = physical.length - physical.trimStart().length + 1;
    const span = {
      line: start + 1,
      column,
      endColumn: Math.max(column + 1, physical.trimEnd().length + 1),
      text: physical,
    };
    const inc = INCLUDE.exec(content);
    if (inc) {
      const target = inc[1]!;
      if (isRemoteUrl(target)) out.indexes.push({ ...span, url: target, option: content.split(/[\s=]/)[0]! });
      else {
        const path = resolveInclude(file, target);
        if (path) out.includes.push({ path, line: start + 1 });
        else out.notes.push(`line ${start + 1}: include "${target.slice(0, 100)}" is outside the repository; not read`);
      }
      continue;
    }
    const idx = INDEX.exec(content);
    if (idx) {
      if (isRemoteUrl(idx[2]!)) out.indexes.push({ ...span, url: idx[2]!, option: idx[1]! });
      continue;
    }
    const ed = EDITABLE.exec(content);
    const reqText = ed ? ed[1]! : content.replace(/\s--?[a-z][\w-]*(=\S*)?.*$/i, '').trim();
    if (!ed && content.startsWith('-')) continue; // other options: --hash, --pre, --no-binary, …
    let req: Requirement | undefined;
    if (isRemoteUrl(reqText)) {
      const egg = eggName(reqText);
      req = { ...span, name: egg ? normalizeName(egg) : '', url: reqText };
    } else {
      const p = parsePep508(reqText);
      if (p && !/^[.~/\\]/.test(reqText))
        req = { ...span, name: normalizeName(p.name), ...(p.url ? { url: p.url } : {}) };
      else if (!ed && !/^[.~/\\]|\.(whl|zip|tar\.gz)$/i.test(reqText))
        out.notes.push(`line ${start + 1}: not a requirement: "${reqText.slice(0, 80)}"`);
    }
    if (!req) continue;
    if (req.url && !isRemoteUrl(req.url)) delete req.url;
    out.requirements.push(req);
    viaOf = { req, names: [] };
    const trailing = comment ? /^\s*via\s+(.*)$/.exec(comment) : null;
    if (trailing) {
      viaOf.names.push(...viaNames(trailing[1]!));
      inVia = true;
    }
  }
  closeVia();
  return out;
}
