// `# egress: allow[RULE-ID, service, category or package] reason` in requirements files and TOML: a
// trailing comment covers its line, a comment alone on a line covers the next non-comment line, and
// `allow-file` covers the file. The same form as in Python (src/scan/suppressions.ts).
import { SUPPRESSION_FORM } from '../scan/suppressions.js';
import { normalizeName } from './names.js';
import type { Finding, UnusedSuppression } from '../types.js';

interface Entry {
  line: number;
  lines: Set<number>;
  file: boolean;
  targets: string[];
  reason: string;
  text: string;
  used: boolean;
}

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
  const list: Entry[] = [];
  lines.forEach((raw, i) => {
    if (!raw.includes('egress:')) return;
    const c = commentOf(raw.replace(/\r$/, ''));
    const m = c ? SUPPRESSION_FORM.exec(c.comment) : null;
    if (!c || !m) return;
    const covered = new Set([i + 1]);
    if (c.alone) {
      let j = i + 1;
      while (j < lines.length && j - i < 20 && /^\s*#/.test(lines[j]!)) j++;
      covered.add(j + 1);
    }
    list.push({
      line: i + 1,
      lines: covered,
      file: m[1] === 'allow-file',
      targets: (m[2] ?? '')
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
      reason: (m[3] ?? '').trim() || 'no reason given',
      text: c.comment.slice(0, 300),
      used: false,
    });
  });
  return {
    apply(f: Finding): void {
      for (const s of list) {
        if (!s.file && !s.lines.has(f.startLine)) continue;
        const names = [f.ruleId, f.service.toLowerCase(), f.category, f.dependency?.package ?? ''];
        if (s.targets.length && !s.targets.some((t) => names.includes(t) || normalizeName(t) === names[3])) continue;
        s.used = true;
        f.suppressed = { justification: s.reason, line: s.line };
        return;
      }
    },
    unused(): UnusedSuppression[] {
      return list.filter((s) => !s.used).map((s) => ({ file, line: s.line, text: s.text }));
    },
  };
}
