// Full scans keep in the project index only the trees of files some module imports: a file nobody
// imports is freed when the next file begins, unless the index was asked for it meanwhile.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { pythonParser } from '../src/parse/parser.js';
import type { ProjectFiles } from '../src/resolve/modules.js';
import { ModuleMap } from '../src/resolve/modules.js';
import { Project } from '../src/resolve/project.js';
import { ClosureDigests } from '../src/scan/cache-key.js';
import { importedFiles } from '../src/scan/imported.js';
import { sharedKeep } from '../src/scan/parallel.js';
import { scanPaths } from '../src/scan/scan.js';
import { builtinRules } from './helpers/engine.js';

const files: Record<string, string> = {
  'pkg/__init__.py': '',
  'pkg/config.py': 'API = "https://api.example.com"\n',
  'pkg/client.py': 'import requests\nfrom .config import API\n\ndef send(data):\n    requests.post(API, json=data)\n',
  'app.py': 'from pkg.client import send\nimport importlib\nimportlib.import_module("pkg.extra")\nsend({"a": 1})\n',
  'pkg/extra.py': 'X = 1\n',
  'tool.py': 'import requests\nrequests.get("https://other.example.org")\n',
};
const view: ProjectFiles = {
  exists: (p) => p in files || Object.keys(files).some((f) => f.startsWith(`${p}/`)),
  read: (p) => files[p],
};

describe('tree retention in full scans', () => {
  it('lists the files some module imports, with package chains and literal dynamic imports', () => {
    const graph = new ClosureDigests(new ModuleMap(view), (p) => view.read(p));
    expect([...importedFiles(Object.keys(files), graph)].sort()).toEqual([
      'pkg/__init__.py',
      'pkg/client.py',
      'pkg/config.py',
      'pkg/extra.py',
    ]);
  });

  it('frees a file nobody imports when the next file begins, and keeps one the index was asked for', async () => {
    const parser = await pythonParser();
    const project = new Project(view, parser);
    const adopt = (path: string, keep: boolean) => {
      project.beginFile();
      return project.adopt(path, files[path]!, parser.parse(files[path]!, 1e6)!, keep);
    };
    adopt('tool.py', false);
    expect(project.existing('tool.py')).toBeDefined(); // its own analysis still sees it
    project.beginFile();
    expect(project.existing('tool.py')).toBeUndefined();
    const model = adopt('pkg/config.py', false);
    expect(project.load('pkg/config.py')).toBe(model); // asked for: kept with the others
    project.beginFile();
    expect(project.existing('pkg/config.py')).toBe(model);
    adopt('pkg/client.py', true);
    project.beginFile();
    expect(project.existing('pkg/client.py')).toBeDefined();
    project.release();
    expect(project.existing('pkg/config.py')).toBeUndefined();
  });

  it('a lookup refused by the cap on modules per file is not remembered for the next file', async () => {
    const parser = await pythonParser();
    const project = new Project(view, parser, undefined, undefined, 1);
    const api = () => project.link('app.py').lookup('pkg.client.API', 0)?.kind;
    project.beginFile();
    expect(api()).toBe('qualified'); // pkg/client.py is loaded, pkg/config.py one module too many: a name
    expect(project.budget.exhausted).toBe(true); // and the file gets the budget note
    project.beginFile();
    expect(api()).toBe('text'); // pkg/client.py is still loaded: one load is enough now
    project.release();
  });

  it('workers keep every tree until the import graph is in, then only imported files', () => {
    const list = ['a.py', 'b.py'].map((path) => ({ path, abs: path, size: 1 }));
    const buffer = new SharedArrayBuffer(list.length + 1);
    const keep = sharedKeep(list, buffer);
    expect([keep('a.py'), keep('b.py')]).toEqual([true, true]);
    const flags = new Uint8Array(buffer);
    flags[2] = 1; // b.py is imported
    Atomics.store(flags, 0, 1);
    expect([keep('a.py'), keep('b.py'), keep('unlisted.py')]).toEqual([false, true, true]);
  });

  it('still resolves across modules when trees nobody imports are freed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ea-retain-'));
    try {
      mkdirSync(join(dir, 'pkg'));
      for (const [p, t] of Object.entries(files)) writeFileSync(join(dir, p), t);
      const config = defaultConfig();
      const rules = builtinRules(config);
      const r = await scanPaths(['.'], dir, { config, rules });
      expect(r.findings.map((f) => [f.file, f.startLine, f.destination?.host]).sort()).toEqual([
        ['app.py', 4, 'api.example.com'],
        ['pkg/client.py', 5, 'api.example.com'],
        ['tool.py', 2, 'other.example.org'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
