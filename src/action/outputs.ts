// Values for the action's outputs and the job summary.
import type { Comparison } from '../types.js';

const MAX_INTEGRATIONS_OUTPUT = 200;

/** Compact JSON for the `new-integrations` output. */
export function integrationsJson(cmp: Comparison): string {
  return JSON.stringify(
    cmp.newIntegrations.slice(0, MAX_INTEGRATIONS_OUTPUT).map((i) => ({
      service: i.service,
      category: i.category,
      destination: i.destination,
      risk: i.risk,
      files: [...new Set(i.sites.map((s) => s.file))],
    })),
  );
}

export const SUMMARY_MAX_BYTES = 1024 * 1024;

/** Renders with a character budget, shrinking it until the UTF-8 size fits the job summary's 1 MiB. */
export function fitBytes(render: (maxChars: number) => string, maxBytes = SUMMARY_MAX_BYTES): string {
  let chars = maxBytes;
  for (let i = 0; i < 6; i++) {
    const text = render(chars);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes) return text;
    chars = Math.floor((chars * maxBytes) / bytes) - 1024;
  }
  return render(4096);
}
