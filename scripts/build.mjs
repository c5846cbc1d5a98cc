// Bundles the action and the CLI into dist/ with the two .wasm files and the rule data, so dist/
// runs with no node_modules. Deterministic: same sources -> byte-identical output.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// Build next to dist/ and swap at the end, so a concurrent reader never sees a half-written dist/.
const out = `dist.tmp-${process.pid}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'rules'), { recursive: true });

await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/main.ts', worker: 'src/scan/worker.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

function packageFile(pkg, file) {
  let dir = dirname(require.resolve(pkg));
  while (!readdirSync(dir).includes(file)) dir = dirname(dir);
  return join(dir, file);
}
copyFileSync(packageFile('web-tree-sitter', 'web-tree-sitter.wasm'), join(out, 'web-tree-sitter.wasm'));
copyFileSync(packageFile('tree-sitter-python', 'tree-sitter-python.wasm'), join(out, 'tree-sitter-python.wasm'));
for (const f of readdirSync('rules').sort()) {
  if (f.endsWith('.yml') || f === 'schema.json') copyFileSync(join('rules', f), join(out, 'rules', f));
}

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
