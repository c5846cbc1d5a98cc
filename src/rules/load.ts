// Load rule families (built-in rules/ and the config's extra folders), validate, compile.
import type { ValidateFunction } from 'ajv';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '../config/ajv.js';
import type { Config } from '../config/types.js';
import { lineOf, parseYamlWithSchema } from '../config/yaml-schema.js';
import type { Problem, Result } from '../result.js';
import { fail, ok } from '../result.js';
import type { HostArg, Rule, RuleCondition } from '../types.js';
import { CATEGORY_DEFAULT_RISK } from '../types.js';
import { isSecretName } from '../resolve/sources.js';
import { parseCompiled, sha256 } from './compiled.js';
import type { CompiledFile } from './compiled.js';
import { RuleIndex } from './index.js';
import { expandBraces } from './pattern.js';
import type { RawCondition, RawRule, RuleFile } from './schema.js';
import { RULE_FILE_SCHEMA } from './schema.js';

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

let validator: ValidateFunction<RuleFile> | undefined;

const SEGMENT = /^(\*\*|\*|[A-Za-z_][A-Za-z0-9_]*(\(\))?)$/;
const PATTERN_KEYS = ['clients', 'sends', 'inits', 'connects', 'imports'] as const;

/** Patterns must expand to dotted names of identifiers, `X()`, `*` or `**`: "a.{b" or "a..b" never match. */
function patternProblems(
  rules: RawRule[],
  file: string,
  line: (p: (string | number)[]) => number | undefined,
): Problem[] {
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

/** A rule file's YAML, validated (schema, then patterns) but not yet compiled: what compiled.json stores. */
export function validateRuleFile(text: string, file: string): Result<RuleFile> {
  validator ??= compileSchema(RULE_FILE_SCHEMA);
  const parsed = parseYamlWithSchema(text, file, validator);
  if (!parsed.ok) return parsed;
  const bad = patternProblems(parsed.value.rules, file, (path) => lineOf(parsed.value, path));
  return bad.length ? fail(...bad) : parsed;
}

export function parseRuleFile(text: string, file: string): Result<Rule[]> {
  const parsed = validateRuleFile(text, file);
  return parsed.ok ? rulesFromData(parsed.value, file) : parsed;
}

/** Every condition key, camel-cased: a key added to the schema and not read here fails to compile. */
function condition(w: RawCondition): { [K in keyof Required<RuleCondition>]: RuleCondition[K] } {
  return {
    commandIn: w['command-in'],
    commands: w.commands,
    commandAt: w['command-at'],
    argDynamic: w['arg-dynamic'],
    argIn: w['arg-in'],
    argNameIn: w['arg-name-in'],
    schemeIn: w['scheme-in'],
    argNetwork: w['arg-network'],
  };
}

/** Rules from a parsed and validated rule file. */
function rulesFromData(data: RuleFile, file: string): Result<Rule[]> {
  const stem = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.ya?ml$/, '');
  if (data.family !== stem) {
    return fail({ file, line: 1, key: 'family', message: `expected "${stem}" (the file name without .yml)` });
  }
  return ok(
    data.rules.map((r) => {
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
        clientSites: r['client-sites'] ?? false,
        claimsDecoded: r['claims-decoded'] ?? false,
        claimsPaths: r['claims-paths'] ?? [],
        runsCode: (r['runs-code'] ?? []).map(hostArg),
        runsFile: (r['runs-file'] ?? []).map(hostArg),
        siteKind: r['site-kind'],
        localWhen: [r['local-when'] ?? []].flat().map((l) => ({
          arg: hostArg(l.arg),
          in: l.in ?? [],
          text: l.text ?? [],
          path: l.path ?? false,
        })),
        schemes: r.schemes?.map((x) => x.toLowerCase()),
        hostFromCalls: r['host-from-calls'] ?? [],
        destinationCwe: {
          cleartext: r['destination-cwe']?.cleartext ?? [319],
          parameter: r['destination-cwe']?.parameter ?? [918],
        },
        hosts: r.hosts ?? [],
        // Only variables that hold secrets are "credentials"; endpoint/region/project settings are not.
        credentials: (r.credentials ?? []).filter(isSecretName),
        when: r.when ? condition(r.when) : undefined,
        packages: r.packages ?? [],
        packageSource: r['package-source'],
        defaultOn: r['default-on']
          ? {
              sends: r['default-on'].sends,
              trigger: r['default-on'].trigger,
              optOut: {
                env: r['default-on']['opt-out'].env ?? [],
                config: r['default-on']['opt-out'].config ?? [],
                cli: r['default-on']['opt-out'].cli ?? [],
              },
            }
          : undefined,
        docs: { ...r.docs, references: r.docs.references ?? [] },
      } satisfies Rule;
    }),
  );
}

/**
 * Performance (docs/performance.md): the built-in rules ship pre-validated in compiled.json (see
 * ./compiled.ts), so the CLI skips YAML parsing and schema compilation (about 0.3 s per run). A file
 * whose hash differs is parsed as usual; a missing or older compiled.json means every file is.
 */
function readCompiled(file: string): Map<string, CompiledFile> | undefined {
  try {
    return parseCompiled(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The built-in folder's compiled.json: its own, or the one EGRESS_AUDIT_COMPILED_RULES names. The jest
 * global setup sets it to dist/rules/compiled.json, built from the same rules/ (the tests run src/ against
 * rules/, which has none), saving each suite ~1 s of YAML parsing; entries still apply only by hash.
 */
function builtinCompiled(dir: string): string {
  return process.env.EGRESS_AUDIT_COMPILED_RULES || join(dir, 'compiled.json');
}

/**
 * The rules of one folder, in file-name order; `trusted` (the built-in folder) may use the pre-validated
 * rules of `compiledFile`.
 */
export function readRuleFolder(
  dir: string,
  label: string,
  trusted = false,
  compiledFile = join(dir, 'compiled.json'),
): Result<Rule[]> {
  const problems: Problem[] = [];
  const rules: Rule[] = [];
  const compiled = trusted ? readCompiled(compiledFile) : undefined;
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
    const r = c && c.sha256 === sha256(text) ? rulesFromData(c.data, shown) : parseRuleFile(text, shown);
    if (r.ok) rules.push(...r.value);
    else problems.push(...r.problems);
  }
  return problems.length ? fail(...problems) : ok(rules);
}

/** Built-in rules plus the config's rule folders, which must stay inside the workspace root. */
export function loadRuleSet(config: Config, root: string): Result<RuleSet> {
  const problems: Problem[] = [];
  const dir = builtinRulesDir();
  const builtin = readRuleFolder(dir, 'rules', true, builtinCompiled(dir));
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
    const r = readRuleFolder(real, relative(realRoot, real) || '.');
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
