// Jest transformer for the TypeScript sources and tests: esbuild strips the types, file by file, to ESM.
// Why not ts-jest: it loads the TypeScript compiler in each worker and transpiles every file with it, which
// on a cold cache (a fresh clone: its cache keys include the file's path) cost seconds of CPU per worker.
// Type checking is `npm run typecheck`'s job either way: with `isolatedModules` ts-jest only transpiled too.
// esbuild is already the bundler (scripts/build.mjs), so the tests and dist/ read the sources the same way.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync, version } from 'esbuild';

const tsconfig = readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8');
const tsconfigRaw = JSON.parse(tsconfig);
const SELF = readFileSync(new URL(import.meta.url), 'utf8') + tsconfig;

/**
 * ES2022 as tsconfig.json says (class fields with define semantics, as tsc emits them), keeping import
 * attributes (`with { type: 'json' }`), which Node 20 reads and which esbuild would otherwise drop.
 */
function options(filename) {
  return {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    supported: { 'import-attributes': true },
    platform: 'node',
    sourcefile: filename,
    // Stack traces and `npm run coverage` map back to the .ts lines.
    sourcemap: 'external',
    sourcesContent: true,
    tsconfigRaw,
  };
}

export default {
  canInstrument: false,
  getCacheKey(source, filename) {
    // This file (the options), esbuild's version, the path (the source map names it) and the source.
    return createHash('sha256').update([SELF, version, filename, source].join('\0')).digest('hex');
  },
  process(source, filename) {
    const { code, map } = transformSync(source, options(filename));
    return { code, map };
  },
};
