// `# egress: allow[RULE-ID or service] reason` (same line or the line above) and
// `# egress: allow-file[...] reason`: suppressed findings are kept with the justification, and a
// suppression that matches nothing is reported.
import { scanText } from './helpers/engine.js';

const HEAD = 'import requests\nfrom openai import OpenAI\n';

async function scan(body: string) {
  const r = await scanText(HEAD + body, 'app.py');
  return {
    findings: r.findings.map((f) => ({ line: f.startLine - 2, rule: f.ruleId, suppressed: f.suppressed })),
    unused: r.unusedSuppressions.map((u) => ({ line: u.line - 2, text: u.text })),
  };
}

describe('suppressions', () => {
  it('same line, by rule id, keeps the finding with the reason', async () => {
    const r = await scan(
      'requests.post("https://a.example.net")  # egress: allow[network.requests] approved in SEC-1\n',
    );
    expect(r.findings).toEqual([
      { line: 1, rule: 'network.requests', suppressed: { justification: 'approved in SEC-1', line: 3 } },
    ]);
    expect(r.unused).toEqual([]);
  });

  it('line above, by service name (case-insensitive)', async () => {
    const r = await scan(
      '# egress: allow[openai] prompts contain no personal data\nOpenAI().chat.completions.create(model="m", messages=[])\n',
    );
    expect(r.findings[0]).toMatchObject({ line: 2, suppressed: { justification: 'prompts contain no personal data' } });
  });

  it('by category', async () => {
    const r = await scan('requests.get("https://a.example.net")  # egress: allow[network] health check\n');
    expect(r.findings[0]!.suppressed?.justification).toBe('health check');
  });

  it('without a target applies to every finding on the line, and without a reason says so', async () => {
    const r = await scan('requests.get("https://a.example.net")  # egress: allow\n');
    expect(r.findings[0]!.suppressed).toEqual({ justification: 'no reason given', line: 3 });
  });

  it('several targets separated by commas', async () => {
    const r = await scan(
      '# egress: allow[ai.openai, network.requests] both reviewed\nrequests.get("https://a.example.net")\n',
    );
    expect(r.findings[0]!.suppressed?.justification).toBe('both reviewed');
  });

  it('a standalone comment above a multi-line call covers the call', async () => {
    const r = await scan(
      '# egress: allow[network.requests] reviewed\nrequests.post(\n    "https://a.example.net",\n    json={},\n)\n',
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.suppressed).toBeDefined();
  });

  it('a standalone comment followed by another comment still covers the next statement', async () => {
    const r = await scan(
      '# egress: allow[network.requests] reviewed\n# (ticket SEC-9)\nrequests.get("https://a.example.net")\n',
    );
    expect(r.findings[0]!.suppressed).toBeDefined();
  });

  it('does not reach two lines down past code', async () => {
    const r = await scan('# egress: allow[network.requests] reviewed\nx = 1\nrequests.get("https://a.example.net")\n');
    expect(r.findings[0]!.suppressed).toBeUndefined();
    expect(r.unused).toEqual([{ line: 1, text: '# egress: allow[network.requests] reviewed' }]);
  });

  it('a different rule id does not suppress, and the suppression is reported unused', async () => {
    const r = await scan('requests.get("https://a.example.net")  # egress: allow[ai.openai] wrong rule\n');
    expect(r.findings[0]!.suppressed).toBeUndefined();
    expect(r.unused).toEqual([{ line: 1, text: '# egress: allow[ai.openai] wrong rule' }]);
  });

  it('file-level suppression covers every matching finding', async () => {
    const r = await scan(
      '# egress: allow-file[network.requests] internal tooling\nrequests.get("https://a.example.net")\n\n\nrequests.post("https://b.example.net")\nOpenAI().embeddings.create(model="m", input="x")\n',
    );
    const byRule = r.findings.map((f) => [f.rule, f.suppressed?.justification]);
    expect(byRule).toEqual([
      ['network.requests', 'internal tooling'],
      ['network.requests', 'internal tooling'],
      ['ai.openai', undefined],
    ]);
    expect(r.unused).toEqual([]);
  });

  it('an unused file-level suppression is reported', async () => {
    const r = await scan('# egress: allow-file[telemetry] nothing here\nrequests.get("https://a.example.net")\n');
    expect(r.unused).toHaveLength(1);
  });

  it('a suppression-looking text inside a string is not a suppression', async () => {
    const r = await scan('requests.get("https://a.example.net", params={"q": "# egress: allow"})\n');
    expect(r.findings[0]!.suppressed).toBeUndefined();
    expect(r.unused).toEqual([]);
  });

  it('unused suppressions are reported in a file with no findings at all', async () => {
    const r = await scanText('x = 1  # egress: allow[network.requests] stale\n', 'plain.py');
    expect(r.findings).toEqual([]);
    expect(r.unusedSuppressions).toEqual([
      { file: 'plain.py', line: 1, text: '# egress: allow[network.requests] stale' },
    ]);
  });

  it('one suppression covers each finding on its line', async () => {
    const r = await scan(
      'requests.get("https://a.example.net"); requests.get("https://b.example.net")  # egress: allow[network.requests] ok\n',
    );
    expect(r.findings.map((f) => !!f.suppressed)).toEqual([true, true]);
  });
});
