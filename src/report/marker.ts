// The hidden marker that identifies our PR comment (pure: importable without the GitHub client).
export const DEFAULT_MARKER = '<!-- egress-audit:pr-comment -->';
