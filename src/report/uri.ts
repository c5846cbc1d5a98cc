// Repo-relative paths as URI references (SARIF artifact URIs and Markdown permalinks).

/** Replace lone UTF-16 surrogates, which encodeURIComponent rejects with a URIError. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Percent-encode one path segment. Beyond encodeURIComponent we also encode `!'()*` so the result
 * is safe inside a Markdown link destination (an unbalanced `)` would end the link).
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(wellFormed(segment)).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** Normalise a repo-relative path: forward slashes assumed, no `./`, no empty segments. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/** Repo-relative path as a relative URI reference, each segment percent-encoded. */
export function encodePath(path: string): string {
  return pathSegments(path).map(encodeSegment).join('/');
}

/** `${serverUrl}/${repository}/${blobPath}/${sha}/${path}#L${line}` with the path encoded per segment. */
export function permalink(
  ctx: { serverUrl: string; repository: string; sha: string; blobPath?: string },
  path: string,
  line?: number,
): string {
  const repo = ctx.repository.split('/').map(encodeSegment).join('/');
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  let server = ctx.serverUrl;
  while (server.endsWith('/')) server = server.slice(0, -1);
  const blob = (ctx.blobPath ?? 'blob').split('/').map(encodeSegment).join('/');
  return `${server}/${repo}/${blob}/${encodeSegment(ctx.sha)}/${encodePath(path)}${anchor}`;
}
