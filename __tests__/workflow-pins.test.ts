// Supply chain of this repository's own workflows, and the versions the docs tell users to copy:
// every third-party action in .github/workflows is pinned to a full commit SHA with a `# vX.Y.Z`
// comment (Dependabot updates both), one SHA per action and version; the README and docs/ name the same
// major version that the workflows run (so a Dependabot major bump fails here until the docs follow).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.cwd();
const WORKFLOWS = join(root, '.github', 'workflows');

interface Use {
  file: string;
  line: number;
  action: string;
  ref: string;
  comment: string;
}

/** `uses:` lines of a YAML text (the parser drops comments, so the version comment is read per line). */
function usesLines(file: string, text: string): Use[] {
  const out: Use[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(?:#\s*(.*))?$/.exec(raw);
    if (!m) return;
    const [action = '', ref = ''] = m[1]!.split('@');
    out.push({ file, line: i + 1, action, ref, comment: (m[2] ?? '').trim() });
  });
  return out;
}

/** Every `uses:` value in a parsed workflow (steps and reusable-workflow jobs). */
function parsedUses(doc: unknown): string[] {
  const jobs = (doc as { jobs?: Record<string, { uses?: string; steps?: { uses?: string }[] }> }).jobs ?? {};
  return Object.values(jobs)
    .flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)])
    .filter((u): u is string => typeof u === 'string');
}

const thirdParty = (u: Use) => !u.action.startsWith('./') && !u.action.startsWith('docker://');
const major = (version: string) => /^v(\d+)/.exec(version)?.[1];

const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const unread: string[] = [];
const workflowUses = workflowFiles.flatMap((f) => {
  const text = readFileSync(join(WORKFLOWS, f), 'utf8');
  const lines = usesLines(`.github/workflows/${f}`, text);
  const read = new Set(lines.map((u) => `${u.action}${u.ref ? `@${u.ref}` : ''}`));
  for (const u of parsedUses(parse(text))) if (!read.has(u)) unread.push(`${f}: ${u}`);
  return lines;
});

test('the workflows use third-party actions, and the line reader sees every `uses:` the YAML holds', () => {
  expect(workflowFiles.length).toBeGreaterThanOrEqual(5);
  expect(workflowUses.filter(thirdParty).length).toBeGreaterThan(10);
  expect(unread).toEqual([]);
});

test('every third-party action in .github/workflows is pinned to a full commit SHA with a version comment', () => {
  const bad = workflowUses
    .filter(thirdParty)
    .filter((u) => !/^[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment))
    .map((u) => `${u.file}:${u.line}: ${u.action}@${u.ref} ${u.comment ? `# ${u.comment}` : '(no version comment)'}`);
  expect(bad).toEqual([]);
});

test('an action is pinned to one SHA and one version across the workflows', () => {
  const seen = new Map<string, Set<string>>();
  for (const u of workflowUses.filter(thirdParty)) {
    const repo = u.action.split('/').slice(0, 2).join('/'); // codeql-action/init and /analyze: one release
    seen.set(repo, (seen.get(repo) ?? new Set()).add(`${u.ref} # ${u.comment}`));
  }
  const split = [...seen].filter(([, pins]) => pins.size > 1).map(([repo, pins]) => `${repo}: ${[...pins].join(', ')}`);
  expect(split).toEqual([]);
});

/** The YAML code blocks of a Markdown file, with their line offsets. */
function yamlBlocks(file: string): Use[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Use[] = [];
  const re = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (const m of text.matchAll(re)) {
    const offset = text.slice(0, m.index).split('\n').length;
    for (const u of usesLines(file, m[1]!)) out.push({ ...u, line: u.line + offset });
  }
  return out;
}

const DOCS = ['README.md', 'docs/examples.md', 'RELEASING.md'];

test('README and docs name the major versions the workflows run, or pin a SHA with its version', () => {
  const workflowMajor = new Map<string, string>();
  for (const u of workflowUses.filter(thirdParty))
    workflowMajor.set(u.action.split('/').slice(0, 2).join('/'), `v${major(u.comment)}`);
  const docUses = DOCS.flatMap(yamlBlocks).filter(thirdParty);
  expect(docUses.length).toBeGreaterThan(5);
  const bad: string[] = [];
  for (const u of docUses) {
    const sha = /^[0-9a-f]{40}$/.test(u.ref);
    const version = sha ? u.comment : u.ref;
    const where = `${u.file}:${u.line}: ${u.action}@${u.ref}`;
    if (sha ? !/^v\d+\.\d+\.\d+$/.test(u.comment) : !/^v\d+$/.test(u.ref)) {
      bad.push(`${where}: use a major tag (@vN) or a full SHA with a '# vX.Y.Z' comment`);
      continue;
    }
    const expected = workflowMajor.get(u.action.split('/').slice(0, 2).join('/'));
    if (expected && `v${major(version)}` !== expected) bad.push(`${where}: the workflows run ${expected}`);
  }
  expect(bad).toEqual([]);
});

test('the docs pin egress-audit itself to one major version', () => {
  const ours = DOCS.flatMap(yamlBlocks).filter((u) => u.action === 'egress-audit/egress-audit');
  expect(ours.length).toBeGreaterThan(3);
  const majors = new Set(ours.map((u) => major(/^[0-9a-f]{40}$/.test(u.ref) ? u.comment : u.ref)));
  expect([...majors]).toEqual(['1']);
});
