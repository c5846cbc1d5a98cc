// Generates the rule reference from rules/*.yml: one page per rule (docs/rules/<rule-id>.md) and an
// index grouped by category (docs/rules/README.md). Deterministic: sorted, no dates, "\n" line ends.
//
//   node scripts/gen-docs.mjs              write docs/rules/ (removes pages of rules that no longer exist)
//   node scripts/gen-docs.mjs --out DIR    write into DIR instead (used by __tests__/docs.test.ts)
//
// The rules are read by the project's own loader (src/rules/load.ts: schema validation, defaults,
// duplicate ids), and categories and severities come from src/types.ts and src/report/sarif.ts. The
// TypeScript is bundled on the fly with esbuild (a dev dependency) into a temporary module, so this works
// on a fresh clone after `npm ci`, without a build and without depending on dist/'s chunk names.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeJsonReportSchema, writeRuleSchema } from './gen-schema.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULES_DIR = join(ROOT, 'rules');

/** The loader and the shared constants, bundled from src/ and imported from a temporary file. */
async function loadProject() {
  const entry = [
    "export { loadRuleSet } from './src/rules/load.ts';",
    "export { defaultConfig } from './src/config/load.ts';",
    "export { formatProblem } from './src/result.ts';",
    "export { CATEGORIES, CATEGORY_DEFAULT_RISK, CATEGORY_TITLES } from './src/types.ts';",
    "export { SEVERITY } from './src/report/sarif.ts';",
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'gen-docs-entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    // The loader finds rules/ (and rules/schema.json) relative to its own module, as in the repository.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'src', 'rules', 'load.ts')).href) },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'egress-gen-docs-'));
  try {
    const file = join(dir, 'project.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const project = await loadProject();
const { CATEGORIES, CATEGORY_DEFAULT_RISK, CATEGORY_TITLES, SEVERITY } = project;
const RISK_ORDER = ['low', 'medium', 'high', 'critical'];

// Condition keys as written in rule files: the loader camel-cases them (src/rules/schema.ts, CamelKeys).
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const WHEN_TEXT = {
  'command-in': (v) => `the command runs one of ${codeList(v)} at a command position (parsed like a shell)`,
  commands: (v) =>
    [
      'the command runs a program that sends (parsed like a shell; the destination is read from its arguments):',
      ...v.map((t) => `  - ${commandToolText(t)}`),
    ].join('\n'),
  'command-at': (v) =>
    [
      'the command is read from these arguments (else the first positional argument, `args=` or `cmd=`):',
      ...v.map((a) => `  - ${commandAtText(a)}`),
    ].join('\n'),
  'arg-dynamic': (v) => `positional argument ${v} is not a constant (built from data)`,
  'arg-in': (v) => `the first positional argument, when constant, is one of ${codeList(v)}`,
  'arg-name-in': (v) => `some argument resolves to ${codeList(v)}`,
  'scheme-in': (v) => `the destination URL scheme is one of ${codeList(v)}`,
  'arg-network': (v) => `positional argument ${v} contains a network send (directly or through a local name)`,
};

/** One `commands` entry as a sentence: program, subcommands, where the destination comes from. */
function commandToolText(t) {
  const parts = [codeList(t.tools)];
  if (t.subcommands) parts.push(`with ${codeList(t.subcommands)}`);
  if (t['requires-flags']) parts.push(`given one of ${codeList(t['requires-flags'])}`);
  if (t['ignore-flags']) parts.push(`(not with ${codeList(t['ignore-flags'])})`);
  const from = [];
  for (const [flag, template] of Object.entries(t['flag-hosts'] ?? {})) from.push(`${code(flag)} as ${code(template)}`);
  if (t['host-flags']) from.push(`the value of ${codeList(t['host-flags'])}`);
  const how = {
    url: 'the first URL, `user@host:path` or dotted host among the operands',
    'url-only': 'the first URL or `user@host:path` among the operands',
    operand: `operand ${t.operand ?? 0} (\`[user@]host[:port]\`)`,
    image: `the registry of the image in operand ${t.operand ?? 0}`,
    address: `a ${codeList(t['address-types'] ?? [])} address`,
    none: undefined,
  }[t.host ?? 'url'];
  if (how) from.push(how);
  if (t['default-host']) from.push(code(t['default-host']));
  const needs = t['needs-host'] ? '; only when a destination is found' : '';
  return `${parts.join(' ')}: destination ${from.join(', else ') || 'unknown'}${needs}`;
}

function commandAtText(a) {
  const where = [];
  if (a.program !== undefined) where.push(`program: positional argument ${a.program}`);
  if (a.argv !== undefined) where.push(`argv: positional argument ${a.argv}`);
  if (a['args-from'] !== undefined) where.push(`argv: positional arguments from ${a['args-from']} on`);
  return `${codeList(a.calls)}: ${where.join(', ')}`;
}

function byText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function code(s) {
  const text = String(s);
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function codeList(v) {
  return (Array.isArray(v) ? v : [v]).map(code).join(', ');
}

/** Text for a table cell: one line, pipes escaped. */
function cell(s) {
  return String(s).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Paragraph text from YAML (folded or plain): trimmed, single spaces inside lines kept. */
function para(s) {
  return String(s ?? '').trim();
}

function cweLinks(cwe) {
  return cwe.map((n) => `[CWE-${n}](https://cwe.mitre.org/data/definitions/${n}.html)`).join(', ');
}

function hostArgText({ name, position }) {
  if (name && position !== undefined) return `keyword ${code(name)} or positional argument ${position}`;
  if (name) return `keyword ${code(name)}`;
  return `positional argument ${position}`;
}

function loadRules() {
  const loaded = project.loadRuleSet(project.defaultConfig(), ROOT);
  if (!loaded.ok) throw new Error(loaded.problems.map(project.formatProblem).join('\n'));
  const fixtures = new Set(readdirSync(RULES_DIR));
  const rules = loaded.value.rules.map((r) => {
    const when = {};
    for (const [k, v] of Object.entries(r.when ?? {})) if (v !== undefined) when[kebab(k)] = v;
    return {
      ...r,
      file: basename(r.source),
      fixture: [`${r.family}.py`, `${r.family}.requirements.txt`].find((f) => fixtures.has(f)),
      riskIsDefault: r.risk === CATEGORY_DEFAULT_RISK[r.category],
      when,
    };
  });
  return rules.sort((a, b) => byText(a.id, b.id));
}

function patternSection(title, intro, list) {
  if (!list.length) return [];
  return [`### ${title}`, '', intro, '', ...[...list].map((p) => `- ${code(p)}`), ''];
}

export function rulePage(r) {
  const sev = SEVERITY[r.risk];
  const out = [
    `# ${r.name}`,
    '',
    `<!-- Generated by scripts/gen-docs.mjs from rules/${r.file}. Do not edit; run \`npm run docs\`. -->`,
    '',
    '| | |',
    '| --- | --- |',
    `| Rule id | ${code(r.id)} |`,
    `| Service | ${cell(r.service)} |`,
    `| Category | ${cell(CATEGORY_TITLES[r.category])} (${code(r.category)}) |`,
    `| Default risk | ${r.risk}${r.riskIsDefault ? ' (category default)' : ''} — SARIF level ${code(sev.level)}, security-severity ${sev.score} |`,
    `| Precision | ${r.precision} |`,
    `| CWE | ${cweLinks(r.cwe)} |`,
    `| Defined in | [rules/${r.file}](../../rules/${r.file}) |`,
    `| Fixture | ${r.fixture ? `[rules/${r.fixture}](../../rules/${r.fixture})` : '—'} |`,
    '',
    '## What it detects',
    '',
    para(r.docs.detects),
    '',
    '## Why it matters',
    '',
    para(r.docs.why),
    '',
  ];
  if (r.defaultOn) {
    const o = r.defaultOn.optOut;
    out.push('## Sends by default', '', `- What: ${para(r.defaultOn.sends)}.`);
    if (r.defaultOn.trigger) out.push(`- When: ${para(r.defaultOn.trigger)}.`);
    out.push('', '### How to opt out', '');
    for (const e of o.env) out.push(`- Environment: ${code(e)}`);
    for (const c of o.config) out.push(`- Configuration: ${para(c)}`);
    for (const c of o.cli) out.push(`- Command: ${para(c)}`);
    out.push('');
  }
  if (para(r.docs.example)) {
    const lang =
      r.packages.length || r.packageSource ? (r.sends.length || r.inits.length ? 'python' : 'text') : 'python';
    out.push('## Example', '', `\`\`\`${lang}`, para(r.docs.example), '```', '');
  }
  out.push(
    '## How to resolve',
    '',
    para(r.docs.resolve),
    '',
    'Once reviewed, approve it in the **base branch** policy (`.github/egress-audit.yml`), or suppress one line with a reason:',
    '',
    '```yaml',
    'allow:',
    `  - rule: ${r.id}`,
    '    reason: Reviewed by the security team (TICKET-123)',
    '```',
    '',
    '```python',
    `# egress: allow[${r.id}] reason why this call is acceptable`,
    '```',
    '',
  );
  const refs = r.docs.references ?? [];
  if (refs.length) out.push('## References', '', ...refs.map((u) => `- <${u}>`), '');

  out.push(
    '## What it matches',
    '',
    'Calls are matched on their resolved qualified name (imports, aliases and client objects followed; see',
    '[the rule format](../rule-format.md#qualified-names)). `*` is one segment, `**` any number, `{a,b}` alternatives.',
    '',
  );
  if (r.modules.length) out.push(`Import roots (also the text prefilter): ${codeList(r.modules)}.`, '');
  if (r.packages.length)
    out.push(
      `PyPI distributions: ${codeList(r.packages)}. A manifest line that depends on one (requirements, \`pyproject.toml\`, \`setup.cfg\`, \`setup.py\`, \`Pipfile\`) is a finding; a lock file that brings one in transitively is reported with its parent.`,
      '',
    );
  if (r.packageSource === 'index')
    out.push(
      'Reports package indexes other than PyPI (`--index-url`, `--extra-index-url`, `--find-links`, `[[source]]`, `[[tool.uv.index]]`).',
      '',
    );
  if (r.packageSource === 'url')
    out.push('Reports direct URL and VCS requirements (`pkg @ https://…`, `git+https://…`, `-e git+…`).', '');
  out.push(
    ...patternSection('Sends', 'Each matching call is a finding.', r.sends),
    ...patternSection('Initialisers', 'Calls that start background egress; each is a finding.', r.inits),
    ...patternSection('Connections', 'Calls that open a connection; each is a finding.', r.connects),
    ...patternSection('Imports', 'Importing these modules starts egress; the import is the finding.', r.imports),
    ...patternSection(
      'Clients',
      'Calls that build a client. Not findings by themselves: they give later calls their credentials and destination.',
      r.clients,
    ),
  );
  if (r.when && Object.keys(r.when).length) {
    out.push('### Conditions', '', 'A matching call is reported only when:', '');
    for (const k of Object.keys(r.when).sort(byText)) {
      const f = WHEN_TEXT[k];
      out.push(`- ${f ? f(r.when[k]) : `${code(k)}: ${code(JSON.stringify(r.when[k]))}`}`);
    }
    out.push('');
  }
  out.push('## Destinations and credentials', '');
  if (r.hostArgs.length) out.push(`- Destination taken from: ${r.hostArgs.map(hostArgText).join('; ')}.`);
  if (r.hosts.length) {
    out.push(
      `- Default destination: ${code(r.hosts[0])}.`,
      `- Hosts that identify ${cell(r.service)} when a generic HTTP client sends to them: ${codeList(r.hosts)}.`,
    );
  } else {
    out.push('- No default destination: the host comes from the call, or is reported as dynamic.');
  }
  out.push(
    r.credentials.length
      ? `- Credential environment variables: ${codeList(r.credentials)}.`
      : '- Credential environment variables: none known.',
    '',
  );
  out.push('---', '', `[All rules](README.md) · [Rule format](../rule-format.md)`, '');
  return out.join('\n');
}

export function indexPage(rules) {
  const out = [
    '# Rule reference',
    '',
    '<!-- Generated by scripts/gen-docs.mjs from rules/*.yml. Do not edit; run `npm run docs`. -->',
    '',
    `${rules.length} rules in ${new Set(rules.map((r) => r.family)).size} families. A code-scanning alert's rule id`,
    'is the page name: alert `ai.openai` is documented in [ai.openai.md](ai.openai.md).',
    '',
    'Risk maps to the code-scanning severity: critical → `error`, security-severity 9.5; high → `error`, 8.0;',
    'medium → `warning`, 5.5; low → `note`, 3.0. An allowlisted finding is reported as `note`.',
    '',
    '| Category | Default risk | Rules |',
    '| --- | --- | --- |',
  ];
  const groups = CATEGORIES.map((c) => [c, rules.filter((r) => r.category === c)]);
  for (const [c, list] of groups) {
    out.push(`| [${CATEGORY_TITLES[c]}](#${c}) (${code(c)}) | ${CATEGORY_DEFAULT_RISK[c]} | ${list.length} |`);
  }
  out.push('');
  for (const [c, list] of groups) {
    out.push(`<a id="${c}"></a>`, '', `## ${CATEGORY_TITLES[c]} (${list.length})`, '');
    if (!list.length) {
      out.push('No rules.', '');
      continue;
    }
    out.push('| Rule | Service | Name | Risk | Precision |', '| --- | --- | --- | --- | --- |');
    const sorted = [...list].sort(
      (a, b) => RISK_ORDER.indexOf(b.risk) - RISK_ORDER.indexOf(a.risk) || byText(a.id, b.id),
    );
    for (const r of sorted) {
      out.push(`| [${code(r.id)}](${r.id}.md) | ${cell(r.service)} | ${cell(r.name)} | ${r.risk} | ${r.precision} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function generate(outDir) {
  const rules = loadRules();
  mkdirSync(outDir, { recursive: true });
  const wanted = new Map([['README.md', indexPage(rules)]]);
  for (const r of rules) wanted.set(`${r.id}.md`, rulePage(r));
  for (const f of readdirSync(outDir)) {
    if (f.endsWith('.md') && !wanted.has(f)) rmSync(join(outDir, f));
  }
  for (const [f, text] of wanted) writeFileSync(join(outDir, f), text);
  return { rules: rules.length, files: wanted.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  if (i >= 0 && !args[i + 1]) {
    console.error('usage: node scripts/gen-docs.mjs [--out DIR]');
    process.exit(2);
  }
  const outDir = i >= 0 ? resolve(args[i + 1]) : join(ROOT, 'docs', 'rules');
  const { rules, files } = generate(outDir);
  console.log(`gen-docs: ${rules} rules, ${files} files in ${outDir}`);
  // rules/schema.json is generated from src/rules/schema.ts too (never into --out: that is a check).
  if (i < 0 && (await writeRuleSchema())) console.log('gen-docs: wrote rules/schema.json');
  if (i < 0 && (await writeJsonReportSchema())) console.log('gen-docs: wrote docs/json-report.schema.json');
}
