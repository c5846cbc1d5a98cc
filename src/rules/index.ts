// Rules looked up by qualified name: compiled once, indexed by the name's first segment, so a call
// costs one Map lookup plus the few patterns of its root module.
import { manifestOnly } from './manifest-only.js';
import type { Config } from '../config/types.js';
import type { Category, Rule } from '../types.js';
import type { CompiledPattern } from './pattern.js';
import { compilePattern, matchSegments } from './pattern.js';
import { TextPrefilter } from './prefilter.js';

export type PatternKind = 'client' | 'send' | 'init' | 'connect' | 'import';

interface Entry {
  rule: Rule;
  kind: PatternKind;
  pattern: CompiledPattern;
}

export interface RuleMatch {
  rule: Rule;
  kind: PatternKind;
}

export interface HostMatch {
  rule?: Rule;
  service: string;
  category: Category;
}

const MAX_NAME = 512;

/** The names a module-level config of the rule's SDK assigns (`posthog.host`), as patterns. */
function configPatterns(rule: Rule): CompiledPattern[] {
  return rule.modules.flatMap((m) =>
    [...rule.hostArgs, ...rule.constructorHostArgs].map((h) => {
      const source = `${m}.${h.name}`;
      return { source, segments: source.split('.'), specificity: source.length };
    }),
  );
}

export class RuleIndex {
  private exact = new Map<string, Entry[]>();
  private wild = new Map<string, Entry[]>();
  private hostExact = new Map<string, Rule>();
  private hostSuffix: { suffix: string; rule: Rule }[] = [];
  private userHosts: { host: string; service: string; category: Category }[];
  /**
   * Cheap text test: false means no rule can report a site in the file (no send, connect, init or
   * import pattern can match), so it need not be parsed. A client pattern alone reports nothing.
   */
  readonly prefilter: TextPrefilter;
  /**
   * The same test with the client patterns too: false means the module cannot hand an importer a
   * client or a sender (`client = Posthog(...)` in one module, `client.capture(...)` in another).
   */
  get modulePrefilter(): TextPrefilter {
    return (this.modules ??= new TextPrefilter(this.modulePatterns));
  }
  private modules?: TextPrefilter;
  private readonly modulePatterns: CompiledPattern[];
  /** Root modules named by some rule (imports of anything else are ignored early). */
  readonly roots = new Set<string>();

  constructor(
    readonly rules: Rule[],
    config: Pick<Config, 'hosts'>,
  ) {
    for (const rule of rules) {
      const add = (kind: PatternKind, list: string[]) => {
        for (const src of list)
          for (const pattern of compilePattern(src)) {
            const root = pattern.segments[0]!;
            this.roots.add(root.replace(/\(\)$/, ''));
            const map = pattern.exact ? this.exact : this.wild;
            const key = pattern.exact ?? root;
            let list2 = map.get(key);
            if (!list2) map.set(key, (list2 = []));
            list2.push({ rule, kind, pattern });
          }
      };
      add('client', rule.clients);
      add('send', rule.sends);
      add('init', rule.inits);
      add('connect', rule.connects);
      add('import', rule.imports);
      for (const m of rule.modules) this.roots.add(m.split('.')[0]!);
      // A manifest-only rule's hosts (pip's version check at pypi.org, a default-on telemetry host) name
      // where that package sends, not a service a request in the code belongs to.
      for (const h of manifestOnly(rule) ? [] : rule.hosts) {
        if (h.startsWith('*.')) this.hostSuffix.push({ suffix: h.slice(1), rule });
        else if (!this.hostExact.has(h)) this.hostExact.set(h, rule);
      }
    }
    this.hostSuffix.sort((a, b) => b.suffix.length - a.suffix.length);
    this.userHosts = [...config.hosts].sort((a, b) => b.host.length - a.host.length);
    const entries = [...this.exact.values(), ...this.wild.values()].flat();
    // A client constructor is a site only for a `client-sites` rule; so is its module-level config
    // (`posthog.host = ...`, see scan/module-config.ts), whose words are the module and the argument.
    const configs = rules.filter((r) => r.clientSites).flatMap(configPatterns);
    const sites = entries.filter((e) => e.kind !== 'client' || e.rule.clientSites).map((e) => e.pattern);
    this.prefilter = new TextPrefilter([...sites, ...configs]);
    // Built on first use: only a project index asks whether a module may hand its importers a client.
    this.modulePatterns = [...entries.map((e) => e.pattern), ...configs];
  }

  /**
   * Rules matching a resolved name, best first: clients first (a constructor is never a finding), then by
   * the literal length of the pattern (the most specific rule names the service), then by rule order.
   */
  matches(name: string, kinds?: readonly PatternKind[]): RuleMatch[] {
    if (name.length > MAX_NAME) return [];
    const root = name.slice(0, name.indexOf('.') >>> 0);
    const ex = this.exact.get(name);
    const wild = this.wild.get(root);
    if (!ex && !wild) return [];
    const candidates: Entry[] = ex ? [...ex] : [];
    if (wild) {
      const segs = name.split('.');
      for (const e of wild) if (matchSegments(e.pattern.segments, segs)) candidates.push(e);
    }
    const filtered = kinds ? candidates.filter((c) => kinds.includes(c.kind)) : candidates;
    filtered.sort(
      (a, b) =>
        Number(b.kind === 'client') - Number(a.kind === 'client') || b.pattern.specificity - a.pattern.specificity,
    );
    const seen = new Set<Rule>();
    const out: RuleMatch[] = [];
    for (const c of filtered) {
      if (seen.has(c.rule)) continue;
      seen.add(c.rule);
      out.push({ rule: c.rule, kind: c.kind });
    }
    return out;
  }

  /** The service a destination host identifies (user mappings first, then rule hosts). */
  hostService(host: string): HostMatch | undefined {
    const h = host.toLowerCase().replace(/:\d+$/, '');
    for (const u of this.userHosts) {
      if (h === u.host || h.endsWith(`.${u.host}`)) return { service: u.service, category: u.category };
    }
    const rule = this.hostExact.get(h) ?? this.hostSuffix.find((s) => h.endsWith(s.suffix))?.rule;
    return rule ? { rule, service: rule.service, category: rule.category } : undefined;
  }
}
