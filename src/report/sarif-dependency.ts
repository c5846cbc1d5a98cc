// The SARIF parts of dependency findings: the result properties (package, manifest, parents, opt-out)
// and the rule help of packages that send by default.
import type { Finding, Rule } from '../types.js';
import { optOutText } from './wording.js';

/** `properties` of a dependency result; empty for code findings. */
export function dependencyProps(f: Finding): Record<string, unknown> {
  const d = f.dependency;
  if (!d) return {};
  return {
    package: d.package,
    manifest: d.manifest,
    ...(d.via ? { via: d.via } : {}),
    ...(d.defaultOn ? { optOut: optOutText(d.defaultOn) } : {}),
  };
}

/** Adds help lines (plain text, Markdown) saying what a default-on package sends and how to opt out. */
export function defaultOnHelp(rule: Rule, text: string[], markdown: string[]): void {
  const o = rule.defaultOn;
  if (!o) return;
  const sends = `${o.sends}${o.trigger ? ` (${o.trigger})` : ''}.`;
  const optOut = `How to opt out: ${optOutText(o)}.`;
  text.push(`Sends by default: ${sends}`, optOut, '');
  markdown.push('### Sends by default', '', sends, '', optOut, '');
}
