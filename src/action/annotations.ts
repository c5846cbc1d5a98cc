// New findings as file/line annotations, so the pull request's diff shows them without code scanning.
// GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
// (actions/toolkit docs/problem-matchers.md, "Limitations"); later ones are dropped silently. So the
// step's own annotations are counted, the gate's closing messages keep their slots, findings go most
// severe first, and a notice says how many were left out.
import { countedFindings } from '../compare/gate.js';
import { compareByPriority } from '../model/order.js';
import type { GateResult } from '../pipeline/gate.js';
import { plainLine } from '../report/escape.js';
import { annotationCapNote, findingAnnotation } from '../report/wording.js';
import type { Comparison, Finding } from '../types.js';
import type { ActionCore, AnnotationWhere } from './core.js';

/** Annotations of one kind (error, warning, notice) GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;
/** Annotations GitHub shows per job, all steps together. */
export const ANNOTATIONS_PER_JOB = 50;

export interface AnnotationCounts {
  error: number;
  warning: number;
  notice: number;
}

/** Wraps the facade so every annotation the step makes is counted (setFailed is an error annotation). */
export function countingCore(inner: ActionCore): { core: ActionCore; used: AnnotationCounts } {
  const used: AnnotationCounts = { error: 0, warning: 0, notice: 0 };
  const core: ActionCore = {
    getInput: (n) => inner.getInput(n),
    setOutput: (n, v) => inner.setOutput(n, v),
    setFailed: (m) => (used.error++, inner.setFailed(m)),
    error: (m, w) => (used.error++, inner.error(m, w)),
    warning: (m, w) => (used.warning++, inner.warning(m, w)),
    notice: (m, w) => (used.notice++, inner.notice(m, w)),
    info: (m) => inner.info(m),
    debug: (m) => inner.debug(m),
    writeSummary: (md) => inner.writeSummary(md),
  };
  return { core, used };
}

function where(f: Finding, title: string): AnnotationWhere {
  const startLine = Math.max(1, f.startLine);
  const endLine = Math.max(startLine, f.endLine);
  const w: AnnotationWhere = { title, file: f.file, startLine, endLine };
  if (startLine === endLine) {
    w.startColumn = Math.max(1, f.startColumn);
    w.endColumn = Math.max(w.startColumn, f.endColumn);
  }
  return w;
}

/**
 * Annotates the new findings that count (unsuppressed, not approved; denied included): an error when it
 * fails the gate, a warning otherwise (warn-only: all warnings). Call it just before the gate's own
 * messages; their slots (setFailed, the warn-only and unanalysed warnings) are kept free.
 * Returns how many findings were annotated.
 */
export function annotateFindings(
  core: ActionCore,
  used: AnnotationCounts,
  cmp: Comparison,
  gate: GateResult,
): { annotated: number; total: number } {
  const reasons = new Map(gate.failures.map((f) => [f.finding, f.reason]));
  const findings = countedFindings(cmp, gate.allowPrSuppressions).sort(
    (a, b) => Number(reasons.has(b)) - Number(reasons.has(a)) || compareByPriority(a, b),
  );
  let errors = ANNOTATIONS_PER_KIND - used.error - (gate.failed ? 1 : 0);
  let warnings = ANNOTATIONS_PER_KIND - used.warning - (gate.warnOnly ? 1 : 0) - (gate.warning ? 1 : 0);
  let annotated = 0;
  for (const f of findings) {
    const reason = reasons.get(f);
    const { title, text } = findingAnnotation(f, reason);
    const at = where(f, plainLine(title, 200));
    if (reason && gate.failed) {
      if (errors <= 0) continue;
      errors--;
      core.error(plainLine(text), at);
    } else {
      if (warnings <= 0) continue;
      warnings--;
      core.warning(plainLine(text), at);
    }
    annotated++;
  }
  if (annotated < findings.length && used.notice < ANNOTATIONS_PER_KIND)
    core.notice(annotationCapNote(annotated, findings.length, ANNOTATIONS_PER_KIND));
  return { annotated, total: findings.length };
}
