import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  outputFlagProblem,
  quietWarn,
  scanOutputs
} from "./chunk-NBWL62Q3.js";
import {
  OUTPUT_OPTIONS
} from "./chunk-6CBELSGN.js";
import {
  formatProblem,
  policyFromFile
} from "./chunk-QVQJSBF2.js";
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import {
  mergeResults
} from "./chunk-5X5BTGI2.js";
import "./chunk-7BOAENXZ.js";

// src/cli/merge.ts
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var MERGE_USAGE = `Usage: egress-audit merge FILE.json... [options]

Combines the --json results of "egress-audit scan --shard I/N" jobs into one scan result. Every part must
come from this version of egress-audit; a file's findings must not appear in two parts.

Options:
  --root DIR              workspace root, for the config (default: .)
  --config FILE           config file the shards used (its rule folders give the SARIF rule metadata)
  --sarif FILE            write SARIF 2.1.0 (one run)
  --json FILE             write the merged result as JSON
  --markdown FILE         write a Markdown report
  --gitlab-sast FILE      write a GitLab SAST report (schema 15.x)
  --html FILE             write the self-contained HTML report
  --csv FILE              write one CSV row per finding
                          (each report flag takes "-" for standard output, one at a time)
  --format text|json      stdout format (default: text)
  --fail-on LEVEL         none|low|medium|high|critical (default: none)
  --fail-on-unanalysed    also exit 1 when a file could not be analysed
  --category ID           SARIF automationDetails.id (default: egress-audit/)
  -q, --quiet             print nothing but errors and the gate's failure
  --no-color              no ANSI colours
  -h, --help              this help
`;
var MAX_PART_BYTES = 1 << 30;
var ARRAYS = ["findings", "skipped", "notes", "unusedSuppressions"];
var COUNTS = ["filesScanned", "filesParsed", "bytesScanned"];
function readPart(path) {
  let text;
  try {
    if (statSync(path).size > MAX_PART_BYTES) return "larger than 1 GiB";
    text = readFileSync(path, "utf8");
  } catch (e) {
    return `cannot read (${e.code ?? "error"})`;
  }
  let j;
  try {
    j = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  if (!j || typeof j !== "object" || j.tool !== "egress-audit") return "not an egress-audit JSON result";
  if (j.kind !== "scan") return `a "${String(j.kind)}" result; merge takes the results of \`scan --json\``;
  if (j.version !== VERSION) return `made by egress-audit ${String(j.version)}; this is ${VERSION}`;
  for (const a of ARRAYS) if (!Array.isArray(j[a])) return `"${a}" is not a list`;
  for (const c of COUNTS) if (typeof j[c] !== "number") return `"${c}" is not a number`;
  const out = {};
  for (const k of [...ARRAYS, ...COUNTS]) out[k] = j[k];
  return out;
}
async function runMerge(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...OUTPUT_OPTIONS,
        root: { type: "string" },
        config: { type: "string" },
        "fail-on-unanalysed": { type: "boolean" },
        category: { type: "string" },
        "no-color": { type: "boolean" }
      }
    });
  } catch (e) {
    io.stderr.write(`egress-audit merge: ${e.message}

${MERGE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(MERGE_USAGE);
    return 0;
  }
  if (!positionals.length) {
    io.stderr.write(`egress-audit merge: give the JSON results to merge

${MERGE_USAGE}`);
    return 2;
  }
  const flagProblem = outputFlagProblem(values);
  if (flagProblem) {
    io.stderr.write(`egress-audit merge: ${flagProblem}
`);
    return 2;
  }
  const outputs = scanOutputs(values);
  if (outputs.conflict) {
    io.stderr.write(`egress-audit merge: ${outputs.conflict}
`);
    return 2;
  }
  const startTime = /* @__PURE__ */ new Date();
  const parts = [];
  const problems = [];
  const owner = /* @__PURE__ */ new Map();
  for (const [i, p] of positionals.entries()) {
    const part = readPart(p);
    if (typeof part === "string") {
      problems.push(`${p}: ${part}`);
      continue;
    }
    const files = new Set([...part.findings, ...part.notes, ...part.unusedSuppressions].map((x) => x.file));
    const clash = [];
    let other;
    for (const f of files) {
      const first = owner.get(f);
      if (first && first.part !== i) {
        clash.push(f);
        other ??= first;
      } else owner.set(f, { part: i, name: p });
    }
    if (other)
      problems.push(
        `${p}: results for ${clash.length} file(s) (${clash[0]}${clash.length > 1 ? ", \u2026" : ""}) are also in part ${other.part + 1} (${other.name}); give each shard once`
      );
    parts.push(part);
  }
  if (problems.length) {
    io.stderr.write(problems.map((m) => `egress-audit merge: ${m}
`).join(""));
    return 2;
  }
  const policy = await policyFromFile(values.config, resolve(values.root ?? "."), []);
  if (!policy.ok) {
    io.stderr.write(policy.problems.map((p) => `egress-audit: ${formatProblem(p)}
`).join(""));
    return 2;
  }
  for (const w of policy.value.config.warnings) quietWarn(values, io)(formatProblem(w));
  return outputs.emit(mergeResults(parts), policy.value.rules.rules, {
    io,
    env: io.env ?? process.env,
    startTime,
    cmd: "egress-audit merge"
  });
}
export {
  MERGE_USAGE,
  runMerge
};
