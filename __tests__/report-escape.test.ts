import { codeText, escapeMarkdown, truncate } from '../src/report/escape.js';
import { withinBudget } from './helpers/budget.js';
import { PAYLOADS, rng, unescapedPipes } from './helpers/markdown.js';

const ZWJ = '\u200D';

/** Properties every escaped string must have, whatever the input. */
function assertInert(out: string): void {
  expect(out).not.toMatch(/[<>\n\r]/);
  expect(out).not.toContain('<!--');
  expect(unescapedPipes(out)).toBe(0);
  expect(out).not.toMatch(/@[A-Za-z0-9_-]/); // every mention-like @ is followed by a ZWJ
  expect(out).not.toMatch(/#[0-9A-Za-z]/); // every #ref is broken by a ZWJ
  expect(out).not.toContain('://');
  expect(out).not.toMatch(/www\./i);
  expect(out).not.toMatch(/(^|[^\\])(\\\\)*[[\]()!`*_~$]/); // all of these are backslash-escaped
  expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
}

describe('escapeMarkdown', () => {
  it.each(PAYLOADS)('neutralises %j', (p) => {
    assertInert(escapeMarkdown(p));
  });

  it('renders HTML as entities', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });

  it('breaks links, mentions, references and autolinks', () => {
    expect(escapeMarkdown('](http://evil)')).toBe(`\\]\\(http\\:${ZWJ}//evil\\)`);
    expect(escapeMarkdown('@org/team')).toBe(`@${ZWJ}org/team`);
    expect(escapeMarkdown('#123')).toBe(`\\#${ZWJ}123`);
    expect(escapeMarkdown('www.evil.com')).toBe(`www${ZWJ}.evil.com`);
    expect(escapeMarkdown('a@b.com')).toBe(`a@${ZWJ}b.com`);
    expect(escapeMarkdown('api.openai.com')).toBe('api.openai.com');
  });

  it('flattens newlines and escapes pipes and backticks', () => {
    expect(escapeMarkdown('a|b\nc`d')).toBe('a\\|b c\\`d');
    expect(escapeMarkdown('a\\|b')).toBe('a\\\\\\|b');
  });

  it('truncates with an ellipsis and never splits a surrogate pair', () => {
    expect(escapeMarkdown('x'.repeat(500), 10)).toBe('x'.repeat(9) + '…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('wraps code in <code> with escaped content', () => {
    expect(codeText('a|b`</code>')).toBe('<code>a\\|b\\`&lt;/code&gt;</code>');
  });

  it('stays inert on random mixes of special characters (fixed seed)', () => {
    const next = rng(42);
    const alphabet = '<>&[]()!|`*_~$:#@./\\\nw1a -!'.split('');
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const len = Math.floor(next() * 40);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      s += ['www.', 'http://', '@x', '#1', '<!--'][i % 5];
      assertInert(escapeMarkdown(s, 1000));
    }
  });

  // All nine took 0.5 s with eight agents on the 2 cores; one backtracking regex takes minutes on them.
  it('handles 100,000-character adversarial inputs (linear-time regexes)', async () => {
    const inputs = [
      '\\'.repeat(100_000),
      '['.repeat(50_000) + ']('.repeat(25_000),
      '<!--'.repeat(25_000),
      '@'.repeat(100_000),
      'www.'.repeat(25_000),
      'http://'.repeat(14_285),
      '\r\n'.repeat(50_000),
      '\uD800'.repeat(100_000),
      '#1'.repeat(50_000),
    ];
    await withinBudget(5_000, () => {
      for (const s of inputs) {
        const out = escapeMarkdown(s, Number.MAX_SAFE_INTEGER);
        expect(out.length).toBeGreaterThan(0);
        assertInert(out);
      }
    });
  });
});
