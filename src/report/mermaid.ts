// A Mermaid flowchart of a change's new integrations (changed modules → services and destinations),
// which GitHub draws in PR comments and job summaries. Labels are made only of letters, digits and a
// few safe punctuation marks; everything else becomes a Mermaid entity code (#60;), so text from the
// code can neither end a label, add nodes, links or click handlers, nor close the code fence.
import { integrationKey } from '../compare/inventory.js';
import type { Comparison, Finding, Integration } from '../types.js';
import { truncate } from './escape.js';

/** Edges drawn before the rest become one "+N more" node. */
export const MERMAID_MAX_EDGES = 20;
const LABEL_CHARS = 60;

/** A quoted Mermaid node label: `["…"]` with every unsafe character as an entity code. */
export function mermaidLabel(text: string): string {
  const safe = [...truncate(text, LABEL_CHARS)]
    .map((c) => (/^[A-Za-z0-9 _./-]$/.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('');
  return `["${safe}"]`;
}

const keyOf = (i: Integration): string => JSON.stringify([i.service, i.destination, i.category]);

/** The fenced diagram as Markdown lines; [] when the change adds no integration. */
export function mermaidDiagram(cmp: Comparison, maxEdges = MERMAID_MAX_EDGES): string[] {
  const order = new Map(cmp.newIntegrations.map((i, n) => [keyOf(i), n]));
  const edges = new Map<string, { file: string; key: string }>();
  const byFile = (a: Finding, b: Finding): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const f of [...cmp.newFindings].sort(byFile)) {
    const key = integrationKey(f);
    if (order.has(key)) edges.set(JSON.stringify([f.file, key]), { file: f.file, key });
  }
  if (!edges.size) return [];
  const sorted = [...edges.values()].sort(
    (a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const shown = sorted.slice(0, maxEdges);
  const files = new Map<string, string>();
  const services = new Map<string, string>();
  const lines = ['```mermaid', 'flowchart LR'];
  const integrations = new Map(cmp.newIntegrations.map((i) => [keyOf(i), i]));
  for (const e of shown) {
    const i = integrations.get(e.key) as Integration;
    let m = files.get(e.file);
    if (!m) {
      files.set(e.file, (m = `m${files.size}`));
      lines.push(`  ${m}${mermaidLabel(e.file)}`);
    }
    let s = services.get(e.key);
    if (!s) {
      services.set(e.key, (s = `s${services.size}`));
      lines.push(`  ${s}${mermaidLabel(`${i.service}: ${i.destination}`)}:::${i.risk}`);
    }
    lines.push(`  ${m} --> ${s}`);
  }
  if (sorted.length > shown.length) lines.push(`  more${mermaidLabel(`+${sorted.length - shown.length} more`)}`);
  lines.push(
    '  classDef critical stroke:#a40e26,stroke-width:3px',
    '  classDef high stroke:#d1242f,stroke-width:2px',
    '  classDef medium stroke:#bc4c00',
    '  classDef low stroke:#6e7781',
    '```',
  );
  return lines;
}
