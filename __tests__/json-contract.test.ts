// The JSON inventory is a versioned contract: docs/json-report.schema.json is generated from
// src/report/json-schema.ts, whose types are exactly the pipeline's, and real output validates.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { Static } from '@sinclair/typebox';
import {
  ComparisonReportSchema,
  FindingSchema,
  IntegrationSchema,
  JSON_REPORT_SCHEMA,
  JSON_SCHEMA_VERSION,
  ScanReportSchema,
  jsonSchemaText,
} from '../src/report/json-schema.js';
import { toJson } from '../src/report/json.js';
import { runComparison } from '../src/pipeline/run.js';
import { scanTree } from '../src/pipeline/scan-tree.js';
import type { Comparison, Finding, Integration, ScanResult } from '../src/types.js';
import { makeComparison, makeFinding, makeScanResult } from './helpers/findings.js';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Header = 'tool' | 'schemaVersion' | 'version' | 'kind';

// Compile-time: a field added to src/types.ts without the schema (or the other way round) fails `tsc`.
const typesAgree: [
  Equal<Static<typeof FindingSchema>, Finding>,
  Equal<Static<typeof IntegrationSchema>, Integration>,
  Equal<Omit<Static<typeof ScanReportSchema>, Header>, ScanResult>,
  Equal<Omit<Static<typeof ComparisonReportSchema>, Header>, Comparison>,
] = [true, true, true, true];

const ROOT = process.cwd();
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(JSON_REPORT_SCHEMA);

function errorsOf(json: string): string[] {
  return validate(JSON.parse(json)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('JSON report contract', () => {
  test('docs/json-report.schema.json is what src/report/json-schema.ts generates (run `npm run docs`)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'json-report.schema.json'), 'utf8')).toBe(jsonSchemaText());
    expect(typesAgree).toEqual([true, true, true, true]);
  });

  test('scan and diff output of the example project validate, with the schema version', async () => {
    const scan = await scanTree({ root: resolve(ROOT, 'examples/head'), config: undefined, inputs: [], workers: 1 });
    if (!scan.ok) throw new Error('scan failed');
    const scanJson = toJson(scan.value.result, '9.9.9');
    expect(scan.value.result.findings.length).toBeGreaterThan(10);
    expect(errorsOf(scanJson)).toEqual([]);
    expect(JSON.parse(scanJson)).toMatchObject({
      tool: 'egress-audit',
      schemaVersion: JSON_SCHEMA_VERSION,
      kind: 'scan',
    });

    const cmp = await runComparison({
      sides: { kind: 'folders', base: resolve(ROOT, 'examples/base'), head: resolve(ROOT, 'examples/head') },
      config: { kind: 'file', path: resolve(ROOT, 'examples/egress-audit.yml') },
    });
    if (!cmp.ok) throw new Error('diff failed');
    expect(cmp.value.comparison.newIntegrations.length).toBeGreaterThan(0);
    const diffJson = toJson(cmp.value.comparison, '9.9.9');
    expect(errorsOf(diffJson)).toEqual([]);
    expect(JSON.parse(diffJson)).toMatchObject({ schemaVersion: JSON_SCHEMA_VERSION, kind: 'comparison' });
  });

  test('every optional field validates, and an unknown field or a wrong type is rejected', () => {
    const full = makeFinding({
      suppressed: { justification: 'reviewed', line: 9 },
      allowed: { by: 'allow[0]' },
      denied: { by: 'deny[0]' },
      generic: true,
      trace: [{ file: 'lib/http.py', line: 3, role: 'send' }],
      destination: { source: 'env', detail: 'env API_URL' },
    });
    expect(errorsOf(toJson(makeScanResult({ findings: [full] }), '1'))).toEqual([]);
    expect(errorsOf(toJson(makeComparison({ newFindings: [full], headFindings: [full] }), '1'))).toEqual([]);

    const extra = JSON.parse(toJson(makeScanResult({ findings: [full] }), '1'));
    extra.findings[0].surprise = 1;
    expect(errorsOf(JSON.stringify(extra)).join()).toMatch(/findings\/0 must NOT have additional properties/);
    const wrong = JSON.parse(toJson(makeScanResult({ findings: [full] }), '1'));
    wrong.findings[0].startLine = '12';
    expect(errorsOf(JSON.stringify(wrong)).join()).toMatch(/findings\/0\/startLine must be integer/);
  });
});
