// The dependency stage for one side (a revision, a folder): read the manifests (following `-r` / `-c`
// includes), parse them, and turn what the rules name into findings with policy, suppressions and
// fingerprints. Reading goes through a callback, so the same code serves git blobs and files on disk.
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import type { FileSet } from '../diff/types.js';
import { pythonParser } from '../parse/parser.js';
import { compareFindings } from '../model/order.js';
import { applyPolicy } from '../scan/policy.js';
import type { FileNote, Finding, Rule, UnusedSuppression } from '../types.js';
import { manifestFindings, packageRules } from './findings.js';
import { LOCK_KINDS, manifestKind } from './names.js';
import { parseManifest } from './parse-manifest.js';
import { resolveInclude } from './paths.js';
import { manifestSuppressions } from './suppressions.js';
import type { Manifest } from './types.js';

/** Lock files can be large; anything above this is a note, never read (smol-toml parses about 1 MB/s). */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
const MAX_INCLUDE_DEPTH = 5;
const MAX_MANIFESTS = 500;

export interface ManifestText {
  path: string;
  text: string;
}

/** Reads manifests and the files they include (`-r base.txt`), at most five levels deep. */
export async function readManifests(
  paths: string[],
  read: (paths: string[], maxBytes: number) => Promise<FileSet>,
): Promise<{ files: ManifestText[]; notes: FileNote[] }> {
  const files: ManifestText[] = [];
  const notes: FileNote[] = [];
  const seen = new Set<string>();
  let wanted = [...new Set(paths)].sort();
  for (let depth = 0; wanted.length && depth <= MAX_INCLUDE_DEPTH; depth++) {
    const batch = wanted.filter((p) => !seen.has(p)).slice(0, MAX_MANIFESTS - seen.size);
    for (const p of batch) seen.add(p);
    const got = await read(batch, MAX_MANIFEST_BYTES);
    for (const s of got.skipped)
      notes.push({
        file: s.file,
        level: 'warning',
        message: `dependencies not read: ${/exceeds|larger/.test(s.reason) ? `larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB` : s.reason}`,
      });
    const next: string[] = [];
    for (const f of got.files) {
      if (f.content.includes(0)) {
        notes.push({ file: f.path, level: 'warning', message: 'dependencies not read: binary content (NUL bytes)' });
        continue;
      }
      const text = f.content.toString('utf8').replace(/^\uFEFF/, '');
      files.push({ path: f.path, text });
      // Includes are requirements files whatever their name (`-r base.in`).
      if ((manifestKind(f.path) ?? 'requirements') === 'requirements')
        for (const m of text.matchAll(/^\s*(?:-r|--requirement|-c|--constraint)[\s=]+(\S+)/gm))
          next.push(`${f.path}\0${m[1]}`);
    }
    wanted = next.map((n) => n.split('\0')).flatMap(([from, target]) => includePath(from!, target!));
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), notes };
}

function includePath(from: string, target: string): string[] {
  const p = resolveInclude(from, target);
  return p ? [p] : [];
}

export interface ManifestScan {
  findings: Finding[];
  notes: FileNote[];
  unusedSuppressions: UnusedSuppression[];
  /** Manifests parsed (for the log). */
  manifests: number;
}

export interface ManifestScanOptions {
  config: Config;
  rules: Rule[];
  /** Manifests whose findings are reported (the changed ones in a pull request); the others only say which packages are direct. */
  report: (path: string) => boolean;
}

export async function scanManifests(files: ManifestText[], opts: ManifestScanOptions): Promise<ManifestScan> {
  const parser = await pythonParser();
  const manifests: { m: Manifest; text: string }[] = [];
  const notes: FileNote[] = [];
  for (const f of files) {
    // An included file is a requirements file whatever its name.
    const kind = manifestKind(f.path) ?? 'requirements';
    const m = parseManifest(f.text, f.path, kind, parser);
    manifests.push({ m, text: f.text });
    for (const n of m.notes) notes.push({ file: f.path, level: 'warning', message: `dependencies: ${n}` });
  }
  // Packages a manifest names directly (a pip-compiled file's transitive entries are not direct).
  const direct = new Set<string>();
  for (const { m } of manifests)
    if (!LOCK_KINDS.has(m.kind))
      for (const r of m.requirements) if (r.name && !r.via && !r.sourceOnly) direct.add(r.name);
  const rules = packageRules(opts.rules);
  const isTest = picomatch(opts.config.testPaths, { dot: true });
  const findings: Finding[] = [];
  const unused: UnusedSuppression[] = [];
  for (const { m, text } of manifests) {
    if (!opts.report(m.file)) continue;
    const sup = manifestSuppressions(text, m.file);
    for (const f of manifestFindings(m, rules, direct)) {
      if (isTest(f.file)) f.tags.push('test');
      applyPolicy(f, opts.config);
      sup.apply(f);
      findings.push(f);
    }
    unused.push(...sup.unused());
  }
  return { findings: fingerprint(findings), notes, unusedSuppressions: unused, manifests: manifests.length };
}

/**
 * A dependency's identity: rule, package (or source host), destination, occurrence. No file, line or
 * version, so a version bump, a reordered file or a move between manifests is not new.
 */
function fingerprint(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = ['dep1', f.ruleId, f.dependency?.package ?? '', f.destination.host ?? f.destination.source].join(
      '\u0000',
    );
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  }
  return findings;
}
