// TypeBox as one file for the test workers. Its ESM build is 266 files, and jest links each of them anew for
// every suite that imports src/config or src/rules (most do): ~0.2 s of CPU per suite, against ~0.01 s for
// one bundled file of the same code. jest.config.js maps `@sinclair/typebox` here; src/ imports only the
// package root (a subpath such as `@sinclair/typebox/value` would load a second copy with its own registries:
// add it to this bundle first). Rebuilt at every jest start (~0.1 s), so it is never older than node_modules.
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const TEST_DEPS_DIR = join('node_modules', '.cache', 'egress-audit', 'test-deps');

export function bundleTestDeps(root) {
  const dir = join(root, TEST_DEPS_DIR);
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'typebox.mjs');
  // Written beside and renamed over: node_modules may be a hard-linked copy shared by several checkouts.
  const tmp = `${out}.${process.pid}`;
  buildSync({
    entryPoints: ['@sinclair/typebox'],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['import'],
    outfile: tmp,
    logLevel: 'error',
  });
  renameSync(tmp, out);
}
