// Scan many files: collect them safely (no symlinks, never outside the root), decode, analyse, merge.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import { pythonParser } from '../parse/parser.js';
import type { RuleSet } from '../rules/load.js';
import type { ScanResult, SkippedFile } from '../types.js';
import { analyzeSource } from './analyze-file.js';
import type { AnalyzeContext } from './analyze-file.js';
import { decodeSource } from './decode.js';
import { compareFindings } from './fingerprint.js';

export interface SourceFile {
  /** Repo-relative, forward slashes. */
  path: string;
  content: Buffer;
}

export interface ScanOptions {
  config: Config;
  rules: RuleSet;
  /** Worker threads for large scans (0 or 1: in this thread). */
  workers?: number;
}

export function emptyResult(): ScanResult {
  return {
    findings: [],
    skipped: [],
    notes: [],
    unusedSuppressions: [],
    filesScanned: 0,
    filesParsed: 0,
    bytesScanned: 0,
  };
}

/** Merge partial results and put everything in a deterministic order. */
export function mergeResults(parts: ScanResult[]): ScanResult {
  const out = emptyResult();
  for (const p of parts) {
    out.findings.push(...p.findings);
    out.skipped.push(...p.skipped);
    out.notes.push(...p.notes);
    out.unusedSuppressions.push(...p.unusedSuppressions);
    out.filesScanned += p.filesScanned;
    out.filesParsed += p.filesParsed;
    out.bytesScanned += p.bytesScanned;
  }
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  out.findings.sort(compareFindings);
  out.skipped.sort(byFile);
  out.notes.sort((a, b) => byFile(a, b) || (a.message < b.message ? -1 : 1));
  out.unusedSuppressions.sort((a, b) => byFile(a, b) || a.line - b.line);
  return out;
}

export function testMatcher(config: Config): (file: string) => boolean {
  const m = picomatch(config.testPaths, { dot: true });
  return (f) => m(f);
}

/** Everything the per-file analysis needs: the parser, the compiled rules and the config. */
export async function analyzeContext(opts: ScanOptions): Promise<AnalyzeContext> {
  return {
    parser: await pythonParser(),
    index: opts.rules.index,
    config: opts.config,
    isTest: testMatcher(opts.config),
  };
}

/** Analyse files already in memory (pull-request mode reads them from git). */
export async function scanSources(files: SourceFile[], opts: ScanOptions): Promise<ScanResult> {
  const ctx = await analyzeContext(opts);
  const out = emptyResult();
  let n = 0;
  for (const f of files) {
    analyzeOne(f.path, f.content, ctx, out);
    // Give the event loop a turn now and then (timers, signals) on long scans.
    if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
  }
  return mergeResults([out]);
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

export interface Collected {
  files: { path: string; abs: string; size: number }[];
  skipped: SkippedFile[];
}

/**
 * Walk the inputs inside `root`: never follow a symbolic link, never leave the root, apply the config's
 * path and exclude globs. Everything left out for a reason other than the globs is reported.
 */
export function collectFiles(inputs: string[], root: string, config: Config): Collected {
  const realRoot = realpathSync(root);
  const include = picomatch(config.paths, { dot: true });
  const exclude = picomatch(config.exclude, { dot: true });
  const out: Collected = { files: [], skipped: [] };
  const seen = new Set<string>();
  const visit = (abs: string, explicit: boolean) => {
    const rel = relative(realRoot, abs).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) {
      out.skipped.push({ file: rel, reason: 'outside the workspace' });
      return;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.skipped.push({ file: rel || '.', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
      return;
    }
    if (st.isSymbolicLink()) {
      // Reported when it could hide Python: named like a source file, given explicitly, or a linked folder.
      if (explicit || rel.endsWith('.py') || linksToDirectory(abs))
        out.skipped.push({ file: rel, reason: 'symbolic link (not followed)' });
      return;
    }
    if (rel && exclude(rel) && !explicit) return;
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(abs).sort();
      } catch (e) {
        out.skipped.push({ file: rel || '.', reason: `cannot list: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
        return;
      }
      for (const n of names) visit(join(abs, n), false);
      return;
    }
    if (!st.isFile()) return;
    if (!explicit && !include(rel)) return;
    // An explicit path may go through a linked folder (`linked-dir/x.py`): lstat only checks the last part.
    if (explicit && safeRealpath(abs) !== abs) {
      out.skipped.push({ file: rel, reason: 'path goes through a symbolic link (not followed)' });
      return;
    }
    if (seen.has(rel)) return;
    seen.add(rel);
    out.files.push({ path: rel, abs, size: st.size });
  };
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = resolve(realRoot, input);
    const rel = relative(realRoot, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      out.skipped.push({ file: input, reason: 'outside the workspace' });
      continue;
    }
    visit(abs, abs !== realRoot && !isDirectory(abs));
  }
  out.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

function linksToDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory(); // metadata of the target only; never its contents
  } catch {
    return false;
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Files below this count are scanned in this thread: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

/**
 * Scan files and folders on disk, in this thread or across `workers` threads (this one included).
 * The result is the same either way: findings, skips and notes are merged in a fixed order.
 */
export async function scanPaths(inputs: string[], root: string, opts: ScanOptions): Promise<ScanResult> {
  const collected = collectFiles(inputs, root, opts.config);
  let result: ScanResult;
  const threads = opts.workers ?? 0;
  const { scanInWorkers, workersAvailable } = await import('./parallel.js');
  if (threads > 1 && collected.files.length >= MIN_FILES_FOR_WORKERS && workersAvailable()) {
    result = await scanInWorkers(collected.files, opts, threads);
  } else {
    const ctx = await analyzeContext(opts);
    result = emptyResult();
    let n = 0;
    for (const f of collected.files) {
      analyzeDiskFile(f, ctx, result);
      if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  }
  result.skipped.push(...collected.skipped);
  return mergeResults([result]);
}

export function analyzeDiskFile(
  f: { path: string; abs: string; size: number },
  ctx: AnalyzeContext,
  out: ScanResult,
): void {
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
