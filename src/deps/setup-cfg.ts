// setup.cfg (setuptools declarative config): `[options] install_requires`, `setup_requires`,
// `tests_require` and `[options.extras_require]`, one requirement per continuation line.
import { normalizeName } from './names.js';
import { isRemoteUrl, parsePep508 } from './pep508.js';
import type { Manifest } from './types.js';
import { emptyManifest } from './types.js';

const KEYS = new Set(['install_requires', 'setup_requires', 'tests_require']);

export function parseSetupCfg(text: string, file: string): Manifest {
  const out = emptyManifest(file, 'setup.cfg');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let section = '';
  /** The key whose value the indented lines continue. */
  let collecting = false;
  const take = (value: string, i: number, offset: number) => {
    const v = value.replace(/(^|\s)[#;].*$/, '').trim();
    if (!v || v.startsWith('file:')) return;
    const p = parsePep508(v);
    const column = offset + 1;
    const span = {
      line: i + 1,
      column,
      endColumn: Math.max(column + 1, lines[i]!.trimEnd().length + 1),
      text: lines[i]!,
    };
    if (!p) {
      out.notes.push(`line ${i + 1}: not a PEP 508 requirement: "${v.slice(0, 80)}"`);
      return;
    }
    out.requirements.push({
      ...span,
      name: normalizeName(p.name),
      ...(p.url && isRemoteUrl(p.url) ? { url: p.url } : {}),
    });
  };
  lines.forEach((l, i) => {
    const header = /^\s*\[([^\]]{1,200})\]/.exec(l);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      collecting = false;
      return;
    }
    if (/^\s*[#;]/.test(l) || !l.trim()) return;
    const indented = /^\s/.test(l);
    if (indented && collecting) return take(l, i, l.length - l.trimStart().length);
    collecting = false;
    const kv = /^([A-Za-z0-9_.-]{1,200})\s*[=:]\s*(.*)$/.exec(l);
    if (!kv) return;
    const key = kv[1]!.toLowerCase();
    if ((section === 'options' && KEYS.has(key)) || section === 'options.extras_require') {
      collecting = true;
      if (kv[2]!.trim()) take(kv[2]!, i, l.indexOf(kv[2]!.trim()));
    }
  });
  return out;
}
