import { pythonParser } from '../src/parse/parser.js';

describe('parse', () => {
  it('parses Python and tolerates syntax errors', async () => {
    const p = await pythonParser();
    const ok = p.parse('import requests\nrequests.post("https://x.example")\n')!;
    expect(ok.rootNode.hasError).toBe(false);
    expect(ok.rootNode.descendantsOfType('call').length).toBe(1);
    ok.delete();
    const bad = p.parse('def f(:\n  requests.get(u)\n')!;
    expect(bad.rootNode.hasError).toBe(true);
    bad.delete();
  });
});
