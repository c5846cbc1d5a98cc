// The parser must take every .py file of this machine's Python standard library without throwing;
// files with syntax errors still give a tree (with error nodes).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pythonParser } from '../src/parse/parser.js';

function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).trim();
}

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'site-packages' && e.name !== '__pycache__') pyFiles(p, out);
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('parse the Python standard library', () => {
  it('parses every file without an exception', async () => {
    const parser = await pythonParser();
    const files = pyFiles(stdlibDir());
    expect(files.length).toBeGreaterThan(500);
    let withErrors = 0;
    for (const f of files) {
      const tree = parser.parse(readFileSync(f, 'latin1'));
      expect(tree).not.toBeNull();
      if (tree!.rootNode.hasError) withErrors++;
      tree!.delete();
    }
    // A handful of deliberately broken test inputs (lib2to3 data, bad-coding tests) have error nodes.
    expect(withErrors).toBeLessThan(files.length / 50);
  }, 180_000);
});
