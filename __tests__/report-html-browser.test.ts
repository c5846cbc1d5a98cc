// The HTML report in a real browser (headless Chromium): the example project's `scan --html` and
// `diff --html` render with a chart, a map and every integration, make no request, log no error and
// give a non-blank screenshot; markup planted in hosts, paths, snippets and reasons stays text; the
// page is complete without JavaScript; the map stays legible with 150 integrations.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { decideGate } from '../src/compare/gate.js';
import { destinationText } from '../src/model/destination.js';
import { renderHtmlReport } from '../src/report/html/page.js';
import type { Comparison, Finding } from '../src/types.js';
import { describeInBrowser, launchBrowser, openHtml, type Opened } from './helpers/browser.js';
import { makeFinding } from './helpers/findings.js';
import { comparisonOf, REPO, runCli } from './helpers/hostile.js';
import { decodePng, inkStats } from './helpers/png.js';

const ROOT = process.cwd();

/** Every element name the report may contain; anything else was created from planted text. */
const TAGS = new Set(
  (
    'html head meta title style body header h1 h2 h3 p code div b span section figure figcaption svg rect text line ' +
    'path g a table thead tbody tr th td input select option output dl dt dd ol ul li pre footer button script'
  ).split(' '),
);

interface DomFacts {
  tags: string[];
  handlers: string[];
  scripts: number;
  styles: number;
  hrefs: string[];
  text: string;
  sections: { id: string; heading: string }[];
  chartBars: number;
  mapEdges: number;
  controlsHidden: boolean[];
  findingRows: number;
  fileRows: number;
}

const FACTS = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    tags: [...new Set(all.map((e) => e.localName))].sort(),
    handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.localName + ' ' + a.name)),
    scripts: document.scripts.length,
    styles: document.querySelectorAll('style').length,
    hrefs: [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
    text: document.body.textContent,
    sections: [...document.querySelectorAll('section.integration')].map((s) => ({ id: s.id, heading: s.querySelector('h3').textContent })),
    chartBars: document.querySelectorAll('#overview svg rect[class^="fill-"]').length,
    mapEdges: document.querySelectorAll('#map svg path.edge').length,
    controlsHidden: [...document.querySelectorAll('.controls')].map((c) => c.hidden),
    findingRows: document.querySelectorAll('#findings-table tbody tr').length,
    fileRows: document.querySelectorAll('#files-table tbody tr').length,
  };
})()`;

async function facts(o: Opened): Promise<DomFacts> {
  return (await o.page.evaluate(FACTS)) as DomFacts;
}

/** What must hold for every report: nothing loaded or ran, only our own elements. */
function expectClean(o: Opened, f: DomFacts, links: RegExp): void {
  expect(o.requests).toEqual([o.url]);
  expect(o.problems).toEqual([]);
  expect(o.dialogs).toEqual([]);
  expect(f.tags.filter((t) => !TAGS.has(t))).toEqual([]);
  expect(f.handlers).toEqual([]);
  expect([f.scripts, f.styles]).toEqual([1, 1]);
  expect(f.hrefs.filter((h) => !/^#integration-\d+$/.test(h) && !links.test(h))).toEqual([]);
}

const PERMALINK = /^https:\/\/github\.com\/acme\/app\/blob\/[0-9a-f]{40}\/(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})+#L\d+$/;
const NO_LINKS = /^$/;

let browser: Browser;
let tmp: string;

// A browser start and a page each take about a second on an idle machine; allow for a loaded one.
const BROWSER_MS = 180_000;

describeInBrowser('HTML report in headless Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    tmp = mkdtempSync(join(tmpdir(), 'egress-html-test-'));
  }, BROWSER_MS);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  }, BROWSER_MS);

  test(
    'scan --html of the example project: chart, map, every integration, no request, not blank',
    async () => {
      const out = join(tmp, 'scan.html');
      const run = runCli(['scan', 'examples/head', '--html', out, '--format', 'json'], ROOT);
      expect(run.stderr).toBe('');
      const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
      const expected = [...new Set(findings.map((x) => `${x.service} → ${destinationText(x.destination)}`))].sort();
      expect(expected.length).toBeGreaterThanOrEqual(8);

      const o = await openHtml(browser, readFileSync(out, 'utf8'), { height: 1400 });
      try {
        const f = await facts(o);
        expectClean(o, f, /^https:\/\/github\.com\//);
        const headings = f.sections.map((s) =>
          s.heading.replace(/^(critical|high|medium|low) /, '').replace(/ new$/, ''),
        );
        expect(headings.sort()).toEqual(expected);
        expect(f.chartBars).toBeGreaterThanOrEqual(6);
        expect(f.mapEdges).toBeGreaterThanOrEqual(expected.length);
        // The script ran: the filter controls are shown.
        expect(f.controlsHidden.every((h) => !h)).toBe(true);
        const shot = inkStats(decodePng(Buffer.from(await o.page.screenshot({ type: 'png' }))));
        expect(shot.ink).toBeGreaterThan(0.05);
        expect(shot.colours).toBeGreaterThan(50);

        // Filtering and sorting work without a framework.
        await o.page.type('.controls[data-table="integrations-table"] input', 'twilio');
        const visible = (await o.page.evaluate(
          `[...document.querySelectorAll('#integrations-table tbody tr')].filter((r) => !r.hidden).map((r) => r.cells[2].textContent)`,
        )) as string[];
        expect(visible).toEqual(['Twilio']);
        await o.page.evaluate(`document.querySelector('.controls[data-table="integrations-table"] input').value = ''`);
        await o.page.click('#integrations-table thead th:nth-child(5) button');
        const sites = (await o.page.evaluate(
          `[...document.querySelectorAll('#integrations-table tbody tr')].map((r) => Number(r.cells[4].textContent))`,
        )) as number[];
        expect(sites).toEqual([...sites].sort((a, b) => a - b));
      } finally {
        await o.close();
      }
    },
    BROWSER_MS,
  );

  test(
    'is complete without JavaScript: every section and table row, no filter controls',
    async () => {
      const input = hostileInput();
      const o = await openHtml(browser, renderHtmlReport(input), { javascript: false });
      try {
        const f = await facts(o);
        expect(f.sections).toHaveLength(input.comparison.headFindings.length);
        expect(f.findingRows).toBe(input.comparison.headFindings.length);
        // The analysed files, plus the skipped one.
        expect(f.fileRows).toBe(new Set([...input.files, ...input.comparison.skipped.map((s) => s.file)]).size);
        expect(f.controlsHidden.every((h) => h)).toBe(true);
        expect(o.requests).toEqual([o.url]);
      } finally {
        await o.close();
      }
    },
    BROWSER_MS,
  );

  test(
    'diff --html of the example PR marks the new integrations',
    async () => {
      const out = join(tmp, 'diff.html');
      const run = runCli(
        [
          'diff',
          '--base',
          'examples/base',
          '--head',
          'examples/head',
          '--config',
          'examples/egress-audit.yml',
          '--html',
          out,
        ],
        ROOT,
      );
      expect(run.code).toBe(0);
      const o = await openHtml(browser, readFileSync(out, 'utf8'));
      try {
        const f = await facts(o);
        expectClean(o, f, /^https:\/\/github\.com\//);
        const fresh = f.sections.filter((s) => s.heading.endsWith(' new'));
        expect(fresh.length).toBeGreaterThan(0);
        expect(fresh.length).toBeLessThan(f.sections.length);
      } finally {
        await o.close();
      }
    },
    BROWSER_MS,
  );

  test(
    'markup planted in hosts, paths, snippets and reasons stays text',
    async () => {
      const o = await openHtml(browser, renderHtmlReport(hostileInput()));
      try {
        const f = await facts(o);
        expectClean(o, f, PERMALINK);
        for (const p of PAYLOADS) expect([p, f.text.includes(p)]).toEqual([p, true]);
        expect(f.sections).toHaveLength(PAYLOADS.length);
      } finally {
        await o.close();
      }
    },
    BROWSER_MS,
  );

  test(
    'the module map stays legible with 150 integrations: no two labels overlap',
    async () => {
      const many: Finding[] = [];
      for (let i = 0; i < 150; i++)
        many.push(
          makeFinding({
            service: `Service ${i}`,
            destination: { host: `api-${i}.example.com`, source: 'literal' },
            file: `pkg/module_${i % 60}.py`,
            startLine: i + 1,
            risk: (['low', 'medium', 'high', 'critical'] as const)[i % 4],
          }),
        );
      const cmp = comparisonOf({
        findings: many,
        skipped: [],
        notes: [],
        unusedSuppressions: [],
        filesScanned: 60,
        filesParsed: 60,
        bytesScanned: 1,
      });
      const html = renderHtmlReport({ ...baseInput(cmp), ctx: undefined });
      const o = await openHtml(browser, html);
      try {
        const f = await facts(o);
        expectClean(o, f, NO_LINKS);
        expect(f.sections).toHaveLength(150);
        const overlaps = (await o.page.evaluate(`(() => {
        const boxes = [...document.querySelectorAll('#map svg g text')].map((t) => t.getBBox());
        const bad = [];
        for (const col of [...new Set(boxes.map((b) => Math.round(b.x)))]) {
          const ys = boxes.filter((b) => Math.round(b.x) === col).sort((a, b) => a.y - b.y);
          for (let i = 1; i < ys.length; i++) if (ys[i].y < ys[i - 1].y + ys[i - 1].height) bad.push(ys[i].y);
        }
        return { bad, labels: boxes.length };
      })()`)) as { bad: number[]; labels: number };
        expect(overlaps).toEqual({ bad: [], labels: 150 + 60 });
      } finally {
        await o.close();
      }
    },
    BROWSER_MS,
  );
});

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(2)>',
  '</script><script>alert(3)</script>',
  "'><iframe src=javascript:alert(4)>",
  '</style><style>body{display:none}</style>',
  '<a href="javascript:alert(5)">x</a>',
];

function baseInput(cmp: Comparison): Parameters<typeof renderHtmlReport>[0] {
  return {
    mode: 'diff',
    comparison: cmp,
    gate: decideGate(cmp, { failOn: 'high', warnOnly: false, allowPrSuppressions: false }),
    files: cmp.changedFiles,
    revision: { base: 'base', head: 'head' },
    ctx: REPO,
    version: '0.0.0-test',
  };
}

/** One integration per payload, the payload in every field that comes from the code or the policy. */
function hostileInput(): Parameters<typeof renderHtmlReport>[0] {
  const findings = PAYLOADS.map((p, i) =>
    makeFinding({
      service: `Svc${i} ${p}`,
      destination: i % 2 ? { host: `${p}.example`, source: 'literal' } : { source: 'env', detail: `env ${p}` },
      file: `src/${p}/mod${i}.py`,
      startLine: i + 3,
      snippet: `requests.post("${p}")\n# ${p}`,
      callee: `requests.${p}`,
      credentials: [`KEY_${p}`],
      dataSources: [`body ${p}`],
      ...(i % 3 === 0 ? { suppressed: { justification: `reason ${p}`, line: i + 2 } } : {}),
      ...(i % 3 === 1 ? { allowed: { by: `allow ${p}` } } : {}),
      ...(i % 3 === 2 ? { denied: { by: `deny ${p}` } } : {}),
      trace: [{ file: `lib/${p}.py`, line: 1, role: 'send' }],
    }),
  );
  const cmp = comparisonOf({
    findings,
    skipped: [],
    notes: [],
    unusedSuppressions: [],
    filesScanned: 9,
    filesParsed: 9,
    bytesScanned: 1,
  });
  cmp.skipped.push({ file: `big/${PAYLOADS[0]}.py`, reason: `larger than max-file-size ${PAYLOADS[1]}` });
  cmp.notes.push({ file: findings[0]!.file, message: `syntax errors ${PAYLOADS[2]}`, level: 'note' });
  return { ...baseInput(cmp), revision: { base: PAYLOADS[3]!, head: PAYLOADS[4]! } };
}
