// The manifest and lock-file parsers, one format at a time, on the fixtures in
// __tests__/fixtures/manifests/: names (PEP 503), lines, URLs, indexes, includes, `# via` parents and
// lock-file graphs. Structured results only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName, manifestKind } from '../src/deps/names.js';
import { parseManifest } from '../src/deps/parse-manifest.js';
import { parsePep508, urlHost, withoutCredentials } from '../src/deps/pep508.js';
import { viaChain } from '../src/deps/transitive.js';
import type { Manifest } from '../src/deps/types.js';
import { pythonParser, type PythonParser } from '../src/parse/parser.js';
import type { ManifestKind } from '../src/types.js';

const dir = '__tests__/fixtures/manifests';
let parser: PythonParser;
beforeAll(async () => {
  parser = await pythonParser();
});

function parse(
  file: string,
  kind: ManifestKind = file.endsWith('.toml') ? 'pyproject' : (manifestKind(file) ?? 'requirements'),
): Manifest {
  return parseManifest(readFileSync(join(dir, file), 'utf8'), file, kind, parser);
}
const reqs = (m: Manifest) =>
  m.requirements.map((r) => ({ name: r.name, line: r.line, ...(r.url ? { url: r.url } : {}) }));
const indexes = (m: Manifest) => m.indexes.map((s) => ({ url: s.url, line: s.line, option: s.option }));

describe('names', () => {
  test('PEP 503 normalisation and manifest kinds', () => {
    expect(normalizeName('Sentry_SDK')).toBe('sentry-sdk');
    expect(normalizeName('zope.Interface')).toBe('zope-interface');
    expect(normalizeName('a__-.b')).toBe('a-b');
    expect(manifestKind('requirements.txt')).toBe('requirements');
    expect(manifestKind('app/requirements-dev.in')).toBe('requirements');
    expect(manifestKind('requirements/prod.txt')).toBe('requirements');
    expect(manifestKind('dev-requirements.txt')).toBe('requirements');
    expect(manifestKind('constraints.txt')).toBe('requirements');
    expect(manifestKind('sub/pyproject.toml')).toBe('pyproject');
    expect(manifestKind('Pipfile.lock')).toBe('Pipfile.lock');
    expect(manifestKind('uv.lock')).toBe('uv.lock');
    expect(manifestKind('notes.txt')).toBeUndefined();
    expect(manifestKind('setup.py.bak')).toBeUndefined();
  });
});

describe('PEP 508', () => {
  test('names, extras, specifiers, markers, direct references', () => {
    expect(parsePep508('Sentry_SDK[flask, celery] >=1.40,<3 ; python_version >= "3.8"')).toEqual({
      name: 'Sentry_SDK',
      extras: ['flask', 'celery'],
      specifier: '>=1.40,<3',
      marker: 'python_version >= "3.8"',
    });
    expect(parsePep508('pkg (>=1.0)')).toMatchObject({ name: 'pkg', specifier: '>=1.0' });
    expect(parsePep508('pip @ https://github.com/pypa/pip/archive/1.3.1.zip ; python_version < "3"')).toEqual({
      name: 'pip',
      extras: [],
      specifier: '',
      url: 'https://github.com/pypa/pip/archive/1.3.1.zip',
      marker: 'python_version < "3"',
    });
    expect(parsePep508('name = value')).toBeUndefined();
    expect(parsePep508('-not-a-name')).toBeUndefined();
    expect(parsePep508('x'.repeat(100_000))).toBeUndefined();
  });

  test('hosts of index and VCS URLs; credentials are removed before echoing', () => {
    expect(urlHost('git+https://u:p@github.com:8443/a/b.git')).toBe('github.com:8443');
    expect(urlHost('git+ssh://git@gitlab.example.com/team/x.git')).toBe('gitlab.example.com');
    expect(urlHost('git@github.com:org/repo.git')).toBe('github.com');
    expect(urlHost('https://[::1]/simple')).toBe('[::1]');
    expect(withoutCredentials('https://user:token@mirror.example.org/simple')).toBe(
      'https://mirror.example.org/simple',
    );
  });
});

describe('requirements files', () => {
  test('requirements, extras, markers, hashes, -e, direct URLs, includes, indexes', () => {
    const m = parse('requirements.txt');
    expect(reqs(m)).toEqual([
      { name: 'sentry-sdk', line: 6 },
      { name: 'openai', line: 7 },
      { name: 'boto3', line: 9 },
      { name: 'example-tool', line: 10, url: 'git+https://github.com/example-org/tool.git@v1.2#egg=example-tool' },
      { name: 'internal-sdk', line: 11, url: 'git+ssh://git@gitlab.example.com/team/internal-sdk.git@main' },
      { name: 'requests', line: 14 },
    ]);
    expect(m.includes).toEqual([
      { path: 'requirements/base.txt', line: 2 },
      { path: 'constraints.txt', line: 3 },
    ]);
    expect(indexes(m)).toEqual([
      { url: 'https://pypi.internal.example.com/simple', line: 4, option: '--extra-index-url' },
    ]);
    expect(m.notes).toEqual([]);
  });

  test('an include that leaves the repository is a note, never read', () => {
    const m = parse('requirements/base.txt');
    expect(reqs(m)).toEqual([{ name: 'posthog', line: 2 }]);
    expect(m.includes).toEqual([]);
    expect(m.notes).toEqual(['line 1: include "../../../../outside.txt" is outside the repository; not read']);
  });

  test("pip-compile's `# via`: packages only other packages need are transitive, with their parents", () => {
    const m = parse('requirements-compiled.txt');
    expect(m.requirements.map((r) => [r.name, r.line, r.via])).toEqual([
      ['gradio', 4, undefined],
      ['httpx', 6, ['gradio', 'openai']],
      ['langsmith', 10, ['langchain', 'langchain-core']],
      ['openai', 14, undefined],
      ['sentry-sdk', 16, undefined],
    ]);
  });

  test('continuation lines, options, local paths and prose', () => {
    const m = parseManifest(
      'pkg-a \\\n  >=1\n--pre\n--no-binary :all:\n./local\nthis is not a requirement\n',
      'requirements.txt',
      'requirements',
      parser,
    );
    expect(reqs(m)).toEqual([{ name: 'pkg-a', line: 1 }]);
    expect(m.notes).toEqual(['line 6: not a requirement: "this is not a requirement"']);
  });
});

describe('pyproject.toml', () => {
  test('PEP 621 dependencies and optional-dependencies, PEP 735 groups, uv dev-dependencies, index and sources', () => {
    const m = parse('pyproject-pep621.toml');
    expect(m.requirements.map((r) => [r.name, r.line, r.column, r.sourceOnly ?? false])).toEqual([
      ['sentry-sdk', 7, 3, false],
      ['openai', 8, 3, false],
      ['requests', 9, 3, false],
      ['ray', 13, 7, false],
      ['wandb', 13, 28, false],
      ['pytest', 16, 8, false],
      ['ruff', 17, 9, false],
      ['streamlit', 20, 21, false],
      ['internal-sdk', 27, 1, true],
    ]);
    expect(indexes(m)).toEqual([
      { url: 'https://pypi.internal.example.com/simple', line: 24, option: '[[tool.uv.index]]' },
    ]);
  });

  test('Poetry dependencies, groups, git entries and sources; python is not a package', () => {
    const m = parse('pyproject-poetry.toml');
    expect(reqs(m)).toEqual([
      { name: 'sentry-sdk', line: 7 },
      { name: 'boto3', line: 8 },
      { name: 'internal-sdk', line: 9, url: 'https://github.com/example-org/internal-sdk.git' },
      { name: 'local-lib', line: 10 },
      { name: 'gradio', line: 13 },
    ]);
    expect(indexes(m)).toEqual([
      { url: 'https://pypi.private.example.net/simple/', line: 17, option: '[[tool.poetry.source]]' },
    ]);
  });

  test('PDM dev-dependencies and sources, Hatch environments', () => {
    const m = parse('pyproject-pdm-hatch.toml');
    expect(reqs(m)).toEqual([
      { name: 'anthropic', line: 3 },
      { name: 'pytest', line: 6 },
      { name: 'dagster', line: 6 },
      { name: 'mlflow', line: 13 },
      { name: 'prefect', line: 14 },
    ]);
    expect(indexes(m)).toEqual([{ url: 'https://mirror.example.org/simple', line: 10, option: '[[tool.pdm.source]]' }]);
  });

  test('invalid TOML is a note naming the line', () => {
    const m = parse('invalid.toml', 'pyproject');
    expect(m.requirements).toEqual([]);
    expect(m.notes).toHaveLength(1);
    expect(m.notes[0]).toMatch(/^invalid TOML at line 3: /);
  });

  test('values of the wrong type are notes, not crashes', () => {
    const m = parseManifest('[project]\ndependencies = "sentry-sdk"\n', 'pyproject.toml', 'pyproject', parser);
    expect(m.requirements).toEqual([]);
    expect(m.notes).toEqual(['project.dependencies: expected a list of requirement strings']);
  });
});

describe('setup.cfg, setup.py, Pipfile', () => {
  test('setup.cfg install_requires and extras_require, comments skipped', () => {
    expect(reqs(parse('setup.cfg'))).toEqual([
      { name: 'sentry-sdk', line: 6 },
      { name: 'twilio', line: 8 },
      { name: 'slack-sdk', line: 13 },
    ]);
  });

  test('setup.py string literals, through a module-level name; f-strings and calls are not guessed', () => {
    const m = parse('setup.py');
    expect(m.requirements.map((r) => [r.name, r.line, r.column])).toEqual([
      ['openai', 4, 5],
      ['requests', 5, 5],
      ['posthog', 12, 23],
      ['ray', 13, 16],
    ]);
    expect(m.notes).toEqual(['line 15: tests_require is not a literal list; not read']);
  });

  test('Pipfile packages, dev-packages, git entries and sources', () => {
    const m = parse('Pipfile');
    expect(reqs(m)).toEqual([
      { name: 'sentry-sdk', line: 11 },
      { name: 'mixpanel', line: 12 },
      { name: 'internal-sdk', line: 13, url: 'https://github.com/example-org/internal-sdk.git' },
      { name: 'streamlit', line: 16 },
    ]);
    expect(indexes(m).map((i) => i.url)).toEqual(['https://pypi.org/simple', 'https://pypi.corp.example.com/simple']);
  });
});

describe('lock files', () => {
  const locked = (m: Manifest) => m.locked.map((p) => [p.name, p.line, p.dependencies]);

  test('poetry.lock: packages on their name lines, with their dependencies', () => {
    expect(locked(parse('poetry.lock'))).toEqual([
      ['langchain', 2, ['langsmith', 'requests']],
      ['langsmith', 13, ['requests']],
      ['requests', 23, []],
      ['sentry-sdk', 30, []],
    ]);
  });

  test('uv.lock and pdm.lock graphs', () => {
    expect(locked(parse('uv.lock'))).toEqual([
      ['app', 5, ['gradio']],
      ['gradio', 13, ['httpx', 'huggingface-hub']],
      ['httpx', 22, []],
      ['huggingface-hub', 27, ['httpx']],
    ]);
    expect(locked(parse('pdm.lock'))).toEqual([
      ['dagster', 7, ['dagster-pipes', 'requests']],
      ['dagster-pipes', 17, []],
      ['requests', 22, []],
    ]);
  });

  test('Pipfile.lock: pinned packages without a graph; invalid JSON is a note', () => {
    expect(locked(parse('Pipfile.lock'))).toEqual([
      ['requests', 7, []],
      ['sentry-sdk', 10, []],
      ['streamlit', 15, []],
    ]);
    const bad = parseManifest('{"default": ', 'Pipfile.lock', 'Pipfile.lock', parser);
    expect(bad.locked).toEqual([]);
    expect(bad.notes[0]).toMatch(/^invalid JSON: /);
  });

  test('via chains: the nearest direct requirement down to the parent', () => {
    const lock = parse('poetry.lock').locked;
    expect(viaChain(lock, 'langsmith', new Set(['langchain']))).toEqual(['langchain']);
    const uv = parse('uv.lock').locked;
    expect(viaChain(uv, 'huggingface-hub', new Set(['gradio']))).toEqual(['gradio']);
    expect(viaChain(uv, 'httpx', new Set(['app']))).toEqual(['app', 'gradio']);
    // No direct requirement reaches it: the immediate parents.
    expect(viaChain(lock, 'requests', new Set())).toEqual(['langchain', 'langsmith']);
  });
});

describe('hostile manifests', () => {
  test('huge lines, odd names and deep nesting end quickly with notes, never an exception', () => {
    const started = Date.now();
    const long = `${'a'.repeat(200_000)}==1\n${'-'.repeat(100_000)}\n${'['.repeat(50_000)}\n`;
    expect(() => parseManifest(long, 'requirements.txt', 'requirements', parser)).not.toThrow();
    const toml = `[project]\ndependencies = [${'['.repeat(20_000)}\n`;
    const m = parseManifest(toml, 'pyproject.toml', 'pyproject', parser);
    expect(m.notes.length).toBeGreaterThan(0);
    const names = parseManifest(
      '[packages]\n"../../etc/passwd" = "*"\n"a b" = "*"\nok-name = "*"\n',
      'Pipfile',
      'Pipfile',
      parser,
    );
    expect(names.requirements.map((r) => r.name)).toEqual(['ok-name']);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
