// `--shard I/N`: a deterministic partition of the scanned files, balanced by size, so N jobs of a
// matrix each analyse one part. Every shard still resolves names across the whole project (the project
// index reads any module), so a shard's findings are exactly the full scan's findings for its files.
import { fail, ok, type Result } from '../result.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const MAX_SHARDS = 256;

export function parseShard(text: string): Result<Shard> {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    return fail({
      file: '--shard',
      message: `expected I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (for example 2/4), got "${text}"`,
    });
  return ok({ index, count });
}

/**
 * The files of shard `index`: largest first, each to the least loaded shard so far (ties: the lowest
 * shard, then path order), so the parts have about the same number of bytes whatever the file order.
 */
export function shardFiles<T extends { path: string; size: number }>(files: readonly T[], shard: Shard): T[] {
  if (shard.count === 1) return [...files];
  const load = new Array<number>(shard.count).fill(0);
  const mine: T[] = [];
  const order = [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of order) {
    let best = 0;
    for (let i = 1; i < load.length; i++) if (load[i]! < load[best]!) best = i;
    // Empty files still count one byte, so they spread out too.
    load[best]! += Math.max(1, f.size);
    if (best === shard.index - 1) mine.push(f);
  }
  return mine.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
