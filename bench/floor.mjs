// Parse floor: read + parse every file of a list with the same web-tree-sitter and grammar as the
// CLI, freeing each tree. Usage: node bench/floor.mjs LIST_FILE WASM_DIR
// Prints one JSON line: files, bytes, trees with errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

const [list, wasmDir] = process.argv.slice(2);
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
await Parser.init({ locateFile: () => join(wasmDir, 'web-tree-sitter.wasm') });
const language = await Language.load(join(wasmDir, 'tree-sitter-python.wasm'));
const parser = new Parser();
parser.setLanguage(language);
let bytes = 0;
let errors = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  const tree = parser.parse(text);
  if (tree.rootNode.hasError) errors++;
  tree.delete();
}
process.stdout.write(`${JSON.stringify({ files: files.length, chars: bytes, errors })}\n`);
