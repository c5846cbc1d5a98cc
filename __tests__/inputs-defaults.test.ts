// action.yml and the input table in src/action/inputs.ts must agree: same inputs, same defaults, and
// every input the reader asks for is declared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readInputs } from '../src/action/inputs.js';

const action = parse(readFileSync(join(process.cwd(), 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>;
};

describe('action inputs', () => {
  test('action.yml declares exactly the inputs of the table, with the same defaults', () => {
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
    expect(declared).toEqual(INPUT_DEFAULTS);
  });

  test('every input has a description', () => {
    for (const [name, v] of Object.entries(action.inputs))
      expect([name, (v.description ?? '').length > 20]).toEqual([name, true]);
  });

  test('every input the reader asks for is declared, and every declared input is read', () => {
    const asked = new Set<string>();
    const r = readInputs((name) => {
      asked.add(name);
      return '';
    });
    expect(r.ok).toBe(true);
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('unset inputs take the table defaults', () => {
    const r = readInputs(() => '');
    if (!r.ok) throw new Error('inputs');
    expect(r.value).toMatchObject({
      token: '',
      failOn: INPUT_DEFAULTS['fail-on'],
      warnOnly: false,
      failOnUnanalysed: true,
      allowPrSuppressions: false,
      sarifFile: INPUT_DEFAULTS['sarif-file'],
      configFile: INPUT_DEFAULTS['config-file'],
      category: INPUT_DEFAULTS.category,
      workingDirectory: INPUT_DEFAULTS['working-directory'],
    });
    const off = readInputs((n) => (n === 'fail-on-unanalysed' ? 'false' : ''));
    expect(off.ok && off.value.failOnUnanalysed).toBe(false);
  });
});
