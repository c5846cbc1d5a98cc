// The prefilter's lexer: comments and docstrings blanked, plain string literals listed, the rest kept.
import { codeText, inString } from '../src/rules/code-text.js';

/** The listed literals as text. */
const literals = (src: string) => {
  const { strings } = codeText(src);
  const out: string[] = [];
  for (let i = 0; i < strings.length; i += 2) out.push(src.slice(strings[i], strings[i + 1]));
  return out;
};
const kept = (src: string) => codeText(src).text.replace(/\s+/g, ' ').trim();

describe('codeText', () => {
  it('keeps offsets', () => {
    const src = 'x = 1  # note\n"""doc\nmore"""\ny = "a"\n';
    const { text, strings } = codeText(src);
    expect(text.length).toBe(src.length);
    expect(text.slice(strings[0], strings[1])).toBe('"a"');
  });

  it('blanks comments, also after code and inside brackets', () => {
    expect(kept('a = f(1,  # requests.post\n  2)  # os.system\n')).toBe('a = f(1, 2)');
  });

  it('blanks string statements and keeps string values', () => {
    expect(kept('"""module doc"""\ndef f():\n    \'\'\'doc\'\'\'\n    return "v"\n')).toBe('def f(): return "v"');
    expect(literals('x = "a"\ny = b"b" + r\'c\'\n')).toEqual(['"a"', 'b"b"', "r'c'"]);
  });

  it('keeps a string that is not a whole statement', () => {
    for (const src of [
      '"x".join(parts)\n',
      '"a" "b"\n',
      'if x: "v"\n',
      'x = 1; "v"\n',
      'f(\n"v"\n)\n',
      'x = \\\n  "v"\n',
      '"""unclosed\nos.system(cmd)\n',
    ])
      expect(kept(src)).toBe(src.replace(/\s+/g, ' ').trim());
  });

  it('treats f-strings as code: never blanked, never listed', () => {
    const src = 'f"{os.system(cmd)}"\nx = rf"{a}"\n';
    expect(kept(src)).toBe(src.replace(/\s+/g, ' ').trim());
    expect(literals(src)).toEqual([]);
  });

  it('reads prefixes only at the start of a word and quotes inside strings', () => {
    expect(literals('bar"x" + rb"y" + Rb\'z\'\n')).toEqual(['"x"', 'rb"y"', "Rb'z'"]);
    expect(literals('s = "it\'s" + \'say "hi"\' + """a "b" c"""\n')).toEqual([
      '"it\'s"',
      '\'say "hi"\'',
      '"""a "b" c"""',
    ]);
    expect(literals('s = "a\\"b" + "c"\n')).toEqual(['"a\\"b"', '"c"']);
  });

  it('finds the literal an offset is in', () => {
    const src = 'a = "xy" + "z"\n';
    const { strings } = codeText(src);
    expect(inString(strings, src.indexOf('xy'))).toBe(true);
    expect(inString(strings, src.indexOf('+'))).toBe(false);
    expect(inString(strings, src.indexOf('z'))).toBe(true);
  });
});
