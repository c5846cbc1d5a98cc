// Markdown/HTML injection (issue 7, item 3) from REAL Python source: payloads travel through the scanner
// (constant strings, env var names, code text, suppression reasons, file names) into the PR comment.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderComment, renderSummary } from '../src/report/comment.js';
import { renderScanMarkdown } from '../src/report/scan-markdown.js';
import { renderText } from '../src/report/text.js';
import { scanSources } from '../src/scan/scan.js';
import type { ScanResult } from '../src/types.js';
import { freshDist } from './helpers/dist.js';
import { builtinRules } from './helpers/engine.js';
import {
  comparisonOf,
  config,
  markdownProblems,
  MARKER,
  REPO,
  runCli,
  STACK_FRAME,
  tempWorkspace,
} from './helpers/hostile.js';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '](http://evil)',
  '[click](http://evil.example)',
  '@org/team',
  '@someone',
  'a|b|c',
  '`code` ```',
  MARKER,
  '</details><details open>',
  '#123',
  'owner/repo#42',
  'https://evil.example/x',
  '<script>alert(1)</script>',
  '&lt;img&gt;',
];

/** Python whose findings carry `payload` in as many fields as the engine fills from code. */
function hostileSource(payload: string): string {
  const lit = JSON.stringify(payload); // a valid Python string literal for these payloads
  return [
    'import os, requests, smtplib',
    `requests.get(${JSON.stringify(`https://${payload}.example/`)})`, // not a host: destination detail
    `requests.post(${lit})`,
    `requests.get(os.environ[${lit}])`, // env var name
    `requests.put(os.environ[${JSON.stringify(`API_TOKEN ${payload}`)}], data=open(${lit}).read())`,
    `requests.get(x[${lit}])`, // dynamic: code text
    `requests.get("https://ok.example/")  # egress: allow ${payload.replace(/\n/g, ' ')}`,
    `# egress: allow-file[not-a-rule] ${payload}`,
    '',
  ].join('\n');
}

async function scanFiles(files: Record<string, string>): Promise<ScanResult> {
  const cfg = config();
  return scanSources(
    Object.entries(files).map(([path, text]) => ({ path, content: Buffer.from(text) })),
    { config: cfg, rules: builtinRules(cfg) },
  );
}

describe('payloads from real code never become Markdown/HTML in the PR comment', () => {
  it.each(PAYLOADS)('%s', async (payload) => {
    const r = await scanFiles({ 'app.py': hostileSource(payload) });
    // The payload did reach the findings (otherwise this test proves nothing).
    const text = JSON.stringify(r);
    expect(text).toContain(JSON.stringify(payload).slice(1, -1).slice(0, 10));
    expect(r.findings.some((f) => f.suppressed?.justification.includes(payload.slice(0, 8)))).toBe(true);
    const cmp = comparisonOf(r, ['.github/egress-audit.yml']);
    const md = renderComment(cmp, REPO, { marker: MARKER, failed: true, failOn: 'high' });
    expect(markdownProblems(md, { marker: MARKER, runUrl: REPO.runUrl })).toEqual([]);
    const summary = renderSummary(cmp, REPO, { failed: true, failOn: 'high' });
    expect(markdownProblems(summary, { runUrl: REPO.runUrl })).toEqual([]);
    expect(markdownProblems(renderScanMarkdown(r))).toEqual([]);
    // The terminal never gets control characters.
    expect(renderText(r)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('file names carry payloads too: @org|x.py, `x`.py, #123.py, <img>.py, "</details>.py" (dir "<")', async () => {
    const names = [
      '@org|x.py',
      '`x` ``` y.py',
      '#123.py',
      '<img src=x onerror=alert(1)>.py',
      '<!-- egress-audit:comment -->.py',
      '</details>.py',
      '](http:evil).py',
      'a\nb | c.py',
    ];
    const files: Record<string, string> = {};
    for (const n of names) files[n] = 'import requests\nrequests.get("https://names.example/")\n';
    const r = await scanFiles(files);
    expect(r.findings.map((f) => f.file).sort()).toEqual([...names].sort());
    const cmp = comparisonOf(r, names);
    cmp.skipped.push(...names.map((file) => ({ file, reason: `skipped ${file}` })));
    const md = renderComment(cmp, REPO, { marker: MARKER, failed: false, failOn: 'high' });
    expect(markdownProblems(md, { marker: MARKER, runUrl: REPO.runUrl })).toEqual([]);
    expect(markdownProblems(renderScanMarkdown({ ...r, skipped: cmp.skipped }))).toEqual([]);
  });

  it('a PR cannot plant a copy of our marker that a later run would find and overwrite', async () => {
    const r = await scanFiles({ [`${MARKER}.py`]: hostileSource(MARKER) });
    const md = renderComment(comparisonOf(r, [MARKER]), REPO, { marker: MARKER, failed: true, failOn: 'high' });
    expect(md.split(MARKER)).toHaveLength(2);
    expect(md.indexOf(MARKER)).toBe(0);
  });

  it('end to end: `egress-audit diff` on hostile folders writes a safe comment and valid SARIF', () => {
    freshDist();
    const ws = tempWorkspace();
    try {
      mkdirSync(join(ws.root, 'base'));
      ws.write('base/keep.py', 'x = 1\n');
      PAYLOADS.forEach((p, i) => ws.write(`head/m${i}.py`, hostileSource(p)));
      ws.write('head/@org|x.py', 'import requests\nrequests.get("https://a.example/")\n');
      ws.write('head/</details>.py', 'import requests\nrequests.get("https://b.example/")\n');
      const run = runCli(
        ['diff', '--base', 'base', '--head', 'head', '--markdown', 'out/c.md', '--sarif', 'out/r.sarif'],
        ws.root,
      );
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.code).toBe(0);
      const md = readFileSync(join(ws.root, 'out/c.md'), 'utf8');
      expect(md).toContain('New outbound integrations');
      // Local folders: permalinks point at a placeholder repository; still only links we built.
      const permalink = /^https:\/\/github\.com\/local\/[\w.-]+\/blob\/HEAD\/(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+#L\d+$/;
      expect(markdownProblems(md, { marker: md.split('\n')[0], permalink })).toEqual([]);
      expect(() => JSON.parse(readFileSync(join(ws.root, 'out/r.sarif'), 'utf8'))).not.toThrow();
    } finally {
      ws.cleanup();
    }
  });
});
