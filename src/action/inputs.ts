// Action inputs, parsed and validated into plain values. Errors are values naming the input.
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { DEFAULT_CONFIG_FILE } from '../compare/run.js';
import { splitList } from '../diff/filter.js';
import type { CommentMode } from '../github/comment.js';
import { fail, ok, type Problem, type Result } from '../result.js';

export interface Inputs {
  token: string;
  paths: string[];
  configFile: string;
  sarifFile: string;
  failOn: FailOn;
  warnOnly: boolean;
  commentMode: CommentMode;
  /** Extra logins whose comments carrying our marker are ours (a GitHub App's bot, e.g. "my-app[bot]"). */
  commentAuthors: string[];
  baseRef: string;
  headRef: string;
  /** SARIF runs[0].automationDetails.id (code-scanning category). */
  category: string;
  maxFileSize?: number;
  workingDirectory: string;
  allowPrSuppressions: boolean;
}

export const INPUT_DEFAULTS = {
  'config-file': DEFAULT_CONFIG_FILE,
  'sarif-file': 'egress-audit.sarif',
  'fail-on': 'high',
  'warn-only': 'false',
  'comment-summary-in-pr': 'always',
  category: 'egress-audit/',
  'working-directory': '.',
  'allow-pr-suppressions': 'false',
} as const;

const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'never'];

/** `get` returns the raw input ('' when unset), e.g. core.getInput. */
export function readInputs(get: (name: string) => string): Result<Inputs> {
  const problems: Problem[] = [];
  const raw = (name: string): string => get(name).trim() || (INPUT_DEFAULTS as Record<string, string>)[name] || '';
  const bad = (name: string, message: string): void =>
    void problems.push({ file: 'action inputs', key: name, message });

  const bool = (name: string): boolean => {
    const v = raw(name).toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off', ''].includes(v)) return false;
    bad(name, `expected true or false, got ${JSON.stringify(v)}`);
    return false;
  };
  const failOn = raw('fail-on').toLowerCase() as FailOn;
  if (!FAIL_ON_LEVELS.includes(failOn)) bad('fail-on', `expected one of ${FAIL_ON_LEVELS.join(', ')}`);
  const commentMode = raw('comment-summary-in-pr').toLowerCase() as CommentMode;
  if (!COMMENT_MODES.includes(commentMode)) bad('comment-summary-in-pr', `expected one of ${COMMENT_MODES.join(', ')}`);
  let maxFileSize: number | undefined;
  const size = raw('max-file-size');
  if (size) {
    maxFileSize = parseSize(size);
    if (maxFileSize === undefined)
      bad('max-file-size', `expected a size in bytes (e.g. 2000000, 512k, 2m), got ${JSON.stringify(size)}`);
  }
  const category = raw('category');
  if (/[\r\n]/.test(category)) bad('category', 'must be a single line');

  const inputs: Inputs = {
    token: get('github-token').trim(),
    paths: splitList(get('paths')),
    configFile: raw('config-file'),
    sarifFile: raw('sarif-file'),
    failOn,
    warnOnly: bool('warn-only'),
    commentMode,
    commentAuthors: splitList(get('comment-authors')),
    baseRef: raw('base-ref'),
    headRef: raw('head-ref'),
    category,
    maxFileSize,
    workingDirectory: raw('working-directory'),
    allowPrSuppressions: bool('allow-pr-suppressions'),
  };
  return problems.length ? fail(...problems) : ok(inputs);
}

export function parseSize(s: string): number | undefined {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Number(m[1]) * mult;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
