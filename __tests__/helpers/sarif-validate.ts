// Validators for generated SARIF: Microsoft's multitool with GitHub's ingestion rules, and the JSON schema.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);

/** The platform package of @microsoft/sarif-multitool (an optional dependency per OS). */
function multitoolDir(): string {
  const pkg = `@microsoft/sarif-multitool-${process.platform === 'win32' ? 'win32' : process.platform}`;
  return dirname(require.resolve(`${pkg}/package.json`));
}

export function multitoolBinary(): string {
  const dir = multitoolDir();
  const bin = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  if (!existsSync(bin)) throw new Error(`sarif-multitool binary not found at ${bin}`);
  return bin;
}

/** Runs per merged input file: well inside what GitHub accepts in one upload (20). */
const RUNS_PER_FILE = 10;

interface Input {
  file: string;
  /** The names whose logs this file holds, by the index of their first run in it. */
  names: { name: string; firstRun: number; runs: number }[];
}

/** A log's members other than `runs`, as text, and its runs; undefined when it is not a SARIF-shaped log. */
function split(text: string): { head: string; runs: unknown[] } | undefined {
  try {
    const { runs, ...head } = JSON.parse(text) as { runs?: unknown };
    return Array.isArray(runs) && runs.length > 0 ? { head: JSON.stringify(head), runs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The input files for one multitool run. Each start of the .NET tool costs ~2 s of CPU and each input file
 * ~1 s more, so logs whose members other than `runs` are identical ($schema, version: every log toSarif
 * writes) go into one file as consecutive runs; the tool names the run of each error (`runs[3]...`), which
 * maps it back to its log. The tool's GitHub rules check each run and each result, and the merged file
 * has the same top-level members as each of its logs, so a log passes alone exactly when its runs pass
 * here. Any other text (not JSON, another header) is a file of its own, byte for byte.
 */
function inputFiles(dir: string, texts: ReadonlyMap<string, string>): Input[] {
  const groups: { head?: string; text: string; runs: unknown[]; names: Input['names'] }[] = [];
  const open = new Map<string, (typeof groups)[number]>();
  for (const [name, text] of texts) {
    const log = split(text);
    if (!log) {
      groups.push({ text, runs: [], names: [{ name, firstRun: 0, runs: Infinity }] });
      continue;
    }
    let group = open.get(log.head);
    if (!group || group.runs.length + log.runs.length > RUNS_PER_FILE) {
      group = { head: log.head, text, runs: [], names: [] };
      groups.push(group);
      open.set(log.head, group);
    }
    group.names.push({ name, firstRun: group.runs.length, runs: log.runs.length });
    group.runs.push(...log.runs);
  }
  // Index-numbered file names: a test's name never has to be a valid path. A log alone: its own bytes.
  return groups.map((g, i) => {
    const file = join(dir, `input-${i}.sarif`);
    const merged = g.names.length > 1 ? JSON.stringify({ ...(JSON.parse(g.head!) as object), runs: g.runs }) : g.text;
    writeFileSync(file, merged);
    return { file, names: g.names };
  });
}

/** The names an error line is about: the one whose runs hold `runs[i]`, or all of the file's. */
function namesOf(input: Input, line: string): string[] {
  const run = /\bruns\[(\d+)\]/.exec(line);
  if (!run) return input.names.map((n) => n.name);
  const i = Number(run[1]);
  const owner = input.names.find((n) => i >= n.firstRun && i < n.firstRun + n.runs);
  return owner ? [owner.name] : input.names.map((n) => n.name);
}

/**
 * Run `Sarif.Multitool validate --rule-kind Gh` once over several SARIF texts and return every `error`
 * line per name (empty = valid); see inputFiles for how the texts share input files.
 * The tool exits 0 even when rules fail, so we parse its output: each error line starts with the path
 * of the file it is about; a line naming no input (the tool itself failed) counts against every input.
 * In 5.7.0 overwriting the output file is `--log ForceOverwrite` (there is no `--force`).
 */
export function multitoolErrorsByName(texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sarif-validate-'));
  const result = new Map<string, string[]>([...texts.keys()].map((name) => [name, []]));
  const everyInput = (line: string): void => result.forEach((errors) => errors.push(line));
  try {
    const files = inputFiles(dir, texts);
    let out: string;
    try {
      out = execFileSync(
        multitoolBinary(),
        [
          'validate',
          ...files.map((f) => f.file),
          '--rule-kind',
          'Gh',
          '--output',
          join(dir, 'out.sarif'),
          '--log',
          'ForceOverwrite',
          '--max-file-size-in-kb',
          '1048576',
        ],
        {
          env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      everyInput(`multitool failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
      return result;
    }
    for (const line of out.split(/\r?\n/)) {
      if (!/\berror\b/i.test(line)) continue;
      const about = files.find((f) => line.startsWith(`${f.file}(`) || line.startsWith(`${f.file}:`));
      if (about) for (const name of namesOf(about, line)) result.get(name)!.push(line);
      else everyInput(line);
    }
    if (!/Analysis completed successfully/.test(out)) everyInput(`multitool did not complete:\n${out}`);
    if (!new RegExp(`Done\\. ${files.length} files? scanned`).test(out))
      everyInput(`multitool did not scan all ${files.length} files:\n${out}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One SARIF text through the multitool (see multitoolErrorsByName). */
export function multitoolErrors(sarifText: string): string[] {
  return multitoolErrorsByName(new Map([['input', sarifText]])).get('input')!;
}

/**
 * SARIF logs a suite builds while its tests are collected, validated in one multitool run from
 * `beforeAll` (call `validateAll` there); each test then asserts the errors of its own log.
 */
export class MultitoolBatch {
  private readonly texts = new Map<string, string>();
  private results?: Map<string, string[]>;

  add(name: string, sarifText: string): void {
    if (this.texts.has(name)) throw new Error(`duplicate SARIF batch entry ${name}`);
    if (this.results) throw new Error(`SARIF batch entry ${name} added after validation`);
    this.texts.set(name, sarifText);
  }

  validateAll(): void {
    this.results = multitoolErrorsByName(this.texts);
  }

  errors(name: string): string[] {
    if (!this.results) throw new Error('MultitoolBatch.validateAll() has not run (call it in beforeAll)');
    const errors = this.results.get(name);
    if (!errors) throw new Error(`no SARIF batch entry ${name}`);
    return errors;
  }
}

/** The SARIF 2.1.0 JSON schema shipped inside the multitool package (sarif-sdk, MIT). */
export function sarifSchemaPath(): string {
  return join(multitoolDir(), 'sarif-2.1.0.json');
}

// ajv-formats is not a dependency; these cover the four formats the SARIF schema uses.
const FORMATS: Record<string, (s: string) => boolean> = {
  // RFC 3986 URI reference: only unreserved, reserved and well-formed percent-escapes.
  'uri-reference': (s) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s),
  uri: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s),
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s),
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
};

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let compiled: Validate | undefined;

export function schemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, formats: FORMATS });
    compiled = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath(), 'utf8'))) as Validate;
  }
  const validate = compiled;
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
