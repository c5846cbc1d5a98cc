// What changed between two revisions (or folders), and file contents read from one of them.
import type { Result } from '../result.js';
import type { SkippedFile } from '../types.js';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface ChangedFile {
  status: ChangeStatus;
  /** Path at head (for deleted files: the path at base). Forward slashes, repo-relative. */
  path: string;
  /** Path at base, when it differs (renames and copies). */
  oldPath?: string;
}

export interface SourceFile {
  path: string;
  content: Buffer;
}

export interface FileSet {
  files: SourceFile[];
  skipped: SkippedFile[];
}

/** Where base and head come from: two git revisions, two folders, or (base only) the GitHub API. */
export interface Snapshot {
  /** A label for messages: a SHA or a folder path. */
  label: string;
  /** Reads the given repo-relative files. Missing paths are simply absent. */
  read(paths: string[], maxBytes: number): Promise<FileSet>;
  /**
   * Every path on this side (regular files, links, submodules), or only those under the `under`
   * folders ("." = all); a side may list more than asked.
   */
  list(under?: string[]): Promise<Result<string[]>>;
  /**
   * Python files that may import one of these identifiers (a module's last segment): at least every
   * file with such an import line, possibly more (the caller confirms each with an import scan). The
   * cheap textual scan for a changed module's dependents. Absent when the side cannot search.
   */
  importers?(names: string[]): Promise<Result<string[]>>;
}
