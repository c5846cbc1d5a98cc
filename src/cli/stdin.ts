// `scan -`: the source comes from standard input, named by --stdin-filename (editors and pre-commit
// pipe a buffer that is not saved yet). The name is where findings are reported and which globs apply.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Problem } from '../result.js';

export const STDIN_DEFAULT_NAME = 'stdin.py';

/** Reads a stream to its end. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/** The root-relative, `/`-separated name of the standard-input file, or a problem naming the flag. */
export function stdinName(name: string | undefined, root: string, cwd = process.cwd()): string | Problem {
  if (name === undefined || name === '') return STDIN_DEFAULT_NAME;
  const rel = relative(root, resolve(cwd, name));
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    return { file: name, key: '--stdin-filename', message: `must name a file inside the scan root ${root}` };
  return rel.split(sep).join('/');
}
