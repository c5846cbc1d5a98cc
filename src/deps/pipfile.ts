// Pipfile (pipenv): `[packages]`, `[dev-packages]` and custom categories as `name = spec` tables, and
// `[[source]]` indexes.
import { nameTable, sourceList, type TomlContext } from './pyproject.js';
import { isTable, readToml } from './toml-read.js';
import { tomlLines } from './toml-lines.js';
import type { Manifest } from './types.js';
import { emptyManifest } from './types.js';

const NOT_PACKAGES = new Set(['source', 'requires', 'scripts', 'pipenv']);

export function parsePipfile(text: string, file: string): Manifest {
  const out = emptyManifest(file, 'Pipfile');
  const { value: doc, error } = readToml(text);
  if (!doc) {
    out.notes.push(error ?? 'invalid TOML');
    return out;
  }
  const c: TomlContext = { out, t: tomlLines(text), used: new Set<string>() };
  for (const [table, deps] of Object.entries(doc))
    if (!NOT_PACKAGES.has(table) && isTable(deps)) nameTable(c, deps, table);
  sourceList(c, doc.source, 'source');
  return out;
}
