// Decompression of constant payloads (zlib / gzip / raw deflate with node:zlib), bounded against
// bombs: the output is cut at `limit` bytes by zlib itself (maxOutputLength), so a kilobyte that
// inflates to a gigabyte costs at most `limit` bytes of memory. bz2 and lzma/xz are not decoded (node:zlib
// has neither; see docs/covert-payloads.md); the caller notes it.
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export type Decompressed = { out: string } | { bound: true } | { unsupported: string } | { invalid: true };

/** `fn` is the Python name (`zlib.decompress`, `gzip.decompress`, `bz2.decompress`, `lzma.decompress`). */
export function decompress(fn: string, bytes: string, limit: number): Decompressed {
  const input = Buffer.from(bytes, 'latin1');
  const opts = { maxOutputLength: Math.max(1, limit) };
  const attempts =
    fn === 'gzip.decompress'
      ? [gunzipSync]
      : fn === 'zlib.decompress' || fn === 'zlib'
        ? [inflateSync, gunzipSync, inflateRawSync]
        : undefined;
  if (!attempts) return { unsupported: fn.replace(/\.decompress$/, '') };
  for (const f of attempts) {
    try {
      return { out: f(input, opts).toString('latin1') };
    } catch (e) {
      // RangeError (ERR_BUFFER_TOO_LARGE): the output passed the bound; other errors: try the next format.
      if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return { bound: true };
    }
  }
  return { invalid: true };
}

export const DECOMPRESSORS = new Set(['zlib.decompress', 'gzip.decompress', 'bz2.decompress', 'lzma.decompress']);
