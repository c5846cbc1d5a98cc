// The integration parts of the page: the summary table, one section per integration with every site,
// and the table of every finding.
import { CATEGORY_TITLES } from '../../model/taxonomy.js';
import type { Finding, Integration, RepoContext } from '../../types.js';
import { destinationText, findingMessage, traceMessage } from '../wording.js';
import { escapeHtml, escapeLine } from './escape.js';
import type { IntegrationView, ReportModel } from './model.js';
import { codeListHtml, listText, location, riskCell, statusHtml } from './sites.js';
import { cell, dataTable, type Row } from './table.js';

export function integrationTable(m: ReportModel): string {
  const rows: Row[] = m.integrations.map((i) => ({
    risk: i.risk,
    cells: [
      riskCell(i.risk),
      cell(escapeLine(CATEGORY_TITLES[i.category]), i.category),
      cell(`<a href="#${i.id}">${escapeLine(i.service)}</a>`),
      cell(`<code>${escapeLine(i.destination)}</code>`),
      cell(String(i.findings.length), i.findings.length),
      cell(escapeLine(i.status) + (i.isNew ? ' <span class="badge badge-new">new</span>' : '')),
    ],
  }));
  return dataTable(
    'integrations-table',
    'Integrations',
    ['Risk', 'Category', 'Service', 'Destination', 'Sites', 'Status'],
    rows,
    true,
  );
}

export function integrationSection(i: IntegrationView, m: ReportModel): string {
  const ctx = m.input.ctx;
  const sites = i.findings.map((f) => siteItem(f, ctx, m.isNew(f))).join('\n');
  const fields: [string, string][] = [
    ['Category', escapeLine(CATEGORY_TITLES[i.category])],
    ['Destination', `<code>${escapeLine(i.destination)}</code>`],
    ['Hosts', codeListHtml(i.hosts)],
    ['Credentials', codeListHtml(i.credentials)],
    ['Data sent', listText(i.dataSources)],
    ['Rules', codeListHtml(i.ruleIds)],
    ['Status', escapeLine(i.status)],
  ];
  return [
    `<section class="integration" id="${i.id}" data-risk="${i.risk}">`,
    `<h3><span class="risk risk-${i.risk}">${i.risk}</span> ${escapeLine(i.service)} → <code>${escapeLine(i.destination)}</code>${i.isNew ? ' <span class="badge badge-new">new</span>' : ''}</h3>`,
    `<dl>${fields.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<ol class="sites">\n${sites}\n</ol>`,
    '</section>',
  ].join('\n');
}

function siteItem(f: Finding, ctx: ReportModel['input']['ctx'], isNew: boolean): string {
  const trace = (f.trace ?? [])
    .map((t) => `<li>${escapeLine(traceMessage(t))} ${location(t.file, t.line, ctx)}</li>`)
    .join('');
  return (
    `<li>${location(f.file, f.startLine, ctx)} ${statusHtml(f, isNew)}<div>${escapeLine(findingMessage(f))}</div>` +
    `<pre>${escapeHtml(f.snippet, 1000)}</pre>${trace ? `<ul>${trace}</ul>` : ''}</li>`
  );
}

export function findingTable(m: ReportModel, ctx: RepoContext | undefined): string {
  const rows: Row[] = m.integrations
    .flatMap((i) => i.findings)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine))
    .map((f) => ({
      risk: f.risk,
      cells: [
        riskCell(f.risk),
        cell(location(f.file, f.startLine, ctx), `${f.file}\u0000${String(f.startLine).padStart(8, '0')}`),
        cell(escapeLine(f.service)),
        cell(`<code>${escapeLine(destinationText(f.destination))}</code>`),
        cell(`<code>${escapeLine(f.ruleId)}</code>`),
        cell(escapeLine(f.kind)),
        cell(statusHtml(f, m.isNew(f)) || '—'),
      ],
    }));
  return dataTable(
    'findings-table',
    'Findings',
    ['Risk', 'Location', 'Service', 'Destination', 'Rule', 'Kind', 'Status'],
    rows,
    true,
  );
}

export function removedTable(removed: Integration[]): string {
  const rows: Row[] = removed.map((i) => ({
    risk: i.risk,
    cells: [
      riskCell(i.risk),
      cell(escapeLine(CATEGORY_TITLES[i.category]), i.category),
      cell(escapeLine(i.service)),
      cell(`<code>${escapeLine(i.destination)}</code>`),
      cell(listText(i.sites.map((s) => `${s.file}:${s.line}`))),
    ],
  }));
  return dataTable(
    'removed-table',
    'Removed integrations',
    ['Risk', 'Category', 'Service', 'Destination', 'Was at'],
    rows,
  );
}
