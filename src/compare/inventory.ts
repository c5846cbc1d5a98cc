// Integrations: findings grouped by service × destination × category.
import { destinationText as describeDestination } from '../model/destination.js';
import { riskRank, type Category, type Finding, type Integration } from '../types.js';

/** The finding's destination as the inventory keys it (and the renderers show it). */
export function destinationText(f: Finding): string {
  return describeDestination(f.destination);
}

export function integrationKey(f: Finding): string {
  return JSON.stringify([f.service, destinationText(f), f.category]);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Findings grouped by the integration they belong to (service × destination × category), in input order. */
export function groupByIntegration(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = integrationKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

export function buildInventory(findings: Finding[]): Map<string, Integration> {
  const groups = groupByIntegration(findings);
  const out = new Map<string, Integration>();
  for (const [k, fs] of groups) {
    const first = fs[0] as Finding;
    const sites = new Map<string, number>();
    for (const f of fs) sites.set(f.file, Math.min(sites.get(f.file) ?? Infinity, f.startLine));
    out.set(k, {
      service: first.service,
      category: first.category as Category,
      destination: destinationText(first),
      risk: fs.reduce((r, f) => (riskRank(f.risk) > riskRank(r) ? f.risk : r), first.risk),
      ruleIds: uniq(fs.map((f) => f.ruleId)),
      ...(fs.every((f) => f.generic) ? { generic: true } : {}),
      credentials: uniq(fs.flatMap((f) => f.credentials)),
      dataSources: uniq(fs.flatMap((f) => f.dataSources)),
      sites: [...sites]
        .map(([file, line]) => ({ file, line }))
        .sort((a, b) => byText(a.file, b.file) || a.line - b.line),
    });
  }
  return out;
}

export function sortIntegrations(list: Integration[]): Integration[] {
  return list.sort(
    (a, b) =>
      riskRank(b.risk) - riskRank(a.risk) ||
      byText(a.category, b.category) ||
      byText(a.service, b.service) ||
      byText(a.destination, b.destination),
  );
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)].sort(byText);
}
