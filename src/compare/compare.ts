// Base vs head, as the pull-request view shows it. Pure: scan results in, Comparison out.
import type { Comparison, FileNote, Finding, Integration, ScanResult, SkippedFile } from '../types.js';
import type { ChangedFile } from '../diff/types.js';
import { buildInventory, sortIntegrations } from './inventory.js';
import { matchFindings, sortFindings } from './multiset.js';

export interface ChangeSet {
  /** Changed files in scope (already filtered to what is scanned). */
  files: ChangedFile[];
  /** Policy files changed by the PR (see policy.ts). */
  policyChanges: string[];
}

export function compareScans(base: ScanResult, head: ScanResult, changed: ChangeSet): Comparison {
  const oldPath = new Map(changed.files.filter((c) => c.oldPath).map((c) => [c.path, c.oldPath as string]));
  const oldPathOf = (p: string): string => oldPath.get(p) ?? p;

  const { added, removed } = matchFindings(base.findings, head.findings, oldPathOf);

  const baseInv = buildInventory(base.findings);
  const headInv = buildInventory(head.findings);
  const newIntegrations: Integration[] = [];
  const removedIntegrations: Integration[] = [];
  for (const [k, i] of headInv) if (!baseInv.has(k)) newIntegrations.push(i);
  for (const [k, i] of baseInv) if (!headInv.has(k)) removedIntegrations.push(i);

  return {
    newFindings: added,
    removedFindings: removed,
    newIntegrations: sortIntegrations(newIntegrations),
    removedIntegrations: sortIntegrations(removedIntegrations),
    changedDestinations: changedDestinations([...baseInv.values()], [...headInv.values()]),
    headFindings: sortFindings([...head.findings]),
    addedSuppressions: addedSuppressions(base.findings, head.findings, oldPathOf),
    policyChanges: [...changed.policyChanges].sort(),
    changedFiles: changed.files.map((c) => c.path).sort(),
    skipped: dedupe<SkippedFile>(
      [
        ...head.skipped.map((s) => ({ ...s, side: 'head' as const })),
        ...base.skipped.map((s) => ({ ...s, side: 'base' as const })),
      ],
      (s) => `${s.file}\0${s.reason}`,
    ),
    notes: dedupe<FileNote>([...head.notes, ...base.notes], (n) => `${n.file}\0${n.message}`),
  };
}

/**
 * Same service (and category), a destination host that base did not use. Generic clients (requests,
 * sockets...) are not one service, so their hosts are not "changed": each new host is a new integration.
 */
function changedDestinations(base: Integration[], head: Integration[]): Comparison['changedDestinations'] {
  const hosts = (list: Integration[]): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const i of list) {
      if (i.generic) continue;
      const k = JSON.stringify([i.service, i.category]);
      m.set(k, (m.get(k) ?? new Set()).add(i.destination));
    }
    return m;
  };
  const b = hosts(base);
  const h = hosts(head);
  const out: Comparison['changedDestinations'] = [];
  for (const [k, to] of h) {
    const from = b.get(k);
    if (!from || [...to].every((d) => from.has(d))) continue;
    const [service, category] = JSON.parse(k) as [string, Integration['category']];
    out.push({ service, category, from: [...from].sort(), to: [...to].sort() });
  }
  return out.sort((x, y) => (x.service < y.service ? -1 : x.service > y.service ? 1 : 0));
}

/** Suppressed head findings beyond the suppressed occurrences of the same fingerprint at base. */
function addedSuppressions(base: Finding[], head: Finding[], oldPathOf: (p: string) => string): Finding[] {
  return matchFindings(
    base.filter((f) => f.suppressed),
    head.filter((f) => f.suppressed),
    oldPathOf,
  ).added;
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
