// Which paths are in scope: Python files (and .pth start-up files) matching the config's paths/exclude and the action's `paths`.
import picomatch from 'picomatch';
import type { Config } from '../config/types.js';
import { ANALYSED_FILE } from '../model/analysed-files.js';
import { trimTrailingSlashes } from '../util/trim.js';

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * `extra` are the action/CLI `paths`: globs, folders ("src" = everything under src/) or files.
 * Dot files are matched too: a PR must not hide code in `.hidden/` from the scan.
 */
export function pathFilter(config: Pick<Config, 'paths' | 'exclude'>, extra: string[] = []): (path: string) => boolean {
  const opts = { dot: true };
  const include = config.paths.length ? picomatch(config.paths, opts) : () => true;
  const exclude = config.exclude.length ? picomatch(config.exclude, opts) : () => false;
  const scoped = extra.map((e) => trimTrailingSlashes(e.trim().replace(/^(\.\/)+/, ''))).filter((e) => e && e !== '.');
  const globs = scoped.filter((e) => GLOB_CHARS.test(e));
  const literals = scoped.filter((e) => !GLOB_CHARS.test(e));
  const globMatch = globs.length ? picomatch(globs, opts) : () => false;
  const inScope = scoped.length
    ? (p: string) => globMatch(p) || literals.some((l) => p === l || p.startsWith(`${l}/`))
    : () => true;
  return (path) => ANALYSED_FILE.test(path) && include(path) && !exclude(path) && inScope(path);
}

/** Splits a multi-line or comma-separated input into entries. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
