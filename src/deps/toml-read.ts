// TOML manifests parsed with smol-toml (TOML 1.0, no dependencies, widely used): a parse error is a
// note naming the line, never an exception out of the dependency stage.
import { parse, TomlError } from 'smol-toml';

export type TomlTable = Record<string, unknown>;

export function readToml(text: string): { value?: TomlTable; error?: string } {
  try {
    return { value: parse(text) as TomlTable };
  } catch (e) {
    if (e instanceof TomlError) return { error: `invalid TOML at line ${e.line}: ${e.message.split('\n')[0]}` };
    return { error: `invalid TOML: ${(e as Error).message.split('\n')[0]}` };
  }
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** `obj.a.b.c`, or undefined when a step is missing or not a table. */
export function at(obj: TomlTable | undefined, ...keys: string[]): unknown {
  let v: unknown = obj;
  for (const k of keys) {
    if (!isTable(v)) return undefined;
    v = v[k];
  }
  return v;
}

export function tablesOf(v: unknown): [string, TomlTable][] {
  return isTable(v) ? Object.entries(v).filter((e): e is [string, TomlTable] => isTable(e[1])) : [];
}
