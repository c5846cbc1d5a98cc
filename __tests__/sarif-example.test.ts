// The SARIF of the shipped example project, as the CLI writes it: valid for GitHub ingestion and the
// SARIF 2.1.0 schema, consistent risk → level mapping, and stable (snapshot with the version redacted).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDist } from './helpers/dist.js';
import { multitoolErrors, schemaErrors } from './helpers/sarif-validate.js';

interface Result {
  ruleId: string;
  level: string;
  properties: { category: string; service: string; risk: string; destination?: string; destinationSource: string };
}

describe('SARIF of the example project', () => {
  let text: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-sarif-'));
    const out = join(dir, 'out.sarif');
    execFileSync(
      'node',
      [join(freshDist(), 'cli.js'), 'scan', '--root', 'examples/head', '--sarif', out, '--workers', '1'],
      {
        encoding: 'utf8',
      },
    );
    text = readFileSync(out, 'utf8');
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes GitHub ingestion rules and the schema', () => {
    expect(multitoolErrors(text)).toEqual([]);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
  });

  it('gives every result a category, service, destination source and a level that matches its risk', () => {
    const results = (JSON.parse(text) as { runs: { results: Result[] }[] }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(5);
    const level: Record<string, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
    for (const r of results) {
      expect(['telemetry', 'logging', 'cloud', 'ai', 'communication', 'network', 'covert']).toContain(
        r.properties.category,
      );
      expect(r.properties.service).toBeTruthy();
      expect(r.properties.destinationSource).toBeTruthy();
      expect(r.level).toBe(level[r.properties.risk]);
    }
  });

  it('matches the snapshot', () => {
    expect(text.replace(/"(semanticVersion)": "\d+\.\d+\.\d+[^"]*"/g, '"$1": "<version>"')).toMatchSnapshot();
  });
});
