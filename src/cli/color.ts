// Whether the terminal report uses ANSI colours. The conventions, in order: --no-color; FORCE_COLOR
// (any value but "0"/"false" forces colour, even into a pipe, as Node and most CLIs read it); NO_COLOR
// set and not empty (no-color.org); TERM=dumb; otherwise only when stdout is a terminal.
// Not util.styleText: on Node 20 (the CLI's floor) it ignores these variables (that arrived in 22.13/23.5).

export function useColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  flags: { noColor?: boolean } = {},
): boolean {
  if (flags.noColor) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
