// Which files are manifests, and PyPI names as PEP 503 compares them.
import type { ManifestKind } from '../types.js';

/** PEP 503: lowercase, every run of `-`, `_` and `.` is one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A distribution name as PEP 508 allows it (letters, digits, `-_.`, alphanumeric at both ends). */
export const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?/;

const BY_BASENAME: Record<string, ManifestKind> = {
  'pyproject.toml': 'pyproject',
  'setup.cfg': 'setup.cfg',
  'setup.py': 'setup.py',
  pipfile: 'Pipfile',
  'poetry.lock': 'poetry.lock',
  'uv.lock': 'uv.lock',
  'pdm.lock': 'pdm.lock',
  'pipfile.lock': 'Pipfile.lock',
};

/** Requirements and constraints files: `requirements*.txt|in`, `*-requirements.txt`, `requirements/*.txt`, `constraints*.txt`. */
const REQUIREMENTS = /(^|\/)([^/]*(requirements|constraints)[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/i;

/** The manifest format of a repo-relative path, or undefined when it is not one. */
export function manifestKind(path: string): ManifestKind | undefined {
  const base = (path.split('/').pop() ?? '').toLowerCase();
  const kind = BY_BASENAME[base];
  // Pipfile and its lock are case-sensitive on most systems but written one way in practice.
  if (kind) return kind;
  return REQUIREMENTS.test(path) ? 'requirements' : undefined;
}

export const LOCK_KINDS: ReadonlySet<ManifestKind> = new Set(['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock']);

/** Hosts of the default index (PyPI): packages from there are not a separate source. */
export const DEFAULT_INDEX_HOSTS: ReadonlySet<string> = new Set([
  'pypi.org',
  'pypi.python.org',
  'files.pythonhosted.org',
  'upload.pypi.org',
]);
