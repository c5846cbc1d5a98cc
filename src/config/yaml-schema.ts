// Parse YAML and validate it against a JSON schema, turning every problem into file:line + key.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem, Result } from '../result.js';
import { fail, ok } from '../result.js';

function keyOf(instancePath: string): string {
  const parts = instancePath.split('/').slice(1);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(e.params.additionalProperty)}"`;
    case 'enum':
      return `expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `missing required key "${String(e.params.missingProperty)}"`;
    case 'type':
      return `expected ${String(e.params.type)}`;
    case 'pattern':
      return `does not match the expected form ${String(e.params.pattern)}`;
    default:
      return e.message ?? 'invalid';
  }
}

/** Line of the node at a path in the last document parsed for `data` (for checks after validation). */
const lineFinders = new WeakMap<object, (path: (string | number)[]) => number | undefined>();
export function lineOf(data: unknown, path: (string | number)[]): number | undefined {
  return data && typeof data === 'object' ? lineFinders.get(data)?.(path) : undefined;
}

export function parseYamlWithSchema<T>(text: string, file: string, validate: ValidateFunction<T>): Result<T> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // The first errors are the meaningful ones; later ones are usually knock-on effects.
    return fail(
      ...doc.errors
        .slice(0, 3)
        .map((e) => ({ file, line: lc.linePos(e.pos[0]).line, message: `invalid YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // Alias bombs ("billion laughs") and similar: a config error, not an internal error.
    return fail({ file, line: 1, message: `invalid YAML: ${(e as Error).message}` });
  }
  if (validate(data)) {
    if (data && typeof data === 'object') {
      lineFinders.set(data, (path) => {
        for (let n = path.length; n >= 0; n--) {
          const node = n ? doc.getIn(path.slice(0, n), true) : doc.contents;
          if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
        }
        return undefined;
      });
    }
    return ok(data);
  }
  const problems: Problem[] = [];
  for (const e of validate.errors ?? []) {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let key = keyOf(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      path.push(String(e.params.additionalProperty));
      key = key ? `${key}.${String(e.params.additionalProperty)}` : String(e.params.additionalProperty);
    }
    // Point at the key itself when possible, else at the closest existing parent node.
    let line: number | undefined;
    for (let n = path.length; n >= 0 && line === undefined; n--) {
      const node = path.length ? doc.getIn(path.slice(0, n), true) : doc.contents;
      if (isNode(node) && node.range) line = lc.linePos(node.range[0]).line;
    }
    problems.push({ file, line, key: key || undefined, message: describe(e) });
  }
  return fail(...dedupe(problems));
}

function dedupe(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.line}|${p.key}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
