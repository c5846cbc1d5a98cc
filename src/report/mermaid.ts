// A Mermaid flowchart of a change's new integrations (changed modules → services and destinations),
// which GitHub draws in PR comments and job summaries. In labels, letters, digits and `_./-` stay,
// other ASCII punctuation becomes a named entity code (`#lpar;`, which Mermaid decodes), control and
// bidi characters become U+FFFD: text from the code can neither end a label, add nodes, links or
// click handlers, nor close the code fence, and no `#123` or `@name` is left for GitHub to link.
import { integrationKey } from '../compare/inventory.js';
import type { Comparison, Finding, Integration } from '../types.js';
import { truncate } from './escape.js';
import { wellFormed } from './uri.js';

/** Edges drawn before the rest become one "+N more" node. */
export const MERMAID_MAX_EDGES = 20;
const LABEL_CHARS = 60;

/** HTML5 names of the ASCII punctuation that is not kept as is. */
export const MERMAID_ENTITY_NAMES: Record<string, string> = {
  '!': 'excl',
  '"': 'quot',
  '#': 'num',
  $: 'dollar',
  '%': 'percnt',
  '&': 'amp',
  "'": 'apos',
  '(': 'lpar',
  ')': 'rpar',
  '*': 'ast',
  '+': 'plus',
  ',': 'comma',
  ':': 'colon',
  ';': 'semi',
  '<': 'lt',
  '=': 'equals',
  '>': 'gt',
  '?': 'quest',
  '@': 'commat',
  '[': 'lsqb',
  '\\': 'bsol',
  ']': 'rsqb',
  '^': 'Hat',
  '`': 'grave',
  '{': 'lcub',
  '|': 'vert',
  '}': 'rcub',
  '~': 'tilde',
};

/** A quoted Mermaid node label: `["…"]` with every unsafe character as an entity code. */
export function mermaidLabel(text: string): string {
  const safe = wellFormed(truncate(text, LABEL_CHARS))
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, '\uFFFD')
    .replace(/[!-,:-@[-^`{-~]/g, (c) => `#${MERMAID_ENTITY_NAMES[c] ?? 'quest'};`);
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
    // Colours start with a letter: nothing here reads like an issue reference (#123).
    '  classDef critical stroke:#a40e26,stroke-width:3px',
    '  classDef high stroke:#d1242f,stroke-width:2px',
    '  classDef medium stroke:#bc4c00',
    '  classDef low stroke:#afb8c1',
    '```',
  );
  return lines;
}
