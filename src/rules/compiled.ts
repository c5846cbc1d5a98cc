// dist/rules/compiled.json: the built-in rule files, already parsed and validated by scripts/build.mjs,
// each keyed by the SHA-256 of its text (docs/performance.md). It is valid JSON written one entry per
// line with leading commas: files in name order, each a header line (file, sha256, family) then one line
// per rule in file order, and a blank line between files. Two pull requests that touch different rule
// files then change lines at least one unchanged line apart, which git merges without a conflict.
import { createHash } from 'node:crypto';
import type { RawRule, RuleFile } from './schema.js';

const VERSION = 2;
const LAYOUT =
  'one entry per line, leading commas: per rule file a header (file, sha256, family), then its rules (file, rule) in file order; a blank line between files';

export interface CompiledFile {
  /** SHA-256 (hex) of the file's text: the entry is used only when the file on disk still has it. */
  sha256: string;
  data: RuleFile;
}

type Entry = { file: string; sha256: string; family: string } | { file: string; rule: RawRule };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The text of compiled.json for these files (name -> validated data). Deterministic. */
export function compiledText(files: ReadonlyMap<string, CompiledFile>): string {
  const blocks: string[] = [];
  for (const name of [...files.keys()].sort()) {
    const { sha256: hash, data } = files.get(name)!;
    const entries: Entry[] = [{ file: name, sha256: hash, family: data.family }];
    for (const rule of data.rules) entries.push({ file: name, rule });
    blocks.push(entries.map((e, i) => (i || blocks.length ? ',' : '') + JSON.stringify(e)).join('\n'));
  }
  return `{"version":${VERSION},"layout":${JSON.stringify(LAYOUT)},"entries":[\n${blocks.join('\n\n')}\n]}\n`;
}

/**
 * The files of a compiled.json text, or undefined when it is not this version's. The text is the build's
 * own output, trusted like the bundle; what is used is decided by each file's hash.
 */
export function parseCompiled(text: string): Map<string, CompiledFile> | undefined {
  let parsed: { version?: unknown; entries?: Entry[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed.version !== VERSION || !Array.isArray(parsed.entries)) return undefined;
  const files = new Map<string, CompiledFile>();
  for (const e of parsed.entries) {
    if ('sha256' in e) files.set(e.file, { sha256: e.sha256, data: { family: e.family, rules: [] } });
    else if (files.has(e.file)) files.get(e.file)!.data.rules.push(e.rule);
    else return undefined;
  }
  return files;
}
