// One outbound site becomes a Finding: service attribution by host, claimed decoded destinations,
// site kind, CWE, credentials and the data it carries, and a tight one-line region.
import type { SyntaxNode } from '../parse/parser.js';
import { isLocal } from '../resolve/destination.js';
import type { Scope } from '../resolve/scopes.js';
import { carried, credentialPath } from '../resolve/sources.js';
import type { Origin, Resolver } from '../resolve/values.js';
import { positionalArg } from '../resolve/values.js';
import type { RuleIndex, RuleMatch } from '../rules/index.js';
import picomatch from 'picomatch';
import type { Destination, Finding, PayloadSite, Rule, SiteKind, TraceStep } from '../types.js';
import { RISKS, riskRank } from '../types.js';

const SITE_KIND: Record<string, SiteKind> = {
  send: 'send',
  init: 'init',
  connect: 'connect',
  import: 'import',
  client: 'client',
};

/** The file being analysed: shared by every site in it. */
export interface FileContext {
  file: string;
  text: string;
  resolver: Resolver;
  index: RuleIndex;
  tags: string[];
}

/** One matched site. */
export interface Site {
  node: SyntaxNode;
  scope: Scope;
  match: RuleMatch;
  /** Resolved qualified name of the callee (or the imported module). */
  callee: string;
  destination: Destination;
  /** The call and the constructor calls it came from, whose arguments carry data and credentials. */
  argSites: Origin[];
  /** The default host of an env var or parameter destination: service attribution only. */
  hintHost?: string;
  trace?: TraceStep[];
  /** A send inside code this call runs from a string: what it is, and what it carries. */
  payload?: { site: PayloadSite; credentials: string[]; dataSources: string[] };
}

const matchers = new WeakMap<Rule, (file: string) => boolean>();
function pathClaim(rules: readonly Rule[], file: string): Rule | undefined {
  return rules.find((r) => {
    if (!r.claimsPaths.length) return false;
    let m = matchers.get(r);
    if (!m) matchers.set(r, (m = picomatch(r.claimsPaths, { dot: true })));
    return m(file);
  });
}

export function buildFinding(fc: FileContext, site: Site): Finding {
  const { file, text, resolver, tags } = fc;
  const { node, scope, match: m, callee, argSites, hintHost } = site;
  const dest0 = site.destination;
  let rule = m.rule;
  let service = rule.service;
  let category = rule.category;
  const dest = { ...dest0 };
  // A generic client sending to a host that identifies a service takes that service (also when the
  // host is the default of an env var: `os.getenv("HOOK", "https://hooks.slack.com/...")`).
  const attributed = dest.host ?? hintHost;
  let generic = rule.generic;
  if (attributed && rule.generic) {
    const hs = fc.index.hostService(attributed);
    if (hs) {
      if (hs.rule) rule = hs.rule;
      service = hs.service;
      category = hs.category;
      generic = false;
    }
  }
  let kind: SiteKind = rule.siteKind ?? SITE_KIND[m.kind] ?? 'send';
  let risk = rule.risk;
  // Obfuscated destinations belong to the rule that claims them, whatever the client; so do findings
  // in files a rule claims (`.pth` start-up code).
  if (!site.payload) {
    const claim =
      dest.source === 'decoded' ? fc.index.rules.find((r) => r.claimsDecoded) : pathClaim(fc.index.rules, file);
    if (claim) {
      rule = claim;
      service = claim.service;
      category = claim.category;
      risk = claim.risk;
      kind = claim.siteKind ?? 'covert';
      generic = false;
    }
  }
  const cwe = new Set(rule.cwe);
  if (dest.scheme && /^(http|ftp|telnet|ws|smtp)$/.test(dest.scheme) && !isLocal(dest.host))
    for (const c of rule.destinationCwe.cleartext) cwe.add(c);
  if (dest.source === 'parameter') for (const c of rule.destinationCwe.parameter) cwe.add(c);

  const args = argSites.map((o) => ({ node: o.node.childForFieldName('arguments') ?? o.node, scope: o.scope }));
  const c = carried(resolver, args.length ? args : [{ node, scope }]);
  if (kind === 'covert' && node.type === 'call') {
    const first = positionalArg(node.childForFieldName('arguments'), 0);
    const v = first ? resolver.value(first, scope) : undefined;
    const p = v?.kind === 'text' ? credentialPath(v.text) : undefined;
    if (p) c.dataSources.add(`credential file ${p}`);
  }
  for (const k of rule.credentials) c.credentials.add(k);
  for (const k of site.payload?.credentials ?? []) c.credentials.add(k);
  for (const d of site.payload?.dataSources ?? []) c.dataSources.add(d);
  const dataSources = [...c.dataSources].sort();
  if (dataSources.length && riskRank(risk) < RISKS.length - 1) risk = RISKS[riskRank(risk) + 1]!;

  const start = node.startPosition;
  const end = node.endPosition;
  const lineStart = node.startIndex - start.column;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const firstLine = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const endColumn = end.row === start.row ? end.column + 1 : firstLine.length + 1;
  return {
    ruleId: rule.id,
    category,
    service,
    destination: dest,
    risk,
    file,
    startLine: start.row + 1,
    startColumn: start.column + 1,
    endLine: start.row + 1,
    endColumn: Math.max(endColumn, start.column + 2),
    snippet: firstLine.trim().slice(0, 200),
    callee,
    kind,
    credentials: [...c.credentials].sort(),
    dataSources,
    cwe: [...cwe].sort((a, b) => a - b),
    tags: [...tags],
    ...(generic ? { generic: true } : {}),
    ...(site.trace?.length ? { trace: site.trace } : {}),
    ...(site.payload ? { payload: site.payload.site } : {}),
    fingerprint: '',
  };
}
