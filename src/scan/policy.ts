// Apply the configuration to a finding: internal domains, severity overrides, allow and deny entries.
import picomatch from 'picomatch';
import type { Config, PolicyEntry } from '../config/types.js';
import type { Finding } from '../types.js';

function hostMatches(pattern: string, host: string | undefined): boolean {
  if (!host) return false;
  const h = host.toLowerCase().replace(/:\d+$/, '');
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return h.endsWith(p.slice(1));
  return h === p || h.endsWith(`.${p}`);
}

const matchers = new WeakMap<PolicyEntry, (f: string) => boolean>();
export function entryMatches(e: PolicyEntry, f: Finding): boolean {
  if (e.service && e.service.toLowerCase() !== f.service.toLowerCase()) return false;
  if (e.category && e.category !== f.category) return false;
  if (e.rule && e.rule !== f.ruleId) return false;
  // PEP 503: `Sentry_SDK` and `sentry-sdk` are one distribution.
  if (e.package && e.package.toLowerCase().replace(/[-_.]+/g, '-') !== f.dependency?.package) return false;
  if (e.host && !hostMatches(e.host, f.destination.host)) return false;
  if (e.paths?.length) {
    let m = matchers.get(e);
    if (!m) matchers.set(e, (m = picomatch(e.paths, { dot: true })));
    if (!m(f.file)) return false;
  }
  return true;
}

export function applyPolicy(f: Finding, config: Config): void {
  if (config.internalDomains.some((d) => hostMatches(d, f.destination.host))) {
    f.risk = 'low';
    f.tags.push('internal');
  }
  const override = config.severity[f.ruleId] ?? config.severity[f.category];
  if (override) f.risk = override;
  const deny = config.deny.find((e) => entryMatches(e, f));
  if (deny) f.denied = { by: deny.label };
  else {
    const allow = config.allow.find((e) => entryMatches(e, f));
    if (allow) f.allowed = { by: allow.label };
  }
}
