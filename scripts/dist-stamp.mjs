// The record that dist/ was built from the current sources: content hashes of the build's inputs and of
// dist/ itself, kept under node_modules/.cache. scripts/build.mjs writes it after a build; the jest
// global setup (__tests__/setup/build-dist.mjs) rebuilds dist/ only when it does not match, so `npm test`
// (which builds first) does not build twice. Content hashes, not mtimes: a clone or checkout gives every
// file a new mtime, including a committed dist/ that no longer matches src/.
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

const stampFile = (root) => join(root, 'node_modules', '.cache', 'egress-audit', 'dist-stamp.json');

/** Whether dist/ is the build of the current inputs, as last recorded. */
export function distIsCurrent(root) {
  if (!existsSync(join(root, 'dist', 'index.js'))) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile(root), 'utf8'));
  } catch {
    return false; // no stamp yet: build once
  }
  return stamp.inputs === treeHash(root, INPUTS) && stamp.dist === treeHash(root, ['dist']);
}

/** Record that dist/ was just built from the current inputs. */
export function writeDistStamp(root) {
  const file = stampFile(root);
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed over: node_modules may be a hard-linked copy shared by several checkouts,
  // and writing through the link would hand every other checkout this one's stamp (a rebuild each run).
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ inputs: treeHash(root, INPUTS), dist: treeHash(root, ['dist']) }));
  renameSync(tmp, file);
}
