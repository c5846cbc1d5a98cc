// Globs in the config that match no file: a typo ("**/*.pyy") silently scans, excludes or approves
// nothing, so each one is a warning naming file, line and key.
import picomatch from 'picomatch';
import type { Problem, Result } from '../result.js';
import type { Config } from './types.js';

/**
 * Warnings for the config's own globs (top-level `paths`, `exclude`, `test-paths`, and allow/deny
 * `paths`; never the built-in defaults) that match none of `files`. A glob matches when it matches a
 * file or one of its folders (`exclude: [build]` excludes the folder). `where` ends the message, e.g.
 * "in the scanned tree". Pure: the caller lists the files.
 */
export function unmatchedGlobs(config: Config, files: Iterable<string>, where: string): Problem[] {
  const globs = config.globs ?? [];
  if (!globs.length) return [];
  const pending = new Map<number, (p: string) => boolean>();
  globs.forEach((g, i) => pending.set(i, picomatch(g.glob, { dot: true })));
  const seenDirs = new Set<string>();
  const test = (p: string): void => {
    for (const [i, m] of pending) if (m(p)) pending.delete(i);
  };
  for (const file of files) {
    if (!pending.size) break;
    test(file);
    for (let slash = file.lastIndexOf('/'); slash > 0 && pending.size; slash = file.lastIndexOf('/', slash - 1)) {
      const dir = file.slice(0, slash);
      if (seenDirs.has(dir)) break; // its parents were tested with it
      seenDirs.add(dir);
      test(dir);
    }
  }
  return [...pending.keys()].map((i) => {
    const g = globs[i] as NonNullable<Config['globs']>[number];
    return {
      file: config.source,
      line: g.line,
      key: g.key,
      message: `glob ${JSON.stringify(g.glob)} matches no file ${where}`,
    };
  });
}

/**
 * `unmatchedGlobs` over a listing that is only fetched when the config has globs of its own (the
 * default config costs nothing). A listing that fails gives no warnings: this is advice, not a check.
 */
export async function unmatchedGlobsIn(
  config: Config,
  list: () => Promise<Result<string[]>>,
  where: string,
): Promise<Problem[]> {
  if (!config.globs?.length) return [];
  const r = await list().catch(() => undefined);
  return r?.ok ? unmatchedGlobs(config, r.value, where) : [];
}
