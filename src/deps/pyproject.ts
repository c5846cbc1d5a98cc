// pyproject.toml: PEP 621 `dependencies` / `optional-dependencies`, PEP 735 `dependency-groups`,
// Poetry (`tool.poetry.dependencies`, `dev-dependencies`, `group.*.dependencies`, `source`), PDM
// (`tool.pdm.dev-dependencies`, `source`), Hatch environments, and uv (`dev-dependencies`, `index`,
// `sources`).
import { normalizeName } from './names.js';
import { isRemoteUrl, parsePep508 } from './pep508.js';
import { at, isTable, readToml, tablesOf, type TomlTable } from './toml-read.js';
import { locateKey, locateString, tomlLines, type TomlLines } from './toml-lines.js';
import type { Manifest } from './types.js';
import { emptyManifest } from './types.js';

/** Context shared by the pyproject and Pipfile readers. */
export interface TomlContext {
  out: Manifest;
  t: TomlLines;
  used: Set<string>;
}

/** An array of PEP 508 strings (other entries, like `{include-group = …}`, are skipped). */
export function pep508List(c: TomlContext, list: unknown, table: string, where: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    c.out.notes.push(`${where}: expected a list of requirement strings`);
    return;
  }
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const p = parsePep508(item);
    const span = locateString(c.t, table, item, c.used);
    if (!p) {
      c.out.notes.push(`line ${span.line}: ${where}: not a PEP 508 requirement: "${item.slice(0, 80)}"`);
      continue;
    }
    c.out.requirements.push({
      ...span,
      name: normalizeName(p.name),
      ...(p.url && isRemoteUrl(p.url) ? { url: p.url } : {}),
    });
  }
}

/** A `name = spec` table (Poetry, Pipfile): a version string, a table with `git` / `url`, or a list of them. */
export function nameTable(c: TomlContext, deps: unknown, table: string, skip: ReadonlySet<string> = new Set()): void {
  if (deps === undefined) return;
  if (!isTable(deps)) {
    c.out.notes.push(`[${table}]: expected a table of dependencies`);
    return;
  }
  for (const [key, spec] of Object.entries(deps)) {
    if (skip.has(key.toLowerCase()) || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(key)) continue;
    const span = locateKey(c.t, table, key);
    const specs = Array.isArray(spec) ? spec : [spec];
    const url = specs.map(sourceUrl).find((u) => u !== undefined);
    c.out.requirements.push({ ...span, name: normalizeName(key), ...(url ? { url } : {}) });
  }
}

/** `{git = "…"}`, `{url = "…"}`; local `path` / `file` entries are not remote. */
function sourceUrl(spec: unknown): string | undefined {
  if (!isTable(spec)) return undefined;
  for (const k of ['git', 'url', 'hg', 'svn']) {
    const v = spec[k];
    if (typeof v === 'string' && v) return k === 'url' || /^[a-z+]+:\/\//i.test(v) || v.includes('@') ? v : undefined;
  }
  return undefined;
}

/** `[[…source]]` / `[[tool.uv.index]]` arrays of `{url = …}`. */
export function sourceList(c: TomlContext, list: unknown, table: string): void {
  if (!Array.isArray(list)) return;
  for (const s of list) {
    const url = isTable(s) ? s.url : undefined;
    if (typeof url !== 'string' || !isRemoteUrl(url)) continue;
    c.out.indexes.push({ ...locateString(c.t, table, url, c.used), url, option: `[[${table}]]` });
  }
}

export function parsePyproject(text: string, file: string): Manifest {
  const out = emptyManifest(file, 'pyproject');
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? 'invalid TOML');
    return out;
  }
  const c: TomlContext = { out, t: tomlLines(text), used: new Set<string>() };
  pep508List(c, at(doc, 'project', 'dependencies'), 'project', 'project.dependencies');
  for (const [g, list] of Object.entries(tableOr(at(doc, 'project', 'optional-dependencies'))))
    pep508List(c, list, 'project.optional-dependencies', `project.optional-dependencies.${g}`);
  for (const [g, list] of Object.entries(tableOr(at(doc, 'dependency-groups'))))
    pep508List(c, list, 'dependency-groups', `dependency-groups.${g}`);
  // Poetry
  const poetry = at(doc, 'tool', 'poetry') as TomlTable | undefined;
  const skip = new Set(['python']);
  nameTable(c, at(poetry, 'dependencies'), 'tool.poetry.dependencies', skip);
  nameTable(c, at(poetry, 'dev-dependencies'), 'tool.poetry.dev-dependencies', skip);
  for (const [g, group] of tablesOf(at(poetry, 'group')))
    nameTable(c, group.dependencies, `tool.poetry.group.${g}.dependencies`, skip);
  sourceList(c, at(poetry, 'source'), 'tool.poetry.source');
  // PDM
  for (const [g, list] of Object.entries(tableOr(at(doc, 'tool', 'pdm', 'dev-dependencies'))))
    pep508List(c, list, 'tool.pdm.dev-dependencies', `tool.pdm.dev-dependencies.${g}`);
  sourceList(c, at(doc, 'tool', 'pdm', 'source'), 'tool.pdm.source');
  // Hatch
  for (const [env, t] of tablesOf(at(doc, 'tool', 'hatch', 'envs')))
    for (const key of ['dependencies', 'extra-dependencies'])
      pep508List(c, t[key], `tool.hatch.envs.${env}`, `tool.hatch.envs.${env}.${key}`);
  // uv
  pep508List(c, at(doc, 'tool', 'uv', 'dev-dependencies'), 'tool.uv', 'tool.uv.dev-dependencies');
  sourceList(c, at(doc, 'tool', 'uv', 'index'), 'tool.uv.index');
  for (const [name, spec] of Object.entries(tableOr(at(doc, 'tool', 'uv', 'sources')))) {
    const url = sourceUrl(spec);
    if (url && /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name))
      out.requirements.push({
        ...locateKey(c.t, 'tool.uv.sources', name),
        name: normalizeName(name),
        url,
        sourceOnly: true,
      });
  }
  return out;
}

function tableOr(v: unknown): TomlTable {
  return isTable(v) ? v : {};
}
