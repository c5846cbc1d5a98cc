import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/scan/fingerprint.ts
import { createHash } from "node:crypto";

// src/model/taxonomy.ts
var CATEGORIES = ["telemetry", "logging", "cloud", "ai", "communication", "network", "covert"];
var RISKS = ["low", "medium", "high", "critical"];
var CATEGORY_TITLES = {
  telemetry: "Telemetry & Observability",
  logging: "Logging & Analytics",
  cloud: "Cloud Infrastructure",
  ai: "AI & LLM Pipelines",
  communication: "Communication Gateways",
  network: "Generic outbound network",
  covert: "Covert or obfuscated egress"
};
var CATEGORY_DEFAULT_RISK = {
  telemetry: "high",
  logging: "medium",
  cloud: "high",
  ai: "medium",
  communication: "high",
  network: "medium",
  covert: "critical"
};
var SEVERITY = {
  critical: { score: "9.5", level: "error" },
  high: { score: "8.0", level: "error" },
  medium: { score: "5.5", level: "warning" },
  low: { score: "3.0", level: "note" }
};
var RISK_EMOJI = { critical: "\u{1F534}", high: "\u{1F534}", medium: "\u{1F7E0}", low: "\u{1F7E1}" };
function riskRank(r) {
  return RISKS.indexOf(r);
}
function maxRisk(a, b) {
  return a === "none" || riskRank(b) > riskRank(a) ? b : a;
}
function countByRisk(risks) {
  const out = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of risks) out[r] += 1;
  return out;
}

// src/model/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || compareText(a.startLine, b.startLine) || compareText(a.startColumn, b.startColumn) || compareText(a.endLine, b.endLine) || compareText(a.endColumn, b.endColumn) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}
function compareByPriority(a, b) {
  const silenced = (f) => f.suppressed || f.allowed ? 1 : 0;
  return riskRank(b.risk) - riskRank(a.risk) || silenced(a) - silenced(b) || compareFindings(a, b);
}
function compareIntegrations(a, b) {
  return riskRank(b.risk) - riskRank(a.risk) || compareText(a.category, b.category) || compareText(a.service, b.service) || compareText(a.destination, b.destination);
}
function sortFindings(fs) {
  return fs.sort(compareFindings);
}

// src/scan/fingerprint.ts
function fingerprintFindings(findings, shapes) {
  findings.sort(compareFindings);
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const d = f.destination;
    const dest = d.host ?? (d.source === "env" || d.source === "parameter" ? d.detail ?? d.source : d.source);
    const key = ["v2", f.ruleId, f.callee, dest, shapes.get(f) ?? ""].join("\0");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  }
  return findings;
}

// src/scan/results.ts
function emptyResult() {
  return {
    findings: [],
    skipped: [],
    notes: [],
    unusedSuppressions: [],
    filesScanned: 0,
    filesParsed: 0,
    bytesScanned: 0
  };
}
function mergeResults(parts) {
  const out = emptyResult();
  for (const p of parts) {
    out.findings.push(...p.findings);
    out.skipped.push(...p.skipped);
    out.notes.push(...p.notes);
    out.unusedSuppressions.push(...p.unusedSuppressions);
    out.filesScanned += p.filesScanned;
    out.filesParsed += p.filesParsed;
    out.bytesScanned += p.bytesScanned;
  }
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  out.findings.sort(compareFindings);
  out.skipped.sort(byFile);
  out.notes.sort((a, b) => byFile(a, b) || (a.message < b.message ? -1 : 1));
  out.unusedSuppressions.sort((a, b) => byFile(a, b) || a.line - b.line);
  return out;
}

// src/rules/manifest-only.ts
function manifestOnly(r) {
  return r.packageSource !== void 0 || r.packages.length > 0 && ![r.sends, r.inits, r.connects, r.imports, r.clients].some((l) => l.length);
}

// src/rules/pattern.ts
function expandBraces(p) {
  const open = p.indexOf("{");
  if (open < 0) return [p];
  let depth = 0;
  let close = -1;
  for (let i = open; i < p.length; i++) {
    if (p[i] === "{") depth++;
    else if (p[i] === "}" && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return [p];
  const inner = p.slice(open + 1, close);
  const alts = [];
  depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "{") depth++;
    else if (inner[i] === "}") depth--;
    else if (inner[i] === "," && depth === 0) {
      alts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(inner.slice(start));
  const rest = p.slice(close + 1);
  const head = p.slice(0, open);
  return alts.flatMap((a) => expandBraces(head + a + rest));
}
function compilePattern(p) {
  return expandBraces(p).map((source) => {
    const segments = source.split(".");
    const wild = segments.some((s) => s === "*" || s === "**");
    return {
      source,
      segments,
      specificity: segments.filter((s) => s !== "*" && s !== "**").join(".").length,
      exact: wild ? void 0 : source
    };
  });
}
function matchSegments(pat, name) {
  let pi = 0;
  let ni = 0;
  let starP = -1;
  let starN = -1;
  while (ni < name.length) {
    if (pi < pat.length && pat[pi] === "**") {
      starP = pi++;
      starN = ni;
    } else if (pi < pat.length && (pat[pi] === "*" || pat[pi] === name[ni])) {
      pi++;
      ni++;
    } else if (starP >= 0) {
      pi = starP + 1;
      ni = ++starN;
    } else return false;
  }
  while (pi < pat.length && pat[pi] === "**") pi++;
  return pi === pat.length;
}

// src/rules/code-text.ts
var NL = 10;
var HASH = 35;
var BACKSLASH = 92;
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 12 || c === 13;
}
function prefixKind(p) {
  const w = p.toLowerCase();
  if (!["", "r", "b", "u", "f", "rb", "br", "fr", "rf"].includes(w)) return void 0;
  return w.includes("f") ? "f" : "plain";
}
var ENDS = {
  "'": /[\\'\n]/g,
  '"': /[\\"\n]/g,
  "'''": /\\|'''/g,
  '"""': /\\|"""/g
};
function stringEnd(text, q) {
  const quote = text[q];
  const triple = text[q + 1] === quote && text[q + 2] === quote;
  const re = ENDS[triple ? quote.repeat(3) : quote];
  re.lastIndex = q + (triple ? 3 : 1);
  for (; ; ) {
    const m = re.exec(text);
    if (!m) return { end: text.length, closed: false };
    if (m[0] === "\\") re.lastIndex = m.index + 2;
    else if (m[0] === "\n") return { end: m.index, closed: false };
    else return { end: m.index + m[0].length, closed: true };
  }
}
function endsStatement(text, i) {
  let j = i;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === NL || c === HASH || c === 59;
}
function blankBetween(text, from, to) {
  for (let j = from; j < to; j++) if (!isBlank(text.charCodeAt(j))) return false;
  return true;
}
var SPECIAL = /[#'"\\()[\]{}\n]/g;
var PREFIX_LETTER = /[rRbBuUfF]/;
function codeText(text) {
  const parts = [];
  const strings = [];
  let copied = 0;
  const blank = (s, e) => {
    parts.push(text.slice(copied, s), " ".repeat(e - s));
    copied = e;
  };
  let depth = 0;
  let lineStart = 0;
  const re = new RegExp(SPECIAL.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (depth === 0) lineStart = i + 1;
    } else if (c === HASH) {
      const e = text.indexOf("\n", i);
      blank(i, e < 0 ? text.length : e);
      re.lastIndex = e < 0 ? text.length : e;
    } else if (c === BACKSLASH) {
      re.lastIndex = i + (text.charCodeAt(i + 1) === 13 ? 3 : 2);
    } else if (c === 34 || c === 39) {
      let p = i;
      while (p > i - 2 && p > 0 && PREFIX_LETTER.test(text[p - 1])) p--;
      if (p > 0 && isWordChar(text.charCodeAt(p - 1))) p = i;
      const kind = prefixKind(text.slice(p, i)) ?? "plain";
      const { end, closed } = stringEnd(text, i);
      if (kind === "plain") {
        if (closed && depth === 0 && blankBetween(text, lineStart, p) && endsStatement(text, end)) blank(p, end);
        else strings.push(p, end);
      }
      re.lastIndex = end;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if (depth > 0) depth--;
  }
  if (!copied) return { text, strings };
  parts.push(text.slice(copied));
  return { text: parts.join(""), strings };
}
function stringAt(strings, at) {
  let lo = 0;
  let hi = strings.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (at < strings[2 * mid]) hi = mid - 1;
    else if (at >= strings[2 * mid + 1]) lo = mid + 1;
    else return 2 * mid;
  }
  return -1;
}
function inString(strings, at) {
  return stringAt(strings, at) >= 0;
}

// src/rules/word-places.ts
var NAMESPACES = /\b(?:locals|globals|vars)\b/g;
var REFLECTIVE = /* @__PURE__ */ new Set(["locals", "globals", "vars", "getattr"]);
function afterDot(text, i) {
  let j = i - 1;
  for (; ; ) {
    while (j >= 0 && (text[j] === " " || text[j] === "	" || text[j] === "\f")) j--;
    if (j >= 1 && text[j] === "\n") {
      let k = j - 1;
      if (text[k] === "\r") k--;
      if (k >= 0 && text[k] === "\\") {
        j = k - 1;
        continue;
      }
    }
    return j >= 0 && text[j] === ".";
  }
}
var IDENT = /^[A-Za-z_]\w*$/;
var ATTRIBUTE = /^\s*\.\s*([A-Za-z_]\w*)/;
var FROM_IMPORT = /^[ \t]+import\b/;
var IMPORT_END = /^[ \t]*(?:[\n;,]|$)/;
function builtinsUse(text, i, end, words2) {
  const after = text.slice(end, end + 80);
  const attr = ATTRIBUTE.exec(after)?.[1];
  if (attr !== void 0) {
    if (words2.has(attr)) return attr;
    return attr.startsWith("__") || REFLECTIVE.has(attr) ? void 0 : "";
  }
  const before = text.slice(Math.max(0, i - 8), i);
  if (/(?:^|[^\w.])from[ \t]+$/.test(before) && FROM_IMPORT.test(after)) return "";
  if (/(?:^|[^\w.])import[ \t]+$/.test(before) && IMPORT_END.test(after)) return "";
  return void 0;
}
var CONFIG_KEY = /^["'](?:class|\(\))["']$/;
var DOTTED_LITERAL = /^(["'])[A-Za-z_][\w.]*\1$/;
function configValue(text, strings, at) {
  const k = stringAt(strings, at);
  if (k < 0 || !DOTTED_LITERAL.test(text.slice(strings[k], strings[k + 1]))) return false;
  let j = strings[k] - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  if (text[j] !== ":" || k === 0) return false;
  j--;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return strings[k - 1] === j + 1 && CONFIG_KEY.test(text.slice(strings[k - 2], j + 1));
}
var NAME_CONTENT = /^[\w.[\],|\s]*$/;
function inProse(text, strings, at, end, named) {
  if (!strings.length) return false;
  const k = stringAt(strings, at);
  if (k < 0) return false;
  let cs = strings[k];
  let ce = strings[k + 1];
  while (/[A-Za-z]/.test(text[cs])) cs++;
  const q = text[cs];
  const n = text[cs + 1] === q && text[cs + 2] === q && ce - cs >= 6 ? 3 : 1;
  cs += n;
  if (text.slice(ce - n, ce) === q.repeat(n) && ce - n >= cs) ce -= n;
  let ok = named.get(k);
  if (ok === void 0) named.set(k, ok = NAME_CONTENT.test(text.slice(cs, ce)));
  if (at < cs || end > ce || !ok) return true;
  let i = at - 1;
  while (i >= cs && /\s/.test(text[i])) i--;
  if (i >= cs && /\w/.test(text[i])) return true;
  let j = end;
  while (j < ce && /\s/.test(text[j])) j++;
  return j < ce && /\w/.test(text[j]);
}
function indexesNamespace(text, strings) {
  for (const m of text.matchAll(NAMESPACES)) {
    const at = m.index;
    if (inString(strings, at) || afterDot(text, at) || bindsOnly(text, at, at + m[0].length)) continue;
    return true;
  }
  return false;
}
var MAX_OBJECT = 200;
function skipBlanks(text, i) {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
function bindsOnly(text, i, end) {
  const before = /(?:^|[^\w.])(def|class)\s+$/.test(text.slice(Math.max(0, i - 16), i));
  if (before) return true;
  const j = skipBlanks(text, end);
  return text[j] === "=" && text[j + 1] !== "=";
}
function literalGetattr(text, i, strings) {
  let j = skipBlanks(text, i);
  if (text[j] !== "(") return false;
  let depth = 0;
  const stop = Math.min(text.length, j + MAX_OBJECT);
  for (j++; j < stop; j++) {
    const c = text[j];
    const k2 = stringAt(strings, j);
    if (k2 >= 0) {
      j = strings[k2 + 1] - 1;
      continue;
    }
    if (c === '"' || c === "'") return false;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (--depth < 0) return false;
    } else if (c === "," && depth === 0) break;
  }
  if (j >= stop) return false;
  j = skipBlanks(text, j + 1);
  const k = stringAt(strings, j);
  if (k < 0 || strings[k] !== j) return false;
  const end = strings[k + 1];
  const lit = text.slice(j, end);
  const quote = lit[lit.length - 1];
  const open = lit.indexOf(quote);
  if (open > 1 || /[bB]/.test(lit.slice(0, open))) return false;
  if (!IDENT.test(lit.slice(open + 1, -1))) return false;
  const after = text[skipBlanks(text, end)];
  return after === "," || after === ")";
}

// src/rules/prefilter.ts
var esc = (w) => w.replace(/[^A-Za-z0-9_]/g, "\\$&");
var words = (list) => [...new Set(list)].sort().map(esc).join("|");
var wordsRe = (list) => {
  const alt = words(list);
  return alt ? new RegExp(`\\b(?:${alt})\\b`, "g") : /(?!)/g;
};
var NONE = /* @__PURE__ */ new Set();
var DYNAMIC = /* @__PURE__ */ new Set(["__import__", "import_module"]);
var ATTRIBUTES_BY_NAME = /* @__PURE__ */ new Set(["getattr", "__dict__", "vars"]);
var BUILTINS = /* @__PURE__ */ new Set(["builtins", "__builtins__"]);
var TextPrefilter = class {
  /** Per first word ("@exec" for a builtin): the other literal words of each pattern. */
  byAnchor = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Set();
  builtin = /* @__PURE__ */ new Set();
  first;
  rest = /* @__PURE__ */ new Map();
  matchAll = false;
  /** Per last literal word of a pattern of two or more: the first words of those patterns. */
  tails = /* @__PURE__ */ new Map();
  tailWords;
  rootWords;
  constructor(patterns) {
    for (const p of patterns) {
      const lits = p.segments.map((s) => s.replace(/\(\)$/, "")).filter((s) => s !== "*" && s !== "**" && s !== "");
      let anchor = lits[0];
      let rest = lits.slice(1);
      if (!anchor) {
        this.matchAll = true;
        continue;
      }
      if (anchor === "builtins" && rest.length) {
        this.builtin.add(rest[0]);
        anchor = `@${rest[0]}`;
        rest = rest.slice(1);
      } else this.plain.add(anchor);
      let list = this.byAnchor.get(anchor);
      if (!list) this.byAnchor.set(anchor, list = []);
      list.push(rest);
      if (rest.length && anchor[0] !== "@") {
        const last = rest[rest.length - 1];
        let roots = this.tails.get(last);
        if (!roots) this.tails.set(last, roots = /* @__PURE__ */ new Set());
        roots.add(anchor);
      }
    }
    this.tailWords = wordsRe([...this.tails.keys(), ...ATTRIBUTES_BY_NAME]);
    this.rootWords = wordsRe(this.plain);
    const all = [...this.plain, ...this.builtin, ...DYNAMIC, ...BUILTINS, ...ATTRIBUTES_BY_NAME];
    this.first = new RegExp(`\\b(?:${words(all)})\\b`, "g");
  }
  /** Every word the filter looks for (tests mutate these to check soundness). */
  vocabulary() {
    const all = /* @__PURE__ */ new Set([...this.plain, ...this.builtin, ...DYNAMIC, ...BUILTINS, ...ATTRIBUTES_BY_NAME, "locals", "globals"]);
    for (const lists of this.byAnchor.values()) for (const l of lists) for (const w of l) all.add(w);
    return [...all].sort();
  }
  /** False only when no pattern can match a name resolved in this file. */
  test(source) {
    if (this.matchAll) return true;
    if (!this.passes(source, [])) return false;
    const { text, strings } = codeText(source);
    return this.passes(text, indexesNamespace(text, strings) ? [] : strings);
  }
  /**
   * The first words of patterns written in a module's code: the roots its names may start with. A name
   * begun in one module (`import os` + `thing = os`) may be finished in a module that imports it.
   */
  roots(source) {
    if (source.search(this.rootWords) < 0) return NONE;
    const out = /* @__PURE__ */ new Set();
    for (const m of codeText(source).text.matchAll(this.rootWords)) out.add(m[0]);
    return out.size ? out : NONE;
  }
  /**
   * Whether a module may finish a name begun in a module it imports, at any depth (`roots`: the first
   * words written in them): it writes the last word of a pattern with one of those first words
   * (`thing.system(...)` after `from .compat import thing`, where compat has `import os` + `thing =
   * os`; `sp.run([...])` after `from .compat import sp`), or it reads an attribute by a computed name.
   * The words between are not asked for (they may be written in any module of the chain), and neither
   * is where the last word stands: an attribute, an assignment target (a module-level config), a name
   * imported from a star-importing module.
   */
  finishes(source, roots) {
    if (this.matchAll) return true;
    if (!roots.size || source.search(this.tailWords) < 0) return false;
    const { text, strings } = codeText(source);
    const list = indexesNamespace(text, strings) ? [] : strings;
    const named = /* @__PURE__ */ new Map();
    for (const m of text.matchAll(this.tailWords)) {
      const w = m[0];
      const at = m.index;
      const end = at + w.length;
      if (ATTRIBUTES_BY_NAME.has(w)) {
        const quoted = list.length > 0 && inString(list, at);
        if (!quoted && (w === "getattr" ? !literalGetattr(text, end, list) : w === "__dict__" || !bindsOnly(text, at, end)))
          return true;
        if (!this.tails.has(w)) continue;
      }
      if (inProse(text, list, at, end, named)) continue;
      for (const r of this.tails.get(w)) if (roots.has(r)) return true;
    }
    return false;
  }
  /** The word test on `text`, where the words inside the literals `list` call no builtin. */
  passes(text, list) {
    const seen = /* @__PURE__ */ new Set();
    let getattr = false;
    let builtins = false;
    const found = (anchor) => {
      if (seen.has(anchor)) return false;
      seen.add(anchor);
      return getattr || this.restPresent(anchor, text, list);
    };
    for (const m of text.matchAll(this.first)) {
      const w = m[0];
      const quoted = list.length > 0 && inString(list, m.index);
      if (DYNAMIC.has(w) && !quoted) return true;
      if (ATTRIBUTES_BY_NAME.has(w) && !getattr && !quoted && (w === "getattr" ? !literalGetattr(text, m.index + w.length, list) : w === "__dict__" || !bindsOnly(text, m.index, m.index + w.length))) {
        getattr = true;
        if (seen.size) return true;
      } else if (BUILTINS.has(w) && !builtins) {
        const use = quoted ? configValue(text, list, m.index) ? void 0 : "" : builtinsUse(text, m.index, m.index + w.length, this.builtin);
        if (use === void 0) {
          builtins = true;
          for (const b of this.builtin) if (found(`@${b}`)) return true;
        } else if (use && found(`@${use}`)) return true;
      }
      if (this.plain.has(w) && (!quoted || configValue(text, list, m.index)) && found(w)) return true;
      if (this.builtin.has(w) && !quoted && !builtins && !afterDot(text, m.index) && !bindsOnly(text, m.index, m.index + w.length) && found(`@${w}`))
        return true;
    }
    return false;
  }
  /** Whether some pattern starting with `anchor` has all its other words in the text. */
  restPresent(anchor, text, list) {
    const lists = this.byAnchor.get(anchor);
    let re = this.rest.get(anchor);
    if (re === void 0) {
      const all = new Set(lists.flat());
      re = all.size ? new RegExp(`\\b(?:${words(all)})\\b`, "g") : null;
      this.rest.set(anchor, re);
    }
    if (!re || lists.some((l) => !l.length)) return true;
    const count = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Map();
    for (const m of text.matchAll(re))
      if (!inProse(text, list, m.index, m.index + m[0].length, named)) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
    return lists.some((l) => {
      const need = /* @__PURE__ */ new Map([[anchor, 1]]);
      for (const x of l) need.set(x, (need.get(x) ?? 0) + 1);
      for (const [x, n] of need) if (x !== anchor || n > 1) {
        if ((count.get(x) ?? 0) < n) return false;
      }
      return true;
    });
  }
};

// src/rules/index.ts
var MAX_NAME = 512;
function configPatterns(rule) {
  return rule.modules.flatMap(
    (m) => [...rule.hostArgs, ...rule.constructorHostArgs].map((h) => {
      const source = `${m}.${h.name}`;
      return { source, segments: source.split("."), specificity: source.length };
    })
  );
}
var RuleIndex = class {
  constructor(rules, config) {
    this.rules = rules;
    for (const rule of rules) {
      const add = (kind, list) => {
        for (const src of list)
          for (const pattern of compilePattern(src)) {
            const root = pattern.segments[0];
            this.roots.add(root.replace(/\(\)$/, ""));
            const map = pattern.exact ? this.exact : this.wild;
            const key = pattern.exact ?? root;
            let list2 = map.get(key);
            if (!list2) map.set(key, list2 = []);
            list2.push({ rule, kind, pattern });
          }
      };
      add("client", rule.clients);
      add("send", rule.sends);
      add("init", rule.inits);
      add("connect", rule.connects);
      add("import", rule.imports);
      for (const m of rule.modules) this.roots.add(m.split(".")[0]);
      for (const h of manifestOnly(rule) ? [] : rule.hosts) {
        if (h.startsWith("*.")) this.hostSuffix.push({ suffix: h.slice(1), rule });
        else if (!this.hostExact.has(h)) this.hostExact.set(h, rule);
      }
    }
    this.hostSuffix.sort((a, b) => b.suffix.length - a.suffix.length);
    this.userHosts = [...config.hosts].sort((a, b) => b.host.length - a.host.length);
    const entries = [...this.exact.values(), ...this.wild.values()].flat();
    const configs = rules.filter((r) => r.clientSites).flatMap(configPatterns);
    const sites = entries.filter((e) => e.kind !== "client" || e.rule.clientSites).map((e) => e.pattern);
    this.prefilter = new TextPrefilter([...sites, ...configs]);
    this.modulePatterns = [...entries.map((e) => e.pattern), ...configs];
  }
  rules;
  exact = /* @__PURE__ */ new Map();
  wild = /* @__PURE__ */ new Map();
  hostExact = /* @__PURE__ */ new Map();
  hostSuffix = [];
  userHosts;
  /**
   * Cheap text test: false means no rule can report a site in the file (no send, connect, init or
   * import pattern can match), so it need not be parsed. A client pattern alone reports nothing.
   */
  prefilter;
  /**
   * The same test with the client patterns too: false means the module cannot hand an importer a
   * client or a sender (`client = Posthog(...)` in one module, `client.capture(...)` in another).
   */
  get modulePrefilter() {
    return this.modules ??= new TextPrefilter(this.modulePatterns);
  }
  modules;
  modulePatterns;
  /** Root modules named by some rule (imports of anything else are ignored early). */
  roots = /* @__PURE__ */ new Set();
  /**
   * Rules matching a resolved name, best first: clients first (a constructor is never a finding), then by
   * the literal length of the pattern (the most specific rule names the service), then by rule order.
   */
  matches(name, kinds) {
    if (name.length > MAX_NAME) return [];
    const root = name.slice(0, name.indexOf(".") >>> 0);
    const ex = this.exact.get(name);
    const wild = this.wild.get(root);
    if (!ex && !wild) return [];
    const candidates = ex ? [...ex] : [];
    if (wild) {
      const segs = name.split(".");
      for (const e of wild) if (matchSegments(e.pattern.segments, segs)) candidates.push(e);
    }
    const filtered = kinds ? candidates.filter((c) => kinds.includes(c.kind)) : candidates;
    filtered.sort(
      (a, b) => Number(b.kind === "client") - Number(a.kind === "client") || b.pattern.specificity - a.pattern.specificity
    );
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const c of filtered) {
      if (seen.has(c.rule)) continue;
      seen.add(c.rule);
      out.push({ rule: c.rule, kind: c.kind });
    }
    return out;
  }
  /** The service a destination host identifies (user mappings first, then rule hosts). */
  hostService(host) {
    const h = host.toLowerCase().replace(/:\d+$/, "");
    for (const u of this.userHosts) {
      if (h === u.host || h.endsWith(`.${u.host}`)) return { service: u.service, category: u.category };
    }
    const rule = this.hostExact.get(h) ?? this.hostSuffix.find((s) => h.endsWith(s.suffix))?.rule;
    return rule ? { rule, service: rule.service, category: rule.category } : void 0;
  }
};

// src/resolve/sources.ts
var SECRET_SEGMENTS = /* @__PURE__ */ new Set([
  "KEY",
  "TOKEN",
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PWD",
  "DSN",
  "AUTH",
  "CREDENTIAL",
  "CREDENTIALS",
  "SID",
  "WEBHOOK",
  "APIKEY",
  "PRIVATE",
  "CERT",
  "SESSION",
  "COOKIE",
  "BEARER",
  "LICENSE"
]);
function isSecretName(name) {
  return name.toUpperCase().split(/[_\W]+/).some((s) => SECRET_SEGMENTS.has(s));
}
var CREDENTIAL_PATHS = [
  ".aws/credentials",
  ".aws/config",
  ".ssh/",
  "id_rsa",
  "id_ed25519",
  ".netrc",
  ".pgpass",
  ".kube/config",
  ".docker/config.json",
  ".git-credentials",
  "/etc/passwd",
  "/etc/shadow",
  ".config/gcloud",
  ".azure/",
  ".npmrc",
  ".pypirc",
  ".env",
  "credentials.json",
  "service-account"
];
function credentialPath(text) {
  return CREDENTIAL_PATHS.find((p) => text.includes(p));
}
var FINGERPRINT_CALLS = /* @__PURE__ */ new Map([
  ["socket.gethostname", "socket.gethostname()"],
  ["socket.getfqdn", "socket.getfqdn()"],
  ["getpass.getuser", "getpass.getuser()"],
  ["os.getlogin", "os.getlogin()"],
  ["os.uname", "os.uname()"],
  ["uuid.getnode", "uuid.getnode()"],
  ["os.getcwd", "os.getcwd()"],
  ["subprocess.check_output", "command output"],
  ["subprocess.getoutput", "command output"],
  ["os.popen", "command output"]
]);
var MAX_NODES = 3e3;
function carried(resolver, roots, hops = 3) {
  const out = { credentials: /* @__PURE__ */ new Set(), dataSources: /* @__PURE__ */ new Set() };
  const seen = /* @__PURE__ */ new Set();
  let budget = MAX_NODES;
  const visit = (node, scope, hop) => {
    if (budget-- <= 0 || seen.has(node.id)) return;
    seen.add(node.id);
    switch (node.type) {
      case "identifier": {
        if (hop <= 0) return;
        const list = lookup(scope, node.text);
        for (const b of list ?? []) if (b.k === "expr") visit(b.node, b.scope, hop - 1);
        return;
      }
      case "attribute":
      case "subscript":
      case "call": {
        const v = resolver.value(node, scope);
        if (v.kind === "env") {
          if (isSecretName(v.name)) {
            out.credentials.add(v.name);
          }
        } else if (v.kind === "qualified") {
          if (v.name === "os.environ" && !isEnvLookup(node)) out.dataSources.add("os.environ");
          if (v.name === "os.environ()" || v.name === "os.environ.copy()" || v.name === "builtins.dict()") {
          }
          const callee = v.name.endsWith("()") ? v.name.slice(0, -2) : "";
          const fp = FINGERPRINT_CALLS.get(callee);
          if (fp && node.type === "call") out.dataSources.add(fp);
          if (callee.startsWith("platform.") && node.type === "call") out.dataSources.add(`${callee}()`);
          if (node.type === "call" && /^builtins\.open\(\)\.(read|readlines)$/.test(callee)) {
            out.dataSources.add(fileSource(resolver, node, scope));
          }
          if (callee === "pathlib.Path().read_text" || callee === "pathlib.Path().read_bytes") {
            out.dataSources.add(fileSource(resolver, node, scope));
          }
        }
        break;
      }
      case "string": {
        const p = credentialPath(node.text);
        if (p) out.dataSources.add(`credential file ${p}`);
        break;
      }
    }
    for (const c of node.namedChildren) if (c) visit(c, scope, hop);
  };
  for (const r of roots) visit(r.node, r.scope, hops);
  return out;
}
function isEnvLookup(node) {
  const p = node.parent;
  if (!p) return false;
  if (p.type === "subscript" && p.childForFieldName("value")?.id === node.id) return true;
  if (p.type === "attribute" && p.childForFieldName("object")?.id === node.id) {
    const attr = p.childForFieldName("attribute")?.text;
    return attr === "get" || attr === "setdefault" || attr === "pop";
  }
  return false;
}
function fileSource(resolver, call, scope) {
  const fn = call.childForFieldName("function");
  const obj = fn?.childForFieldName("object");
  const inner = obj?.type === "call" ? obj : void 0;
  const pathArg = inner?.childForFieldName("arguments")?.firstNamedChild;
  const v = pathArg ? resolver.value(pathArg, scope) : void 0;
  if (v?.kind === "text") {
    const cred = credentialPath(v.text);
    if (cred) return `credential file ${cred}`;
    if (!v.holes.length && v.text.length < 120) return `file ${v.text}`;
  }
  return "file contents";
}
function lookup(scope, name) {
  let s = scope;
  while (s) {
    const l = s.names.get(name);
    if (l) return l;
    s = s.parent;
  }
  return void 0;
}

export {
  CATEGORIES,
  RISKS,
  CATEGORY_TITLES,
  CATEGORY_DEFAULT_RISK,
  SEVERITY,
  RISK_EMOJI,
  riskRank,
  maxRisk,
  countByRisk,
  compareFindings,
  compareByPriority,
  compareIntegrations,
  sortFindings,
  fingerprintFindings,
  emptyResult,
  mergeResults,
  isSecretName,
  credentialPath,
  carried,
  expandBraces,
  compilePattern,
  matchSegments,
  manifestOnly,
  RuleIndex
};
