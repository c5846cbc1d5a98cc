// `# egress: allow[RULE-ID or service] reason` on the line or the line above, and
// `# egress: allow-file[...] reason` for the whole file. Only real comments count (not strings).
import type { PythonParser, SyntaxNode } from '../parse/parser.js';
import type { Finding } from '../types.js';

export interface Suppression {
  line: number;
  /** Lines it covers; empty for file-level. */
  lines: number[];
  file: boolean;
  targets: string[];
  reason: string;
  text: string;
  used: boolean;
}

// Bounded quantifiers only: the comment text comes from the pull request.
export const SUPPRESSION_FORM =
  /^#\s{0,8}egress:\s{0,8}(allow|allow-file)(?:\[([^\]\n]{0,500})\])?(?:\s{1,8}(.{0,500}))?$/;

export function parseSuppressions(parser: PythonParser, root: SyntaxNode) {
  const list: Suppression[] = [];
  for (const cap of parser.query('(comment) @c').captures(root)) {
    const text = cap.node.text;
    if (!text.includes('egress:')) continue;
    const m = SUPPRESSION_FORM.exec(text.trim());
    if (!m) continue;
    const line = cap.node.startPosition.row + 1;
    // A comment alone on its line covers the next line; a trailing comment covers its own line.
    const prev = cap.node.previousSibling;
    const trailing = !!prev && prev.endPosition.row === cap.node.startPosition.row;
    // A standalone comment covers the next line, looking past a run of comment lines right below it.
    const lines = [line];
    if (!trailing) {
      let last = cap.node.endPosition.row;
      for (
        let n = cap.node.nextSibling;
        n?.type === 'comment' && n.startPosition.row === last + 1 && lines.length < 20;
      ) {
        last = n.endPosition.row;
        lines.push(last + 1);
        n = n.nextSibling;
      }
      lines.push(last + 2);
    }
    list.push(suppressionOf(m, line, lines, text.trim()));
  }
  return {
    match(f: Finding): { justification: string; line: number } | undefined {
      const s = coveringSuppression(list, f);
      return s && { justification: s.reason, line: s.line };
    },
    unused(): Suppression[] {
      return list.filter((s) => !s.used);
    },
  };
}

/** A comment matched by SUPPRESSION_FORM, covering `lines` (none for `allow-file`). */
export function suppressionOf(m: RegExpExecArray, line: number, lines: number[], text: string): Suppression {
  return {
    line,
    lines,
    file: m[1] === 'allow-file',
    targets: (m[2] ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
    reason: (m[3] ?? '').trim() || 'no reason given',
    text: text.slice(0, 300),
    used: false,
  };
}

/**
 * The first suppression that covers a finding's line and names it (rule id, service, category, or what
 * `names` accepts besides), marked used; undefined when none does.
 */
export function coveringSuppression(
  list: Suppression[],
  f: Finding,
  names: (target: string) => boolean = () => false,
): Suppression | undefined {
  for (const s of list) {
    if (!s.file && !s.lines.includes(f.startLine)) continue;
    const named = (t: string) => t === f.ruleId || t === f.service.toLowerCase() || t === f.category || names(t);
    if (s.targets.length && !s.targets.some(named)) continue;
    s.used = true;
    return s;
  }
  return undefined;
}
