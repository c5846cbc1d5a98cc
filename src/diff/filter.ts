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
  const include = config.paths.length ? picomatch(config.paths, { dot: true }) : () => true;
  const scoped = scopeFilter(config, extra);
  return (path) => ANALYSED_FILE.test(path) && include(path) && scoped(path);
}

/**
 * The config's `exclude` and the action/CLI `paths` without the Python-only parts (`paths` in the config
 * names Python files): what decides whether a manifest (requirements.txt, pyproject.toml) is read.
 */
export function scopeFilter(config: Pick<Config, 'exclude'>, extra: string[] = []): (path: string) => boolean {
  const opts = { dot: true };
  const exclude = config.exclude.length ? picomatch(config.exclude, opts) : () => false;
  const scoped = extra.map((e) => trimTrailingSlashes(e.trim().replace(/^(\.\/)+/, ''))).filter((e) => e && e !== '.');
  const globs = scoped.filter((e) => GLOB_CHARS.test(e));
  const literals = scoped.filter((e) => !GLOB_CHARS.test(e));
  const globMatch = globs.length ? picomatch(globs, opts) : () => false;
  const inScope = scoped.length
    ? (p: string) => globMatch(p) || literals.some((l) => p === l || p.startsWith(`${l}/`))
    : () => true;
  return (path) => !exclude(path) && inScope(path);
}

/** Splits a multi-line or comma-separated input into entries. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
