// Jest global setup: about ten suites run the bundle (dist/), so `npm run jest` alone must not test a
// stale one. dist/ is rebuilt unless both its build inputs and dist/ itself hash as they did after the
// last build seen here. Content hashes, not mtimes: a clone or checkout gives every file a new mtime,
// including a committed dist/ that no longer matches src/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * What scripts/build.mjs reads: sources, rule data, the build scripts, package.json (its version is
 * inlined), the locked dependencies (their licence notices go to dist/licenses.txt).
 */
const INPUTS = [
  'src',
  'rules',
  'scripts/build.mjs',
  'scripts/gen-schema.mjs',
  'scripts/licenses.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** Read by __tests__/helpers/dist.ts in the test workers (started after this setup, with its env). */
export const DIST_ERROR = 'EGRESS_AUDIT_DIST_BUILD_ERROR';

/**
 * Read by src/rules/load.ts: the built-in rules' pre-validated data. The suites run src/ against rules/,
 * which has no compiled.json; dist/rules/compiled.json is the build's validation of those same files (each
 * entry used only while its file's SHA-256 matches), so no suite parses and validates the rule YAML
 * (~1 s of CPU each). Set only when dist/ is known to be built from the current sources.
 */
export const COMPILED_RULES = 'EGRESS_AUDIT_COMPILED_RULES';

function treeHash(root, paths) {
  const h = createHash('sha256');
  const visit = (abs) => {
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(join(abs, name));
      return;
    }
    h.update(relative(root, abs)).update('\0').update(readFileSync(abs)).update('\0');
  };
  for (const p of paths) visit(join(root, p));
  return h.digest('hex');
}

export default function buildDist(globalConfig) {
  const root = globalConfig.rootDir;
  const stampFile = join(root, 'node_modules', '.cache', 'egress-audit', 'dist-stamp.json');
  const inputs = treeHash(root, INPUTS);
  const dist = existsSync(join(root, 'dist', 'index.js')) ? treeHash(root, ['dist']) : '';
  let stamp = {};
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    // No stamp yet: build once.
  }
  const compiled = join(root, 'dist', 'rules', 'compiled.json');
  if (dist && stamp.inputs === inputs && stamp.dist === dist) {
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
  mkdirSync(dirname(stampFile), { recursive: true });
  // Written beside and renamed over: node_modules may be a hard-linked copy shared by several checkouts,
  // and writing through the link would hand every other checkout this one's stamp (a rebuild each run).
  const tmp = `${stampFile}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ inputs, dist: treeHash(root, ['dist']) }));
  renameSync(tmp, stampFile);
  process.env[COMPILED_RULES] = compiled;
  console.log(`\njest global setup: dist/ rebuilt from src/ and rules/ (${Date.now() - started} ms)`);
}
