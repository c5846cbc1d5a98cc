import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../src/cli/diff.js';
import { tempDir, TempRepo } from './helpers/git-repo.js';

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
  };
}

const SENTRY = 'import sentry_sdk\n\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1")\n';
const TWILIO =
  'import os\nfrom twilio.rest import Client\n\nc = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])\nc.messages.create(to="+1", from_="+2", body="x")\n';

test('two folders: prints the comment; moved code is not new; --fail-on gates; files written', async () => {
  const root = tempDir();
  const put = (p: string, c: string) => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  };
  put('base/app/a.py', SENTRY);
  put('head/app/a.py', '# moved down\n\n' + SENTRY);
  put('head/app/b.py', TWILIO);
  const { out, io: sink } = io();
  const json = join(root, 'out', 'cmp.json');
  const code = await runDiff(
    [
      '--base',
      join(root, 'base'),
      '--head',
      join(root, 'head'),
      '--fail-on',
      'high',
      '--json',
      json,
      '--sarif',
      join(root, 'out', 'x.sarif'),
    ],
    sink,
  );
  expect(code).toBe(1);
  expect(out.stdout).toMatch(/New outbound integrations: 1/);
  expect(out.stdout).toMatch(/Twilio/);
  const cmp = JSON.parse(readFileSync(json, 'utf8'));
  expect(cmp.newFindings.map((f: { service: string }) => f.service)).toEqual(['Twilio']);
  expect(JSON.parse(readFileSync(join(root, 'out', 'x.sarif'), 'utf8')).version).toBe('2.1.0');
  expect(await runDiff(['--base', join(root, 'base'), '--head', join(root, 'head')], io().io)).toBe(0);
});

test('two git revisions, JSON to stdout; usage errors exit 2', async () => {
  const repo = new TempRepo();
  repo.write('a.py', SENTRY);
  const base = repo.commit('base');
  repo.write('b.py', TWILIO);
  repo.commit('head');
  const { out, io: sink } = io();
  expect(await runDiff(['--repo', repo.dir, '--base', base, '--head', 'HEAD', '--format', 'json'], sink)).toBe(0);
  const cmp = JSON.parse(out.stdout);
  expect(cmp.kind).toBe('comparison');
  expect(cmp.newIntegrations.map((i: { service: string }) => i.service)).toEqual(['Twilio']);
  expect(await runDiff(['--base', base], io().io)).toBe(2);
  expect(await runDiff(['--repo', repo.dir, '--base', 'no-such-rev', '--head', 'HEAD'], io().io)).toBe(2);
  repo.cleanup();
});
