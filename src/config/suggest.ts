// "Did you mean …?" for names in the config that match nothing: the closest known name by edit distance.

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two adjacent characters: "Slakc" is
 * one edit from "Slack"), case-insensitive. Returns `max + 1` as soon as it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: t.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const at = (r: number, c: number): number => rows[r]?.[c] ?? 0;
      let v = Math.min(at(i - 1, j) + 1, (cur[j - 1] ?? 0) + 1, at(i - 1, j - 1) + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    rows.push(cur);
  }
  return rows[s.length]?.[t.length] ?? 0;
}

/**
 * The known name closest to `name`, when it is close enough to be a typo: at most a third of the
 * name's length in edits (at least 1, at most 3). Ties go to the alphabetically first name.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of [...new Set(known)].sort()) {
    const d = editDistance(name, k, max);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** ' (did you mean "x"?)' or ''. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const c = closestName(name, known);
  return c === undefined ? '' : ` (did you mean ${JSON.stringify(c)}?)`;
}
