// V8 keeps a substring as a view of the string it was cut from (a "sliced" string, 13 characters or
// more) and a concatenation as a pair of its parts: a module name matched in a file, or a name read
// from a tree, keeps the whole file text alive. What outlives a file's analysis (caches, memos,
// findings) stores a copy instead.

/** A flat copy of `s` that refers to no other string (the concatenation is flattened, then cut). */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** `detach` on every string in a plain JSON-like object, in place; returns the object. */
export function detachAll<T>(v: T): T {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'string') v[i] = detach(x);
      else if (x && typeof x === 'object') detachAll(x);
    }
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === 'string') o[k] = detach(x);
      else if (x && typeof x === 'object') detachAll(x);
    }
  }
  return v;
}
