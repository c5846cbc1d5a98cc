// Manifest records → findings of site kind `dependency`: a package a rule names (`packages:`), a direct
// URL / VCS requirement and a non-default index (rules with `package-source:`), and, in lock files,
// telemetry packages no manifest names directly, with the chain that brings them in.
import type { Rule } from '../types.js';
import type { DependencyInfo, Destination, Finding, ManifestKind } from '../types.js';
import { DEFAULT_INDEX_HOSTS, LOCK_KINDS } from './names.js';
import { urlHost, withoutCredentials } from './pep508.js';
import { viaChain } from './transitive.js';
import type { Manifest, Span } from './types.js';

/** The rules the dependency stage uses, looked up once per rule set. */
export interface PackageRules {
  /** Every rule naming the package: an SDK rule and a default-on telemetry rule can both apply. */
  byPackage: Map<string, Rule[]>;
  index?: Rule;
  url?: Rule;
}

export function packageRules(rules: Rule[]): PackageRules {
  const byPackage = new Map<string, Rule[]>();
  for (const r of rules)
    for (const p of r.packages) {
      const list = byPackage.get(p) ?? [];
      if (!list.includes(r)) list.push(r);
      byPackage.set(p, list);
    }
  return {
    byPackage,
    index: rules.find((r) => r.packageSource === 'index'),
    url: rules.find((r) => r.packageSource === 'url'),
  };
}

function ruleDestination(rule: Rule): Destination {
  const host = rule.hosts.find((h) => !h.startsWith('*.'));
  return host ? { host, source: 'default' } : { source: 'default' };
}

function urlDestination(url: string): Destination {
  const host = urlHost(url);
  const scheme = /^(?:[a-z]+\+)?([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  // `${PIP_INDEX_HOST}` and the like: the host is decided by the environment.
  if (!host || /[${}%]/.test(host)) return { source: 'env', detail: 'env (a variable in the URL)' };
  return { host, source: 'literal', ...(scheme ? { scheme } : {}) };
}

function finding(
  rule: Rule,
  file: string,
  span: Span,
  dest: Destination,
  callee: string,
  dependency: DependencyInfo,
): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    service: rule.service,
    destination: dest,
    risk: rule.risk,
    file,
    startLine: span.line,
    startColumn: span.column,
    endLine: span.line,
    endColumn: span.endColumn,
    // URLs in manifests may carry tokens (`https://user:token@index/simple`): never echoed.
    snippet: span.text
      .replace(/(\/\/)[^@/\s]{1,300}@/g, '$1')
      .trim()
      .slice(0, 200),
    callee,
    kind: 'dependency',
    credentials: [],
    dataSources: [],
    cwe: [...rule.cwe],
    tags: [],
    dependency: { ...dependency, ...(rule.defaultOn ? { defaultOn: rule.defaultOn } : {}) },
    fingerprint: '',
  };
}

/** Findings of one manifest. `direct`: every package the side's manifests name (not lock files). */
export function manifestFindings(m: Manifest, rules: PackageRules, direct: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const kind: ManifestKind = m.kind;
  for (const r of m.requirements) {
    for (const rule of r.name && !r.sourceOnly ? (rules.byPackage.get(r.name) ?? []) : [])
      out.push(
        finding(rule, m.file, r, ruleDestination(rule), r.name, {
          package: r.name,
          manifest: kind,
          ...(r.via ? { via: r.via } : {}),
        }),
      );
    if (r.url && rules.url) {
      const url = withoutCredentials(r.url);
      out.push(
        finding(rules.url, m.file, r, urlDestination(r.url), r.name || (urlHost(r.url) ?? 'url'), {
          package: r.name,
          manifest: kind,
          url,
          source: 'url',
        }),
      );
    }
  }
  if (rules.index)
    for (const s of m.indexes) {
      const dest = urlDestination(s.url);
      if (dest.host && DEFAULT_INDEX_HOSTS.has(dest.host.replace(/:\d+$/, ''))) continue;
      const url = withoutCredentials(s.url);
      out.push(finding(rules.index, m.file, s, dest, s.option, { package: '', manifest: kind, url, source: 'index' }));
    }
  if (LOCK_KINDS.has(kind))
    for (const p of m.locked) {
      if (direct.has(p.name)) continue;
      for (const rule of rules.byPackage.get(p.name) ?? [])
        out.push(
          finding(rule, m.file, p, ruleDestination(rule), p.name, {
            package: p.name,
            manifest: kind,
            via: viaChain(m.locked, p.name, direct),
          }),
        );
    }
  return out;
}
