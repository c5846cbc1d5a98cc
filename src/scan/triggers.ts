// Code that runs without being called by the project: a `.pth` file's `import` lines and
// sitecustomize/usercustomize run at interpreter start-up, setup.py runs at build and install (its
// module level and its custom commands), and the module level of a package's `__init__.py` runs on
// import. Findings there carry `trigger`, which the reports word ("runs at interpreter start-up").
import type { Scope } from '../resolve/scopes.js';
import type { Trigger } from '../types.js';

const STARTUP = /(^|\/)(sitecustomize|usercustomize)\.pyw?$/i;
const INSTALL = /(^|\/)setup\.py$/i;
const PACKAGE_INIT = /(^|\/)__init__\.pyw?$/i;

export function isPth(file: string): boolean {
  return /\.pth$/i.test(file);
}

/**
 * A `.pth` file as Python: only lines that start with `import ` or `import\t` are executed (by site.py,
 * at every interpreter start); the others are paths or comments, blanked so line numbers stay.
 */
export function pthAsPython(text: string): string {
  return text
    .split('\n')
    .map((l) => (/^import[ \t]/.test(l) ? l : ''))
    .join('\n');
}

/** When code at `scope` of `file` runs without being called, if it does. */
export function triggerOf(file: string, scope: Scope): Trigger | undefined {
  if (isPth(file) || STARTUP.test(file)) return 'startup';
  // Everything in setup.py runs at install or not at all: its module level, the functions it calls
  // there, and the `run` of a custom `install` / `develop` / `egg_info` / `build_py` command.
  if (INSTALL.test(file)) return 'install';
  if (PACKAGE_INIT.test(file)) {
    for (let s: Scope | undefined = scope; s; s = s.parent) if (s.kind === 'function') return undefined;
    return 'import';
  }
  return undefined;
}
