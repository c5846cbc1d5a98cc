// Writes rules/schema.json from its one source, src/rules/schema.ts (TypeBox), for editors and other
// tools; the loader validates with the TypeScript object itself. Also writes the JSON report contract,
// docs/json-report.schema.json, from src/report/json-schema.ts. `npm run docs` runs this;
// `npm run build` writes dist/rules/schema.json from the source directly.
//
//   node scripts/gen-schema.mjs           write rules/schema.json and docs/json-report.schema.json
//   node scripts/gen-schema.mjs --check   exit 1 when either is stale
//
// The TypeScript is bundled on the fly with esbuild (a dev dependency), so this works without a build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = join(ROOT, 'rules', 'schema.json');
export const JSON_REPORT_SCHEMA_FILE = join(ROOT, 'docs', 'json-report.schema.json');

/** The exports of a module written as `code` (TypeScript importing from src/), bundled and imported. */
export async function importSource(code) {
  const out = await build({
    stdin: { contents: code, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    // The rule loader finds rules/ relative to its own module, as in the repository.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'src', 'rules', 'load.ts')).href) },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'egress-gen-schema-'));
  try {
    const file = join(dir, 'entry.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `text` to `file` when it differs (unless `check`); returns whether it was stale. */
function refresh(file, text, check) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (old !== text && !check) writeFileSync(file, text);
  return old !== text;
}

/** Writes rules/schema.json when it differs; returns whether it was stale. */
export async function writeRuleSchema({ check = false } = {}) {
  const { ruleSchemaText } = await importSource("export { ruleSchemaText } from './src/rules/schema.ts';");
  return refresh(SCHEMA_FILE, ruleSchemaText(), check);
}

/** Writes docs/json-report.schema.json when it differs; returns whether it was stale. */
export async function writeJsonReportSchema({ check = false } = {}) {
  const { jsonSchemaText } = await importSource("export { jsonSchemaText } from './src/report/json-schema.ts';");
  return refresh(JSON_REPORT_SCHEMA_FILE, jsonSchemaText(), check);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  if (await writeRuleSchema({ check })) stale.push('rules/schema.json');
  if (await writeJsonReportSchema({ check })) stale.push('docs/json-report.schema.json');
  if (stale.length && check) {
    console.error(`${stale.join(', ')} stale: run \`npm run docs\` (or \`node scripts/gen-schema.mjs\`)`);
    process.exit(1);
  }
  for (const f of stale) console.log(`wrote ${f}`);
}
