import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  diffFolders,
  folderSnapshot,
  manifestKind,
  pathFilter,
  readManifests,
  scanManifests,
  scanSources,
  scanTree,
  scopeFilter,
  unmatchedGlobsIn
} from "./chunk-U5JYULHY.js";
import {
  ModuleMap,
  decodeSource,
  importedPaths,
  listedExists,
  packageRoots
} from "./chunk-LKAF2VPF.js";
import {
  DEFAULT_CONFIG_FILE,
  codeList,
  codeText,
  compareScans,
  dash,
  decideGate,
  dependencyMark,
  destinationCell,
  destinationList,
  destinationText,
  diffRevisions,
  esc,
  escapeMarkdown,
  fail,
  failReasonText,
  findingStatus,
  fullScanComparison,
  gateCounts,
  gateHeadlineParts,
  gitSnapshot,
  integrationKey,
  joinAnd,
  list,
  loadPolicy,
  normalizeRel,
  ok,
  optOutText,
  parseConfig,
  plural,
  policyChanges,
  riskCell,
  shortRevision,
  siteLink,
  sitesCell,
  table,
  textList,
  truncate,
  unanalysedAdvice,
  wellFormed
} from "./chunk-QVQJSBF2.js";
import {
  CATEGORIES,
  CATEGORY_TITLES,
  compareFindings,
  compareIntegrations,
  countByRisk
} from "./chunk-5X5BTGI2.js";

// src/pipeline/run.ts
import { resolve } from "node:path";

// src/compare/policy-entries.ts
var MATCH_KEYS = ["service", "host", "category", "rule"];
var OTHER_KEYS = ["paths", "reason"];
function text(e, keys) {
  return keys.filter((k) => e[k] !== void 0).map((k) => `${k}: ${Array.isArray(e[k]) ? e[k].join(", ") : String(e[k])}`).join("; ");
}
function policyEntryChanges(base, head) {
  const out = [];
  for (const list2 of ["allow", "deny"]) {
    const before = /* @__PURE__ */ new Map();
    for (const e of base[list2]) before.set(text(e, MATCH_KEYS), [...before.get(text(e, MATCH_KEYS)) ?? [], e]);
    for (const e of head[list2]) {
      const key = text(e, MATCH_KEYS);
      const olds = before.get(key) ?? [];
      const same = olds.findIndex((o) => text(o, OTHER_KEYS) === text(e, OTHER_KEYS));
      const i = same >= 0 ? same : olds.length ? 0 : -1;
      if (i < 0) {
        out.push({ list: list2, change: "added", matches: key, after: text(e, OTHER_KEYS) || void 0, line: e.line });
        continue;
      }
      const [old] = olds.splice(i, 1);
      if (same < 0)
        out.push({
          list: list2,
          change: "changed",
          matches: key,
          before: text(old, OTHER_KEYS) || void 0,
          after: text(e, OTHER_KEYS) || void 0,
          line: e.line
        });
    }
    for (const olds of before.values())
      for (const e of olds)
        out.push({
          list: list2,
          change: "removed",
          matches: text(e, MATCH_KEYS),
          before: text(e, OTHER_KEYS) || void 0,
          line: e.line
        });
  }
  return out;
}

// src/pipeline/policy-diff.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
async function configEntryChanges(path, base, head) {
  const [b, h] = await Promise.all([base.read([path], MAX_CONFIG_BYTES), head.read([path], MAX_CONFIG_BYTES)]);
  const text2 = (s) => s.files.find((f) => f.path === path)?.content.toString("utf8");
  const baseText = text2(b) ?? "";
  const headText = text2(h) ?? "";
  const bc = parseConfig(baseText, path);
  const hc = parseConfig(headText, path);
  if (!bc.ok || !hc.ok) return void 0;
  return policyEntryChanges(bc.value, hc.value);
}

// src/pipeline/read-manifests.ts
async function manifestPaths(side, inScope) {
  const listed = await side.list();
  return listed.ok ? listed.value.filter((p) => manifestKind(p) !== void 0 && inScope(p)) : [];
}
async function readManifestSides(head, base, changes, config, rules, inScope) {
  const candidates = changes.filter((c) => inScope(c.path) && (manifestKind(c.path) || /\.(txt|in)$/i.test(c.path)));
  if (!candidates.length) return void 0;
  const [headFiles, baseFiles] = await Promise.all([
    manifestPaths(head, inScope).then((p) => readManifests(p, (ps, max) => head.read(ps, max))),
    manifestPaths(base, inScope).then((p) => readManifests(p, (ps, max) => base.read(ps, max)))
  ]);
  const changedHead = new Set(candidates.filter((c) => c.status !== "deleted").map((c) => c.path));
  const changedBase = new Set(candidates.filter((c) => c.status !== "added").map((c) => c.oldPath ?? c.path));
  const [h, b] = await Promise.all([
    scanManifests(headFiles.files, { config, rules, report: (p) => changedHead.has(p) }),
    scanManifests(baseFiles.files, { config, rules, report: (p) => changedBase.has(p) })
  ]);
  const reported = (files, changed2) => files.some((f) => changed2.has(f.path));
  h.notes.push(...headFiles.notes.filter((n) => changedHead.has(n.file)));
  b.notes.push(...baseFiles.notes.filter((n) => changedBase.has(n.file)));
  const read = new Set([...headFiles.files, ...baseFiles.files].map((f) => f.path));
  const changed = candidates.filter((c) => read.has(c.path) || c.oldPath !== void 0 && read.has(c.oldPath));
  if (!reported(headFiles.files, changedHead) && !reported(baseFiles.files, changedBase) && !changed.length)
    return void 0;
  return { head: h, base: b, changed };
}
function mergeManifestScan(scan, m) {
  scan.findings.push(...m.findings);
  scan.notes.push(...m.notes);
  scan.unusedSuppressions.push(...m.unusedSuppressions);
}

// src/pipeline/dependents.ts
var MAX_LEVELS = 3;
var MAX_DEPENDENTS = 200;
var MAX_CANDIDATES = 2e3;
async function dependentsOf(snapshot, changed, maxBytes, exclude) {
  const py = changed.filter((p) => /\.pyw?$/i.test(p));
  if (!py.length) return { paths: [] };
  if (!snapshot.importers) return { paths: [], incomplete: `${snapshot.label} cannot be searched for importers` };
  const listed = await snapshot.list();
  if (!listed.ok) return { paths: [], incomplete: listed.problems[0]?.message };
  const map = new ModuleMap({ exists: listedExists(listed.value), read: () => void 0 });
  const known = new Set(changed);
  let incomplete;
  const found = [];
  let frontier = py;
  for (let level = 0; level < MAX_LEVELS && frontier.length; level++) {
    const targets = new Set(frontier);
    const names = /* @__PURE__ */ new Set();
    for (const p of frontier) {
      const name = map.nameOf(p);
      if (name) names.add(name.slice(name.lastIndexOf(".") + 1));
    }
    const candidates = await snapshot.importers([...names]);
    if (!candidates.ok) return { paths: found, incomplete: candidates.problems[0]?.message };
    const all = candidates.value.filter((p) => !known.has(p) && !exclude(p));
    const fresh = all.slice(0, MAX_CANDIDATES);
    if (all.length > fresh.length) incomplete = `more than ${MAX_CANDIDATES} files mention the changed modules`;
    const texts = await snapshot.read(fresh, maxBytes);
    const next = [];
    for (const f of texts.files) {
      const d = decodeSource(f.content);
      if (d.skip || d.text === void 0) continue;
      if (!importedPaths(d.text, f.path, map).some((t) => targets.has(t))) continue;
      known.add(f.path);
      found.push(f.path);
      next.push(f.path);
      if (found.length >= MAX_DEPENDENTS)
        return { paths: found.sort(), incomplete: `more than ${MAX_DEPENDENTS} files import the changed modules` };
    }
    frontier = next;
  }
  return incomplete ? { paths: found.sort(), incomplete } : { paths: found.sort() };
}

// src/pipeline/snapshot-project.ts
var MAX_MODULES = 800;
var MAX_LEVELS2 = 8;
async function snapshotProjectFiles(snapshot, seeds, maxBytes) {
  const listed = await snapshot.list();
  const paths = listed.ok ? listed.value : seeds.map((s) => s.path);
  const exists = listedExists(paths);
  const texts = /* @__PURE__ */ new Map();
  for (const s of seeds) texts.set(s.path, decode(s.content));
  const files = { exists, read: (p) => texts.get(p), roots: packageRoots(paths, exists) };
  const map = new ModuleMap(files);
  let frontier = seeds.map((s) => s.path);
  for (let level = 0; level < MAX_LEVELS2 && frontier.length && texts.size < MAX_MODULES; level++) {
    const wanted = /* @__PURE__ */ new Set();
    for (const from of frontier) {
      const text2 = texts.get(from);
      if (!text2) continue;
      for (const target of importedPaths(text2, from, map)) if (!texts.has(target)) wanted.add(target);
    }
    const batch = [...wanted].slice(0, MAX_MODULES - texts.size);
    const got = await snapshot.read(batch, maxBytes);
    for (const p of batch) texts.set(p, void 0);
    for (const f of got.files) texts.set(f.path, decode(f.content));
    frontier = batch;
  }
  return files;
}
function decode(content) {
  const d = decodeSource(content);
  return d.skip ? void 0 : d.text;
}

// src/pipeline/read-sides.ts
async function readSides(head, base, paths, maxBytes, inScope) {
  const changed = /* @__PURE__ */ new Set([...paths.head, ...paths.base]);
  const skip = (p) => changed.has(p) || !inScope(p);
  const [depHead, depBase] = await Promise.all([
    dependentsOf(head, paths.head, maxBytes, skip),
    dependentsOf(base, paths.base, maxBytes, skip)
  ]);
  const dependents = [.../* @__PURE__ */ new Set([...depHead.paths, ...depBase.paths])].sort();
  const log = [];
  if (dependents.length)
    log.push(
      `Index: also analysed ${dependents.length} unchanged file(s) that import a changed module: ${dependents.slice(0, 10).join(", ")}${dependents.length > 10 ? ", \u2026" : ""}.`
    );
  for (const why of [depHead.incomplete, depBase.incomplete])
    if (why) log.push(`Index: importers not all found (${why}).`);
  const [headFiles, baseFiles] = await Promise.all([
    head.read([...paths.head, ...dependents], maxBytes),
    base.read([...paths.base, ...dependents], maxBytes)
  ]);
  const [headProject, baseProject] = await Promise.all([
    snapshotProjectFiles(head, headFiles.files, maxBytes),
    snapshotProjectFiles(base, baseFiles.files, maxBytes)
  ]);
  return {
    head: { files: headFiles, project: headProject },
    base: { files: baseFiles, project: baseProject },
    dependents,
    log
  };
}

// src/pipeline/run.ts
async function runComparison(opts) {
  const log = [];
  let changes;
  let base;
  let head;
  let baseSha;
  let headSha;
  let policySide;
  if (opts.sides.kind === "git") {
    const d = await diffRevisions(opts.sides.repo, opts.sides.base, opts.sides.head, {
      useMergeBase: opts.sides.useMergeBase
    });
    if (!d.ok) return fail(...d.problems);
    ({ changes, base, head, baseSha, headSha } = d.value);
    log.push(...d.value.log);
    policySide = gitSnapshot(opts.sides.repo, d.value.baseSha);
  } else if (opts.sides.kind === "snapshots") {
    ({ changes, base, head, baseSha, headSha } = opts.sides);
    policySide = base;
  } else {
    policySide = folderSnapshot(opts.sides.base);
    changes = [];
    base = policySide;
    head = folderSnapshot(opts.sides.head);
  }
  const policy = await loadPolicy(
    opts.config,
    policySide,
    opts.sides.kind === "folders" ? process.cwd() : opts.sides.repo
  );
  if (!policy.ok) return fail(...policy.problems);
  const { config, rules } = policy.value;
  if (opts.maxFileBytes) config.maxFileBytes = opts.maxFileBytes;
  log.push(...policy.value.log);
  const inScope = pathFilter(config, opts.paths);
  if (opts.sides.kind === "folders") {
    const d = await diffFolders(
      opts.sides.base,
      opts.sides.head,
      (p) => inScope(p) || isPolicyPath(p, opts.config, config) || manifestKind(p) !== void 0
    );
    ({ changes, base, head } = d);
  }
  config.warnings.push(...await unmatchedGlobsIn(config, () => head.list(), `at head ${shortRevision(head.label)}`));
  const scoped = changes.filter((c) => inScope(c.path) || c.oldPath !== void 0 && inScope(c.oldPath));
  const maxBytes = config.maxFileBytes;
  const headPaths = scoped.filter((c) => c.status !== "deleted").map((c) => c.path);
  const basePaths = scoped.filter((c) => c.status !== "added").map((c) => c.oldPath ?? c.path);
  const read = await readSides(head, base, { head: headPaths, base: basePaths }, maxBytes, inScope);
  log.push(...read.log);
  const headFiles = read.head.files;
  const baseFiles = read.base.files;
  const [headScan, baseScan] = await Promise.all([
    scanSources(headFiles.files, { config, rules, project: read.head.project }),
    scanSources(baseFiles.files, { config, rules, project: read.base.project })
  ]);
  headScan.skipped.push(...headFiles.skipped);
  baseScan.skipped.push(...baseFiles.skipped);
  const manifests = await readManifestSides(head, base, changes, config, rules.rules, scopeFilter(config, opts.paths));
  if (manifests) {
    mergeManifestScan(headScan, manifests.head);
    mergeManifestScan(baseScan, manifests.base);
  }
  const configPath = opts.config.kind === "base" ? opts.config.path : "";
  const configFile = normalizeRel(configPath || DEFAULT_CONFIG_FILE);
  const comparison = compareScans(baseScan, headScan, {
    files: [...scoped, ...manifests?.changed ?? []],
    policyChanges: policyChanges(changes, { configFile, ruleFolders: config.rules })
  });
  if (comparison.policyChanges.includes(configFile)) {
    const entries = await configEntryChanges(configFile, policySide, head);
    if (entries) comparison.policyEntryChanges = entries;
  }
  if (opts.sides.kind === "snapshots") comparison.notes.push(...opts.sides.notes ?? []);
  return ok({ comparison, config, rules, headScan, baseSha, headSha, log });
}
function isPolicyPath(p, src, config) {
  const cfg = normalizeRel(src.kind === "base" ? src.path : DEFAULT_CONFIG_FILE);
  return p === cfg || config.rules.some((f) => p.startsWith(`${normalizeRel(f)}/`));
}
async function runFullScan(root, src, paths = [], maxFileBytes, cacheDir) {
  const path = normalizeRel(src.path) === DEFAULT_CONFIG_FILE ? void 0 : src.path;
  const tree = await scanTree({
    root,
    config: path,
    inputs: paths,
    maxFileBytes,
    log: [`Policy: ${src.path}`],
    ...cacheDir ? { cacheDir: resolve(root, cacheDir) } : {}
  });
  if (!tree.ok) return fail(...tree.problems);
  const { config, rules, result: headScan, files, log: policyLog, cache } = tree.value;
  const log = [...policyLog, ...cache ?? []];
  const comparison = fullScanComparison(headScan);
  return ok({ comparison, config, rules, headScan, files, log });
}

// src/report/marker.ts
var DEFAULT_MARKER = "<!-- egress-audit:pr-comment -->";

// src/report/mermaid.ts
var MERMAID_MAX_EDGES = 20;
var LABEL_CHARS = 60;
var MERMAID_ENTITY_NAMES = {
  "!": "excl",
  '"': "quot",
  "#": "num",
  $: "dollar",
  "%": "percnt",
  "&": "amp",
  "'": "apos",
  "(": "lpar",
  ")": "rpar",
  "*": "ast",
  "+": "plus",
  ",": "comma",
  ":": "colon",
  ";": "semi",
  "<": "lt",
  "=": "equals",
  ">": "gt",
  "?": "quest",
  "@": "commat",
  "[": "lsqb",
  "\\": "bsol",
  "]": "rsqb",
  "^": "Hat",
  "`": "grave",
  "{": "lcub",
  "|": "vert",
  "}": "rcub",
  "~": "tilde"
};
function mermaidLabel(text2) {
  const safe = wellFormed(truncate(text2, LABEL_CHARS)).replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, "\uFFFD").replace(/[!-,:-@[-^`{-~]/g, (c) => `#${MERMAID_ENTITY_NAMES[c] ?? "quest"};`);
  return `["${safe}"]`;
}
var keyOf = (i) => JSON.stringify([i.service, i.destination, i.category]);
function mermaidDiagram(cmp, maxEdges = MERMAID_MAX_EDGES) {
  const order = new Map(cmp.newIntegrations.map((i, n) => [keyOf(i), n]));
  const edges = /* @__PURE__ */ new Map();
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  for (const f of [...cmp.newFindings].sort(byFile)) {
    const key = integrationKey(f);
    if (order.has(key)) edges.set(JSON.stringify([f.file, key]), { file: f.file, key });
  }
  if (!edges.size) return [];
  const sorted = [...edges.values()].sort(
    (a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
  const shown = sorted.slice(0, maxEdges);
  const files = /* @__PURE__ */ new Map();
  const services = /* @__PURE__ */ new Map();
  const lines = ["```mermaid", "flowchart LR"];
  const integrations = new Map(cmp.newIntegrations.map((i) => [keyOf(i), i]));
  for (const e of shown) {
    const i = integrations.get(e.key);
    let m = files.get(e.file);
    if (!m) {
      files.set(e.file, m = `m${files.size}`);
      lines.push(`  ${m}${mermaidLabel(e.file)}`);
    }
    let s = services.get(e.key);
    if (!s) {
      services.set(e.key, s = `s${services.size}`);
      lines.push(`  ${s}${mermaidLabel(`${i.service}: ${i.destination}`)}:::${i.risk}`);
    }
    lines.push(`  ${m} --> ${s}`);
  }
  if (sorted.length > shown.length) lines.push(`  more${mermaidLabel(`+${sorted.length - shown.length} more`)}`);
  lines.push(
    // Colours start with a letter: nothing here reads like an issue reference (#123).
    "  classDef critical stroke:#a40e26,stroke-width:3px",
    "  classDef high stroke:#d1242f,stroke-width:2px",
    "  classDef medium stroke:#bc4c00",
    "  classDef low stroke:#afb8c1",
    "```"
  );
  return lines;
}

// src/report/gate-headline.ts
function verdict(cmp) {
  const n = cmp.newIntegrations.length;
  if (n === 0) return "\u2705 No new outbound integrations.";
  return `\u26A0\uFE0F ${verdictText(cmp)}`;
}
function verdictText(cmp) {
  const n = cmp.newIntegrations.length;
  if (n === 0) return "No new outbound integrations.";
  const counts = countByRisk(cmp.newIntegrations.map((i) => i.risk));
  const severe = ["critical", "high"].filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  return `New outbound integrations: ${n}${severe.length ? ` (${severe.join(", ")})` : ""}`;
}
function headline(cmp, gate) {
  if (gate.wouldFail) {
    const counts = gateCounts(gate);
    const total = counts.newIntegration + counts.callSite + counts.unanalysed;
    const what = joinAnd(gateHeadlineParts(counts));
    return gate.failed ? `\u274C ${what} ${total === 1 ? "fails" : "fail"} the gate` : `\u26A0\uFE0F ${what} would fail the gate (warn-only)`;
  }
  if (gate.unanalysed.length) return `\u26A0\uFE0F ${plural(gate.unanalysed.length, "file")} could not be analysed`;
  return verdict(cmp);
}
function gateLines(gate) {
  const failOn = codeText(`fail-on: ${gate.failOn}`, 40);
  if (!gate.wouldFail) return [`Merge gate passed (${failOn}).`];
  const n = gate.failing.length;
  const u = gate.unanalysedFails ? gate.unanalysed.length : 0;
  const what = [
    ...n ? [`${plural(n, "new finding")} at or above the threshold or denied by policy`] : [],
    ...u ? [`${plural(u, "changed file")} not analysed`] : []
  ].join("; ");
  const title = gate.failed ? "\u274C **Merge gate failed**" : "\u26A0\uFE0F **Merge gate would fail** (warn-only)";
  const out = [`${title} (${failOn})${what ? `: ${what}` : ""}.`];
  if (n) {
    const suppression = gate.allowPrSuppressions ? "or add a `# egress: allow[RULE-ID] reason` comment on the line." : "or add a `# egress: allow[RULE-ID] reason` comment on the line (a suppression added by this PR is listed for review and takes effect once merged).";
    out.push(
      "",
      "To resolve: remove the call, approve the integration with an `allow` entry in the base branch config, " + suppression
    );
  }
  return out;
}

// src/report/gate-sections.ts
function failureRows(ctx, fs) {
  return fs.map((f) => [
    riskCell(f.finding.risk),
    siteLink(ctx, f.finding.file, f.finding.startLine),
    esc(f.finding.service, 100),
    destinationCell(destinationText(f.finding.destination)),
    esc(failReasonText(f.finding, f.reason), 120)
  ]);
}
function failingSection(gate, ctx, limit) {
  if (!gate.failures.length) return [];
  const headers = ["Risk", "Where", "Service", "Destination", "Why it fails"];
  const out = [];
  const fresh = gate.failures.filter((f) => !f.existingIntegration);
  const sites = gate.failures.filter((f) => f.existingIntegration);
  const mark = gate.failed ? "\u274C" : "\u26A0\uFE0F";
  if (fresh.length)
    out.push(
      `### ${mark} Findings of new integrations that fail the gate (${fresh.length})`,
      "",
      ...table(headers, failureRows(ctx, fresh), limit),
      ""
    );
  if (sites.length)
    out.push(
      `### ${mark} New call sites of existing integrations (${sites.length})`,
      "",
      "These integrations already exist at base; the pull request adds calls to them.",
      "",
      ...table(headers, failureRows(ctx, sites), limit),
      ""
    );
  return out;
}
function unanalysedSection(gate, limit) {
  if (!gate.unanalysed.length) return [];
  const how = gate.unanalysedFails ? gate.failed ? "They fail the gate: a file that was not analysed cannot pass unseen." : "They would fail the gate (warn-only)." : "They are listed, not failing; treat them as unscanned.";
  const items = gate.unanalysed.map(
    (s) => `${codeText(s.file, 200)}: ${escapeMarkdown(s.reason, 200)} \u2014 ${escapeMarkdown(unanalysedAdvice(s), 300)}`
  );
  return [
    `### \u26A0\uFE0F Files that could not be analysed (${gate.unanalysed.length})`,
    "",
    how,
    "",
    ...list(items, limit),
    ""
  ];
}

// src/report/inventory-sections.ts
var byRiskThenName = compareIntegrations;
var indexKey = (service, category, file) => `${service}\0${category}\0${file}`;
function indexFindings(findings) {
  const index = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = indexKey(f.service, f.category, f.file);
    const list2 = index.get(k);
    if (list2) list2.push(f);
    else index.set(k, [f]);
  }
  return index;
}
function findingsOf(i, index) {
  const files = new Set(i.sites.map((s) => s.file));
  return [...files].flatMap((file) => index.get(indexKey(i.service, i.category, file)) ?? []);
}
function approvalNote(i, index) {
  const fs = findingsOf(i, index);
  if (fs.length === 0) return "";
  const denied = fs.find((f) => f.denied);
  if (denied) return `<br>\u26D4 denied by ${escapeMarkdown(denied.denied.by, 80)}`;
  if (fs.every((f) => f.allowed)) return `<br>\u2705 approved by ${escapeMarkdown(fs[0].allowed.by, 80)}`;
  if (fs.every((f) => f.suppressed)) return "<br>suppressed in code";
  return "";
}
function dependencyNote(i, index) {
  const f = findingsOf(i, index).find((x) => x.dependency);
  if (!f) return "";
  const optOut = f.dependency?.defaultOn ? `<br>opt out: ${escapeMarkdown(optOutText(f.dependency.defaultOn, true), 300)}` : "";
  return `<br>${escapeMarkdown(dependencyMark(f) ?? "", 200)}${optOut}`;
}
function newIntegrationSection(cmp, ctx, limit) {
  if (cmp.newIntegrations.length === 0) return [];
  const out = ["### New outbound integrations", ""];
  const index = indexFindings(cmp.newFindings);
  for (const cat of CATEGORIES) {
    const items = cmp.newIntegrations.filter((i) => i.category === cat).sort(byRiskThenName);
    if (items.length === 0) continue;
    out.push(`#### ${CATEGORY_TITLES[cat]}`, "");
    const rows = items.map((i) => [
      riskCell(i.risk) + approvalNote(i, index),
      esc(i.service, 100) + dependencyNote(i, index),
      destinationCell(i.destination),
      sitesCell(ctx, i.sites),
      codeList(i.credentials),
      textList(i.dataSources)
    ]);
    out.push(...table(["Risk", "Service", "Destination", "Where", "Credentials needed", "Data sent"], rows, limit), "");
  }
  return out;
}
function removedSection(cmp, limit) {
  if (cmp.removedIntegrations.length === 0) return [];
  const rows = [...cmp.removedIntegrations].sort(byRiskThenName).map((i) => [riskCell(i.risk), esc(i.service, 100), CATEGORY_TITLES[i.category], destinationCell(i.destination)]);
  return ["### Removed integrations", "", ...table(["Risk", "Service", "Category", "Destination"], rows, limit), ""];
}
function changedSection(cmp, limit) {
  if (cmp.changedDestinations.length === 0) return [];
  const rows = cmp.changedDestinations.map((c) => [
    esc(c.service, 100),
    CATEGORY_TITLES[c.category],
    destinationList(c.from),
    destinationList(c.to)
  ]);
  return ["### Changed destinations", "", ...table(["Service", "Category", "From", "To"], rows, limit), ""];
}
function suppressionSection(cmp, ctx, limit) {
  if (cmp.addedSuppressions.length === 0) return [];
  const rows = [...cmp.addedSuppressions].sort(compareFindings).map((f) => [
    siteLink(ctx, f.file, f.startLine),
    esc(f.service, 100),
    riskCell(f.risk),
    esc(f.suppressed?.justification ?? "", 200)
  ]);
  return [
    "### Suppressions added in this PR",
    "",
    ...table(["Where", "Service", "Risk", "Justification"], rows, limit),
    ""
  ];
}
function policySection(cmp, limit) {
  if (cmp.policyChanges.length === 0) return [];
  const entries = (cmp.policyEntryChanges ?? []).map((e) => policyEntryItem(e));
  return [
    "### Policy changes in this PR",
    "",
    "Policy (config, rules, allowlist) was read from the base revision; these changes take effect after merge:",
    "",
    ...list(
      [...cmp.policyChanges].sort().map((p) => codeText(p, 200)),
      limit
    ),
    ...entries.length ? ["", "Entries:", "", ...list(entries, limit)] : [],
    ""
  ];
}
function policyEntryItem(e) {
  const at = e.line ? ` (line ${e.line})` : "";
  const what = escapeMarkdown(e.matches || "any finding", 300);
  const detail = e.change === "changed" ? ` \u2014 was ${escapeMarkdown(e.before || "nothing else", 300)}; now ${escapeMarkdown(e.after || "nothing else", 300)}` : (e.change === "added" ? e.after : e.before) ? ` \u2014 ${escapeMarkdown(e.change === "added" ? e.after : e.before, 300)}` : "";
  return `${codeText(e.list, 10)} entry ${e.change}${at}: ${what}${detail}`;
}
function skippedSection(cmp, gate, limit) {
  if (gate.skippedByDesign.length === 0 && cmp.notes.length === 0) return [];
  const items = [
    ...gate.skippedByDesign.map((s) => `${codeText(s.file, 200)}: skipped, ${escapeMarkdown(s.reason, 200)}`),
    ...cmp.notes.map((n) => `${codeText(n.file, 200)}: ${escapeMarkdown(n.message, 200)}`)
  ];
  return ["### Skipped files and notes", "", ...list(items, limit), ""];
}
function detailsSection(cmp, ctx) {
  if (cmp.headFindings.length === 0) return [];
  const isNew = new Set(cmp.newFindings);
  const rows = [...cmp.headFindings].sort(compareFindings).map((f) => [
    riskCell(f.risk),
    siteLink(ctx, f.file, f.startLine),
    esc(f.service, 100),
    destinationCell(destinationText(f.destination)),
    f.callee ? codeText(f.callee, 120) : "\u2014",
    dash([...isNew.has(f) ? ["**new**"] : [], ...findingStatus(f).map((s) => escapeMarkdown(s, 120))].join(", "))
  ]);
  return [
    "<details>",
    `<summary>All findings in changed files (${cmp.headFindings.length})</summary>`,
    "",
    ...table(["Risk", "Where", "Service", "Destination", "Call", "Status"], rows),
    "",
    "</details>",
    ""
  ];
}

// src/report/comment.ts
var DEFAULT_CATEGORY = "egress-audit/";
var COMMENT_MAX_CHARS = 65536;
var SUMMARY_MAX_CHARS = 1024 * 1024;
var COMPACT_ROWS = 25;
var COUNTS_FAILING_ROWS = 10;
function countsSection(cmp, ctx, isSummary) {
  const counts = [
    `new integrations: ${cmp.newIntegrations.length}`,
    `removed: ${cmp.removedIntegrations.length}`,
    `changed destinations: ${cmp.changedDestinations.length}`,
    `new findings: ${cmp.newFindings.length}`,
    `suppressions added: ${cmp.addedSuppressions.length}`,
    `policy changes: ${cmp.policyChanges.length}`,
    `skipped files: ${cmp.skipped.length}`
  ];
  const where = isSummary ? "See the SARIF results in code scanning for every finding." : ctx.runUrl ? `See the [job summary](${ctx.runUrl}) for the full report.` : "See the job summary of this workflow run for the full report.";
  return [counts.join(" \xB7 "), "", `The full report is too large to show here. ${where}`, ""];
}
function diagramSection(cmp) {
  const diagram = mermaidDiagram(cmp);
  return diagram.length ? ["#### Where the new integrations are", "", ...diagram, ""] : [];
}
function footer(ctx) {
  const run = ctx.runUrl ? ` \xB7 [workflow run](${ctx.runUrl})` : "";
  return `<sub>egress-audit \xB7 head ${codeText(ctx.sha.slice(0, 12), 12)}${run}</sub>`;
}
function gateOf(cmp, opts) {
  if (opts.gate) return opts.gate;
  const failOn = (opts.failOn ?? "none").toLowerCase();
  return decideGate(cmp, { failOn, warnOnly: false, allowPrSuppressions: opts.allowPrSuppressions ?? false });
}
function body(cmp, ctx, opts, level, isSummary) {
  const gate = gateOf(cmp, opts);
  const out = [];
  if (!isSummary) out.push(opts.marker);
  const head = headline(cmp, gate);
  out.push(`## ${head}`, "");
  if (opts.category && opts.category !== DEFAULT_CATEGORY) out.push(`Category: ${codeText(opts.category, 100)}`, "");
  if (head !== verdict(cmp)) out.push(verdictText(cmp), "");
  const existingSites = cmp.newFindings.filter((f) => !gate.failing.includes(f)).length;
  if (cmp.newIntegrations.length === 0 && existingSites > 0 && !gate.failures.length) {
    out.push(`${plural(existingSites, "new call site")} of existing integrations.`, "");
  }
  out.push(...gateLines(gate), "");
  if (level >= 4) {
    if (level === 4)
      out.push(...failingSection(gate, ctx, COUNTS_FAILING_ROWS), ...unanalysedSection(gate, COUNTS_FAILING_ROWS));
    out.push(...countsSection(cmp, ctx, isSummary));
  } else {
    const limit = level === 3 ? COMPACT_ROWS : void 0;
    out.push(
      ...failingSection(gate, ctx, limit),
      ...unanalysedSection(gate, limit),
      ...newIntegrationSection(cmp, ctx, limit),
      ...level === 0 ? diagramSection(cmp) : [],
      ...removedSection(cmp, limit),
      ...changedSection(cmp, limit),
      ...suppressionSection(cmp, ctx, limit),
      ...policySection(cmp, limit),
      ...skippedSection(cmp, gate, limit)
    );
    if (level <= 1) out.push(...detailsSection(cmp, ctx));
  }
  out.push(footer(ctx));
  return out.join("\n") + "\n";
}
function fit(render, max) {
  for (const level of [0, 1, 2, 3, 4, 5]) {
    const text2 = render(level);
    if (text2.length <= max) return text2;
  }
  return render(5).slice(0, max);
}
function renderComment(cmp, ctx, opts) {
  return fit((level) => body(cmp, ctx, opts, level, false), opts.maxChars ?? COMMENT_MAX_CHARS);
}
function renderSummary(cmp, ctx, opts) {
  const o = { ...opts, marker: "" };
  return fit((level) => body(cmp, ctx, o, level, true), opts.maxChars ?? SUMMARY_MAX_CHARS);
}
function renderResolvedComment(ctx, opts) {
  return [
    opts.marker,
    "## \u2705 Resolved: this pull request no longer fails the egress gate.",
    "",
    "An earlier run reported outbound integrations that failed the gate; the latest commit passes.",
    "",
    footer(ctx),
    ""
  ].join("\n");
}

export {
  runComparison,
  runFullScan,
  DEFAULT_MARKER,
  renderComment,
  renderSummary,
  renderResolvedComment
};
