// Jest global setup: about ten suites run the bundle (dist/), so `npm run jest` alone must not test a
// stale one. dist/ is rebuilt unless both its build inputs and dist/ itself hash as they did after the
// last build (scripts/dist-stamp.mjs; `npm run build` records it too, so `npm test` builds once).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { distIsCurrent, writeDistStamp } from '../../scripts/dist-stamp.mjs';

/** Read by __tests__/helpers/dist.ts in the test workers (started after this setup, with its env). */
export const DIST_ERROR = 'EGRESS_AUDIT_DIST_BUILD_ERROR';

/**
 * Read by src/rules/load.ts: the built-in rules' pre-validated data. The suites run src/ against rules/,
 * which has no compiled.json; dist/rules/compiled.json is the build's validation of those same files (each
 * entry used only while its file's SHA-256 matches), so no suite parses and validates the rule YAML
 * (~1 s of CPU each). Set only when dist/ is known to be built from the current sources.
 */
export const COMPILED_RULES = 'EGRESS_AUDIT_COMPILED_RULES';

export default function buildDist(globalConfig) {
  const root = globalConfig.rootDir;
  const compiled = join(root, 'dist', 'rules', 'compiled.json');
  if (distIsCurrent(root)) {
    process.env[COMPILED_RULES] = compiled;
    return;
  }
  const started = Date.now();
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  } catch (err) {
    // The suites that do not run the bundle still run; those that do fail with this reason
    // (__tests__/helpers/dist.ts). The build swaps dist/ only on success, so the old one is intact.
    process.env[DIST_ERROR] = `dist/ is stale and rebuilding it failed: ${err.message}`;
    console.error(`\njest global setup: ${process.env[DIST_ERROR]}`);
    return;
  }
  writeDistStamp(root);
  process.env[COMPILED_RULES] = compiled;
  console.log(`\njest global setup: dist/ rebuilt from src/ and rules/ (${Date.now() - started} ms)`);
}
