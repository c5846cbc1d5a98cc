// Rules that only a manifest can trigger: package sources, and packages without call patterns (the
// default-on telemetry family). Their examples are manifest lines, their fixtures requirements files.
import type { Rule } from '../types.js';

export function manifestOnly(r: Rule): boolean {
  return (
    r.packageSource !== undefined ||
    (r.packages.length > 0 && ![r.sends, r.inits, r.connects, r.imports, r.clients].some((l) => l.length))
  );
}
