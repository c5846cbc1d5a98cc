// What a command runs: each program at the command position, after the words that only change how it
// runs (`sudo`, `env A=1`, `nohup`, `timeout 5`, `xargs -n1`, `exec`, `then`/`do`...), looking through
// shells that run a command string (`sh -c`, `bash -lc`, `cmd /c`, `powershell -Command`, `-enc`
// base64 UTF-16LE, `su -c`, `watch`), and `python -m pip` as `pip`. A tool named anywhere else (`echo
// curl`, `grep wget log`, `man ssh`, `command -v curl`) is only an argument. `python -c CODE` is kept
// as Python code carried by the command (see pythonCode).
import { parsePowerShell } from './powershell.js';
import type { Dialect, SimpleCommand } from './sh.js';
import { parseSh } from './sh.js';
import type { Budget, Word } from './words.js';
import { joinWords, LIMITS, toolName } from './words.js';

export type { Dialect } from './sh.js';

/** A command given to the OS: a string for a shell, or an argv list (no shell, each word one argument). */
export type CommandInput<H> =
  /** `decoded`: the text was decoded from an obfuscated constant (base64, hex, rot13...). */
  | { kind: 'string'; text: string; holes: readonly (H | undefined)[]; dialect?: Dialect; decoded?: boolean }
  /** `split`: the words of `shlex.split(text)` (quotes removed, operators are plain words). */
  | { kind: 'argv'; words: Word<H>[] };

export interface Invocation<H> {
  /** The program at the command position (see toolName); undefined when it is built from data. */
  tool?: string;
  /** Its arguments, quotes removed. */
  args: Word<H>[];
  dialect: Dialect;
  depth: number;
  /** `python -c CODE`: the code. */
  code?: Word<H>;
}

/** Prefix commands: the options that take a value, and how many plain operands come before the program. */
const PREFIXES: Record<string, { values?: string[]; operands?: number; assigns?: boolean; stop?: string[] }> = {
  sudo: { values: ['-u', '-g', '-C', '-h', '-p', '-D', '-r', '-t', '-U', '-T'] },
  doas: { values: ['-u', '-C'] },
  env: { values: ['-u', '-C', '-S', '--unset', '--chdir'], assigns: true },
  nohup: {},
  setsid: {},
  time: {},
  nice: { values: ['-n', '--adjustment'] },
  ionice: { values: ['-c', '-n', '-p', '--class', '--classdata'] },
  stdbuf: { values: ['-i', '-o', '-e'] },
  timeout: { values: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  chrt: { operands: 1 },
  taskset: { operands: 1 },
  xargs: { values: ['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a', '--max-args', '--max-procs', '--delimiter'] },
  exec: { values: ['-a'] },
  command: { stop: ['-v', '-V'] },
  builtin: {},
  busybox: {},
  proxychains: { values: ['-f'] },
  proxychains4: { values: ['-f'] },
  torsocks: {},
  call: {},
  start: { values: ['/d', '/affinity', '/node'] },
};
/** Shell keywords that may stand before a command. */
const KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'busybox-sh']);
const PYTHONS = new Set(['python', 'py', 'pythonw', 'pypy']);
/** powershell.exe parameters that take a value; any unambiguous prefix is accepted (`-window hidden`). */
const PS_VALUES = [
  'executionpolicy',
  'windowstyle',
  'file',
  'configurationname',
  'outputformat',
  'inputformat',
  'version',
  'psconsolefile',
  'workingdirectory',
  'settingsfile',
  'custompipename',
];
const PS_SHORT = new Set(['ep', 'ex', 'exec', 'w', 'win', 'f', 'of', 'if', 'v', 'wd']);

function psTakesValue(flag: string): boolean {
  const name = flag.replace(/^[-/]/, '').toLowerCase();
  return PS_SHORT.has(name) || (name.length >= 3 && PS_VALUES.some((p) => p.startsWith(name)));
}

/** Every program a command runs, at every nesting level (bounded by LIMITS). */
export function invocations<H>(input: CommandInput<H>): Invocation<H>[] {
  const budget: Budget = { commands: 0 };
  const out: Invocation<H>[] = [];
  if (input.kind === 'argv') run(input.words, 'sh', 0, budget, out);
  else {
    const dialect = input.dialect ?? 'sh';
    const commands = parseCommand(input.text, input.holes, dialect, 0, budget);
    for (const c of commands) each(c, budget, out);
    // os.system and shell=True run cmd.exe on Windows: a command line for Windows programs is read the
    // way cmd reads it as well (`powershell ... (New-Object Net.WebClient).DownloadFile(...)`, where sh
    // would stop at the parenthesis).
    if (dialect === 'sh' && commands.some((c) => WINDOWS.has(toolName(c.words[0]) ?? '')))
      for (const c of parseCommand(input.text, input.holes, 'cmd', 0, budget)) each(c, budget, out);
  }
  return out;
}

/** Programs that only exist on Windows: a command line that starts one was written for cmd.exe. */
const WINDOWS = new Set([
  'powershell',
  'pwsh',
  'cmd',
  'certutil',
  'bitsadmin',
  'mshta',
  'rundll32',
  'regsvr32',
  'msiexec',
  'wscript',
  'cscript',
]);

/** The Python code strings a command runs with `python -c` (another analysis reads them as Python). */
export function pythonCode<H>(input: CommandInput<H>): Word<H>[] {
  return invocations(input).flatMap((i) => (i.code ? [i.code] : []));
}

function parseCommand<H>(
  text: string,
  holes: readonly (H | undefined)[],
  dialect: Dialect,
  depth: number,
  budget: Budget,
): SimpleCommand<H>[] {
  if (depth >= LIMITS.depth) return [];
  return dialect === 'powershell'
    ? parsePowerShell(text, holes, depth, budget)
    : parseSh(text, holes, { dialect, depth, budget });
}

function each<H>(c: SimpleCommand<H>, budget: Budget, out: Invocation<H>[]): void {
  run(c.words, c.dialect, c.depth, budget, out);
}

function nested<H>(w: Word<H>, dialect: Dialect, depth: number, budget: Budget, out: Invocation<H>[]): void {
  for (const c of parseCommand(w.text, w.holes, dialect, depth + 1, budget)) each(c, budget, out);
}

function run<H>(words: Word<H>[], dialect: Dialect, depth: number, budget: Budget, out: Invocation<H>[]): void {
  if (out.length >= LIMITS.commands || depth >= LIMITS.depth) return;
  let w = words;
  for (let guard = 0; w.length && guard < 16; guard++) {
    const name = toolName(w[0]);
    if (name === undefined) break;
    if (KEYWORDS.has(name) && dialect === 'sh') {
      w = w.slice(1);
      continue;
    }
    const p = PREFIXES[name];
    if (!p || (name === 'start' && dialect === 'sh') || (name === 'call' && dialect === 'sh')) break;
    let k = 1;
    let operands = p.operands ?? 0;
    while (k < w.length) {
      const t = w[k]!.text;
      if (p.stop?.includes(t)) return;
      if (p.assigns && /^[A-Za-z_]\w*=/.test(t)) k++;
      else if (p.values?.includes(t.toLowerCase())) k += 2;
      else if (/^--?[A-Za-z]/.test(t) || (dialect === 'cmd' && /^\/[A-Za-z]/.test(t))) k++;
      else if (operands > 0) {
        operands--;
        k++;
      } else break;
    }
    w = w.slice(k);
  }
  if (!w.length) return;
  const tool = toolName(w[0]);
  const args = w.slice(1);
  const inv: Invocation<H> = { tool, args, dialect, depth };
  out.push(inv);
  if (tool === undefined) return;
  if (SHELLS.has(tool)) {
    const c = args.findIndex((a) => /^-[A-Za-z]*c[A-Za-z]*$/.test(a.text) || a.text === '--command');
    if (c >= 0 && args[c + 1]) nested(args[c + 1]!, 'sh', depth, budget, out);
  } else if (tool === 'su') {
    const c = args.findIndex((a) => a.text === '-c' || a.text === '--command');
    if (c >= 0 && args[c + 1]) nested(args[c + 1]!, 'sh', depth, budget, out);
  } else if (tool === 'watch') {
    const rest = skipOptions(args, ['-n', '-d', '--interval']);
    if (rest.length) nested(joinWords(rest), 'sh', depth, budget, out);
  } else if (tool === 'cmd') {
    const c = args.findIndex((a) => /^\/[ck]$/i.test(a.text));
    if (c >= 0 && args.length > c + 1) nested(joinWords(args.slice(c + 1)), 'cmd', depth, budget, out);
  } else if (tool === 'powershell' || tool === 'pwsh') {
    powershell(args, depth, budget, out);
  } else if (PYTHONS.has(tool)) {
    python(inv, dialect, depth, budget, out);
  }
}

function skipOptions<H>(args: Word<H>[], values: string[]): Word<H>[] {
  let k = 0;
  while (k < args.length && args[k]!.text.startsWith('-')) k += values.includes(args[k]!.text) ? 2 : 1;
  return args.slice(k);
}

/** `powershell -nop -w hidden -c "…"`, `-EncodedCommand <base64 UTF-16LE>`, or the first plain word on. */
function powershell<H>(args: Word<H>[], depth: number, budget: Budget, out: Invocation<H>[]): void {
  for (let k = 0; k < args.length; k++) {
    const t = args[k]!.text;
    if (/^-e(c|n(c(o(d(e(d(c(o(m(m(a(n(d)?)?)?)?)?)?)?)?)?)?)?)?)?$/i.test(t)) {
      const script = decodeUtf16Base64(args[k + 1]?.text ?? '');
      if (script !== undefined) nested({ text: script, holes: [] }, 'powershell', depth, budget, out);
      return;
    }
    if (/^-c(o(m(m(a(n(d)?)?)?)?)?)?$/i.test(t)) {
      if (args.length > k + 1) nested(joinWords(args.slice(k + 1)), 'powershell', depth, budget, out);
      return;
    }
    if (psTakesValue(t)) k++;
    else if (!t.startsWith('-')) {
      nested(joinWords(args.slice(k)), 'powershell', depth, budget, out);
      return;
    }
  }
}

function decodeUtf16Base64(b64: string): string | undefined {
  if (b64.length > 1 << 18 || !/^[A-Za-z0-9+/=\s]{4,}$/.test(b64)) return undefined;
  const text = Buffer.from(b64, 'base64').toString('utf16le');
  // Not UTF-16LE text (a plain UTF-8 payload decodes to CJK noise): nothing to run.
  return /^[\t\n\r\x20-\x7e]*$/.test(text) ? text : undefined;
}

/** `python -c CODE` keeps the code; `python -m MOD args` runs MOD as a program (`python -m pip install x`). */
function python<H>(inv: Invocation<H>, dialect: Dialect, depth: number, budget: Budget, out: Invocation<H>[]): void {
  const a = inv.args;
  for (let k = 0; k < a.length; k++) {
    const t = a[k]!.text;
    if (t === '-c' || /^-[bBdEiIOqsSuvx]+c$/.test(t)) {
      inv.code = a[k + 1];
      return;
    }
    if (t === '-m' && a[k + 1]) {
      run(a.slice(k + 1), dialect, depth, budget, out);
      return;
    }
    if (t === '-W' || t === '-X') k++;
    else if (!t.startsWith('-')) return; // a script file: its own code, not analysed here
  }
}
