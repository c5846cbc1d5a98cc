// The only module that knows which tree-sitter binding is used (web-tree-sitter + the WASM grammar).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, Query } from 'web-tree-sitter';
import type { Node, Tree } from 'web-tree-sitter';

export type { Node as SyntaxNode, Tree as SyntaxTree };

let ready: Promise<PythonParser> | undefined;

export interface PythonParser {
  /** Parse source; the caller must call tree.delete() when done (WASM memory is not GC-managed). */
  parse(source: string, timeoutMicros?: number): Tree | null;
  query(source: string): Query;
}

/** Where the two .wasm files are: next to the bundle in dist/, else in node_modules. */
function locate(file: 'web-tree-sitter.wasm' | 'tree-sitter-python.wasm'): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..'), join(here, 'wasm')]) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  // Development: find the package folder through Node's resolution of its entry point.
  const require = createRequire(import.meta.url);
  const pkg = file === 'web-tree-sitter.wasm' ? 'web-tree-sitter' : 'tree-sitter-python';
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, file)) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, file);
}

export function pythonParser(): Promise<PythonParser> {
  ready ??= (async () => {
    const runtime = locate('web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(locate('tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    const queries = new Map<string, Query>();
    return {
      parse(source: string, timeoutMicros?: number): Tree | null {
        if (!timeoutMicros) return parser.parse(source);
        const deadline = performance.now() + timeoutMicros / 1000;
        const tree = parser.parse(source, null, {
          progressCallback: () => performance.now() > deadline,
        });
        // A halted parse is resumed by the next parse() call, whatever its source: start the next file afresh.
        if (!tree) parser.reset();
        return tree;
      },
      query(source: string): Query {
        let q = queries.get(source);
        if (!q) {
          q = new Query(language, source);
          queries.set(source, q);
        }
        return q;
      },
    };
  })();
  return ready;
}
