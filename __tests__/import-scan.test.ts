// The textual import scan: which project files a module's import statements name. It tries the
// statement pattern only at lines that contain "import"; it must find what a scan of every line finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedPaths, statementPaths } from '../src/resolve/import-scan.js';
import type { ProjectFiles } from '../src/resolve/modules.js';
import { ModuleMap } from '../src/resolve/modules.js';
import { withinBudget } from './helpers/budget.js';

const layout = [
  'app.py',
  'pkg/__init__.py',
  'pkg/a.py',
  'pkg/b.py',
  'pkg/sub/__init__.py',
  'pkg/sub/c.py',
  'tools/__init__.py',
  'tools/x.py',
  ...Array.from({ length: 40 }, (_, i) => `libs/l${i}/src/m${i}/__init__.py`),
];
const set = new Set(layout);
const dirs = new Set(
  layout.flatMap((p) =>
    p
      .split('/')
      .slice(0, -1)
      .map((_, i, a) => a.slice(0, i + 1).join('/')),
  ),
);
const view: ProjectFiles = {
  exists: (p) => set.has(p) || dirs.has(p),
  read: () => undefined,
  roots: Array.from({ length: 40 }, (_, i) => `libs/l${i}/src`),
};

/** The scan of every line (what the engine did before it looked only at lines with "import"). */
function everyLine(text: string, from: string, map: ModuleMap): string[] {
  const re = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]*))/gm;
  const out = new Set<string>();
  const add = (m?: string) => {
    const p = m ? map.pathOf(m, from) : undefined;
    if (p) out.add(p);
  };
  for (const m of text.matchAll(re)) {
    if (m[3] !== undefined) {
      for (const part of m[3].split(',')) add(/^\s*([\w.]+)/.exec(part)?.[1]);
      continue;
    }
    const level = /^\.*/.exec(m[1]!)![0].length;
    const dotted = m[1]!.slice(level);
    const base = level ? map.absolute(from, level, dotted) : dotted;
    if (level && base === undefined && dotted) continue;
    if (base) add(base);
    for (const part of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
      const name = /^\s*(\w+)/.exec(part)?.[1];
      if (!name || name === '*') continue;
      if (base) add(`${base}.${name}`);
      else if (level) add(map.absolute(from, level, name));
    }
  }
  return [...out];
}

const tricky = [
  'import pkg.a, pkg.b as bee  # pkg.sub.c is not imported here',
  'from pkg import (a,',
  '    b)',
  'from .sub import c',
  'import importlib; x = importlib',
  '    import tools.x',
  's = "from pkg.sub import c"',
  'from m3 import thing',
  'from pkg import *',
  'importance = 1  # import pkg.b',
].join('\n');

describe('import scan', () => {
  it('names the project files of import statements', () => {
    const map = new ModuleMap(view);
    expect(statementPaths(tricky, 'pkg/mod.py', map).sort()).toEqual([
      'libs/l3/src/m3/__init__.py',
      'pkg/__init__.py',
      'pkg/a.py',
      'pkg/b.py',
      'pkg/sub/__init__.py',
      'pkg/sub/c.py',
      'tools/x.py',
    ]);
  });

  // The resolver reads these too: a file that names them only as attributes depends on them (the
  // prefilter's import graph and the cache key both follow importedPaths).
  it('adds the packages import statements bind, and their submodules read as attributes', () => {
    const map = new ModuleMap(view);
    const text = [
      'import tools',
      'import pkg.a as alias',
      'from pkg import sub as s',
      'tools . x.run()',
      's.c.send()',
      'alias.sub.c',
      'pkg.b',
      'other.tools.x',
    ].join('\n');
    expect(importedPaths(text, 'app.py', map).sort()).toEqual([
      'pkg/__init__.py', // the package of pkg.a, and of pkg.sub
      'pkg/a.py',
      'pkg/sub/__init__.py',
      'pkg/sub/c.py', // s.c: sub is bound to the package pkg.sub
      'tools/__init__.py',
      'tools/x.py', // tools . x: blanks around the dot are allowed
    ]);
    // pkg.b is not read: `pkg` is not bound here (only pkg.a, as `alias`, a module and no package).
    expect(importedPaths('import tools.x\npkg.b\n', 'app.py', map).sort()).toEqual(['tools/__init__.py', 'tools/x.py']);
  });

  it('finds what a scan of every line finds, on every rule fixture and on the tricky text', () => {
    const map = new ModuleMap(view);
    const texts = [
      tricky,
      ...readdirSync('rules')
        .filter((f) => f.endsWith('.py'))
        .map((f) => readFileSync(join('rules', f), 'utf8')),
    ];
    // Fixtures import few project modules: name theirs as if they were (each import line's first name).
    const local = new ModuleMap({
      ...view,
      exists: (p) => view.exists(p) || /^[a-z_]+(\.py|\/__init__\.py)?$/.test(p),
    });
    for (const t of texts) {
      for (const m of [map, local])
        expect(statementPaths(t, 'pkg/mod.py', m).sort()).toEqual(everyLine(t, 'pkg/mod.py', m).sort());
    }
  });

  it('agrees with the every-line scan where a name list closes late or never', () => {
    const map = new ModuleMap(view);
    for (const t of [
      'from pkg import (a,\nfrom pkg import (b,\n  c)\nimport tools.x\n',
      'from pkg import (a\nfrom pkg import (b\n',
      'from pkg import (a  # )\n)\nfrom pkg.sub import (c)\n',
      'x = 1; import pkg.a\nfrom . import (a, b)',
    ])
      expect(statementPaths(t, 'pkg/mod.py', map).sort()).toEqual(everyLine(t, 'pkg/mod.py', map).sort());
  });

  it('stays linear on 100,000 attribute chains of bound packages', () => {
    const text = `import tools, pkg\n${'tools.x.y.z . w(pkg.sub.c.d)\n'.repeat(100_000)}`;
    withinBudget(5_000, () =>
      expect(importedPaths(text, 'app.py', new ModuleMap(view)).sort()).toEqual([
        'pkg/__init__.py',
        'pkg/sub/__init__.py',
        'pkg/sub/c.py',
        'tools/__init__.py',
        'tools/x.py',
      ]),
    );
  });

  // Both inputs cost minutes of rescans before (each unclosed list searched the rest of the text for ")",
  // each "import" looked back to its line start). Now at most 0.7 s of CPU in a jest worker, under load.
  it.each([
    ['50,000 unclosed name lists', 'from a import (\n'.repeat(50_000)],
    ['one line of 200,000 "import" words', '__import__ '.repeat(200_000)],
  ])('stays linear: %s', (_name, text) =>
    withinBudget(5_000, () => expect(importedPaths(text, 'pkg/mod.py', new ModuleMap(view))).toEqual([])),
  );
});
