// src/model/taxonomy.ts is the one source of categories and risks. Files that cannot import it
// (rules/schema.json) must agree with it; scripts/gen-docs.mjs imports it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, CATEGORY_TITLES, RISKS, SEVERITY } from '../src/model/taxonomy.js';
import * as types from '../src/types.js';

const read = (p: string): string => readFileSync(join(process.cwd(), p), 'utf8');

/** Every `"enum": [...]` list in a JSON schema. */
function enums(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) for (const n of node) enums(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' && Array.isArray(v)) out.push(v.map(String));
      else enums(v, out);
    }
  }
  return out;
}

describe('taxonomy', () => {
  test('src/types.ts re-exports the same objects', () => {
    expect(types.CATEGORIES).toBe(CATEGORIES);
    expect(types.RISKS).toBe(RISKS);
    expect(types.CATEGORY_TITLES).toBe(CATEGORY_TITLES);
  });

  test('rules/schema.json lists exactly these categories and risks wherever it lists them', () => {
    const lists = enums(JSON.parse(read('rules/schema.json')));
    const cats = lists.filter((l) => l.includes('telemetry'));
    const risks = lists.filter((l) => l.includes('critical') && !l.includes('telemetry'));
    expect(cats.length).toBeGreaterThan(0);
    for (const l of cats) expect(l).toEqual([...CATEGORIES]);
    for (const l of risks) expect([...l].sort()).toEqual([...RISKS].sort());
  });

  test('scripts/gen-docs.mjs imports the taxonomy from src/ instead of copying it', () => {
    const src = read('scripts/gen-docs.mjs');
    expect(src).toMatch(/export \{ CATEGORIES, CATEGORY_DEFAULT_RISK, CATEGORY_TITLES \} from '\.\/src\/types\.ts'/);
    for (const c of CATEGORIES) expect(src).not.toContain(`${c}: '${CATEGORY_TITLES[c]}'`);
    for (const r of RISKS) expect(src).not.toContain(`score: '${SEVERITY[r].score}'`);
  });
});
