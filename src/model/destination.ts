// A destination as one short text: the host, or where the address comes from. It is part of an
// integration's identity (service × destination × category), so the inventory and every renderer use it.
import type { Destination } from '../types.js';

/** Host when known, otherwise where the address comes from: "(dynamic: env OPENAI_BASE_URL)". */
export function destinationText(d: Destination): string {
  if (d.host) return d.host;
  // The engine's details already name their source ("env OPENAI_BASE_URL", "parameter url").
  if (d.detail) return d.detail.startsWith(`${d.source} `) ? `(${d.detail})` : `(${d.source}: ${d.detail})`;
  return d.source === 'default' ? '(not in the code)' : `(${d.source})`;
}
