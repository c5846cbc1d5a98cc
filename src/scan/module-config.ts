// Module-level configuration of an imported SDK: `posthog.host = ENV.posthog_host`,
// `openai.base_url = ...`. The assignment names the destination of every later call on that module
// that would otherwise be reported at the SDK's default host; for rules with `client-sites` it is a
// site of its own (where the integration is configured).
import type { SyntaxNode } from '../parse/parser.js';
import { toDestination } from '../resolve/destination.js';
import type { FileSymbols, Scope } from '../resolve/scopes.js';
import type { Resolver } from '../resolve/values.js';
import type { RuleIndex } from '../rules/index.js';
import type { Destination, Rule } from '../types.js';

export interface ModuleConfig {
  rule: Rule;
  /** The configured module (`posthog`) and attribute (`host`). */
  module: string;
  attr: string;
  node: SyntaxNode;
  scope: Scope;
  destination: Destination;
}

export function moduleConfigs(sym: FileSymbols, resolver: Resolver, index: RuleIndex): ModuleConfig[] {
  const out: ModuleConfig[] = [];
  for (const c of sym.module.configs) {
    const target = resolver.value(c.object, c.scope);
    if (target.kind !== 'qualified' || target.origins.length || target.name.includes('()')) continue;
    const module = target.name;
    const rule = index.rules.find(
      (r) =>
        r.modules.some((m) => module === m || module.startsWith(`${m}.`)) &&
        [...r.hostArgs, ...r.constructorHostArgs].some((h) => h.name === c.attr),
    );
    if (!rule) continue;
    const destination = toDestination(resolver.value(c.value, c.scope), c.value);
    out.push({ rule, module, attr: c.attr, node: c.node, scope: c.scope, destination });
  }
  return out;
}

/** The configured destination for a call on `callee` whose destination is the SDK default. */
export function configuredDestination(configs: ModuleConfig[], callee: string): Destination | undefined {
  const c = configs.find(
    (x) => (callee === x.module || callee.startsWith(`${x.module}.`)) && (x.destination.host || x.destination.detail),
  );
  return c?.destination;
}
