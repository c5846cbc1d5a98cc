// What the manifest parsers return: plain records with 1-based lines, no findings yet.
import type { ManifestKind } from '../types.js';

/** Where something is written: 1-based line, 1-based columns (end exclusive), the physical line. */
export interface Span {
  line: number;
  column: number;
  endColumn: number;
  /** The physical line, for the snippet. */
  text: string;
}

/** One requirement as written in a manifest. */
export interface Requirement extends Span {
  /** PEP 503 normalised; '' for an unnamed URL requirement. */
  name: string;
  /** Direct URL or VCS reference (`pkg @ https://…`, `git+https://…#egg=pkg`, `-e git+…`). */
  url?: string;
  /** pip-compile's `# via` parents (normalised names), when none of them is an input file. */
  via?: string[];
  /** Only says where a package comes from (`[tool.uv.sources]`): a URL finding, not a second package one. */
  sourceOnly?: boolean;
}

/** `--index-url`, `--extra-index-url`, `--find-links`, `[[source]] url`: where packages are fetched. */
export interface IndexSource extends Span {
  url: string;
  /** The option or key that names it (`--extra-index-url`, `[[tool.poetry.source]]`). */
  option: string;
}

/** `-r other.txt` / `-c constraints.txt`: a repo-relative path, resolved against the including file. */
export interface Include {
  path: string;
  line: number;
}

/** A package pinned in a lock file, with the packages it depends on. */
export interface LockedPackage extends Span {
  name: string;
  dependencies: string[];
}

export interface Manifest {
  file: string;
  kind: ManifestKind;
  requirements: Requirement[];
  indexes: IndexSource[];
  includes: Include[];
  /** Lock files only. */
  locked: LockedPackage[];
  /** Problems with the file (invalid TOML, an entry that is not a string): the scan goes on. */
  notes: string[];
}

export function emptyManifest(file: string, kind: ManifestKind): Manifest {
  return { file, kind, requirements: [], indexes: [], includes: [], locked: [], notes: [] };
}
