// Regular expressions on PR-controlled text (issue 7, item 5): adversarial 100,000-character inputs must
// complete (catastrophic backtracking would run for minutes and hit the jest timeout). Each function
// below wraps one or more of the regexes listed in docs/security.md.
import { defaultConfig } from '../src/config/load.js';
import { pathFilter } from '../src/diff/filter.js';
import { codeText, escapeMarkdown, plainLine } from '../src/report/escape.js';
import { serializeSarif, toSarif } from '../src/report/sarif.js';
import { sanitizeTerminal } from '../src/report/text.js';
import { encodePath, permalink, wellFormed } from '../src/report/uri.js';
import { importedPaths } from '../src/resolve/import-scan.js';
import { ModuleMap } from '../src/resolve/modules.js';
import { credentialPath, isSecretName } from '../src/resolve/sources.js';
import { codeText as pythonCode } from '../src/rules/code-text.js';
import { destinationOf } from '../src/resolve/strings.js';
import { decodeSource } from '../src/scan/decode.js';
import { withinBudget } from './helpers/budget.js';
import { builtinRules, scanText } from './helpers/engine.js';
import { makeFinding } from './helpers/findings.js';
import { config, REPO } from './helpers/hostile.js';

const N = 100_000;

/** Inputs built to make backtracking regexes explode: long runs, near-misses at the end, alternations. */
const ADVERSARIAL: [string, string][] = [
  ['spaces then x', ' '.repeat(N) + 'x'],
  ['tabs/newlines', ' \t\r\n\f\v'.repeat(N / 6)],
  ['slashes then x', '/'.repeat(N) + 'x'],
  ['backslashes', '\\'.repeat(N)],
  ['dot-slash runs', './'.repeat(N / 2) + '.'],
  ['dotted words then !', 'a.'.repeat(N / 2) + '!'],
  ['hash marks', '#'.repeat(N)],
  ['percent', '%'.repeat(N)],
  ['percent-conversions', '%(a)-#0 +99.9'.repeat(N / 13)],
  ['braces', '{'.repeat(N / 2) + '}'.repeat(N / 2)],
  ['brackets', '['.repeat(N / 2) + ']'.repeat(N / 2 - 1)],
  ['at signs', 'a@'.repeat(N / 2) + ':'],
  ['colons and slashes', ':/'.repeat(N / 2)],
  ['scheme-ish', 'a+b.c-'.repeat(N / 6) + '://'],
  ['coding lookalike', '# ' + 'coding'.repeat(N / 6) + '=' + '-'.repeat(100)],
  ['CRs', '\r'.repeat(N) + 'x'],
  ['lone surrogates', '\ud800'.repeat(N / 2) + '\udc00'.repeat(N / 2)],
  ['bidi controls', '\u202e\u2066'.repeat(N / 2)],
  ['markdown specials', '`*_[]()!|~$:#@<>&.'.repeat(N / 19)],
  ['www chains', 'www.'.repeat(N / 4)],
  ['egress comments', '# egress: allow['.repeat(N / 16)],
  ['word soup', 'requests exec getattr __import__ builtins . \\ '.repeat(N / 46)],
  ['quotes', `"'`.repeat(N / 2)],
  ['ipv6-ish', '[' + '0:'.repeat(N / 2) + 'g'],
  ['digits then letter', '1'.repeat(N) + 'z'],
];

const ALL_TEXT = (s: string) => s.length + 1;

// Budgets, in CPU time (helpers/budget.ts). Each test of one input on the functions below took at most
// 83 ms of wall time (600 ms for the first prefilter test, which loads the rules outside its budget) with
// five agents sharing the 2 cores, and CPU time is less: 1 s each. The engine took at most 3.4 s of wall
// time per input under the same load: 15 s.
const FUNCTION_BUDGET_MS = 1_000;
const ENGINE_BUDGET_MS = 15_000;

/** What decodeSource must return for UTF-8 text without a coding line: the text, lone CRs as LF, no note. */
const asDecoded = (t: string) => ({ text: wellFormed(t).replace(/\r(?!\n)/g, '\n') });

describe.each(ADVERSARIAL)('adversarial input: %s', (_name, s) => {
  it('decodeSource (PEP 263 coding line, blank/comment line, lone CR)', async () => {
    // No input starts with a complete coding declaration within 200 characters, so each is UTF-8.
    await withinBudget(FUNCTION_BUDGET_MS, () => {
      expect(decodeSource(Buffer.from(s))).toStrictEqual({ ...asDecoded(s), note: undefined });
      expect(decodeSource(Buffer.from(`${s}\n${s}`))).toStrictEqual({ ...asDecoded(`${s}\n${s}`), note: undefined });
    });
  });

  it('the rule index text prefilter', async () => {
    const { prefilter } = builtinRules().index;
    await withinBudget(FUNCTION_BUDGET_MS, () => expect(typeof prefilter.test(s)).toBe('boolean'));
  });

  it("the prefilter's lexer and the import scan", () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      expect(pythonCode(s).text.length).toBe(s.length);
      const map = new ModuleMap({ exists: () => true, read: () => undefined });
      expect(Array.isArray(importedPaths(`import ${s}\nfrom ${s} import (${s}`, 'a/b.py', map))).toBe(true);
    }));

  it('Markdown escaping, plain lines, terminal sanitising', () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      expect(escapeMarkdown(s, ALL_TEXT(s)).length).toBeGreaterThan(0);
      expect(codeText(s, ALL_TEXT(s)).length).toBeGreaterThan(0);
      expect(plainLine(s, ALL_TEXT(s))).not.toMatch(/[\r\n]/);
      expect(sanitizeTerminal(s)).not.toMatch(/[\u0000-\u001f]/);
    }));

  it('URI encoding of paths and permalinks', () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      expect(wellFormed(s).length).toBe(s.length);
      expect(() => encodePath(s)).not.toThrow();
      expect(permalink(REPO, s, 1)).toMatch(/#L1$/);
    }));

  it('destination parsing, secret names, credential paths', () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      expect(typeof destinationOf(s, [])).toBe('object');
      expect(typeof destinationOf(`https://${s}/x`, [])).toBe('object');
      expect(typeof isSecretName(s)).toBe('boolean');
      credentialPath(s);
    }));

  it('path filter (picomatch globs over PR file names)', () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      const f = pathFilter(defaultConfig(), ['src', '**/*.py']);
      expect(typeof f(`${s}.py`)).toBe('boolean');
      expect(typeof f(`a/${s}/b.py`)).toBe('boolean');
    }));

  it('SARIF messages and Markdown of a finding carrying the text', () =>
    withinBudget(FUNCTION_BUDGET_MS, () => {
      const f = makeFinding({
        snippet: s,
        destination: { source: 'constant', detail: s },
        file: `x${s.slice(0, 200)}.py`,
      });
      const { log } = toSarif({
        findings: [f],
        rules: [],
        skipped: [{ file: 'a.py', reason: s }],
        notes: [],
        version: '0',
      });
      expect(serializeSarif(log).length).toBeGreaterThan(0);
    }));
});

describe('the engine on adversarial source', () => {
  const cfg = config({ maxFileMillis: 20_000 });
  it.each(ADVERSARIAL)('%s inside strings, comments, f-strings, format and %% calls', async (_name, s) => {
    const lit = JSON.stringify(s.replace(/[\ud800-\udfff]/g, 'x'));
    const src = [
      'import os, requests, subprocess',
      `requests.get(${lit})`,
      `requests.get("https://%s/" % ${lit})`,
      `requests.get(${lit}.format(1))`,
      `requests.get(f"https://{x}" ${lit})`,
      `subprocess.run(${lit}, shell=True)`,
      `os.system("curl " + ${lit})`,
      `# egress: allow[${s.replace(/[\r\n]/g, ' ').slice(0, N)}] ${s.replace(/[\r\n]/g, ' ')}`,
      `def f(x: ${JSON.stringify('Optional[' + s.replace(/[\r\n"\\]/g, ' ') + ']')}): requests.get(x)`,
      `requests.get("https://ok.example/")`,
    ].join('\n');
    const r = await withinBudget(ENGINE_BUDGET_MS, () => scanText(src, 'adversarial.py', cfg));
    expect(r.skipped.filter((x) => /analysis failed/.test(x.reason))).toEqual([]);
  });
});

describe('trailing-slash trimming', () => {
  it('is linear on 100,000 slashes followed by a character, and trims runs', async () => {
    const { trimTrailingSlashes } = await import('../src/util/trim.js');
    // Measured 4 ms under load; a backtracking /\/+$/ would be quadratic here.
    await withinBudget(FUNCTION_BUDGET_MS, () =>
      expect(trimTrailingSlashes(`${'/'.repeat(100_000)}x`)).toHaveLength(100_001),
    );
    expect(trimTrailingSlashes('a/b///')).toBe('a/b');
    expect(trimTrailingSlashes('///')).toBe('');
  });
});
