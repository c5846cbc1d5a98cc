// The review exports: CSV (RFC 4180, spreadsheet formulas neutralised), the Mermaid diagram in the PR
// comment (escaped, capped, dropped first when the comment shrinks) and the HTML page's own
// guarantees that need no browser (CSP hashes, determinism, escaping).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decideGate } from '../src/compare/gate.js';
import { runComparison } from '../src/pipeline/run.js';
import { renderComment } from '../src/report/comment.js';
import { CSV_COLUMNS, csvCell, toCsv } from '../src/report/csv.js';
import { truncate } from '../src/report/escape.js';
import { SCRIPT, STYLE } from '../src/report/html/assets.js';
import { contentSecurityPolicy, renderHtmlReport } from '../src/report/html/page.js';
import { MERMAID_ENTITY_NAMES, MERMAID_MAX_EDGES, mermaidDiagram, mermaidLabel } from '../src/report/mermaid.js';
import type { Comparison } from '../src/types.js';
import { makeFinding, makeScanResult } from './helpers/findings.js';
import { comparisonOf, MARKER, REPO, runCli } from './helpers/hostile.js';

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV export', () => {
  const planted = makeFinding({
    service: '=HYPERLINK("http://evil.example","x")',
    file: '+cmd|/C calc!A0.py',
    snippet: '-2+3, "quoted"\nsecond line',
    callee: '@SUM(A1:A9)',
    suppressed: { justification: '\t=1+1', line: 3 },
    allowed: { by: '\r=2' },
    destination: { host: 'a,b.example', source: 'literal' },
  });

  test('one row per finding, RFC 4180 quoting round-trips, CRLF records', () => {
    const csv = toCsv(makeScanResult({ findings: [planted, makeFinding()] }));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[6]?.includes('calc'))![i]]));
    expect(row).toMatchObject({
      change: 'present',
      host: 'a,b.example',
      snippet: `'-2+3, "quoted"\nsecond line`,
      line: String(planted.startLine),
      rule: planted.ruleId,
    });
  });

  test('cells a spreadsheet would evaluate start with an apostrophe', () => {
    const rows = parseCsv(toCsv(makeScanResult({ findings: [planted] })));
    const cells = rows.slice(1).flat();
    for (const c of cells) expect([c, FORMULA_STARTS.includes(c[0] ?? '')]).toEqual([c, false]);
    for (const v of ['=HYPERLINK(', '+cmd|', '-2+3', '@SUM(', '\t=1+1', '\r=2'])
      expect(cells.some((c) => c.startsWith(`'${v}`))).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('=1')).toBe("'=1");
    expect(csvCell('a"b')).toBe('"a""b"');
  });

  test('scan --csv of the example project: one row per finding of the same run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egress-csv-'));
    try {
      const run = runCli(['scan', 'examples/head', '--csv', join(dir, 'out.csv'), '--format', 'json'], process.cwd());
      expect(run.code).toBe(0);
      const findings = (JSON.parse(run.stdout) as { findings: { file: string; startLine: number }[] }).findings;
      const rows = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8'));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows.slice(1).map((r) => `${r[6]}:${r[7]}`)).toEqual(findings.map((f) => `${f.file}:${f.startLine}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a comparison marks rows new, unchanged and removed', () => {
    const kept = makeFinding({ file: 'a.py' });
    const added = makeFinding({ file: 'b.py' });
    const gone = makeFinding({ file: 'c.py' });
    const cmp: Comparison = {
      ...comparisonOf(makeScanResult({ findings: [kept, added] })),
      newFindings: [added],
      removedFindings: [gone],
    };
    const rows = parseCsv(toCsv(cmp)).slice(1);
    expect(rows.map((r) => [r[0], r[6]])).toEqual([
      ['unchanged', 'a.py'],
      ['new', 'b.py'],
      ['removed', 'c.py'],
    ]);
  });
});

/** Every line a diagram may have: nodes with entity-coded labels, edges, the risk classes. */
const LABEL = /^\["(?:[A-Za-z0-9 _./\-\u0080-\uFFFF]|#[A-Za-z]+;)*"\]$/;
const LABEL_TEXT = LABEL.source.slice(1, -1);
const MERMAID_LINE = new RegExp(
  `^(?:\`\`\`mermaid|\`\`\`|flowchart LR|  [ms]\\d+${LABEL_TEXT}(?::::(?:critical|high|medium|low))?|  m\\d+ --> s\\d+|  more${LABEL_TEXT}|  classDef (?:critical|high|medium|low) [a-z:#0-9,-]+)$`,
);

function newIntegrationsOf(n: number, perFile = 1): Comparison {
  const findings = Array.from({ length: n }, (_, i) =>
    makeFinding({
      service: `Svc${i}`,
      destination: { host: `h${i}.example`, source: 'literal' },
      file: `pkg/m${Math.floor(i / perFile)}.py`,
    }),
  );
  return comparisonOf(makeScanResult({ findings }));
}

describe('Mermaid diagram', () => {
  test('labels keep only safe characters; everything else is an entity code', () => {
    const hostile = 'x"]; click m0 call alert(1)\n```\n<img src=x onerror=alert(1)> %%{init}%% `|';
    const label = mermaidLabel(hostile);
    expect(label).toMatch(LABEL);
    const names = Object.fromEntries(Object.entries(MERMAID_ENTITY_NAMES).map(([c, n]) => [n, c]));
    const decoded = label.slice(2, -2).replace(/#([A-Za-z]+);/g, (_, n: string) => names[n] ?? '?');
    expect(decoded).toBe(truncate(hostile, 60).replace('\n', '\uFFFD').replace('\n', '\uFFFD'));
    // Bidi overrides and zero-width characters could disguise a name; letters of any script stay.
    expect(mermaidLabel('a\u202Eb\u200Bc→ü')).toBe('["a\uFFFDb\uFFFDc→ü"]');
    // No digits after a # (an issue reference) and no @ (a mention) are left for GitHub to link.
    expect(mermaidLabel('#12 @someone')).toBe('["#num;12 #commat;someone"]');
    expect(mermaidLabel('ok.example/x_y-z')).toBe('["ok.example/x_y-z"]');
  });

  test('hostile service, host and path names give only well-formed lines', () => {
    const f = makeFinding({
      service: 'S"]\n  m0 --> evil["pwn',
      destination: { host: '```<script>.example', source: 'literal' },
      file: 'a/"]; click s0 "javascript:alert(1)".py',
    });
    const lines = mermaidDiagram(comparisonOf(makeScanResult({ findings: [f] })));
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect([l, MERMAID_LINE.test(l)]).toEqual([l, true]);
    expect(lines.filter((l) => l.includes('-->'))).toEqual(['  m0 --> s0']);
  });

  test(`is capped at ${MERMAID_MAX_EDGES} edges with a "+N more" node`, () => {
    const lines = mermaidDiagram(newIntegrationsOf(30));
    expect(lines.filter((l) => l.includes('-->'))).toHaveLength(MERMAID_MAX_EDGES);
    expect(lines).toContain(`  more${mermaidLabel('+10 more')}`);
    expect(mermaidDiagram(newIntegrationsOf(5)).some((l) => l.startsWith('  more'))).toBe(false);
    expect(mermaidDiagram(comparisonOf(makeScanResult()))).toEqual([]);
  });

  test('the example PR comment shows the diagram: changed modules → the new services', async () => {
    const r = await runComparison({
      sides: { kind: 'folders', base: resolve('examples/base'), head: resolve('examples/head') },
      config: { kind: 'file', path: resolve('examples/egress-audit.yml') },
    });
    if (!r.ok) throw new Error('diff failed');
    const cmp = r.value.comparison;
    const body = renderComment(cmp, REPO, { marker: MARKER });
    const block = body.slice(body.indexOf('```mermaid'), body.indexOf('```\n', body.indexOf('```mermaid') + 3) + 3);
    const lines = block.split('\n');
    for (const l of lines) expect([l, MERMAID_LINE.test(l)]).toEqual([l, true]);
    for (const i of cmp.newIntegrations) expect(block).toContain(mermaidLabel(`${i.service}: ${i.destination}`));
    for (const f of new Set(cmp.newFindings.map((x) => x.file)))
      if (cmp.newIntegrations.some((i) => i.sites.some((s) => s.file === f))) expect(block).toContain(mermaidLabel(f));
  });

  test('the diagram is the first thing dropped when the comment must shrink', () => {
    const cmp = newIntegrationsOf(12, 3);
    const full = renderComment(cmp, REPO, { marker: MARKER, maxChars: 1e6 });
    expect(full).toContain('```mermaid');
    const shrunk = renderComment(cmp, REPO, { marker: MARKER, maxChars: full.length - 1 });
    expect(shrunk).not.toContain('```mermaid');
    // Everything else is still there: the full tables and the collapsed list of every finding.
    expect(shrunk).toContain('<details>');
    expect(shrunk.length).toBeLessThan(full.length);
  });
});

describe('HTML report (no browser)', () => {
  const cmp = comparisonOf(
    makeScanResult({
      findings: [makeFinding({ destination: { source: 'env', detail: 'env API_URL' } }), makeFinding({ file: 'b.py' })],
    }),
  );
  const input = {
    mode: 'diff' as const,
    comparison: cmp,
    gate: decideGate(cmp, { failOn: 'high', warnOnly: false, allowPrSuppressions: false }),
    files: ['a.py', 'b.py', 'src/app.py'],
    revision: { base: 'b', head: 'h' },
    ctx: REPO,
    version: '1.2.3',
  };

  test('the CSP allows exactly the inline style sheet and script, by hash, and nothing else', () => {
    const html = renderHtmlReport(input);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const csp = contentSecurityPolicy();
    expect(csp).toContain(`script-src ${hash(SCRIPT)}`);
    expect(csp).toContain(`style-src ${hash(STYLE)}`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/unsafe|https?:|data:|\*/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).toContain(`<style>${STYLE}</style>`);
    // No external resource of any kind.
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b|\bsrc=|url\(|@import/i);
  });

  test('is deterministic and lists every analysed file with its verdict', () => {
    const a = renderHtmlReport(input);
    expect(renderHtmlReport(input)).toBe(a);
    expect(a).toContain('no outbound logic found');
    for (const f of input.files) expect(a).toContain(`<code>${f}</code>`);
  });
});
