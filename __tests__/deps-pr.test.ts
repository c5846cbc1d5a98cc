// Dependencies in pull requests, end to end on real git repositories: manifests and lock files are read
// from the blobs at base and head, a dependency the PR adds is a finding on the line that adds it, a
// version bump or an unchanged dependency is not new, a lock file that brings in a telemetry package
// says through which parent, and the policy, suppressions and renderers handle manifest locations.
import { readManifests } from '../src/deps/scan-manifests.js';
import { runFullScan } from '../src/pipeline/run.js';
import { renderComment } from '../src/report/comment.js';
import { toSarif } from '../src/report/sarif.js';
import type { Comparison, Finding } from '../src/types.js';
import { TempRepo } from './helpers/git-repo.js';
import { prComparison } from './helpers/pr-shape.js';
import { builtinRules } from './helpers/engine.js';

interface Shape {
  base: Record<string, string>;
  head: Record<string, string | null>;
}

const pr = async (shape: Shape): Promise<{ cmp: Comparison }> => ({ cmp: await prComparison(shape.base, shape.head) });

const summary = (f: Finding) => ({
  file: f.file,
  line: f.startLine,
  ruleId: f.ruleId,
  package: f.dependency?.package,
  ...(f.dependency?.via ? { via: f.dependency.via } : {}),
});

const ctx = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'a'.repeat(40) };

const LOCK_BASE = `[[package]]
name = "langchain"
version = "0.1.0"

[package.dependencies]
requests = ">=2"

[[package]]
name = "requests"
version = "2.31.0"
`;
const LOCK_HEAD = `[[package]]
name = "langchain"
version = "0.2.0"

[package.dependencies]
langsmith = ">=0.1"
requests = ">=2"

[[package]]
name = "langsmith"
version = "0.1.0"

[package.dependencies]
requests = ">=2"

[[package]]
name = "requests"
version = "2.32.3"
`;

describe('dependencies in a pull request', () => {
  let cmp: Comparison;
  beforeAll(async () => {
    ({ cmp } = await pr({
      base: {
        'requirements.txt': 'requests==2.31.0\nboto3==1.30.0\n',
        'pyproject.toml': '[project]\nname = "app"\ndependencies = [\n  "requests",\n  "langchain>=0.1",\n]\n',
        'poetry.lock': LOCK_BASE,
        'app/main.py': 'print("hello")\n',
      },
      head: {
        // sentry-sdk and ray added, boto3 bumped (not new).
        'requirements.txt': 'requests==2.31.0\nboto3==1.34.0\nsentry-sdk==2.0.0\nray[default]==2.9.0\n',
        'pyproject.toml':
          '[project]\nname = "app"\ndependencies = [\n  "requests",\n  "openai>=1.30",\n  "langchain>=0.2",\n]\n',
        'poetry.lock': LOCK_HEAD,
      },
    }));
  });

  test('one finding on each added line; the bump and the unchanged dependencies are not new', () => {
    expect(cmp.newFindings.map(summary)).toEqual([
      { file: 'poetry.lock', line: 10, ruleId: 'ai.langsmith', package: 'langsmith', via: ['langchain'] },
      { file: 'pyproject.toml', line: 5, ruleId: 'ai.openai', package: 'openai' },
      { file: 'requirements.txt', line: 3, ruleId: 'telemetry.sentry', package: 'sentry-sdk' },
      { file: 'requirements.txt', line: 4, ruleId: 'telemetry.default-on.ray', package: 'ray' },
    ]);
    expect(cmp.removedFindings).toEqual([]);
    // boto3 is at both sides: reported at head, not new.
    expect(cmp.headFindings.map((f) => f.dependency?.package)).toContain('boto3');
  });

  test('new integrations carry the service and category from the rules', () => {
    const rows = cmp.newIntegrations.map((i) => [i.service, i.category, i.destination]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Sentry', 'telemetry', 'sentry.io'],
        ['OpenAI', 'ai', 'api.openai.com'],
        ['Ray usage stats', 'telemetry', 'usage-stats.ray.io'],
      ]),
    );
    expect(cmp.changedFiles).toEqual(expect.arrayContaining(['poetry.lock', 'pyproject.toml', 'requirements.txt']));
  });

  test('the comment marks dependency rows and says how to opt out of default-on telemetry', () => {
    const md = renderComment(cmp, ctx, { marker: '<!-- egress-audit -->' });
    expect(md).toContain('### New outbound integrations');
    expect(md).toContain('via dependency');
    expect(md).toContain('via dependency, through langchain');
    expect(md).toContain('opt out: set RAY\\_USAGE\\_STATS\\_ENABLED=0');
  });

  test('SARIF: a result on the manifest line with the opt-out in its message', () => {
    const { log } = toSarif({
      findings: cmp.newFindings,
      rules: builtinRules().rules,
      skipped: [],
      notes: [],
      version: 't',
    });
    const ray = log.runs[0]!.results!.find((r) => r.ruleId === 'telemetry.default-on.ray')!;
    expect(ray.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('requirements.txt');
    expect(ray.locations![0]!.physicalLocation!.region!.startLine).toBe(4);
    expect(ray.message.text).toContain('Opt out: set RAY_USAGE_STATS_ENABLED=0');
    expect(ray.properties).toMatchObject({ kind: 'dependency', package: 'ray', manifest: 'requirements' });
  });
});

describe('removed dependencies, policy, suppressions and bad manifests', () => {
  test('a removed SDK is a removed finding and integration', async () => {
    const { cmp } = await pr({
      base: { 'requirements.txt': 'sentry-sdk==2.0.0\nrequests\n' },
      head: { 'requirements.txt': 'requests\n' },
    });
    expect(cmp.newFindings).toEqual([]);
    expect(cmp.removedFindings.map(summary)).toEqual([
      { file: 'requirements.txt', line: 1, ruleId: 'telemetry.sentry', package: 'sentry-sdk' },
    ]);
    expect(cmp.removedIntegrations.map((i) => i.service)).toEqual(['Sentry']);
  });

  test('moving a dependency from requirements.txt to pyproject.toml is not new', async () => {
    const { cmp } = await pr({
      base: { 'requirements.txt': 'openai==1.30\n' },
      head: { 'requirements.txt': null, 'pyproject.toml': '[project]\nname = "a"\ndependencies = ["openai==1.30"]\n' },
    });
    expect(cmp.newFindings).toEqual([]);
    expect(cmp.removedFindings).toEqual([]);
  });

  test('`package:` policy entries, `# egress: allow` comments in requirements and TOML, index and VCS sources', async () => {
    const { cmp } = await pr({
      base: {
        '.github/egress-audit.yml': 'allow:\n  - package: OpenAI\n    reason: approved vendor\n',
        'requirements.txt': 'requests\n',
      },
      head: {
        'requirements.txt':
          'requests\nboto3  # egress: allow[cloud.aws] uploads to our own bucket\n--extra-index-url https://pypi.corp.example.com/simple\ntool @ git+https://github.com/example-org/tool@v1\n',
        'pyproject.toml':
          '[project]\nname = "a"\ndependencies = [\n  "openai",\n  # egress: allow[posthog] product analytics, reviewed\n  "posthog",\n]\n',
      },
    });
    const by = (pkg: string) => cmp.newFindings.find((f) => f.dependency?.package === pkg)!;
    expect(by('openai').allowed?.by).toContain('allow[0]');
    expect(by('boto3').suppressed).toEqual({ justification: 'uploads to our own bucket', line: 2 });
    expect(by('posthog').suppressed).toEqual({ justification: 'product analytics, reviewed', line: 5 });
    expect(cmp.addedSuppressions.map((f) => f.dependency?.package).sort()).toEqual(['boto3', 'posthog']);
    const sources = cmp.newFindings
      .filter((f) => f.dependency?.source)
      .map((f) => [f.ruleId, f.destination.host, f.startLine]);
    expect(sources).toEqual([
      ['network.package-index', 'pypi.corp.example.com', 3],
      ['network.package-url', 'github.com', 4],
    ]);
  });

  test('invalid TOML in the PR is a note; the other manifests are still analysed', async () => {
    const { cmp } = await pr({
      base: { 'requirements.txt': 'requests\n' },
      head: { 'requirements.txt': 'requests\nsentry-sdk\n', 'pyproject.toml': '[project\ndependencies = [\n' },
    });
    expect(cmp.newFindings.map(summary)).toEqual([
      { file: 'requirements.txt', line: 2, ruleId: 'telemetry.sentry', package: 'sentry-sdk' },
    ]);
    expect(cmp.notes.filter((n) => n.file === 'pyproject.toml').map((n) => n.message)).toEqual([
      expect.stringMatching(/^dependencies: invalid TOML at line 1: /),
    ]);
  });

  test('a lock file over the size limit is a note, never read', async () => {
    const read = await readManifests(['poetry.lock'], async () => ({
      files: [],
      skipped: [{ file: 'poetry.lock', reason: '52428800 bytes exceeds max-file-size 10485760' }],
    }));
    expect(read.files).toEqual([]);
    expect(read.notes).toEqual([
      { file: 'poetry.lock', level: 'warning', message: 'dependencies not read: larger than 10 MB' },
    ]);
  });
});

describe('full scans', () => {
  test('list dependency findings with the code findings', async () => {
    const repo = new TempRepo();
    try {
      repo.write('requirements.txt', 'sentry-sdk\nrequests\n');
      repo.write('svc/pyproject.toml', '[project]\nname = "s"\ndependencies = ["gradio"]\n');
      repo.write('app.py', 'import sentry_sdk\nsentry_sdk.init(dsn="https://k@o1.ingest.sentry.io/1")\n');
      const r = await runFullScan(repo.dir, { kind: 'base', path: '.github/egress-audit.yml' });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.value.comparison.newFindings.map((f) => [f.file, f.startLine, f.ruleId])).toEqual([
        ['app.py', 2, 'telemetry.sentry'],
        ['requirements.txt', 1, 'telemetry.sentry'],
        ['svc/pyproject.toml', 3, 'telemetry.default-on.gradio'],
      ]);
    } finally {
      repo.cleanup();
    }
  });
});
