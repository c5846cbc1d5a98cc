// Read .github/egress-audit.yml (or the file given) into a Config, with errors that name file, line, key.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem, Result } from '../result.js';
import { fail, ok } from '../result.js';
import { CATEGORIES } from '../model/taxonomy.js';
import type { Rule } from '../types.js';
import { compileSchema } from './ajv.js';
import { CONFIG_SCHEMA } from './schema.js';
import { parseSize, SIZE_FORMS } from './size.js';
import { didYouMean } from './suggest.js';
import type { Config, PolicyEntry } from './types.js';
import { lineOf, parseYamlWithSchema } from './yaml-schema.js';

export const DEFAULT_CONFIG_FILE = '.github/egress-audit.yml';

export function defaultConfig(): Config {
  return {
    source: '(defaults)',
    paths: ['**/*.py', '**/*.pth'],
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
    maxFileBytes: 8 * 1024 * 1024,
    maxFileMillis: 5000,
    warnings: [],
  };
}

let validate: ReturnType<typeof compileSchema<typeof CONFIG_SCHEMA>> | undefined;

/** The keys of an allow/deny entry that select findings (`reason` only explains). */
const MATCHERS = ['service', 'host', 'category', 'rule', 'package', 'paths'] as const;

export function parseConfig(text: string, file: string): Result<Config> {
  validate ??= compileSchema(CONFIG_SCHEMA);
  const parsed = parseYamlWithSchema(text, file, validate);
  if (!parsed.ok) return parsed;
  const raw = parsed.value ?? {};
  const line = (path: (string | number)[]): number | undefined => lineOf(parsed.value, path);
  const c = defaultConfig();
  c.source = file;
  const problems: Problem[] = [];
  const globs: NonNullable<Config['globs']> = [];
  const collectGlobs = (list: string[] | undefined, path: (string | number)[], key: string): void =>
    list?.forEach((glob, j) => globs.push({ key: `${key}[${j}]`, glob, line: line([...path, j]) }));
  const entries = (key: 'allow' | 'deny'): PolicyEntry[] =>
    (raw[key] ?? []).map((e, i) => {
      const what = [e.rule, e.service, e.host, e.category, e.package].filter(Boolean).join(' ');
      const at = line(e.rule ? [key, i, 'rule'] : [key, i]);
      // An entry that names nothing to match (only a reason, or `paths: []`) would match every finding.
      if (!MATCHERS.some((m) => (m === 'paths' ? (e.paths?.length ?? 0) > 0 : e[m] !== undefined)))
        problems.push({
          file,
          line: line([key, i]),
          key: `${key}[${i}]`,
          message:
            `entry matches nothing specific: give at least one of ${MATCHERS.join(', ')} ` +
            `(an entry with ${e.paths ? 'empty paths' : 'only a reason'} would ${key} every finding)`,
        });
      if (e.host !== undefined) {
        const why = implausibleHost(e.host);
        if (why)
          c.warnings.push({
            file,
            line: line([key, i, 'host']),
            key: `${key}[${i}].host`,
            message: `${JSON.stringify(e.host)} ${why}`,
          });
      }
      collectGlobs(e.paths, [key, i, 'paths'], `${key}[${i}].paths`);
      const keyLines: PolicyEntry['keyLines'] = {};
      for (const k of ['service', 'host', 'category', 'rule'] as const) {
        const l = e[k] !== undefined ? line([key, i, k]) : undefined;
        if (l !== undefined) keyLines[k] = l;
      }
      return { ...e, label: `${file} ${key}[${i}]${what ? ` (${what})` : ''}`, line: at, keyLines };
    });
  if (raw.paths) c.paths = raw.paths;
  if (raw.exclude) c.exclude = [...c.exclude, ...raw.exclude];
  if (raw['test-paths']) c.testPaths = raw['test-paths'];
  collectGlobs(raw.paths, ['paths'], 'paths');
  collectGlobs(raw.exclude, ['exclude'], 'exclude');
  collectGlobs(raw['test-paths'], ['test-paths'], 'test-paths');
  c.allow = entries('allow');
  c.deny = entries('deny');
  c.globs = globs;
  c.internalDomains = raw['internal-domains'] ?? [];
  c.severity = raw.severity ?? {};
  c.severityLines = Object.fromEntries(Object.keys(c.severity).map((k) => [k, line(['severity', k])]));
  c.rules = raw.rules ?? [];
  c.hosts = raw.hosts ?? [];
  const size = raw['max-file-size'];
  if (size !== undefined) {
    const bytes = typeof size === 'number' ? size : parseSize(size);
    if (bytes === undefined)
      problems.push({
        file,
        line: line(['max-file-size']),
        key: 'max-file-size',
        message: `expected ${SIZE_FORMS}, got ${JSON.stringify(size)}`,
      });
    else c.maxFileBytes = bytes;
  }
  if (raw['max-file-millis']) c.maxFileMillis = raw['max-file-millis'];
  return problems.length ? fail(...problems) : ok(c);
}

/**
 * Why `host` (an allow/deny `host`: a name or `*.domain`) cannot be a destination host, or undefined.
 * Any host could be real, so this only catches forms that never match: empty labels, a port (findings
 * are matched without theirs), a single label other than localhost, a numeric top-level label.
 */
export function implausibleHost(host: string): string | undefined {
  const [name = '', port] = host.replace(/^\*\./, '').split(':');
  if (port !== undefined) return 'has a port: hosts are matched without their port, so this never matches';
  const labels = name.split('.');
  if (labels.some((l) => l === '')) return 'has an empty label (leading, trailing or double dot)';
  if (labels.some((l) => l.length > 63)) return 'has a label longer than 63 characters';
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return 'has a label starting or ending with "-"';
  const ipv4 = labels.length === 4 && labels.every((l) => /^\d{1,3}$/.test(l) && Number(l) <= 255);
  if (!ipv4 && /^\d+$/.test(labels[labels.length - 1] ?? '')) return 'is not a host name or IPv4 address';
  if (labels.length === 1 && name.toLowerCase() !== 'localhost')
    return 'is a single label: not a plausible host name (expected e.g. "api.example.com" or "*.example.com")';
  return undefined;
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
          message: `unknown rule id ${JSON.stringify(e.rule)}${didYouMean(e.rule, ruleIds)}`,
        });
    });
  }
  const categories = new Set<string>(CATEGORIES);
  for (const k of Object.keys(config.severity)) {
    if (!ruleIds.has(k) && !categories.has(k))
      problems.push({
        file: config.source,
        line: config.severityLines?.[k],
        key: `severity.${k}`,
        message: `not a rule id or category${didYouMean(k, [...ruleIds, ...categories])}`,
      });
  }
  return problems;
}

/**
 * Warnings (not errors) for allow/deny entries that name a service or category no loaded rule (and no
 * `hosts` mapping) reports: such an entry never matches, e.g. `deny: [{service: Slakc}]`. The service
 * comparison is case-insensitive, as the matching is.
 */
export function policyWarnings(config: Config, rules: readonly Pick<Rule, 'service' | 'category'>[]): Problem[] {
  const services = new Map<string, string>();
  const categories = new Set<string>();
  for (const r of [...rules, ...config.hosts]) {
    if (!services.has(r.service.toLowerCase())) services.set(r.service.toLowerCase(), r.service);
    categories.add(r.category);
  }
  const out: Problem[] = [];
  for (const key of ['allow', 'deny'] as const) {
    config[key].forEach((e, i) => {
      if (e.service !== undefined && !services.has(e.service.toLowerCase()))
        out.push({
          file: config.source,
          line: lineOfKey(e, 'service'),
          key: `${key}[${i}].service`,
          message:
            `no rule or hosts mapping reports the service ${JSON.stringify(e.service)}, so this entry never ` +
            `matches${didYouMean(e.service, services.values())}`,
        });
      if (e.category !== undefined && !categories.has(e.category))
        out.push({
          file: config.source,
          line: lineOfKey(e, 'category'),
          key: `${key}[${i}].category`,
          message: `no loaded rule has the category ${JSON.stringify(e.category)}, so this entry never matches`,
        });
    });
  }
  return out;
}

function lineOfKey(e: PolicyEntry, k: 'service' | 'category'): number | undefined {
  return e.keyLines?.[k] ?? e.line;
}
