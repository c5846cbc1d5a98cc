// One file's bytes into a scan result: size limit, decoding, analysis; a failure skips only that file.
// Shared by the in-thread scan and the worker threads (so neither imports the other).
import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import { pythonParser } from '../parse/parser.js';
import type { ProjectFiles } from '../resolve/modules.js';
import { projectIndex } from './project-index.js';
import type { RuleSet } from '../rules/load.js';
import type { ScanResult } from '../types.js';
import { analyzeSource } from './analyze-file.js';
import type { AnalyzeContext } from './analyze-file.js';
import { decodeSource } from './decode.js';
import type { FileCache } from './file-cache.js';
import type { Shard } from './shard.js';

export interface ScanOptions {
  config: Config;
  rules: RuleSet;
  /** Worker threads for large scans (0 or 1: in this thread). */
  workers?: number;
  /** The project's files (for names imported from other modules); without it each file stands alone. */
  project?: ProjectFiles;
  /** Full scans: reuse per-file results across runs. */
  cache?: FileCache;
  /** Full scans: analyse only this part of the files (a job of a matrix). */
  shard?: Shard;
  /**
   * Full scans: the scanned files some module imports (the index keeps only their trees); unset: all.
   * Computed on first use: with workers, while they start and take the first files.
   */
  imported?: () => ReadonlySet<string>;
}

/** A file found on disk: repo-relative path (forward slashes), absolute path, size in bytes. */
export interface DiskFile {
  path: string;
  abs: string;
  size: number;
}

export function testMatcher(config: Config): (file: string) => boolean {
  const m = picomatch(config.testPaths, { dot: true });
  return (f) => m(f);
}

/** Everything the per-file analysis needs: the parser, the compiled rules and the config. */
export async function analyzeContext(opts: ScanOptions): Promise<AnalyzeContext> {
  const parser = await pythonParser();
  return {
    parser,
    index: opts.rules.index,
    config: opts.config,
    isTest: testMatcher(opts.config),
    ...(opts.project ? { project: projectIndex(opts.project, parser, opts.rules.index) } : {}),
    ...(opts.imported ? { keepTree: keepTree(opts.imported) } : {}),
  };
}

export function keepTree(imported: () => ReadonlySet<string>): (file: string) => boolean {
  return (file) => imported().has(file);
}

export function analyzeOne(path: string, content: Buffer, ctx: AnalyzeContext, out: ScanResult): void {
  if (content.length > ctx.config.maxFileBytes) {
    out.skipped.push({
      file: path,
      reason: `larger than max-file-size (${content.length} > ${ctx.config.maxFileBytes} bytes)`,
    });
    return;
  }
  const d = decodeSource(content);
  if (d.skip || d.text === undefined) {
    out.skipped.push({ file: path, reason: d.skip ?? 'cannot decode' });
    return;
  }
  if (d.note) out.notes.push({ file: path, level: 'warning', message: d.note });
  out.filesScanned++;
  out.bytesScanned += content.length;
  try {
    const r = analyzeSource(path, d.text, ctx);
    if (r.skipped) {
      out.filesScanned--;
      out.skipped.push({ file: path, reason: r.skipped });
      return;
    }
    if (r.parsed) out.filesParsed++;
    out.findings.push(...r.findings);
    out.notes.push(...r.notes);
    out.unusedSuppressions.push(...r.unusedSuppressions);
  } catch (e) {
    // One bad file never stops the scan of the others.
    out.filesScanned--;
    out.skipped.push({ file: path, reason: `analysis failed: ${(e as Error).message}` });
  }
}

export function analyzeDiskFile(f: DiskFile, ctx: AnalyzeContext, out: ScanResult): void {
  if (f.size > ctx.config.maxFileBytes) {
    out.skipped.push({
      file: f.path,
      reason: `larger than max-file-size (${f.size} > ${ctx.config.maxFileBytes} bytes)`,
    });
    return;
  }
  let content: Buffer;
  try {
    content = readFileSync(f.abs);
  } catch (e) {
    out.skipped.push({ file: f.path, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
    return;
  }
  analyzeOne(f.path, content, ctx, out);
}
