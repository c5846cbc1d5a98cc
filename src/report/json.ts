// Machine-readable output: full finding objects, stable order and key order.

import type { Comparison, Finding, ScanResult } from '../types.js';
import { compareFindings } from '../model/order.js';
import { JSON_SCHEMA_VERSION } from './json-schema.js';
import { stableStringify } from './stable.js';

function isComparison(x: ScanResult | Comparison): x is Comparison {
  return 'newFindings' in x;
}

const sorted = (fs: Finding[]): Finding[] => [...fs].sort(compareFindings);

/**
 * `{ tool, schemaVersion, version, kind, ...data }` as pretty JSON (the contract: json-schema.ts,
 * docs/json-report.schema.json) with a trailing newline; byte-identical for equal input. */
export function toJson(result: ScanResult | Comparison, version: string): string {
  const data: Record<string, unknown> = isComparison(result)
    ? {
        ...result,
        newFindings: sorted(result.newFindings),
        removedFindings: sorted(result.removedFindings),
        headFindings: sorted(result.headFindings),
        addedSuppressions: sorted(result.addedSuppressions),
      }
    : { ...result, findings: sorted(result.findings) };
  return stableStringify({
    tool: 'egress-audit',
    schemaVersion: JSON_SCHEMA_VERSION,
    version,
    kind: isComparison(result) ? 'comparison' : 'scan',
    ...data,
  });
}
