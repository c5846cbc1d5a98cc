// Action inputs, parsed and validated into plain values. Errors are values naming the input.
import { statSync } from 'node:fs';
import { FAIL_ON_LEVELS, type FailOn } from '../compare/gate.js';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { splitList } from '../diff/filter.js';
import type { CommentMode } from '../github/comment.js';
import { parseSize, SIZE_FORMS } from '../config/size.js';
import { fail, ok, type Problem, type Result } from '../result.js';

export interface Inputs {
  token: string;
  paths: string[];
  configFile: string;
  sarifFile: string;
  /** Where to write the HTML report ('' = none). */
  htmlReport: string;
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
  /** Pull requests: a changed Python file that could not be analysed fails the gate. */
  failOnUnanalysed: boolean;
  /** Full scans: folder of the per-file result cache ('' = none). */
  cacheDir: string;
}

/**
 * Every input and its default: the one source. action.yml declares the same defaults (the runner
 * fills them in); __tests__/inputs-defaults.test.ts checks that the two agree and that every input
 * read here is declared there. `${{ … }}` defaults are evaluated by the runner, never used here.
 */
export const INPUT_DEFAULTS = {
  'github-token': '${{ github.token }}',
  paths: '',
  'config-file': DEFAULT_CONFIG_FILE,
  'sarif-file': 'egress-audit.sarif',
  'html-report': '',
  'fail-on': 'high',
  'warn-only': 'false',
  'comment-summary-in-pr': 'always',
  'base-ref': '',
  'head-ref': '',
  category: 'egress-audit/',
  'max-file-size': '',
  'working-directory': '.',
  'comment-authors': '',
  'allow-pr-suppressions': 'false',
  'fail-on-unanalysed': 'true',
  'cache-dir': '',
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;

function defaultOf(name: string): string {
  const d = (INPUT_DEFAULTS as Record<string, string | undefined>)[name] ?? '';
  return d.startsWith('${{') ? '' : d;
}

const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'never'];

/** `get` returns the raw input ('' when unset), e.g. core.getInput. */
export function readInputs(get: (name: string) => string): Result<Inputs> {
  const problems: Problem[] = [];
  const raw = (name: InputName): string => get(name).trim() || defaultOf(name);
  const bad = (name: string, message: string): void =>
    void problems.push({ file: 'action inputs', key: name, message });

  const bool = (name: InputName): boolean => {
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
    if (maxFileSize === undefined) bad('max-file-size', `expected ${SIZE_FORMS}, got ${JSON.stringify(size)}`);
  }
  if (/[\r\n\0]/.test(raw('cache-dir'))) bad('cache-dir', 'must be a single path');
  const category = raw('category');
  if (/[\r\n]/.test(category)) bad('category', 'must be a single line');

  const inputs: Inputs = {
    token: get('github-token').trim(),
    paths: splitList(get('paths')),
    configFile: raw('config-file'),
    sarifFile: raw('sarif-file'),
    htmlReport: raw('html-report'),
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
    failOnUnanalysed: bool('fail-on-unanalysed'),
    cacheDir: raw('cache-dir'),
  };
  return problems.length ? fail(...problems) : ok(inputs);
}

/** Shared with the config's `max-file-size` key (one parser for both). */
export { parseSize };

/**
 * The `working-directory` input, resolved (`abs`), must be an existing folder; otherwise a problem
 * naming the input (instead of git failing later with "spawn git ENOENT").
 */
export function checkWorkingDirectory(abs: string, given: string): Problem | undefined {
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      file: 'action inputs',
      key: 'working-directory',
      message: `${JSON.stringify(given)} (${abs}) ${code === 'ENOENT' ? 'does not exist' : `cannot be read: ${code ?? 'error'}`}`,
    };
  }
  if (!st.isDirectory())
    return {
      file: 'action inputs',
      key: 'working-directory',
      message: `${JSON.stringify(given)} (${abs}) is not a folder`,
    };
  return undefined;
}
