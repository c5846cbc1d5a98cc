// Errors are values: loaders return a Result, and the CLI / action format the problems.

export interface Problem {
  file: string;
  line?: number;
  /** Dotted path of the offending key, e.g. "allow[2].host". */
  key?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}
