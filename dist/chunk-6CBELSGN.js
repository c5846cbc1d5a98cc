import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Array,
  Boolean,
  CreateType,
  Enum,
  Integer,
  Kind,
  Object,
  Optional,
  SITE_KINDS,
  String as String2,
  Union,
  destinationCell,
  destinationText,
  escapeMarkdown,
  findingMessage,
  findingResultParts,
  fullScanComparison,
  git,
  plainLine,
  renderHtmlReport,
  repoRoot,
  stableStringify,
  truncate
} from "./chunk-QVQJSBF2.js";
import {
  VERSION
} from "./chunk-7RMU2GWJ.js";
import {
  CATEGORIES,
  RISKS,
  compareByPriority,
  compareFindings
} from "./chunk-5X5BTGI2.js";

// src/cli/remote.ts
import { basename } from "node:path";
var HOST = /^[A-Za-z0-9.-]+$/;
function webRepo(url) {
  let host;
  let port = "";
  let path;
  const scp = /^(?:[^@/:]+@)?([^@/:]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    host = scp[1];
    path = scp[2];
  } else {
    let u;
    try {
      u = new URL(url);
    } catch {
      return void 0;
    }
    if (!["https:", "http:", "ssh:", "git:", "git+ssh:"].includes(u.protocol)) return void 0;
    host = u.hostname;
    if (u.protocol === "https:" || u.protocol === "http:") port = u.port ? `:${u.port}` : "";
    path = decodeURIComponent(u.pathname);
  }
  if (!HOST.test(host)) return void 0;
  const repository = path.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "").replace(/^~/, "");
  const segments = repository.split("/");
  if (segments.length < 2 || segments.some((s) => !s || s === "." || s === "..")) return void 0;
  const scheme = url.startsWith("http://") ? "http" : "https";
  return {
    serverUrl: `${scheme}://${host.toLowerCase()}${port}`,
    repository,
    blobPath: /(^|\.)gitlab\./i.test(host) ? "-/blob" : "blob"
  };
}
async function repoContext(repo, sha, env = process.env) {
  if (env.GITHUB_REPOSITORY) {
    return { serverUrl: env.GITHUB_SERVER_URL || "https://github.com", repository: env.GITHUB_REPOSITORY, sha };
  }
  if (repo) {
    const r = await git(repo, ["remote", "get-url", "origin"]);
    const web = r.code === 0 ? webRepo(r.stdout.toString("utf8").trim()) : void 0;
    if (web) return { ...web, sha };
  }
  return { serverUrl: "", repository: basename(repo ?? process.cwd()), sha };
}
async function gitProvenance(dir, revision = "HEAD") {
  const url = await git(dir, ["remote", "get-url", "origin"]);
  const web = url.code === 0 ? webRepo(url.stdout.toString("utf8").trim()) : void 0;
  if (!web) return void 0;
  const rev = await git(dir, ["rev-parse", "--verify", "-q", `${revision}^{commit}`]);
  const branch = revision === "HEAD" ? await git(dir, ["symbolic-ref", "--short", "-q", "HEAD"]) : void 0;
  const out = (r) => r && r.code === 0 ? r.stdout.toString("utf8").trim() || void 0 : void 0;
  return {
    repositoryUri: `${web.serverUrl}/${web.repository}`,
    revisionId: out(rev),
    branch: out(branch)
  };
}

// src/cli/reports.ts
var linkable = (ctx) => ctx.serverUrl ? ctx : void 0;
async function headCommit(dir) {
  const r = await git(dir, ["rev-parse", "--verify", "-q", "HEAD"]);
  const sha = r.stdout.toString("utf8").trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}
async function scanReportContext(root, files, env) {
  const sha = await headCommit(root);
  if (!sha) return { files, revision: "working tree" };
  const top = await repoRoot(root);
  const ctx = top.ok && top.value.prefix === "" ? linkable(await repoContext(root, sha, env)) : void 0;
  return { files, revision: `${sha.slice(0, 12)} (working tree)`, ctx };
}
function scanHtml(result, gate, report) {
  return renderHtmlReport({
    mode: "scan",
    comparison: fullScanComparison(result),
    gate,
    files: report.files,
    revision: { head: report.revision },
    ctx: report.ctx,
    version: VERSION
  });
}
function diffHtml(cmp, gate, revision, ctx) {
  return renderHtmlReport({
    mode: "diff",
    comparison: cmp,
    gate,
    files: cmp.changedFiles,
    revision,
    ctx: ctx && linkable(ctx),
    version: VERSION
  });
}

// src/report/gitlab-sast.ts
import { createHash } from "node:crypto";
var GITLAB_SAST_VERSION = "15.1.4";
var GITLAB_SAST_SCHEMA = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.1.4/dist/sast-report-format.json";
var MAX_NAME = 255;
var MAX_MESSAGES = 200;
var SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
function gitlabTime(d) {
  return d.toISOString().slice(0, 19);
}
function vulnerabilityId(f) {
  const h = createHash("sha256").update(`${f.ruleId}\0${f.file}\0${f.fingerprint}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function vulnerability(f) {
  const startLine = Math.max(1, f.startLine);
  return {
    id: vulnerabilityId(f),
    name: truncate(plainLine(`${f.service} egress (${f.ruleId})`), MAX_NAME),
    // GitLab renders the description as Markdown.
    description: findingResultParts(f).map((p) => p.host ? destinationCell(p.text, 500) : escapeMarkdown(p.text, 2e3)).join(""),
    severity: SEVERITY[f.risk],
    identifiers: [
      { type: "egress_audit_rule", name: plainLine(f.ruleId, MAX_NAME), value: plainLine(f.ruleId, MAX_NAME) },
      ...f.cwe.filter((n) => Number.isInteger(n) && n > 0).map((n) => ({
        type: "cwe",
        name: `CWE-${n}`,
        value: String(n),
        url: `https://cwe.mitre.org/data/definitions/${n}.html`
      }))
    ],
    location: { file: f.file, start_line: startLine, end_line: Math.max(startLine, f.endLine) }
  };
}
function toGitLabSast(input) {
  const live = input.findings.filter((f) => !f.suppressed && !f.allowed).sort(compareByPriority);
  const silenced = input.findings.length - live.length;
  const tool = {
    id: "egress-audit",
    name: "egress-audit",
    version: input.version,
    url: "https://github.com/egress-audit/egress-audit",
    vendor: { name: "egress-audit" }
  };
  const messages = [
    ...input.skipped.map((s) => ({ level: "warn", value: plainLine(`Not analysed: ${s.file}: ${s.reason}`) })),
    ...input.notes.filter((n) => n.level === "warning").map((n) => ({ level: "warn", value: plainLine(`${n.file}: ${n.message}`) }))
  ].slice(0, MAX_MESSAGES);
  if (silenced) messages.push({ level: "info", value: `${silenced} suppressed or approved findings are not listed.` });
  return {
    version: GITLAB_SAST_VERSION,
    schema: GITLAB_SAST_SCHEMA,
    scan: {
      type: "sast",
      status: "success",
      start_time: gitlabTime(input.startTime),
      end_time: gitlabTime(input.endTime),
      analyzer: tool,
      scanner: tool,
      ...messages.length ? { messages } : {}
    },
    vulnerabilities: live.map(vulnerability)
  };
}
function serializeGitLabSast(r) {
  return `${JSON.stringify(r, null, 2)}
`;
}

// node_modules/@sinclair/typebox/build/esm/type/literal/literal.mjs
function Literal(value, options) {
  return CreateType({
    [Kind]: "Literal",
    const: value,
    type: typeof value
  }, options);
}

// src/report/json-schema.ts
var JSON_SCHEMA_VERSION = 1;
var JSON_SCHEMA_ID = `https://github.com/egress-audit/egress-audit/blob/main/docs/json-report.schema.json`;
var opt = Optional;
var closed = { additionalProperties: false };
var about = (description) => ({ ...closed, description });
var line = Integer({ minimum: 1 });
var strings = Array(String2());
var DestinationSchema = Object(
  {
    host: opt(String2({ description: "Host (optionally host:port), when known." })),
    source: Enum(["literal", "constant", "default", "env", "parameter", "dynamic", "decoded"], {
      description: "Where the host came from."
    }),
    detail: opt(String2({ description: 'For dynamic sources: "env OPENAI_BASE_URL", "parameter url".' })),
    scheme: opt(String2({ description: "URL scheme when a URL was seen (http, https, s3, smtp\u2026)." }))
  },
  about("Where a site sends to.")
);
var TraceStepSchema = Object(
  { file: String2(), line, role: Enum(["send", "destination"]) },
  about("A related location: the send inside a wrapper, or where the destination is set.")
);
var PayloadSiteSchema = Object(
  {
    ruleId: String2({ description: "Rule of the send inside the decoded code." }),
    service: String2(),
    line: Integer({ minimum: 1, description: "Line in the decoded code." }),
    text: String2({ description: "That line's text (display only)." }),
    layers: Array(String2(), { description: "Decoders applied, in order (b64decode, zlib, rot13\u2026)." }),
    depth: Integer({ minimum: 1, description: "Levels of code in a string." })
  },
  about("The send inside code that a call runs from a string (or from a file the module wrote).")
);
var MANIFEST_KINDS = [
  "requirements",
  "pyproject",
  "setup.cfg",
  "setup.py",
  "Pipfile",
  "poetry.lock",
  "uv.lock",
  "pdm.lock",
  "Pipfile.lock"
];
var DependencySchema = Object(
  {
    package: String2({ description: "PEP 503 normalised distribution name ('' for a package index)." }),
    manifest: Enum(MANIFEST_KINDS),
    via: opt(Array(String2(), { description: "Lock-file parents: from the direct requirement down." })),
    url: opt(String2({ description: "Index or direct URL, without credentials." })),
    source: opt(Enum(["index", "url"])),
    defaultOn: opt(
      Object(
        {
          sends: String2(),
          trigger: opt(String2()),
          optOut: Object({ env: strings, config: strings, cli: strings }, closed)
        },
        about("What the package sends by default and how to opt out.")
      )
    )
  },
  about("Site kind `dependency`: a manifest or lock-file line.")
);
var FindingSchema = Object(
  {
    ruleId: String2(),
    category: Enum(CATEGORIES),
    service: String2(),
    destination: DestinationSchema,
    risk: Enum(RISKS),
    file: String2({ description: "Repository-relative path, forward slashes." }),
    startLine: line,
    startColumn: line,
    endLine: line,
    endColumn: Integer({ minimum: 1, description: "Exclusive, 1-based." }),
    snippet: String2({ description: "The source line(s), for display only." }),
    callee: String2({ description: 'Resolved callee, e.g. "openai.OpenAI().chat.completions.create".' }),
    kind: Enum([...SITE_KINDS, "dependency"]),
    credentials: strings,
    dataSources: strings,
    cwe: Array(Integer({ minimum: 1 })),
    suppressed: opt(Object({ justification: String2(), line }, closed)),
    allowed: opt(Object({ by: String2() }, closed)),
    denied: opt(Object({ by: String2() }, closed)),
    tags: strings,
    generic: opt(Boolean()),
    trace: opt(Array(TraceStepSchema)),
    payload: opt(PayloadSiteSchema),
    trigger: opt(
      Enum(["startup", "install", "import"], {
        description: "Code that runs without being called: at interpreter start-up, at install, on import."
      })
    ),
    dependency: opt(DependencySchema),
    fingerprint: String2({ description: "Line-independent identity (egressFingerprint/v2)." })
  },
  about("One outbound site.")
);
var SkippedFileSchema = Object(
  { file: String2(), reason: String2(), side: opt(Enum(["base", "head"])) },
  about("A file that was not analysed, and why.")
);
var FileNoteSchema = Object(
  { file: String2(), message: String2(), level: Enum(["note", "warning"]) },
  closed
);
var UnusedSuppressionSchema = Object({ file: String2(), line, text: String2() }, closed);
var IntegrationSchema = Object(
  {
    service: String2(),
    category: Enum(CATEGORIES),
    destination: String2({ description: 'Host, or "(env: X)"-style text when unknown.' }),
    risk: Enum(RISKS),
    ruleIds: strings,
    generic: opt(Boolean()),
    credentials: strings,
    dataSources: strings,
    sites: Array(Object({ file: String2(), line }, closed), { description: "First site of each file." })
  },
  about("Findings grouped by service \xD7 destination \xD7 category.")
);
var PolicyEntryChangeSchema = Object(
  {
    list: Enum(["allow", "deny"]),
    change: Enum(["added", "removed", "changed"]),
    matches: String2({ description: "What the entry matches, e.g. `service: Slack, host: hooks.slack.com`." }),
    before: opt(String2({ description: "The entry's other keys at base, as `key: value` text." })),
    after: opt(String2({ description: "The entry's other keys at head, as `key: value` text." })),
    line: opt(line)
  },
  about("An allow or deny entry of the config that the change adds, removes or changes.")
);
var count = Integer({ minimum: 0 });
var header = {
  tool: Literal("egress-audit"),
  schemaVersion: Literal(JSON_SCHEMA_VERSION),
  version: String2({ description: "egress-audit version that wrote the file." })
};
var ScanReportSchema = Object(
  {
    ...header,
    kind: Literal("scan"),
    findings: Array(FindingSchema),
    skipped: Array(SkippedFileSchema),
    notes: Array(FileNoteSchema),
    unusedSuppressions: Array(UnusedSuppressionSchema),
    filesScanned: count,
    filesParsed: count,
    bytesScanned: count
  },
  about("`egress-audit scan --json`: every finding of a full scan.")
);
var ComparisonReportSchema = Object(
  {
    ...header,
    kind: Literal("comparison"),
    newFindings: Array(FindingSchema),
    removedFindings: Array(FindingSchema),
    newIntegrations: Array(IntegrationSchema),
    removedIntegrations: Array(IntegrationSchema),
    changedDestinations: Array(
      Object({ service: String2(), category: Enum(CATEGORIES), from: strings, to: strings }, closed)
    ),
    headFindings: Array(FindingSchema),
    addedSuppressions: Array(FindingSchema),
    policyChanges: strings,
    policyEntryChanges: opt(Array(PolicyEntryChangeSchema)),
    changedFiles: strings,
    skipped: Array(SkippedFileSchema),
    notes: Array(FileNoteSchema)
  },
  about("`egress-audit diff --json`: base vs head.")
);
var JSON_REPORT_SCHEMA = Union([ScanReportSchema, ComparisonReportSchema], {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: JSON_SCHEMA_ID,
  title: "egress-audit JSON report",
  description: `Version ${JSON_SCHEMA_VERSION} of the JSON that egress-audit writes with --json and --format json. Keys are sorted, output is deterministic.`
});

// src/report/json.ts
function isComparison(x) {
  return "newFindings" in x;
}
var sorted = (fs) => [...fs].sort(compareFindings);
function toJson(result, version) {
  const data = isComparison(result) ? {
    ...result,
    newFindings: sorted(result.newFindings),
    removedFindings: sorted(result.removedFindings),
    headFindings: sorted(result.headFindings),
    addedSuppressions: sorted(result.addedSuppressions)
  } : { ...result, findings: sorted(result.findings) };
  return stableStringify({
    tool: "egress-audit",
    schemaVersion: JSON_SCHEMA_VERSION,
    version,
    kind: isComparison(result) ? "comparison" : "scan",
    ...data
  });
}

// src/report/csv.ts
var CSV_COLUMNS = [
  "change",
  "risk",
  "category",
  "service",
  "destination",
  "host",
  "file",
  "line",
  "column",
  "rule",
  "kind",
  "callee",
  "message",
  "credentials",
  "data_sent",
  "cwe",
  "suppressed",
  "suppression_reason",
  "approved_by",
  "denied_by",
  "tags",
  "fingerprint",
  "snippet"
];
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function row(f, change) {
  return [
    change,
    f.risk,
    f.category,
    f.service,
    destinationText(f.destination),
    f.destination.host ?? "",
    f.file,
    String(f.startLine),
    String(f.startColumn),
    f.ruleId,
    f.kind,
    f.callee,
    findingMessage(f),
    f.credentials.join("; "),
    f.dataSources.join("; "),
    f.cwe.map((c) => `CWE-${c}`).join("; "),
    f.suppressed ? "yes" : "no",
    f.suppressed?.justification ?? "",
    f.allowed?.by ?? "",
    f.denied?.by ?? "",
    f.tags.join("; "),
    f.fingerprint,
    f.snippet
  ];
}
function toCsv(result) {
  const rows = [];
  if ("newFindings" in result) {
    const added = new Set(result.newFindings);
    for (const f of [...result.headFindings].sort(compareFindings))
      rows.push(row(f, added.has(f) ? "new" : "unchanged"));
    for (const f of [...result.removedFindings].sort(compareFindings)) rows.push(row(f, "removed"));
  } else {
    for (const f of [...result.findings].sort(compareFindings)) rows.push(row(f, "present"));
  }
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// src/cli/outputs.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
function requested(specs) {
  return specs.filter((s) => !!s[1]).map(([flag, path, render]) => ({ flag, path, render }));
}
function stdoutConflict(outputs) {
  const dash = outputs.filter((o) => o.path === "-");
  return dash.length > 1 ? `only one output can go to standard output (-): ${dash.map((o) => o.flag).join(", ")}` : void 0;
}
function stdoutOutput(outputs) {
  return outputs.find((o) => o.path === "-");
}
function writeOutputs(outputs, io, cmd) {
  for (const o of outputs) {
    if (o.path === "-") continue;
    try {
      const text = o.render();
      mkdirSync(dirname(resolve(o.path)), { recursive: true });
      writeFileSync(o.path, text);
    } catch (err) {
      io.stderr.write(`${cmd}: cannot write ${o.flag} ${o.path}: ${err.message}
`);
      return false;
    }
  }
  const out = stdoutOutput(outputs);
  if (out) io.stdout.write(out.render());
  return true;
}

// src/cli/output-options.ts
var OUTPUT_OPTIONS = {
  sarif: { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  "gitlab-sast": { type: "string" },
  html: { type: "string" },
  csv: { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};

export {
  repoContext,
  gitProvenance,
  scanReportContext,
  scanHtml,
  diffHtml,
  toGitLabSast,
  serializeGitLabSast,
  toJson,
  toCsv,
  requested,
  stdoutConflict,
  stdoutOutput,
  writeOutputs,
  OUTPUT_OPTIONS
};
