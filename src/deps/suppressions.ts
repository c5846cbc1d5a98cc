// `# egress: allow[RULE-ID, service, category or package] reason` in requirements files and TOML: a
// trailing comment covers its line, a comment alone on a line covers the next non-comment line, and
// `allow-file` covers the file. The same form as in Python (src/scan/suppressions.ts).
import type { Suppression } from '../scan/suppressions.js';
import { coveringSuppression, SUPPRESSION_FORM, suppressionOf } from '../scan/suppressions.js';
import { normalizeName } from './names.js';
import type { Finding, UnusedSuppression } from '../types.js';

/** The comment of a line: the first `#` outside a quoted string. */
function commentOf(line: string): { comment: string; alone: boolean } | undefined {
  let quote = '';
  for (let i = 0; i < line.length && i < 4000; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return { comment: line.slice(i).trim(), alone: !line.slice(0, i).trim() };
  }
  return undefined;
}

export function manifestSuppressions(text: string, file: string) {
  const lines = text.split('\n');
  const list: Suppression[] = [];
  lines.forEach((raw, i) => {
    if (!raw.includes('egress:')) return;
    const c = commentOf(raw.replace(/\r$/, ''));
    const m = c ? SUPPRESSION_FORM.exec(c.comment) : null;
    if (!c || !m) return;
    const covered = [i + 1];
    if (c.alone) {
      let j = i + 1;
      while (j < lines.length && j - i < 20 && /^\s*#/.test(lines[j]!)) j++;
      covered.push(j + 1);
    }
    list.push(suppressionOf(m, i + 1, covered, c.comment));
  });
  return {
    apply(f: Finding): void {
      const pkg = f.dependency?.package;
      const s = coveringSuppression(list, f, (t) => !!pkg && (t === pkg || normalizeName(t) === pkg));
      if (s) f.suppressed = { justification: s.reason, line: s.line };
    },
    unused(): UnusedSuppression[] {
      return list.filter((s) => !s.used).map((s) => ({ file, line: s.line, text: s.text }));
    },
  };
}
