// Bundles the action and the CLI into dist/ with the two .wasm files and the rule data, so dist/
// runs with no node_modules. Deterministic: same sources -> byte-identical output.
import { build } from 'esbuild';
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
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
  // Shared code in chunks: `--version` and `--help` load only the small CLI entry.
  splitting: true,
  chunkNames: 'chunk-[hash]',
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
// Performance (docs/performance.md): the built-in rules parsed and validated once here, keyed by the
// SHA-256 of each file; src/rules/load.ts uses an entry only when the file's hash matches.
{
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join('rules', 'schema.json'), 'utf8')));
  const files = {};
  for (const f of readdirSync('rules').sort()) {
    if (!f.endsWith('.yml')) continue;
    const text = readFileSync(join('rules', f), 'utf8');
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) continue;
    const data = doc.toJS({ maxAliasCount: 50 });
    if (validate(data)) files[f] = { sha256: createHash('sha256').update(text).digest('hex'), data };
  }
  writeFileSync(join(out, 'rules', 'compiled.json'), JSON.stringify({ version: 1, files }));
}

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
