// Sizes in bytes as people write them: 2097152, 512k, 2m, 1g (KiB multiples; "kb", "kib", "mb" also accepted).
// Shared by the action's `max-file-size` input and the config's `max-file-size` key.

/** Bytes for "2m" / "512k" / "2097152", or undefined when it is not a positive size. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Number(m[1]) * mult;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export const SIZE_FORMS = 'a size in bytes (e.g. 2000000, 512k, 2m)';
