// Wrapper summaries are computed once per function and reused at every depth they are asked at: a
// chain of wrappers is followed four levels deep whatever was summarised first, and no deeper.
import { scanText } from './helpers/engine.js';

// w1 sends to its parameter; each w(k+1) passes its own parameter to wk.
const chain = [
  'import requests',
  'def w1(url):',
  '    requests.post(url, json={})',
  ...[2, 3, 4, 5].flatMap((k) => [`def w${k}(url):`, `    w${k - 1}(url)`]),
];

async function hosts(calls: string[]): Promise<[number, string | undefined][]> {
  const code = [...chain, ...calls].join('\n') + '\n';
  const r = await scanText(code);
  return r.findings
    .filter((f) => f.startLine > chain.length)
    .map((f) => [f.startLine - chain.length, f.destination.host] as [number, string | undefined]);
}

describe('wrapper summaries across depths', () => {
  it('a call through four wrappers is a site with its host; through five it is not', async () => {
    expect(await hosts(['w4("https://four.example/x")', 'w5("https://five.example/x")'])).toEqual([
      [1, 'four.example'],
    ]);
  });

  it('gives the same sites when the inner wrappers were summarised first (directly called)', async () => {
    const direct = ['w1("https://one.example/")', 'w2("https://two.example/")', 'w3("https://three.example/")'];
    expect(await hosts([...direct, 'w5("https://five.example/x")', 'w4("https://four.example/x")'])).toEqual([
      [1, 'one.example'],
      [2, 'two.example'],
      [3, 'three.example'],
      [5, 'four.example'],
    ]);
    // Asked deepest first: w4's summary is computed below w5's (one level short) and again at full depth.
    expect(
      await hosts(['w5("https://five.example/x")', 'w4("https://four.example/x")', 'w1("https://one.example/")']),
    ).toEqual([
      [2, 'four.example'],
      [3, 'one.example'],
    ]);
  });
});
