// Read .github/egress-audit.yml (or the file given) into a Config, with errors that name file, line, key.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem, Result } from '../result.js';
import { fail, ok } from '../result.js';
import type { Category, Risk } from '../types.js';
import { compileSchema } from './ajv.js';
import { CONFIG_SCHEMA } from './schema.js';
import type { Config, PolicyEntry } from './types.js';
import { lineOf, parseYamlWithSchema } from './yaml-schema.js';

export const DEFAULT_CONFIG_FILE = '.github/egress-audit.yml';

export function defaultConfig(): Config {
  return {
    source: '(defaults)',
    paths: ['**/*.py'],
    exclude: [
      '**/node_modules/**',
      '**/.git/**',
      '**/.venv/**',
      '**/venv/**',
      '**/site-packages/**',
      '**/__pycache__/**',
    ],
    testPaths: ['**/test/**', '**/tests/**', '**/test_*.py', '**/*_test.py', '**/fixtures/**', '**/conftest.py'],
    allow: [],
    deny: [],
    internalDomains: [],
    severity: {},
    rules: [],
    hosts: [],
    maxFileBytes: 2 * 1024 * 1024,
    maxFileMillis: 5000,
  };
}

let validate: ReturnType<typeof compileSchema> | undefined;

interface RawEntry {
  service?: string;
  host?: string;
  category?: Category;
  rule?: string;
  paths?: string[];
  reason?: string;
}

export function parseConfig(text: string, file: string): Result<Config> {
  validate ??= compileSchema(CONFIG_SCHEMA);
  const parsed = parseYamlWithSchema(text, file, validate);
  if (!parsed.ok) return parsed;
  const raw = (parsed.value ?? {}) as Record<string, unknown>;
  const c = defaultConfig();
  c.source = file;
  const entries = (key: 'allow' | 'deny'): PolicyEntry[] =>
    ((raw[key] as RawEntry[] | undefined) ?? []).map((e, i) => {
      const what = [e.rule, e.service, e.host, e.category].filter(Boolean).join(' ');
      const line = lineOf(parsed.value, e.rule ? [key, i, 'rule'] : [key, i]);
      return { ...e, label: `${file} ${key}[${i}]${what ? ` (${what})` : ''}`, line };
    });
  if (raw.paths) c.paths = raw.paths as string[];
  if (raw.exclude) c.exclude = [...c.exclude, ...(raw.exclude as string[])];
  if (raw['test-paths']) c.testPaths = raw['test-paths'] as string[];
  c.allow = entries('allow');
  c.deny = entries('deny');
  c.internalDomains = (raw['internal-domains'] as string[] | undefined) ?? [];
  c.severity = (raw.severity as Record<string, Risk> | undefined) ?? {};
  c.severityLines = Object.fromEntries(Object.keys(c.severity).map((k) => [k, lineOf(parsed.value, ['severity', k])]));
  c.rules = (raw.rules as string[] | undefined) ?? [];
  c.hosts = (raw.hosts as Config['hosts'] | undefined) ?? [];
  if (raw['max-file-size']) c.maxFileBytes = raw['max-file-size'] as number;
  if (raw['max-file-millis']) c.maxFileMillis = raw['max-file-millis'] as number;
  return ok(c);
}

/**
 * Load the config file. A missing default file means defaults; a missing explicit file is an error.
 * Paths are resolved inside `root` and may not leave it.
 */
export function loadConfigFile(path: string | undefined, root: string): Result<Config> {
  const explicit = path !== undefined && path !== '';
  const rel = explicit ? path : DEFAULT_CONFIG_FILE;
  const abs = isAbsolute(rel) ? rel : resolve(root, rel);
  const shown = relative(root, abs).split('\\').join('/') || rel;
  if (!existsSync(abs)) {
    return explicit ? fail({ file: rel, message: 'config file not found' }) : ok(defaultConfig());
  }
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    return fail({ file: shown, message: `cannot read: ${(e as Error).message}` });
  }
  return parseConfig(text, shown.startsWith('..') ? abs : shown);
}

/** Cross-checks that need the rules: ids named in allow/deny/severity must exist. */
export function checkConfigRules(config: Config, ruleIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['allow', 'deny'] as const) {
    config[key].forEach((e, i) => {
      if (e.rule && !ruleIds.has(e.rule))
        problems.push({
          file: config.source,
          line: e.line,
          key: `${key}[${i}].rule`,
          message: `unknown rule id "${e.rule}"`,
        });
    });
  }
  const categories = new Set(['telemetry', 'logging', 'cloud', 'ai', 'communication', 'network', 'covert']);
  for (const k of Object.keys(config.severity)) {
    if (!ruleIds.has(k) && !categories.has(k))
      problems.push({
        file: config.source,
        line: config.severityLines?.[k],
        key: `severity.${k}`,
        message: 'not a rule id or category',
      });
  }
  return problems;
}
