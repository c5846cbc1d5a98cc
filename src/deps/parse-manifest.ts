// One manifest's text → requirement records, by format. Never throws: whatever goes wrong is a note.
import type { PythonParser } from '../parse/parser.js';
import type { ManifestKind } from '../types.js';
import { parsePipfileLock, parseTomlLock } from './locks.js';
import { parsePipfile } from './pipfile.js';
import { parsePyproject } from './pyproject.js';
import { parseRequirements } from './requirements.js';
import { parseSetupCfg } from './setup-cfg.js';
import { parseSetupPy } from './setup-py.js';
import type { Manifest } from './types.js';
import { emptyManifest } from './types.js';

export function parseManifest(text: string, file: string, kind: ManifestKind, parser: PythonParser): Manifest {
  try {
    switch (kind) {
      case 'requirements':
        return parseRequirements(text, file);
      case 'pyproject':
        return parsePyproject(text, file);
      case 'setup.cfg':
        return parseSetupCfg(text, file);
      case 'setup.py':
        return parseSetupPy(text, file, parser);
      case 'Pipfile':
        return parsePipfile(text, file);
      case 'Pipfile.lock':
        return parsePipfileLock(text, file);
      default:
        return parseTomlLock(text, file, kind);
    }
  } catch (e) {
    // A parser bug on hostile input must not stop the scan: the file gets a note instead.
    const m = emptyManifest(file, kind);
    m.notes.push(`could not read the dependencies: ${(e as Error).message.split('\n')[0]}`);
    return m;
  }
}
