// Linear-time trimming of trailing slashes (a regex like /\/+$/ is quadratic on long runs of slashes).
export function trimTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47 /* / */) end--;
  return s.slice(0, end);
}
