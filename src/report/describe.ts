// Compatibility re-exports: the wording lives in ./wording.ts, the order in ../model/order.ts and the
// risk counts in ../model/taxonomy.ts.
export { destinationText, findingMessage, findingMessage as describeFinding, findingStatus } from './wording.js';
export { compareByPriority, compareFindings } from '../model/order.js';
export { countByRisk } from '../model/taxonomy.js';
