// Fixture annotations (`# ruleid: ID host=H creds=A,B`, `# ok:`, `# todoruleid:`, `# todook:`): reading
// them and checking findings against them. Shared by the rule fixtures and the multi-file project fixtures.
import type { Finding } from '../../src/types.js';

export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  kind: AnnotationKind;
  id: string;
  /** The line the annotation applies to (1-based). */
  line: number;
  /** The annotation's own line (1-based), for messages. */
  at: number;
  /** `host=`: the expected destination host; null for `host=-` (no host); undefined when not stated. */
  host?: string | null;
  /** `creds=`: the expected credentials, sorted; [] for `creds=-`; undefined when not stated. */
  creds?: string[];
}

export interface Annotations {
  annotations: Annotation[];
  /** Malformed annotations, as "file:line: message". */
  problems: string[];
}

/** Placeholders written by scripts/new-rule.mjs. */
export const TODO_MARKER = /\bTODO\b/;
const ANNOTATION = /^\s*#\s*(ruleid|ok|todoruleid|todook):(.*)$/;
const KEYS = new Set(['host', 'creds']);

/**
 * `# KIND: ID[, ID...] [host=HOST|-] [creds=A,B|-]`. An annotation applies to the next line that is not
 * itself an annotation. Keys are only allowed on `ruleid` / `todoruleid` (they describe a finding).
 */
export function readAnnotations(text: string, file = 'fixture.py', knownIds?: Set<string>): Annotations {
  const lines = text.split('\n');
  const out: Annotations = { annotations: [], problems: [] };
  let pending: Omit<Annotation, 'line'>[] = [];
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (m) {
      const kind = m[1] as AnnotationKind;
      const at = i + 1;
      const bad = (msg: string) => out.problems.push(`${file}:${at}: ${msg}`);
      const tokens = m[2]!.trim().split(/\s+/).filter(Boolean);
      const firstKey = tokens.findIndex((t) => t.includes('='));
      const idText = (firstKey < 0 ? tokens : tokens.slice(0, firstKey)).join(' ');
      const ids = idText
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!ids.length) bad(`"# ${kind}:" names no rule id`);
      const keys: { host?: string | null; creds?: string[] } = {};
      for (const t of firstKey < 0 ? [] : tokens.slice(firstKey)) {
        const eq = t.indexOf('=');
        const key = eq < 0 ? t : t.slice(0, eq);
        const value = eq < 0 ? '' : t.slice(eq + 1);
        if (!KEYS.has(key)) {
          bad(`unknown annotation key "${key}" (known: host=, creds=)`);
          continue;
        }
        if (kind === 'ok' || kind === 'todook') {
          bad(`"${key}=" is only allowed on ruleid / todoruleid annotations`);
          continue;
        }
        if (!value) {
          bad(`"${key}=" needs a value ("-" for none)`);
          continue;
        }
        if (key in keys) bad(`"${key}=" given twice`);
        if (key === 'host') keys.host = value === '-' ? null : value;
        else keys.creds = value === '-' ? [] : value.split(',').filter(Boolean).sort();
      }
      for (const id of ids) {
        if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) bad(`"${id}" is not a rule id`);
        else if (knownIds && !knownIds.has(id)) bad(`unknown rule id "${id}"`);
        else pending.push({ kind, id, at, ...keys });
      }
      return;
    }
    for (const p of pending) out.annotations.push({ ...p, line: i + 1 });
    pending = [];
  });
  for (const p of pending) out.problems.push(`${file}:${p.at}: "# ${p.kind}: ${p.id}" is not followed by a line`);
  return out;
}

function describeFinding(f: Finding): string {
  const creds = [...f.credentials].sort();
  return `host=${f.destination.host ?? '-'} creds=${creds.length ? creds.join(',') : '-'}`;
}

/** Does the finding have the host and credentials the annotation states? */
function matchesKeys(f: Finding, a: Annotation): boolean {
  if (a.host !== undefined && (f.destination.host ?? null) !== a.host) return false;
  if (a.creds !== undefined && [...f.credentials].sort().join(',') !== a.creds.join(',')) return false;
  return true;
}

/** Problems of one fixture: every annotation checked against the findings. */
export function checkFixture(
  file: string,
  annotations: Annotation[],
  findings: Finding[],
  familyIds: Set<string>,
  /** The rules that need a positive case in this file (default: all of the family's). */
  positives: Set<string> = familyIds,
): string[] {
  const problems: string[] = [];
  const at = (id: string, line: number) => findings.filter((f) => f.ruleId === id && f.startLine === line);
  const ofKind = (id: string, kind: AnnotationKind) =>
    new Set(annotations.filter((a) => a.id === id && a.kind === kind).map((a) => a.line));
  for (const a of annotations) {
    const got = at(a.id, a.line);
    const where = `${a.id} at ${file}:${a.line}`;
    const keyed = a.host !== undefined || a.creds !== undefined;
    switch (a.kind) {
      case 'ruleid':
        if (!got.length) problems.push(`Missing ${where}`);
        else if (keyed && !got.some((f) => matchesKeys(f, a))) {
          const want = `host=${a.host === undefined ? '*' : (a.host ?? '-')} creds=${a.creds === undefined ? '*' : a.creds.join(',') || '-'}`;
          problems.push(`Wrong ${where}: expected ${want}, got ${got.map(describeFinding).join(' | ')}`);
        }
        break;
      case 'ok':
        if (got.length) problems.push(`Noisy ${where} (marked ok)`);
        break;
      case 'todoruleid':
        if (got.some((f) => matchesKeys(f, a)))
          problems.push(`Promote ${where}: the known gap is fixed, change "# todoruleid:" to "# ruleid:"`);
        break;
      case 'todook':
        if (!got.length)
          problems.push(`Promote ${where}: the known false positive is gone, change "# todook:" to "# ok:"`);
        break;
    }
  }
  // Every reported line of this family's rules must be annotated ruleid (or be a known false positive).
  for (const id of familyIds) {
    const want = ofKind(id, 'ruleid');
    if (!want.size && positives.has(id)) problems.push(`${file}: rule ${id} has no "# ruleid:" positive case`);
    const tolerated = ofKind(id, 'todook');
    const lines = new Set(findings.filter((f) => f.ruleId === id).map((f) => f.startLine));
    for (const l of [...lines].sort((x, y) => x - y)) {
      if (!want.has(l) && !tolerated.has(l) && !ofKind(id, 'ok').has(l)) problems.push(`Noisy ${id} at ${file}:${l}`);
    }
  }
  return problems;
}
