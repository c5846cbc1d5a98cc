// Lock files: every pinned package with the packages it depends on, so a telemetry package brought in
// transitively can be reported with its parent. poetry.lock, uv.lock and pdm.lock are TOML arrays of
// `[[package]]`; Pipfile.lock is JSON without a dependency graph (parents are then unknown).
import type { ManifestKind } from '../types.js';
import { normalizeName } from './names.js';
import { parsePep508 } from './pep508.js';
import { isTable, readToml, type TomlTable } from './toml-read.js';
import type { LockedPackage, Manifest, Span } from './types.js';
import { emptyManifest } from './types.js';

/** The `name = "…"` line of each `[[package]]` block, in order. */
function packageLines(text: string): Span[] {
  const lines = text.split('\n');
  const out: Span[] = [];
  let inPackage = false;
  lines.forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (/^\s*\[\[\s*package\s*\]\]/.test(l)) {
      inPackage = true;
      out.push({ line: i + 1, column: 1, endColumn: l.length + 1, text: l });
    } else if (inPackage && /^\s*name\s*=/.test(l)) {
      inPackage = false;
      const col = l.search(/\S/) + 1;
      out[out.length - 1] = { line: i + 1, column: col, endColumn: l.trimEnd().length + 1, text: l };
    } else if (/^\s*\[/.test(l)) inPackage = false;
  });
  return out;
}

/** Dependency names of one package entry, whatever the format writes. */
function dependencyNames(kind: ManifestKind, p: TomlTable): string[] {
  const names: string[] = [];
  const add = (n: unknown) => {
    if (typeof n === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(n)) names.push(normalizeName(n));
  };
  if (kind === 'poetry.lock') {
    if (isTable(p.dependencies)) Object.keys(p.dependencies).forEach(add);
    if (isTable(p.extras))
      for (const list of Object.values(p.extras))
        if (Array.isArray(list)) for (const r of list) if (typeof r === 'string') add(parsePep508(r)?.name);
  } else if (kind === 'uv.lock') {
    const lists = [
      p.dependencies,
      ...Object.values(isTable(p['optional-dependencies']) ? p['optional-dependencies'] : {}),
    ];
    if (isTable(p['dev-dependencies'])) lists.push(...Object.values(p['dev-dependencies']));
    for (const list of lists) if (Array.isArray(list)) for (const d of list) if (isTable(d)) add(d.name);
  } else if (Array.isArray(p.dependencies)) {
    for (const r of p.dependencies) if (typeof r === 'string') add(parsePep508(r)?.name);
  }
  return [...new Set(names)].sort();
}

export function parseTomlLock(text: string, file: string, kind: ManifestKind): Manifest {
  const out = emptyManifest(file, kind);
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? 'invalid TOML');
    return out;
  }
  const packages = Array.isArray(doc.package) ? doc.package : [];
  const spans = packageLines(text);
  packages.forEach((p, i) => {
    if (!isTable(p) || typeof p.name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(p.name)) return;
    const span = spans[i] ?? { line: 1, column: 1, endColumn: 2, text: '' };
    const locked: LockedPackage = { ...span, name: normalizeName(p.name), dependencies: dependencyNames(kind, p) };
    out.locked.push(locked);
  });
  return out;
}

/** Pipfile.lock: `default` and `develop` maps of pinned packages (no graph: parents unknown). */
export function parsePipfileLock(text: string, file: string): Manifest {
  const out = emptyManifest(file, 'Pipfile.lock');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    out.notes.push(`invalid JSON: ${(e as Error).message.split('\n')[0]}`);
    return out;
  }
  if (!isTable(doc)) {
    out.notes.push('expected a JSON object with "default" and "develop"');
    return out;
  }
  const lines = text.split('\n');
  for (const section of ['default', 'develop']) {
    const deps = doc[section];
    if (!isTable(deps)) continue;
    for (const name of Object.keys(deps)) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name)) continue;
      const needle = `"${name}"`;
      const i = lines.findIndex(
        (l) => l.trimStart().startsWith(`${needle}:`) || l.trimStart().startsWith(`${needle} :`),
      );
      const l = (lines[i] ?? '').replace(/\r$/, '');
      const col = Math.max(1, l.indexOf(needle) + 1);
      out.locked.push({
        line: i + 1 || 1,
        column: col,
        endColumn: col + needle.length,
        text: l,
        name: normalizeName(name),
        dependencies: [],
      });
    }
  }
  return out;
}
