// Qualified-name patterns: `*` is one segment, `**` any number (zero or more), `{a,b.c}` alternatives.
// Patterns come from trusted rule files; names come from untrusted code, so matching is done segment
// by segment (no regex backtracking on PR-controlled text) and names are bounded in length.

export interface CompiledPattern {
  source: string;
  segments: string[];
  /** Literal characters (no wildcards): the tie-breaker when several rules match one call. */
  specificity: number;
  /** Exact name when there is no wildcard (fast path through a Map). */
  exact?: string;
}

/** Expand `{a,b}` alternatives (nested braces are supported, commas split at depth 0). */
export function expandBraces(p: string): string[] {
  const open = p.indexOf('{');
  if (open < 0) return [p];
  let depth = 0;
  let close = -1;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return [p];
  const inner = p.slice(open + 1, close);
  const alts: string[] = [];
  depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      alts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(inner.slice(start));
  const rest = p.slice(close + 1);
  const head = p.slice(0, open);
  return alts.flatMap((a) => expandBraces(head + a + rest));
}

export function compilePattern(p: string): CompiledPattern[] {
  return expandBraces(p).map((source) => {
    const segments = source.split('.');
    const wild = segments.some((s) => s === '*' || s === '**');
    return {
      source,
      segments,
      specificity: segments.filter((s) => s !== '*' && s !== '**').join('.').length,
      exact: wild ? undefined : source,
    };
  });
}

/** Segment matcher with memo-free two-pointer backtracking limited to `**` (bounded by name length). */
export function matchSegments(pat: string[], name: string[]): boolean {
  let pi = 0;
  let ni = 0;
  let starP = -1;
  let starN = -1;
  while (ni < name.length) {
    if (pi < pat.length && pat[pi] === '**') {
      starP = pi++;
      starN = ni;
    } else if (pi < pat.length && (pat[pi] === '*' || pat[pi] === name[ni])) {
      pi++;
      ni++;
    } else if (starP >= 0) {
      pi = starP + 1;
      ni = ++starN;
    } else return false;
  }
  while (pi < pat.length && pat[pi] === '**') pi++;
  return pi === pat.length;
}
