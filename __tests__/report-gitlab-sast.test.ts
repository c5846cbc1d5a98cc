// The GitLab SAST report against what security report schema 15.x documents. No npm package ships
// GitLab's schema (sast-report-format.json), so this test holds the fields it marks required, their
// types, enums and formats (time pattern, name length, at least one identifier) as a JSON Schema.
import ajvModule from 'ajv';
import { gitlabTime, toGitLabSast, GITLAB_SAST_VERSION } from '../src/report/gitlab-sast.js';
import { makeFinding } from './helpers/findings.js';

const Ajv = ajvModule.default;
const str = { type: 'string', minLength: 1 };
const time = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' };
const tool = {
  type: 'object',
  required: ['id', 'name', 'version', 'vendor'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
    name: str,
    version: str,
    url: { type: 'string', pattern: '^https?://.+' },
    vendor: { type: 'object', required: ['name'], properties: { name: str } },
  },
};
const SAST_15 = {
  type: 'object',
  required: ['version', 'vulnerabilities', 'scan'],
  properties: {
    schema: { type: 'string', format: 'uri' },
    version: { type: 'string', pattern: '^15\\.\\d+\\.\\d+$' },
    scan: {
      type: 'object',
      required: ['analyzer', 'scanner', 'start_time', 'end_time', 'status', 'type'],
      properties: {
        analyzer: tool,
        scanner: tool,
        start_time: time,
        end_time: time,
        status: { enum: ['success', 'failure'] },
        type: { const: 'sast' },
        messages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['level', 'value'],
            properties: { level: { enum: ['info', 'warn', 'fatal'] }, value: { type: 'string' } },
          },
        },
      },
    },
    vulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'identifiers', 'location'],
        properties: {
          id: str,
          name: { type: 'string', maxLength: 255 },
          description: { type: 'string', maxLength: 1048576 },
          severity: { enum: ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'] },
          identifiers: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['type', 'name', 'value'],
              properties: { type: str, name: str, value: str, url: { type: 'string', pattern: '^https?://.+' } },
            },
          },
          location: {
            type: 'object',
            properties: { file: str, start_line: { type: 'integer' }, end_line: { type: 'integer' } },
          },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(SAST_15);

const report = toGitLabSast({
  findings: [
    makeFinding({ risk: 'low', file: 'src/a.py', startLine: 4, endLine: 6 }),
    makeFinding({ risk: 'critical', file: 'src/b.py', cwe: [201, 319] }),
    makeFinding({ suppressed: { justification: 'known', line: 9 } }),
    makeFinding({ allowed: { by: 'allow[0]' } }),
    makeFinding({ destination: { host: 'www.googleapis.com', source: 'literal' }, file: 'src/c.py' }),
  ],
  skipped: [{ file: 'big.py', reason: 'larger than max-file-size' }],
  notes: [],
  version: '1.2.3',
  startTime: new Date('2026-12-03T15:40:29.123Z'),
  endTime: new Date('2026-12-03T15:40:31.000Z'),
});

test('the report has every field schema 15.x requires, in its formats', () => {
  expect(validate(report) ? [] : validate.errors).toEqual([]);
  expect(report.version).toBe(GITLAB_SAST_VERSION);
  expect([report.scan.start_time, report.scan.end_time]).toEqual(['2026-12-03T15:40:29', '2026-12-03T15:40:31']);
  expect(gitlabTime(new Date(0))).toBe('1970-01-01T00:00:00');
});

test('live findings only, most severe first; skipped files and silenced findings are scan messages', () => {
  expect(report.vulnerabilities.map((v) => [v.severity, v.location])).toEqual([
    ['Critical', { file: 'src/b.py', start_line: 10, end_line: 10 }],
    ['Medium', { file: 'src/c.py', start_line: 10, end_line: 10 }],
    ['Low', { file: 'src/a.py', start_line: 4, end_line: 6 }],
  ]);
  expect(report.vulnerabilities[0]!.identifiers.map((i) => i.value)).toEqual(['ai.openai', '201', '319']);
  expect(report.scan.messages).toEqual([
    { level: 'warn', value: 'Not analysed: big.py: larger than max-file-size' },
    { level: 'info', value: '2 suppressed or approved findings are not listed.' },
  ]);
  const ids = report.vulnerabilities.map((v) => v.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test('the Markdown description keeps hosts copyable (no invisible characters)', () => {
  const c = report.vulnerabilities.find((v) => v.location.file === 'src/c.py')!;
  expect(c.description).toContain('`www.googleapis.com`');
  expect(c.description).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
});

test('scan Markdown and the comment show www hosts as code spans, not with a zero-width joiner', async () => {
  const { renderScanMarkdown } = await import('../src/report/scan-markdown.js');
  const { makeScanResult } = await import('./helpers/findings.js');
  const md = renderScanMarkdown(
    makeScanResult({ findings: [makeFinding({ destination: { host: 'www.googleapis.com', source: 'literal' } })] }),
  );
  expect(md).toContain('| `www.googleapis.com` |');
  expect(md).not.toContain('\u200D');
  // Hostile destinations are still escaped text, not code spans.
  const hostile = renderScanMarkdown(
    makeScanResult({ findings: [makeFinding({ destination: { host: '@org/team', source: 'literal' } })] }),
  );
  expect(hostile).toContain('@\u200Dorg/team');
});
