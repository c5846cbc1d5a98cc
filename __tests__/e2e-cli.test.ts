// The bundled CLI must run from a copy of dist/ with no node_modules anywhere above it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freshDist } from './helpers/dist.js';

function noNodeModulesAbove(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return false;
    if (dirname(d) === d) return true;
  }
}

describe('dist/cli.js from a copy of dist/', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'egress-cli-'));
    cpSync(freshDist(), join(work, 'dist'), { recursive: true });
    const proj = join(work, 'proj', 'app');
    mkdirSync(proj, { recursive: true });
    writeFileSync(
      join(proj, 'ai.py'),
      [
        'import os',
        'from openai import OpenAI',
        'import requests as r',
        '',
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
        '',
        'def ask(q):',
        '    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": q}])',
        '',
        'def notify(text):',
        '    r.post("https://hooks.slack.com/services/T0/B0/X", json={"text": text})',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has no node_modules above the copy', () => {
    expect(noNodeModulesAbove(work)).toBe(true);
  });

  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(execFileSync('node', [join(work, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(
      pkg.version,
    );
  });

  it('scans a project and writes SARIF and JSON', () => {
    const proj = join(work, 'proj');
    const res = spawnSync(
      'node',
      [join(work, 'dist', 'cli.js'), 'scan', '.', '--sarif', 'out.sarif', '--json', 'out.json', '--fail-on', 'high'],
      { cwd: proj, encoding: 'utf8' },
    );
    expect(res.stderr).not.toMatch(/\n\s+at /);
    // The Slack webhook is high risk (communication): --fail-on high exits 1.
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('app/ai.py:8');
    expect(res.stdout).toContain('hooks.slack.com');
    const json = JSON.parse(readFileSync(join(proj, 'out.json'), 'utf8')) as {
      findings: { ruleId: string; service: string; destination: { host?: string }; credentials: string[] }[];
    };
    const openai = json.findings.find((f) => f.service === 'OpenAI');
    expect(openai?.destination.host).toBe('api.openai.com');
    expect(openai?.credentials).toContain('OPENAI_API_KEY');
    const slack = json.findings.find((f) => f.destination.host === 'hooks.slack.com');
    expect(slack?.ruleId).toBe('communication.slack.webhook');
    const sarif = JSON.parse(readFileSync(join(proj, 'out.sarif'), 'utf8')) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('app/ai.py');
  });

  it('exits 2 with a clear message on a bad config', () => {
    const proj = join(work, 'proj');
    writeFileSync(join(proj, 'bad.yml'), 'allow:\n  - servce: OpenAI\n');
    const res = spawnSync('node', [join(work, 'dist', 'cli.js'), 'scan', '.', '--config', 'bad.yml'], {
      cwd: proj,
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('bad.yml:2');
    expect(res.stderr).toContain('unknown key "servce"');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
