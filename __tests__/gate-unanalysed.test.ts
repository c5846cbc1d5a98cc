// The one gate (src/compare/gate.ts): unanalysed files never pass quietly in PR mode; new call sites of
// existing integrations get a failing headline; scan, diff and the gate function agree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDiff } from '../src/cli/diff.js';
import { runScan } from '../src/cli/scan.js';
import { evaluateGate, evaluateScanGate, type GateOptions } from '../src/pipeline/gate.js';
import { runComparison } from '../src/pipeline/run.js';
import { renderComment, renderSummary } from '../src/report/comment.js';
import type { Comparison, RepoContext } from '../src/types.js';
import { makeComparison, makeFinding, makeScanResult } from './helpers/findings.js';
import { tempDir } from './helpers/git-repo.js';

const SLACK = 'requests.post("https://hooks.slack.com/services/T000/B000/XXXX", json={"text": msg})\n';
const HEAD_SRC = 'import requests\n\n\ndef notify(msg):\n    ' + SLACK;
const ctx: RepoContext = { serverUrl: 'https://github.com', repository: 'acme/app', sha: 'a'.repeat(40) };
const MARKER = '<!-- egress-audit:comment -->';
const PR: GateOptions = { failOn: 'high', warnOnly: false, allowPrSuppressions: false };

function sink() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
  };
}

/** base/ and head/ folders plus a config file (max-file-size in bytes when given). */
function sides(base: Record<string, string>, head: Record<string, string>, config = ''): string {
  const root = tempDir();
  for (const [side, files] of [
    ['base', base],
    ['head', head],
  ] as const) {
    mkdirSync(join(root, side), { recursive: true });
    for (const [p, c] of Object.entries(files)) writeFileSync(join(root, side, p), c);
  }
  writeFileSync(join(root, 'cfg.yml'), config || 'paths: ["**/*.py"]\n');
  return root;
}

async function compare(root: string): Promise<Comparison> {
  const r = await runComparison({
    sides: { kind: 'folders', base: join(root, 'base'), head: join(root, 'head') },
    config: { kind: 'file', path: join(root, 'cfg.yml') },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.comparison;
}

/** Mostly comments and code, one Slack webhook post at the very end. */
function padded(bytes: number): string {
  const parts = ['import requests\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const s =
      i % 2 ? `def helper_${i}(x):\n    return [x * ${i}, str(x)]\n\n` : `# padding ${i}: lorem ipsum dolor sit amet\n`;
    parts.push(s);
    size += s.length;
  }
  parts.push(SLACK.replace('msg', '"x"'));
  return parts.join('');
}

describe('changed files that could not be analysed', () => {
  test('a padded file over max-file-size ending in a webhook post fails the gate, naming file, reason and fix', async () => {
    const root = sides(
      { 'a.py': 'x = 1\n' },
      { 'a.py': 'x = 1\n', 'big.py': padded(300_000) },
      'max-file-size: 100000\n',
    );
    const cmp = await compare(root);
    const gate = evaluateGate(cmp, PR);
    expect(gate.failed).toBe(true);
    expect(gate.failing).toEqual([]);
    expect(gate.unanalysed.map((s) => s.file)).toEqual(['big.py']);
    expect(gate.unanalysedFails).toBe(true);
    expect(gate.message).toContain('big.py');
    expect(gate.message).toContain('max-file-size');
    expect(gate.message).toContain('--no-fail-on-unanalysed');

    // Opt out: listed with a warning, the gate passes.
    const off = evaluateGate(cmp, { ...PR, unanalysed: 'warn' });
    expect(off.failed).toBe(false);
    expect(off.wouldFail).toBe(false);
    expect(off.unanalysed.map((s) => s.file)).toEqual(['big.py']);
    expect(off.warning).toContain('big.py');
    // warn-only: would fail, reported as a warning.
    const warn = evaluateGate(cmp, { ...PR, warnOnly: true });
    expect([warn.failed, warn.warnOnly]).toEqual([false, true]);

    // The comment: a visible list (outside <details>) under a headline that is not ✅.
    const md = renderComment(cmp, ctx, { marker: MARKER, gate });
    const headline = md.split('\n')[1]!;
    expect(headline.startsWith('## ❌')).toBe(true);
    expect(md).toContain('### ⚠️ Files that could not be analysed (1)');
    expect(md.indexOf('<code>big.py</code>')).toBeGreaterThan(0);
    expect(md).not.toContain('✅');
    const md2 = renderComment(cmp, ctx, { marker: MARKER, gate: off });
    expect(md2.split('\n')[1]!.startsWith('## ⚠️')).toBe(true);
    expect(md2).toContain('<code>big.py</code>');
  });

  test('a padded 4 MB file ending in a Slack webhook post is analysed, or fails the gate', async () => {
    const root = sides({}, { 'big.py': padded(4 * 1024 * 1024) });
    const cmp = await compare(root);
    const gate = evaluateGate(cmp, PR);
    expect(gate.failed).toBe(true);
    const analysed = gate.failing.some((f) => f.file === 'big.py' && f.service === 'Slack');
    const unanalysed = gate.unanalysed.some((s) => s.file === 'big.py');
    expect(analysed || unanalysed).toBe(true);
  }, 120_000);

  test('symbolic links and base-only skips are listed, never failing; full scans warn', () => {
    const cmp = makeComparison({
      changedFiles: ['link.py', 'mod.py', 'big.py'],
      skipped: [
        { file: 'link.py', reason: 'symbolic link (not followed)', side: 'head' },
        { file: 'mod.py', reason: 'submodule at abc (not scanned)', side: 'head' },
        { file: 'big.py', reason: '9000000 bytes exceeds max-file-size 8388608', side: 'base' },
      ],
    });
    const gate = evaluateGate(cmp, PR);
    expect(gate.failed).toBe(false);
    expect(gate.unanalysed).toEqual([]);
    expect(gate.skippedByDesign.map((s) => s.file)).toEqual(['big.py', 'link.py', 'mod.py']);

    const scan = makeScanResult({ skipped: [{ file: 'huge.py', reason: 'parsing took longer than 5000 ms' }] });
    const full = evaluateScanGate(scan, PR);
    expect([full.failed, full.unanalysed.length]).toEqual([false, 1]);
    expect(full.warning).toContain('max-file-millis');
    expect(evaluateScanGate(scan, { ...PR, unanalysed: 'fail' }).failed).toBe(true);
  });
});

describe('a second call to an existing integration', () => {
  test('fails with a headline that names it and a visible section of its own', async () => {
    const root = sides({ 'hook.py': HEAD_SRC }, { 'hook.py': HEAD_SRC + '\n\ndef again(msg):\n    ' + SLACK });
    const cmp = await compare(root);
    expect(cmp.newIntegrations).toEqual([]);
    const gate = evaluateGate(cmp, PR);
    expect(gate.failed).toBe(true);
    expect(gate.failures.map((f) => [f.finding.service, f.existingIntegration])).toEqual([['Slack', true]]);
    for (const md of [renderComment(cmp, ctx, { marker: MARKER, gate }), renderSummary(cmp, ctx, { gate })]) {
      const lines = md.split('\n');
      const headline = lines.find((l) => l.startsWith('## '))!;
      expect(headline.startsWith('## ❌')).toBe(true);
      expect(headline).toContain('1 new call site of an existing integration');
      expect(md).not.toContain('✅');
      const section = md.indexOf('### ❌ New call sites of existing integrations (1)');
      expect(section).toBeGreaterThan(0);
      const details = md.indexOf('<details>');
      expect(details < 0 || section < details).toBe(true);
      expect(md.slice(section, details < 0 ? undefined : details)).toContain('hook.py\\:9');
    }
  });

  test('the size-shrinking path keeps the failing count and first lines visible', () => {
    const fs = Array.from({ length: 400 }, (_, i) =>
      makeFinding({ fingerprint: `f${i}`, risk: 'high', startLine: i + 1, file: `m${i}.py` }),
    );
    const cmp = makeComparison({ newFindings: fs, headFindings: fs, changedFiles: fs.map((f) => f.file) });
    const gate = evaluateGate(cmp, PR);
    const md = renderComment(cmp, ctx, { marker: MARKER, gate, maxChars: 6000 });
    expect(md.length).toBeLessThanOrEqual(6000);
    expect(md.split('\n')[1]).toBe('## ❌ 400 new call sites of existing integrations fail the gate');
    expect(md).toContain('### ❌ New call sites of existing integrations (400)');
    expect(md).toContain('m0.py\\:1');
    expect(md).toMatch(/…and \d+ more\./);
    // Down to counts: the headline, the section with its first lines and the count stay.
    const tiny = renderComment(cmp, ctx, { marker: MARKER, gate, maxChars: 3000 });
    expect(tiny.length).toBeLessThanOrEqual(3000);
    expect(tiny.split('\n')[1]).toBe('## ❌ 400 new call sites of existing integrations fail the gate');
    expect(tiny).toContain('### ❌ New call sites of existing integrations (400)');
    expect(tiny).toContain('m0.py\\:1');
  });
});

describe('one gate for scan, diff and the gate function', () => {
  test.each([
    ['high', true],
    ['critical', false],
  ] as const)('fail-on %s → failed %s everywhere', async (failOn, failed) => {
    const root = sides({ 'hook.py': HEAD_SRC }, { 'hook.py': HEAD_SRC + '\n\ndef again(msg):\n    ' + SLACK });
    const cmp = await compare(root);
    const gate = evaluateGate(cmp, { ...PR, failOn });
    expect(gate.failed).toBe(failed);

    const d = sink();
    const diffCode = await runDiff(
      [
        '--base',
        join(root, 'base'),
        '--head',
        join(root, 'head'),
        '--config',
        join(root, 'cfg.yml'),
        '--fail-on',
        failOn,
      ],
      d.io,
    );
    expect(diffCode).toBe(failed ? 1 : 0);
    if (failed) expect(d.out.stderr).toContain(gate.message);

    // A full scan of head counts both calls as new: the same threshold decides.
    const s = sink();
    const scanCode = await runScan(
      ['--root', join(root, 'head'), '--config', join(root, 'cfg.yml'), '--fail-on', failOn, '--workers', '1'],
      s.io,
      { defaultWorkers: 1 },
    );
    expect(scanCode).toBe(failed ? 1 : 0);
  });
});
