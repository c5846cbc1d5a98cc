// .pre-commit-hooks.yaml: pre-commit runs `entry args FILE...` from the installed npm package, so the
// entry must be the package's binary, and with the hook's default args a staged file with a high-risk
// call fails the commit while a clean one passes.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { freshDist } from './helpers/dist.js';
import { tempDir } from './helpers/git-repo.js';

interface Hook {
  id: string;
  entry: string;
  args?: string[];
  language: string;
  types?: string[];
}

const root = process.cwd();
const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'egress-audit')!;
const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

function runHook(files: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const dir = tempDir('egress-pre-commit-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const [cmd, ...entryArgs] = hook.entry.split(' ');
  const script = join(freshDist(), '..', bin[cmd!]!);
  const r = spawnSync(process.execPath, [script, ...entryArgs, ...(hook.args ?? []), ...Object.keys(files)], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the hook is a node hook on Python files whose entry is the package binary', () => {
  expect(hook).toMatchObject({ language: 'node', types: ['python'] });
  expect(Object.keys(bin)).toContain(hook.entry.split(' ')[0]);
});

test('a staged file posting to a Slack webhook fails the hook, naming the line', () => {
  const r = runHook({
    'notify.py':
      'import requests\n\n\ndef alert(msg):\n    requests.post("https://hooks.slack.com/services/T0/B0/x", json={"text": msg})\n',
    'clean.py': 'def add(a, b):\n    return a + b\n',
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/^notify\.py:5:\d+\s+HIGH\s+communication\s+Slack/m);
});

test('files with no finding at or above the default threshold pass', () => {
  const r = runHook({ 'clean.py': 'def add(a, b):\n    return a + b\n' });
  expect([r.status, r.stderr]).toEqual([0, '']);
});
