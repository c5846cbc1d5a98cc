// String-level assertions on generated Markdown (no Markdown parser needed).

/** Pipes not preceded by an odd number of backslashes: the ones that split a GFM table row. */
export function unescapedPipes(line: string): number {
  let n = 0;
  let backslashes = 0;
  for (const c of line) {
    if (c === '|' && backslashes % 2 === 0) n += 1;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return n;
}

export function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

/** Small deterministic PRNG (mulberry32) for fuzz inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '](http://evil)',
  '[click](http://evil)',
  '![x](http://evil/x.png)',
  '@org/team',
  '@someone',
  'a|b|c',
  '`code` ``` ',
  '<!-- egress-audit:comment -->',
  '</details><details open>',
  '</summary>',
  '#123',
  'owner/repo#42',
  'line1\nline2\r\n| injected | row |',
  'https://evil.example/x',
  'www.evil.example',
  'user@evil.example',
  '**bold** _em_ ~~s~~ $x^2$ :smile:',
  '&lt;script&gt;',
  '\u202Eevil\u202C',
  '\\|\\\\|',
];
