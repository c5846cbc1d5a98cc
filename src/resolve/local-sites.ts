// Sites that send nothing off the machine, decided from rule data: `local-when` (local IPC, a local
// file given where a remote name is also accepted, a UDP socket whose connect sends no packet) and
// `schemes` (a constant URL the client cannot open over the network: `file:`, `data:`, `sftp://` to
// urllib, a bare path).
import type { LocalWhen, Rule } from '../types.js';
import { hostArgNode } from './destination.js';
import type { Origin, Resolver, Value } from './values.js';

/** `./m`, `../m`, `/opt/m`, `~/m`, `C:\m`, `C:/m`: a filesystem path, not a remote name. */
const PATH = /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/;

/** Does one of the rule's `local-when` tests hold on the call or on a constructor it came from? */
export function localSite(locals: readonly LocalWhen[], sites: Origin[], resolver: Resolver): boolean {
  for (const o of sites) {
    for (const l of locals) {
      const a = hostArgNode(o.node, l.arg, o.args);
      if (!a) continue;
      const v = resolver.value(a, o.scope);
      if (l.in.length && a.type !== 'string' && v.kind === 'qualified' && l.in.includes(v.name)) return true;
      const text = v.kind === 'text' && v.holes.length === 0 ? v.text : undefined;
      if (text === undefined) continue;
      if (l.text.includes(text)) return true;
      if (l.path && PATH.test(text)) return true;
    }
  }
  return false;
}

/**
 * The destination is a constant that this client opens without the network, or cannot open at all:
 * no scheme, or a scheme outside the rule's `schemes`. A parameter's local default is still a site:
 * callers may pass a remote URL, and the wrapper summary that reports them needs this site.
 */
export function unsentScheme(rule: Rule, value: Value | undefined): boolean {
  if (!rule.schemes || value?.kind !== 'text' || value.holes.length > 0) return false;
  const v = value;
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(v.text)?.[1]?.toLowerCase();
  return !scheme || !rule.schemes.includes(scheme);
}
