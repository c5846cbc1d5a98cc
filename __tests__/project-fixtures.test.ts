// Multi-file fixtures: each folder under rules/projects/ is a small project scanned as a whole (names
// imported across its modules resolve there). Its `# ruleid:` / `# ok:` annotations (with `host=`) are
// checked like the rule fixtures', across every file of the project.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { scanPaths } from '../src/scan/scan.js';
import { checkFixture, readAnnotations } from './helpers/annotations.js';
import { builtinRules } from './helpers/engine.js';

const base = 'rules/projects';
const projects = readdirSync(base).filter((d) => statSync(join(base, d)).isDirectory());

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...pythonFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

describe.each(projects)('project fixture %s', (name) => {
  const root = join(base, name);
  it('reports every annotated site, with its host, and nothing marked ok', async () => {
    const rules = builtinRules();
    const ids = new Set(rules.byId.keys());
    const result = await scanPaths(['.'], root, { config: defaultConfig(), rules });
    expect(result.skipped).toEqual([]);
    const problems: string[] = [];
    let annotated = 0;
    for (const abs of pythonFiles(root)) {
      const file = relative(root, abs).split('\\').join('/');
      const { annotations, problems: bad } = readAnnotations(readFileSync(abs, 'utf8'), file, ids);
      problems.push(...bad);
      annotated += annotations.length;
      const mine = result.findings.filter((f) => f.file === file);
      // Every rule reported in the file, or annotated there, must match its annotations exactly.
      const used = new Set([...mine.map((f) => f.ruleId), ...annotations.map((a) => a.id)]);
      problems.push(...checkFixture(file, annotations, mine, used));
    }
    expect(annotated).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
