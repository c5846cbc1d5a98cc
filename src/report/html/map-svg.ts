// The module → service map as an inline SVG: files on the left, integrations (service and
// destination) on the right, one edge per file and integration, coloured by risk. Files are ordered
// by the mean position of the integrations they reach, which keeps edges short and mostly parallel,
// so the map stays readable with hundreds of nodes (it grows in height, one row per node).
import { CATEGORY_TITLES } from '../../model/taxonomy.js';
import { truncate } from '../escape.js';
import { escapeLine } from './escape.js';
import type { IntegrationView } from './model.js';

const ROW = 22;
const NODE_W = 330;
const GAP = 200;
const TOP = 30;
const LABEL_CHARS = 46;

interface Edge {
  from: number;
  to: number;
  risk: IntegrationView['risk'];
}

export function moduleMap(integrations: IntegrationView[]): string {
  const targets = new Map<string, number[]>();
  integrations.forEach((i, n) => {
    for (const f of new Set(i.findings.map((x) => x.file))) targets.set(f, [...(targets.get(f) ?? []), n]);
  });
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const files = [...targets.keys()].sort(
    (a, b) => mean(targets.get(a) ?? []) - mean(targets.get(b) ?? []) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const edges: Edge[] = files.flatMap((file, from) =>
    (targets.get(file) ?? []).map((to) => ({ from, to, risk: (integrations[to] as IntegrationView).risk })),
  );
  const rows = Math.max(files.length, integrations.length, 1);
  const width = NODE_W * 2 + GAP;
  const height = TOP + rows * ROW + 10;
  // Centre the shorter column against the longer one.
  const offset = (n: number): number => ((rows - n) * ROW) / 2;
  const leftY = (k: number): number => TOP + offset(files.length) + k * ROW;
  const rightY = (k: number): number => TOP + offset(integrations.length) + k * ROW;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="map-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<title id="map-title">Modules and the services they send to</title>',
    `<text class="muted" x="0" y="16">Module (${files.length})</text>`,
    `<text class="muted" x="${NODE_W + GAP}" y="16">Service and destination (${integrations.length})</text>`,
  ];
  for (const e of edges) {
    const y1 = leftY(e.from) + ROW / 2 - 2;
    const y2 = rightY(e.to) + ROW / 2 - 2;
    const x1 = NODE_W;
    const x2 = NODE_W + GAP;
    const mid = x1 + GAP / 2;
    out.push(
      `<path class="edge stroke-${e.risk}" d="M${x1} ${y1.toFixed(1)} C${mid} ${y1.toFixed(1)} ${mid} ${y2.toFixed(1)} ${x2} ${y2.toFixed(1)}"/>`,
    );
  }
  files.forEach((file, k) => out.push(node(0, leftY(k), file, file)));
  integrations.forEach((i, k) => {
    const label = `${i.service} → ${i.destination}`;
    const title = `${label} (${CATEGORY_TITLES[i.category]}, ${i.risk} risk)`;
    out.push(`<a href="#${i.id}">${node(NODE_W + GAP, rightY(k), label, title, i.risk)}</a>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function node(x: number, y: number, text: string, title: string, risk?: string): string {
  const mark = risk ? `<rect class="fill-${risk}" x="${x}" y="${y}" width="4" height="${ROW - 4}"/>` : '';
  return (
    `<g><title>${escapeLine(title)}</title><rect class="node" x="${x}" y="${y}" width="${NODE_W}" height="${ROW - 4}" rx="3"/>${mark}` +
    `<text x="${x + 8}" y="${y + 13}">${escapeLine(truncate(text, LABEL_CHARS))}</text></g>`
  );
}
