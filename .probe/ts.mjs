import { readFileSync } from 'node:fs';
const { Parser, Language } = await import('web-tree-sitter');
await Parser.init();
const lang = await Language.load('node_modules/tree-sitter-python/tree-sitter-python.wasm');
const p = new Parser(); p.setLanguage(lang);
const t = p.parse(readFileSync(process.argv[2],'utf8'));
console.log(t.rootNode.toString());
