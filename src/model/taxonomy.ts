// Categories, risks and their presentation: the one source for lists, titles, default risks, risk
// order and the SARIF severity mapping. src/types.ts re-exports the names; the config schema, the rule
// loader and every renderer import them from here. rules/schema.json and scripts/gen-docs.mjs cannot
// import TypeScript: __tests__/report-taxonomy.test.ts checks that they agree with this module.

export const CATEGORIES = ['telemetry', 'logging', 'cloud', 'ai', 'communication', 'network', 'covert'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lowest first: the order `fail-on` thresholds and "highest risk" use. */
export const RISKS = ['low', 'medium', 'high', 'critical'] as const;
export type Risk = (typeof RISKS)[number];

export const CATEGORY_TITLES: Record<Category, string> = {
  telemetry: 'Telemetry & Observability',
  logging: 'Logging & Analytics',
  cloud: 'Cloud Infrastructure',
  ai: 'AI & LLM Pipelines',
  communication: 'Communication Gateways',
  network: 'Generic outbound network',
  covert: 'Covert or obfuscated egress',
};

/** A rule's risk when its YAML gives none. */
export const CATEGORY_DEFAULT_RISK: Record<Category, Risk> = {
  telemetry: 'high',
  logging: 'medium',
  cloud: 'high',
  ai: 'medium',
  communication: 'high',
  network: 'medium',
  covert: 'critical',
};

/** SARIF level and GitHub `security-severity` score per risk. */
export const SEVERITY: Record<Risk, { score: string; level: 'error' | 'warning' | 'note' }> = {
  critical: { score: '9.5', level: 'error' },
  high: { score: '8.0', level: 'error' },
  medium: { score: '5.5', level: 'warning' },
  low: { score: '3.0', level: 'note' },
};

/** Emoji shown next to a risk in Markdown. */
export const RISK_EMOJI: Record<Risk, string> = { critical: '🔴', high: '🔴', medium: '🟠', low: '🟡' };

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

export function isRisk(s: string): s is Risk {
  return (RISKS as readonly string[]).includes(s);
}

/** Position in RISKS: low 0 … critical 3. */
export function riskRank(r: Risk): number {
  return RISKS.indexOf(r);
}

/** The higher of two risks ('none' below every risk). */
export function maxRisk<R extends Risk | 'none'>(a: R, b: Risk): Risk | R {
  return a === 'none' || riskRank(b) > riskRank(a as Risk) ? b : a;
}

export function countByRisk(risks: Risk[]): Record<Risk, number> {
  const out: Record<Risk, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of risks) out[r] += 1;
  return out;
}
