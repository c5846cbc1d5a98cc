// The command-line options every command that reports shares (scan, diff, merge): one definition, so a
// new report format or a renamed flag reaches all three.
export const OUTPUT_OPTIONS = {
  sarif: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'gitlab-sast': { type: 'string' },
  html: { type: 'string' },
  csv: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;
