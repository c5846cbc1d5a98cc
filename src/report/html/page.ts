// The self-contained HTML report: one file, no external scripts, styles, fonts or images, a
// Content-Security-Policy that allows only its own inline style sheet and script (by hash), readable
// without JavaScript. Pure: the same input gives the same bytes.
import { createHash } from 'node:crypto';
import { CATEGORIES, CATEGORY_TITLES, RISKS } from '../../model/taxonomy.js';
import { gateSummary } from '../wording.js';
import { STYLE, SCRIPT } from './assets.js';
import { categoryChart } from './chart-svg.js';
import { escapeLine } from './escape.js';
import { fileTable } from './files.js';
import { findingTable, integrationSection, integrationTable, removedTable } from './integrations.js';
import { moduleMap } from './map-svg.js';
import { buildModel, type HtmlReportInput, type ReportModel } from './model.js';

export type { HtmlReportInput } from './model.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy in the page's <meta>: nothing loads, only the two inline blocks run or apply. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const m = buildModel(input);
  const title =
    input.title ??
    (input.mode === 'diff'
      ? 'egress-audit: outbound integrations in this change'
      : 'egress-audit: outbound integrations');
  const body = [
    header(m, title),
    section(
      'overview',
      'Integrations by category and risk',
      figure(
        categoryChart(m.byCategory),
        'Each bar counts integrations (service × destination × category) by their highest risk.',
      ),
    ),
    m.integrations.length
      ? section(
          'map',
          'Modules and services',
          figure(
            moduleMap(m.integrations),
            'Which files send to which services; edges are coloured by risk. Select a service to see its sites.',
          ),
        )
      : '',
    section(
      'integrations',
      `Integrations (${m.integrations.length})`,
      m.integrations.length ? integrationTable(m) : '<p>No outbound integrations found.</p>',
    ),
    m.integrations.length
      ? section(
          'details',
          'Every integration and its sites',
          m.integrations.map((i) => integrationSection(i, m)).join('\n'),
        )
      : '',
    m.removed.length ? section('removed', `Removed integrations (${m.removed.length})`, removedTable(m.removed)) : '',
    m.integrations.length ? section('findings', 'Findings', findingTable(m, input.ctx)) : '',
    section('files', `Files (${m.files.length})`, m.files.length ? fileTable(m) : '<p>No files.</p>'),
    `<footer class="meta"><p>egress-audit ${escapeLine(input.version)} · the code was parsed, never run.</p></footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeLine(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter(Boolean),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function section(id: string, heading: string, html: string): string {
  return `<section id="${id}">\n<h2>${escapeLine(heading)}</h2>\n${html}\n</section>`;
}

function figure(svg: string, caption: string): string {
  return `<figure><figcaption>${escapeLine(caption)}</figcaption>\n${svg}\n</figure>`;
}

function header(m: ReportModel, title: string): string {
  const { input } = m;
  const g = input.gate;
  const gateClass = g.failed ? 'gate-failed' : g.wouldFail || g.unanalysed.length ? 'gate-warn' : 'gate-passed';
  const rev = input.revision.base
    ? `base <code>${escapeLine(input.revision.base)}</code> → head <code>${escapeLine(input.revision.head)}</code>`
    : `revision <code>${escapeLine(input.revision.head)}</code>`;
  const repo = input.ctx ? ` · <code>${escapeLine(input.ctx.repository)}</code>` : '';
  const card = (value: string, label: string, cls = ''): string =>
    `<div class="card ${cls}"><b>${value}</b>${escapeLine(label)}</div>`;
  const risks = [...RISKS]
    .reverse()
    .map((r) => card(`<span class="risk risk-${r}">${m.integrationRisks[r]}</span>`, `${r} risk`))
    .join('');
  const categories = CATEGORIES.filter((c) => m.byCategory[c] && RISKS.some((r) => m.byCategory[c][r]))
    .map((c) => `${escapeLine(CATEGORY_TITLES[c])}: ${RISKS.reduce((n, r) => n + m.byCategory[c][r], 0)}`)
    .join(' · ');
  const findings = m.integrations.reduce((n, i) => n + i.findings.length, 0);
  const skipped = m.files.filter((v) => v.skipped).length;
  return [
    '<header>',
    `<h1>${escapeLine(title)}</h1>`,
    `<p class="meta">${rev}${repo}</p>`,
    '<div class="cards">',
    card(escapeLine(g.failed ? 'failed' : g.wouldFail ? 'would fail' : 'passed'), `gate: ${gateSummary(g)}`, gateClass),
    card(String(m.integrations.length), 'integrations'),
    card(String(findings), findings === 1 ? 'site' : 'sites'),
    risks,
    card(String(m.files.length - skipped), 'files analysed'),
    card(String(skipped), 'skipped'),
    '</div>',
    `<p>${categories || 'No outbound integrations.'}</p>`,
    '</header>',
  ].join('\n');
}
