// A content-addressed store of per-file scan results (`--cache DIR`). Entries are named by their key
// (see cache-key.ts), written atomically, and checked when read: an entry that does not parse, names
// another key or has the wrong shape is ignored with a note and recomputed, never trusted.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../types.js';
import { CACHE_FORMAT } from './cache-key.js';

/** What one file adds to a scan result. */
export type FileOutcome = ScanResult;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that were present but unusable (corrupt, foreign, wrong shape). */
  rejected: number;
  written: number;
  pruned: number;
}

/** Entries not used for this long are removed at the end of a run (an entry is touched when used, daily at most). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const TOUCH_AFTER_MS = 24 * 3600 * 1000;
const KEY = /^[0-9a-f]{64}$/;

export class FileCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, pruned: 0 };
  /** Notes for the run's log (never part of the scan result: output is the same with or without a cache). */
  readonly notes: string[] = [];
  private readonly dir: string;
  private writable = true;

  constructor(dir: string) {
    this.dir = join(dir, `v${CACHE_FORMAT}`);
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (e) {
      this.writable = false;
      this.notes.push(
        `cache: cannot create ${dir} (${(e as NodeJS.ErrnoException).code ?? 'error'}); running without it`,
      );
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string, file: string): FileOutcome | undefined {
    if (!KEY.test(key)) throw new Error(`cache key must be 64 hex digits, got ${key}`);
    const p = this.pathOf(key);
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const entry = parseEntry(text, key, file);
    if (typeof entry === 'string') {
      this.stats.rejected++;
      this.stats.misses++;
      this.notes.push(`cache: ignored the entry for ${file} (${entry}); analysed it again`);
      return undefined;
    }
    this.stats.hits++;
    try {
      const age = Date.now() - statSync(p).mtimeMs;
      if (age > TOUCH_AFTER_MS) utimesSync(p, new Date(), new Date());
    } catch {
      // a read-only cache still serves hits
    }
    return entry;
  }

  put(key: string, file: string, outcome: FileOutcome): void {
    if (!this.writable || !KEY.test(key)) return;
    const p = this.pathOf(key);
    const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, key, file, outcome }));
      renameSync(tmp, p);
      this.stats.written++;
    } catch (e) {
      rmSync(tmp, { force: true });
      this.writable = false;
      this.notes.push(
        `cache: cannot write to ${this.dir} (${(e as NodeJS.ErrnoException).code ?? 'error'}); results are not saved`,
      );
    }
  }

  /** Remove entries nobody used for MAX_AGE_MS (and temporary files left by an interrupted run). */
  prune(now = Date.now()): void {
    if (!this.writable) return;
    let shards: string[];
    try {
      shards = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const s of shards) {
      if (!/^[0-9a-f]{2}$/.test(s)) continue;
      const d = join(this.dir, s);
      let names: string[];
      try {
        names = readdirSync(d);
      } catch {
        continue;
      }
      for (const n of names) {
        const p = join(d, n);
        try {
          const st = statSync(p);
          const old = now - st.mtimeMs > (n.endsWith('.tmp') ? 3600 * 1000 : MAX_AGE_MS);
          if (st.isFile() && old) {
            rmSync(p, { force: true });
            this.stats.pruned++;
          }
        } catch {
          // gone meanwhile
        }
      }
    }
  }

  summary(): string {
    const s = this.stats;
    return `cache: ${s.hits} reused, ${s.misses} analysed, ${s.written} saved${s.rejected ? `, ${s.rejected} unusable entries ignored` : ''}${s.pruned ? `, ${s.pruned} old entries removed` : ''}`;
  }
}

const ARRAYS = ['findings', 'skipped', 'notes', 'unusedSuppressions'] as const;
const COUNTS = ['filesScanned', 'filesParsed', 'bytesScanned'] as const;

/** The outcome in an entry, or why it cannot be used. */
function parseEntry(text: string, key: string, file: string): FileOutcome | string {
  let e: unknown;
  try {
    e = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (!e || typeof e !== 'object') return 'not an object';
  const o = e as Record<string, unknown>;
  if (o.format !== CACHE_FORMAT) return `format ${String(o.format)}, expected ${CACHE_FORMAT}`;
  if (o.key !== key) return 'it names another key';
  if (o.file !== file) return 'it is for another file';
  const r = o.outcome as Record<string, unknown> | undefined;
  if (!r || typeof r !== 'object') return 'no outcome';
  for (const a of ARRAYS) if (!Array.isArray(r[a])) return `outcome.${a} is not a list`;
  for (const c of COUNTS) if (typeof r[c] !== 'number' || !Number.isInteger(r[c])) return `outcome.${c} is not a count`;
  // Everything in an entry is about this file: a foreign path would move findings elsewhere.
  for (const a of ARRAYS)
    for (const x of r[a] as unknown[]) {
      if (!x || typeof x !== 'object' || (x as { file?: unknown }).file !== file)
        return `outcome.${a} names another file`;
    }
  for (const f of r.findings as Record<string, unknown>[]) {
    if (typeof f.ruleId !== 'string' || typeof f.startLine !== 'number' || typeof f.fingerprint !== 'string')
      return 'a finding has the wrong shape';
  }
  return r as unknown as FileOutcome;
}
