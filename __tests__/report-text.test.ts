import { findingLine, renderText, sanitizeTerminal } from '../src/report/text.js';
import { toJson } from '../src/report/json.js';
import { makeComparison, makeFinding, makeScanResult, sampleFindings } from './helpers/findings.js';

describe('renderText', () => {
  const result = makeScanResult({
    findings: sampleFindings(),
    filesScanned: 12,
    skipped: [{ file: 'huge.py', reason: 'larger than 1 MB' }],
    notes: [{ file: 'bad.py', message: 'syntax errors: 2 regions', level: 'warning' }],
    unusedSuppressions: [{ file: 'old.py', line: 4, text: '# egress: allow stale' }],
  });

  it('prints one line per finding, sorted, with markers, totals and skipped files', () => {
    const out = renderText(result);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'src/app.py:10:5  MEDIUM    ai             OpenAI → api.openai.com  (openai.OpenAI().chat.completions.create)',
    );
    expect(out).toContain(
      'src/other.py:10:5  MEDIUM    ai             OpenAI → api.openai.com  (openai.OpenAI().chat.completions.create)  [allowed: allow[0]] [test]',
    );
    expect(out).toContain(
      'x/evil.py:10:5  CRITICAL  covert         DNS → (dynamic: f-string)  (socket.gethostbyname)  [suppressed: reviewed by security]',
    );
    expect(out).toContain('svc/main.py:3:1  HIGH      telemetry      Sentry → o1.ingest.sentry.io  (sentry_sdk.init)');
    expect(out).toContain('Skipped files:\n  huge.py: larger than 1 MB');
    expect(out).toContain('Notes:\n  bad.py: warning: syntax errors: 2 regions');
    expect(out).toContain('Unused suppressions:\n  old.py:4: # egress: allow stale');
    expect(lines.at(-2)).toBe(
      '4 findings (1 critical, 1 high, 2 medium), 12 files scanned, 1 suppressed, 1 allowed, 1 skipped',
    );
    expect(out.endsWith('\n')).toBe(true);
  });

  it('uses colour only when asked', () => {
    expect(renderText(result)).not.toContain('\x1b[');
    expect(renderText(result, { color: false })).not.toContain('\x1b[');
    expect(renderText(result, { color: true })).toContain('\x1b[1;31mCRITICAL');
  });

  it('neutralises terminal escape sequences and newlines from scanned code', () => {
    const f = makeFinding({ file: 'evil\x1b[2J\n.py', service: 'S\x07', callee: 'x\r\x1b]0;title\x07' });
    const line = findingLine(f);
    expect(line).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(line.split('\n')).toHaveLength(1);
    expect(sanitizeTerminal('a\u202Eb')).toBe('a\uFFFDb');
  });

  it('prints a totals line for an empty scan', () => {
    expect(renderText(makeScanResult({ filesScanned: 1 }))).toBe('0 findings, 1 file scanned\n');
  });
});

describe('toJson', () => {
  it('is stable: sorted keys and findings, byte-identical regardless of input order', () => {
    const fs = sampleFindings();
    const a = toJson(makeScanResult({ findings: fs }), '1.0.0');
    const b = toJson(makeScanResult({ findings: [...fs].reverse() }), '1.0.0');
    expect(a).toBe(b);
    const parsed = JSON.parse(a);
    expect(parsed.kind).toBe('scan');
    expect(parsed.version).toBe('1.0.0');
    expect(parsed.findings).toHaveLength(4);
    expect(Object.keys(parsed.findings[0])).toEqual([...Object.keys(parsed.findings[0])].sort());
    expect(parsed.findings[0]).toEqual(JSON.parse(JSON.stringify(fs[0])));
    expect(a.endsWith('\n')).toBe(true);
  });

  it('serialises a comparison with its kind', () => {
    const f = makeFinding();
    const parsed = JSON.parse(toJson(makeComparison({ newFindings: [f], headFindings: [f] }), '1.0.0'));
    expect(parsed.kind).toBe('comparison');
    expect(parsed.newFindings[0].fingerprint).toBe(f.fingerprint);
  });
});
