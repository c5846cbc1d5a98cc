import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  stableStringify
} from "./chunk-QCM6BQGQ.js";
import {
  compareFindings
} from "./chunk-VIHMPYLN.js";

// src/report/json.ts
function isComparison(x) {
  return "newFindings" in x;
}
var sorted = (fs) => [...fs].sort(compareFindings);
function toJson(result, version) {
  const data = isComparison(result) ? {
    ...result,
    newFindings: sorted(result.newFindings),
    removedFindings: sorted(result.removedFindings),
    headFindings: sorted(result.headFindings),
    addedSuppressions: sorted(result.addedSuppressions)
  } : { ...result, findings: sorted(result.findings) };
  return stableStringify({
    tool: "egress-audit",
    version,
    kind: isComparison(result) ? "comparison" : "scan",
    ...data
  });
}

export {
  toJson
};
