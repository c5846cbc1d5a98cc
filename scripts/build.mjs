// Bundles the action and the CLI into dist/ with the two .wasm files, the rule data and the third-party
// licence notices, so dist/ runs with no node_modules (the npm package has no runtime dependencies).
// Deterministic: same sources -> byte-identical output.
//
// No source maps: the bundle is not minified and keeps esbuild's `// src/...` and `// node_modules/...`
// section comments, so a stack trace already names readable functions, while maps would roughly double
// dist/ (committed, and shipped in the package) and be used only under --enable-source-maps.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importSource } from './gen-schema.mjs';
import { bundledPackageDirs, licenseNotices, packageDirOf } from './licenses.mjs';
import { writeDistStamp } from './dist-stamp.mjs';

const require = createRequire(import.meta.url);
// Build next to dist/ and swap at the end, so a concurrent reader never sees a half-written dist/.
const out = `dist.tmp-${process.pid}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'rules'), { recursive: true });

const { metafile } = await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/main.ts', worker: 'src/scan/worker.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Shared code in chunks: `--version` and `--help` load only the small CLI entry.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Which packages were bundled, for dist/licenses.txt.
  metafile: true,
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
// The notices of every bundled package and of the two whose .wasm files are copied.
const copiedFrom = ['web-tree-sitter', 'tree-sitter-python'].map((p) => packageDirOf(p, require.resolve(p)));
writeFileSync(join(out, 'licenses.txt'), licenseNotices([...bundledPackageDirs(metafile), ...copiedFrom]));
for (const f of readdirSync('rules').sort()) {
  if (f.endsWith('.yml')) copyFileSync(join('rules', f), join(out, 'rules', f));
}
// Performance (docs/performance.md): the built-in rules parsed and validated once here, by the loader's
// own validation, keyed by the SHA-256 of each file; src/rules/load.ts uses an entry only when the file's
// hash matches. One entry per line (src/rules/compiled.ts), so rule pull requests rarely conflict on it.
{
  const { validateRuleFile, compiledText, sha256, ruleSchemaText } = await importSource(
    [
      "export { validateRuleFile } from './src/rules/load.ts';",
      "export { compiledText, sha256 } from './src/rules/compiled.ts';",
      "export { ruleSchemaText } from './src/rules/schema.ts';",
    ].join('\n'),
  );
  // From the source, not from rules/schema.json: a stale committed copy is the test's to report
  // (__tests__/schema-generated.test.ts); `npm run docs` rewrites it.
  writeFileSync(join(out, 'rules', 'schema.json'), ruleSchemaText());
  const files = new Map();
  for (const f of readdirSync('rules').sort()) {
    if (!f.endsWith('.yml')) continue;
    const text = readFileSync(join('rules', f), 'utf8');
    const r = validateRuleFile(text, join('rules', f));
    if (r.ok) files.set(f, { sha256: sha256(text), data: r.value });
  }
  writeFileSync(join(out, 'rules', 'compiled.json'), compiledText(files));
}

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
// The jest global setup then knows this dist/ is current and does not build it again.
writeDistStamp(process.cwd());
