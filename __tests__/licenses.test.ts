// scripts/licenses.mjs, which writes dist/licenses.txt at build: package folders from esbuild's metafile
// (nested copies included), notices sorted by name then version, and a build failure for a bundled
// package that ships no licence, so none can slip into dist/ without its notice.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/git-repo.js';
// @ts-expect-error: a plain JavaScript build script, no type declarations
import { bundledPackageDirs, licenseNotices } from '../scripts/licenses.mjs';

const root = tempDir('egress-licenses-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakePackage(dir: string, manifest: object, files: Record<string, string>): string {
  const abs = join(root, dir);
  mkdirSync(abs, { recursive: true });
  writeFileSync(join(abs, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(abs, name), text);
  return abs;
}

test('package folders come from the metafile inputs, scoped and nested ones included, once each', () => {
  const dirs = (bundledPackageDirs as (m: object) => string[])({
    inputs: {
      'src/cli/main.ts': {},
      'node_modules/yaml/dist/index.js': {},
      'node_modules/yaml/dist/parse.js': {},
      'node_modules/@actions/github/lib/github.js': {},
      'node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js': {},
    },
  });
  expect(dirs.sort()).toEqual([
    'node_modules/@actions/github',
    'node_modules/@actions/github/node_modules/@actions/http-client',
    'node_modules/yaml',
  ]);
});

test('notices list each package and version once, sorted by name then version, with its licence text', () => {
  const b2 = fakePackage('b2', { name: 'beta', version: '10.0.0', license: 'MIT' }, { LICENSE: 'beta ten' });
  const b1 = fakePackage('b1', { name: 'beta', version: '9.1.0', license: 'MIT' }, { 'LICENSE.md': 'beta nine' });
  const a = fakePackage('a', { name: 'alpha', version: '1.0.0', license: 'ISC' }, { LICENSE: 'alpha\r\ntext\n' });
  const again = fakePackage('a-copy', { name: 'alpha', version: '1.0.0', license: 'ISC' }, { LICENSE: 'alpha' });
  const text = (licenseNotices as (d: string[]) => string)([b2, b1, a, again]);
  const index = text.split('\n').filter((l) => /^\S+@\S+ \(/.test(l));
  expect(index).toEqual(['alpha@1.0.0 (ISC)', 'beta@9.1.0 (MIT)', 'beta@10.0.0 (MIT)']);
  expect(text).toContain('alpha\ntext');
  expect(text.indexOf('beta nine')).toBeLessThan(text.indexOf('beta ten'));
});

test('a bundled package without a licence file or licence field fails the build, naming it', () => {
  const bare = fakePackage('bare', { name: 'no-notice', version: '1.0.0', license: 'MIT' }, { 'README.md': 'hi' });
  expect(() => (licenseNotices as (d: string[]) => string)([bare])).toThrow(/no-notice has no licence file/);
  const unnamed = fakePackage('unnamed', { name: 'no-field', version: '1.0.0' }, { LICENSE: 'text' });
  expect(() => (licenseNotices as (d: string[]) => string)([unnamed])).toThrow(/no-field has no "license" field/);
});
