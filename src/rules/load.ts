// Load rule families (built-in rules/ and the config's extra folders), validate, compile.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '../config/ajv.js';
import type { Config } from '../config/types.js';
import { lineOf, parseYamlWithSchema } from '../config/yaml-schema.js';
import type { Problem, Result } from '../result.js';
import { fail, ok } from '../result.js';
import type { Category, HostArg, Risk, Rule } from '../types.js';
import { CATEGORY_DEFAULT_RISK } from '../types.js';
import { isSecretName } from '../resolve/sources.js';
import { RuleIndex } from './index.js';
import { expandBraces } from './pattern.js';

export interface RuleSet {
  rules: Rule[];
  byId: Map<string, Rule>;
  index: RuleIndex;
}

/** The built-in rules folder: dist/rules next to the bundle, else the repository's rules/. */
export function builtinRulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const d of [join(here, 'rules'), join(here, '..', 'rules'), join(here, '..', '..', 'rules')]) {
    if (existsSync(join(d, 'schema.json'))) return d;
  }
  return join(process.cwd(), 'rules');
}

let validator: ReturnType<typeof compileSchema> | undefined;
function validateFamily(dir: string) {
  validator ??= compileSchema(JSON.parse(readFileSync(join(builtinRulesDir(), 'schema.json'), 'utf8')) as object);
  void dir;
  return validator;
}

interface RawRule {
  id: string;
  name: string;
  service: string;
  category: Category;
  risk?: Risk;
  precision?: Rule['precision'];
  cwe?: number[];
  modules?: string[];
  clients?: string[];
  sends?: string[];
  inits?: string[];
  connects?: string[];
  imports?: string[];
  'host-args'?: string[];
  'constructor-host-args'?: string[];
  generic?: boolean;
  'claims-decoded'?: boolean;
  'site-kind'?: Rule['siteKind'];
  'local-when'?: { arg: string; in: string[] };
  'destination-cwe'?: { cleartext?: number[]; parameter?: number[] };
  hosts?: string[];
  credentials?: string[];
  when?: Record<string, unknown>;
  docs: { detects: string; why: string; example: string; resolve: string; references?: string[] };
}

const SEGMENT = /^(\*\*|\*|[A-Za-z_][A-Za-z0-9_]*(\(\))?)$/;
const PATTERN_KEYS = ['clients', 'sends', 'inits', 'connects', 'imports'] as const;

/** Patterns must expand to dotted names of identifiers, `X()`, `*` or `**`: "a.{b" or "a..b" never match. */
function patternProblems(rules: RawRule[], file: string, line: (p: (string | number)[]) => number | undefined): Problem[] {
  const out: Problem[] = [];
  rules.forEach((r, i) => {
    for (const key of PATTERN_KEYS) {
      (r[key] ?? []).forEach((p, j) => {
        let depth = 0;
        for (const c of p) {
          if (c === '{') depth++;
          else if (c === '}' && --depth < 0) break;
        }
        const ok = depth === 0 && expandBraces(p).every((x) => x.split('.').every((seg) => SEGMENT.test(seg)));
        if (!ok) {
          out.push({
            file,
            line: line(['rules', i, key, j]),
            key: `rules[${i}].${key}[${j}]`,
            message: `"${p}" is not a valid pattern (dotted names, X(), * or **, {a,b} alternatives)`,
          });
        }
      });
    }
  });
  return out;
}

function hostArg(s: string): HostArg {
  const [name, pos] = s.split('@');
  return { name: name || undefined, position: pos !== undefined ? Number(pos) : undefined };
}

export function parseRuleFile(text: string, file: string): Result<Rule[]> {
  const parsed = parseYamlWithSchema(text, file, validateFamily(file));
  if (!parsed.ok) return parsed;
  const raw = (parsed.value as { rules: RawRule[] }).rules;
  const bad = patternProblems(raw, file, (path) => lineOf(parsed.value, path));
  if (bad.length) return fail(...bad);
  return rulesFromData(parsed.value, file);
}

/** Rules from a parsed and validated rule file. */
function rulesFromData(value: unknown, file: string): Result<Rule[]> {
  const data = value as { family: string; rules: RawRule[] };
  const stem = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.ya?ml$/, '');
  if (data.family !== stem) {
    return fail({ file, line: 1, key: 'family', message: `expected "${stem}" (the file name without .yml)` });
  }
  return ok(
    data.rules.map((r) => {
      const w = r.when ?? {};
      return {
        id: r.id,
        family: data.family,
        source: file,
        name: r.name,
        service: r.service,
        category: r.category,
        risk: r.risk ?? CATEGORY_DEFAULT_RISK[r.category],
        cwe: r.cwe ?? [201],
        precision: r.precision ?? 'high',
        modules: r.modules ?? [],
        clients: r.clients ?? [],
        sends: r.sends ?? [],
        inits: r.inits ?? [],
        connects: r.connects ?? [],
        imports: r.imports ?? [],
        hostArgs: (r['host-args'] ?? []).map(hostArg),
        constructorHostArgs: (r['constructor-host-args'] ?? []).map(hostArg),
        generic: r.generic ?? false,
        claimsDecoded: r['claims-decoded'] ?? false,
        siteKind: r['site-kind'],
        localWhen: r['local-when'] ? { arg: hostArg(r['local-when'].arg), in: r['local-when'].in } : undefined,
        destinationCwe: {
          cleartext: r['destination-cwe']?.cleartext ?? [319],
          parameter: r['destination-cwe']?.parameter ?? [918],
        },
        hosts: r.hosts ?? [],
        // Only variables that hold secrets are "credentials"; endpoint/region/project settings are not.
        credentials: (r.credentials ?? []).filter(isSecretName),
        when: r.when
          ? {
              commandIn: w['command-in'] as string[] | undefined,
              argDynamic: w['arg-dynamic'] as number | undefined,
              argIn: w['arg-in'] as string[] | undefined,
              argNameIn: w['arg-name-in'] as string[] | undefined,
              schemeIn: w['scheme-in'] as string[] | undefined,
              argNetwork: w['arg-network'] as number | undefined,
            }
          : undefined,
        docs: { ...r.docs, references: r.docs.references ?? [] },
      } satisfies Rule;
    }),
  );
}

/**
 * Performance (docs/performance.md): scripts/build.mjs writes dist/rules/compiled.json, the built-in rule
 * files already parsed and validated, keyed by the SHA-256 of each file, so the CLI skips YAML parsing
 * and schema compilation (about 0.3 s per run). A file whose hash differs is parsed as usual.
 */
function readCompiled(dir: string): Map<string, { sha256: string; data: unknown }> | undefined {
  try {
    const c = JSON.parse(readFileSync(join(dir, 'compiled.json'), 'utf8')) as {
      version: number;
      files: Record<string, { sha256: string; data: unknown }>;
    };
    return c.version === 1 ? new Map(Object.entries(c.files)) : undefined;
  } catch {
    return undefined;
  }
}

function readFolder(dir: string, label: string, trusted = false): Result<Rule[]> {
  const problems: Problem[] = [];
  const rules: Rule[] = [];
  const compiled = trusted ? readCompiled(dir) : undefined;
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch (e) {
    return fail({ file: label, message: `cannot read rules folder: ${(e as Error).message}` });
  }
  for (const f of files) {
    const path = join(dir, f);
    const shown = join(label, f);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      problems.push({ file: shown, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const c = compiled?.get(f);
    const r =
      c && c.sha256 === createHash('sha256').update(text).digest('hex')
        ? rulesFromData(c.data, shown)
        : parseRuleFile(text, shown);
    if (r.ok) rules.push(...r.value);
    else problems.push(...r.problems);
  }
  return problems.length ? fail(...problems) : ok(rules);
}

/** Built-in rules plus the config's rule folders, which must stay inside the workspace root. */
export function loadRuleSet(config: Config, root: string): Result<RuleSet> {
  const problems: Problem[] = [];
  const builtin = readFolder(builtinRulesDir(), 'rules', true);
  const rules: Rule[] = [];
  if (builtin.ok) rules.push(...builtin.value);
  else problems.push(...builtin.problems);
  const realRoot = safeRealpath(root) ?? resolve(root);
  config.rules.forEach((folder, i) => {
    const abs = resolve(root, folder);
    const real = safeRealpath(abs);
    const key = `rules[${i}]`;
    if (!real) return problems.push({ file: config.source, key, message: `rules folder "${folder}" does not exist` });
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      return problems.push({ file: config.source, key, message: `rules folder "${folder}" is outside the workspace` });
    }
    if (!statSync(real).isDirectory()) {
      return problems.push({ file: config.source, key, message: `"${folder}" is not a folder` });
    }
    const r = readFolder(real, relative(realRoot, real) || '.');
    if (r.ok) rules.push(...r.value);
    else problems.push(...r.problems);
  });
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    const prev = byId.get(r.id);
    if (prev)
      problems.push({ file: r.source, key: 'id', message: `duplicate rule id "${r.id}" (also in ${prev.source})` });
    else byId.set(r.id, r);
  }
  if (problems.length) return fail(...problems);
  return ok({ rules, byId, index: new RuleIndex(rules, config) });
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
