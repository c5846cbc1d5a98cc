// Policy entries must mean something (issue 11, items 4/6/7): an entry without a matcher is an error;
// names no rule knows, implausible hosts and globs that match no file are warnings with file, line, key.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScan } from '../src/cli/scan.js';
import { unmatchedGlobs } from '../src/config/globs.js';
import { checkConfigRules, implausibleHost, parseConfig, policyWarnings } from '../src/config/load.js';
import { parseSize } from '../src/config/size.js';
import { closestName, editDistance } from '../src/config/suggest.js';
import type { Config } from '../src/config/types.js';
import { builtinRules } from './helpers/engine.js';
import { tempDir } from './helpers/git-repo.js';

const FILE = '.github/egress-audit.yml';

function load(text: string): Config {
  const r = parseConfig(text, FILE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('allow/deny entries need a matcher', () => {
  it.each([
    ['only a reason', 'allow:\n  - reason: approved\n', 'allow[0]', 2],
    ['empty paths', 'paths: ["**/*.py"]\ndeny:\n  - paths: []\n    reason: x\n', 'deny[0]', 3],
    ['second entry', 'allow:\n  - service: Slack\n  - reason: all of it\n', 'allow[1]', 3],
  ])('%s is an error naming file, line and key', (_name, text, key, line) => {
    const r = parseConfig(text, FILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({ file: FILE, line, key, message: expect.stringMatching(/at least one of service/) }),
    ]);
  });

  it('an entry with any matcher is fine', () => {
    for (const m of ['service: Slack', 'host: hooks.slack.com', 'category: ai', 'rule: ai.openai', 'paths: [a.py]'])
      expect(parseConfig(`allow:\n  - ${m}\n    reason: ok\n`, FILE).ok).toBe(true);
  });
});

describe('names that match no loaded rule are warnings', () => {
  const rules = builtinRules().rules;

  it('an unknown service suggests the close one', () => {
    const c = load('paths: ["**/*.py"]\ndeny:\n  - service: Slakc\n    reason: no chat\n');
    expect(policyWarnings(c, rules)).toEqual([
      {
        file: FILE,
        line: 3,
        key: 'deny[0].service',
        message: expect.stringMatching(/"Slakc".*never matches \(did you mean "Slack"\?\)$/),
      },
    ]);
  });

  it('services are compared case-insensitively; hosts mappings add services', () => {
    const c = load(
      'hosts:\n  - {host: pay.example, service: Example Pay, category: network}\n' +
        'allow:\n  - service: slack\n  - service: example pay\n',
    );
    expect(policyWarnings(c, rules)).toEqual([]);
  });

  it('a name far from every service gets no suggestion', () => {
    const c = load('allow:\n  - service: Zzqxwv Corp\n');
    const [w] = policyWarnings(c, rules);
    expect(w?.message).not.toMatch(/did you mean/);
    expect(w).toMatchObject({ line: 2, key: 'allow[0].service' });
  });

  it('a category no rule has is a warning', () => {
    const c = load('allow:\n  - category: covert\n');
    expect(policyWarnings(c, [{ service: 'X', category: 'ai' }])).toEqual([
      expect.objectContaining({ line: 2, key: 'allow[0].category' }),
    ]);
    expect(policyWarnings(c, rules)).toEqual([]);
  });

  it('unknown rule ids stay errors, now with a suggestion', () => {
    const c = load('allow:\n  - rule: ai.opnai\n');
    expect(checkConfigRules(c, new Set(builtinRules().byId.keys()))).toEqual([
      expect.objectContaining({
        key: 'allow[0].rule',
        message: 'unknown rule id "ai.opnai" (did you mean "ai.openai"?)',
      }),
    ]);
  });

  it('implausible hosts are warnings from the loader; plausible ones are not', () => {
    const c = load(
      'allow:\n  - host: smtp\n  - host: "smtp.example.com:25"\n  - host: a..b.com\n  - host: "*.ngrok.io"\n' +
        '  - host: 10.0.0.1\n  - host: localhost\n',
    );
    expect(c.warnings.map((w) => [w.key, w.line])).toEqual([
      ['allow[0].host', 2],
      ['allow[1].host', 3],
      ['allow[2].host', 4],
    ]);
    expect(c.warnings[1]?.message).toMatch(/port/);
    expect(implausibleHost('api.example.com')).toBeUndefined();
    expect(implausibleHost('1.2.3.999')).toMatch(/not a host name/);
    expect(implausibleHost('-x.example.com')).toMatch(/"-"/);
  });

  it('escapes what it echoes', () => {
    const c = load('deny:\n  - service: "Sla\\u001bkc\\n"\n');
    const [w] = policyWarnings(c, rules);
    expect(w?.message).toContain('"Sla\\u001bkc\\n"');
    expect(w?.message).not.toMatch(/[\u001b\n]/);
  });
});

describe('globs that match no file', () => {
  const files = ['app/main.py', 'app/tests/test_main.py', 'build/gen.py', 'README.md'];

  it('names each unmatched glob with its key and line; defaults never warn', () => {
    const c = load(
      'paths: ["**/*.pyy", "app/**"]\nexclude: [build, "**/migrations/**"]\ntest-paths: ["**/tests/**"]\n' +
        'allow:\n  - service: Slack\n    paths: ["app/main.py", "lib/*.py"]\n',
    );
    expect(unmatchedGlobs(c, files, 'in the scanned tree')).toEqual([
      { file: FILE, line: 1, key: 'paths[0]', message: 'glob "**/*.pyy" matches no file in the scanned tree' },
      { file: FILE, line: 2, key: 'exclude[1]', message: expect.stringContaining('"**/migrations/**"') },
      { file: FILE, line: 6, key: 'allow[0].paths[1]', message: expect.stringContaining('"lib/*.py"') },
    ]);
    expect(unmatchedGlobs(load('allow:\n  - service: Slack\n'), [], 'x')).toEqual([]);
  });

  it('dot files and folders count', () => {
    const c = load('exclude: [".hidden/**"]\n');
    expect(unmatchedGlobs(c, ['.hidden/x.py'], 'here')).toEqual([]);
  });
});

describe('max-file-size takes the same forms as the action input', () => {
  it.each([
    ['2m', 2 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1000', 1000],
    [1000, 1000],
  ])('%s', (v, bytes) => {
    expect(load(`max-file-size: ${JSON.stringify(v)}\n`).maxFileBytes).toBe(bytes);
  });

  it('a bad size names line and key', () => {
    const r = parseConfig('paths: [a]\nmax-file-size: 0k\n', FILE);
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ line: 2, key: 'max-file-size' })]);
    expect(parseSize('2 mb')).toBe(2 * 1024 * 1024);
  });
});

describe('suggestions', () => {
  it('edit distance and closest name', () => {
    expect(editDistance('Slakc', 'Slack')).toBe(1);
    expect(editDistance('Slakc', 'Slack', 0)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestName('Slakc', ['Slack', 'Sentry', 'Splunk'])).toBe('Slack');
    expect(closestName('x', ['Slack'])).toBeUndefined();
  });
});

describe('egress-audit scan (in process)', () => {
  function workspace(config: string): string {
    const root = tempDir();
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github/egress-audit.yml'), config);
    writeFileSync(
      join(root, 'app.py'),
      'import sentry_sdk\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n',
    );
    return root;
  }
  async function scan(root: string, ...args: string[]) {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s) },
    };
    const code = await runScan(['--root', root, root, '--workers', '1', ...args], io, { defaultWorkers: 1 });
    return { code, ...out };
  }

  it('an allow entry with only a reason exits 2 instead of approving everything', async () => {
    const r = await scan(workspace('allow:\n  - reason: trust me\n'), '--fail-on', 'low');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/egress-audit\.yml:2: allow\[0\]: entry matches nothing specific/);
  });

  it('warnings go to stderr and do not change the exit code', async () => {
    const r = await scan(
      workspace('paths: ["**/*.pyy", "**/*.py"]\ndeny:\n  - service: Slakc\n'),
      '--fail-on',
      'critical',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: .github/egress-audit.yml:1: paths[0]: glob "**/*.pyy" matches no file');
    expect(r.stderr).toMatch(/egress-audit\.yml:3: deny\[0\]\.service: .*did you mean "Slack"\?/);
  });
});
