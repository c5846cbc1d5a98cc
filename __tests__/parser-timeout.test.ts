// A parse halted by the per-file time budget must not leak into the next file: tree-sitter resumes a
// halted parse on the next parse() call unless the parser is reset, so the next file got the rest of
// the previous file's tree (and lost its own findings) after any file over max-file-millis.
import { pythonParser } from '../src/parse/parser.js';

it('parses the next file afresh after a parse that ran out of time', async () => {
  const parser = await pythonParser();
  const big = 'import requests\n' + 'x = [1, (2, 3)]\n'.repeat(200_000);
  expect(parser.parse(big, 1)).toBeNull();
  const small = 'import requests\nrequests.post("https://hooks.slack.com/x")\n';
  const tree = parser.parse(small)!;
  try {
    expect(tree.rootNode.endIndex).toBe(small.length);
    expect(tree.rootNode.toString()).toContain('(call function: (attribute');
    expect(tree.rootNode.toString()).not.toContain('assignment');
  } finally {
    tree.delete();
  }
});
