// The gate as the front ends use it: compare/gate.ts decides (data), report/gate-message.ts words it.
import { decideGate, decideScanGate, type GateDecision, type GateOptions } from '../compare/gate.js';
import { gateMessage, gateWarning } from '../report/gate-message.js';
import type { Comparison, ScanResult } from '../types.js';

export type { FailOn, GateOptions } from '../compare/gate.js';
export { FAIL_ON_LEVELS } from '../compare/gate.js';

export interface GateResult extends GateDecision {
  /** What fails (or would fail, with warn-only) and how to resolve it; '' when nothing does. */
  message: string;
  /** Notices that do not fail: unanalysed files under the 'warn' policy; '' when none. */
  warning: string;
}

function worded(d: GateDecision): GateResult {
  return { ...d, message: gateMessage(d), warning: gateWarning(d) };
}

/** The gate of a comparison (pull requests, `egress-audit diff`). */
export function evaluateGate(cmp: Comparison, opts: GateOptions): GateResult {
  return worded(decideGate(cmp, opts));
}

/** The gate of a full scan (`egress-audit scan`, the action on the default branch): every finding is new. */
export function evaluateScanGate(result: ScanResult, opts: Omit<GateOptions, 'scope'>): GateResult {
  return worded(decideScanGate(result, opts));
}
