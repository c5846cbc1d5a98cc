// Plain data shared by every stage of the pipeline. No behaviour here.

// Categories and risks live in src/model/taxonomy.ts (one source); re-exported here for convenience.
export {
  CATEGORIES,
  CATEGORY_DEFAULT_RISK,
  CATEGORY_TITLES,
  RISKS,
  riskRank,
  type Category,
  type Risk,
} from './model/taxonomy.js';
import type { Category, Risk } from './model/taxonomy.js';
// Rule shapes come from the rule file schema (one source for the schema and its types).
import type { FindingKind, Precision, RuleCondition, SiteKind } from './rules/schema.js';
export type { FindingKind, Precision, RuleCondition, SiteKind };

/** Where a destination host came from. */
export type DestinationSource = 'literal' | 'constant' | 'default' | 'env' | 'parameter' | 'dynamic' | 'decoded';

export interface Destination {
  /** Host (optionally host:port), when known. */
  host?: string;
  source: DestinationSource;
  /** Human detail for dynamic sources: "env OPENAI_BASE_URL", "parameter url". */
  detail?: string;
  /** Scheme when a URL was seen (http, https, s3, smtp...). */
  scheme?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  service: string;
  destination: Destination;
  risk: Risk;
  /** Repo-relative path with forward slashes. */
  file: string;
  /** 1-based lines, 1-based columns (SARIF convention); end is exclusive column. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet: string;
  /** Resolved callee, e.g. "openai.OpenAI().chat.completions.create". */
  callee: string;
  /** 'send' | 'init' | 'connect' | 'import' | 'covert' | 'client' | 'dependency' — what kind of site this is. */
  kind: FindingKind;
  credentials: string[];
  dataSources: string[];
  cwe: number[];
  suppressed?: { justification: string; line: number };
  /** Set when an allowlist entry approved this integration. */
  allowed?: { by: string };
  /** Set when a deny entry matches: always fails the gate. */
  denied?: { by: string };
  /** Tags like 'test' for test/fixture paths (scanned, never dropped). */
  tags: string[];
  /** Set when a generic client (HTTP, socket...) sends to a host that names no known service. */
  generic?: boolean;
  /** Other places that decide this site: the send inside a wrapper, where the destination is defined. */
  trace?: TraceStep[];
  /** Code run from a string (`exec(b64decode(...))`): the send inside the decoded code, reported at this call. */
  payload?: PayloadSite;
  /** Code that runs without being called: at interpreter start-up (`.pth`, sitecustomize), at install (setup.py), on import. */
  trigger?: Trigger;
  /** Site kind `dependency`: a manifest or lock-file line (not Python). */
  dependency?: DependencyInfo;
  fingerprint: string;
}

/** When code runs without anyone calling it. */
export type Trigger = 'startup' | 'install' | 'import';

/** The send inside code that a call runs from a string (or from a file the module wrote). */
export interface PayloadSite {
  /** Rule and service of the send inside the decoded code. */
  ruleId: string;
  service: string;
  /** 1-based line in the decoded code, and that line's text (display only; renderers escape it). */
  line: number;
  text: string;
  /** Decoders applied, in order (`b64decode`, `zlib`, `rot13`); empty for plain text. */
  layers: string[];
  /** Levels of code in a string (1: the code is this call's argument; 2: that code runs code again...). */
  depth: number;
}

/** A related location of a finding (SARIF `relatedLocations`). */
export interface TraceStep {
  file: string;
  line: number;
  /** `send`: the call inside a project function that sends; `destination`: where the destination is set. */
  role: 'send' | 'destination';
}

export interface SkippedFile {
  file: string;
  reason: string;
  /** Pull-request mode: which side could not be analysed (set by compareScans). */
  side?: 'base' | 'head';
}

export interface FileNote {
  file: string;
  /** e.g. "syntax errors: 3 regions; findings reported from what parsed", "decoded as latin-1". */
  message: string;
  level: 'note' | 'warning';
}

export interface UnusedSuppression {
  file: string;
  line: number;
  text: string;
}

export interface ScanResult {
  findings: Finding[];
  skipped: SkippedFile[];
  notes: FileNote[];
  unusedSuppressions: UnusedSuppression[];
  filesScanned: number;
  /** Files that passed the text prefilter and were parsed. */
  filesParsed: number;
  /** Rule ids that exist (for SARIF rule metadata lookups). */
  bytesScanned: number;
}

export interface RuleDocs {
  detects: string;
  why: string;
  example: string;
  resolve: string;
  references: string[];
}

/** A compiled rule, as loaded from rules/*.yml. */
export interface Rule {
  id: string;
  family: string;
  /** File the rule came from (for error messages and docs). */
  source: string;
  name: string;
  service: string;
  category: Category;
  risk: Risk;
  cwe: number[];
  precision: Precision;
  /** Import roots that identify the SDK (documentation and rule pages; the prefilter uses the patterns). */
  modules: string[];
  /** Qualified-name patterns of calls that construct a client (inventory context, not findings). */
  clients: string[];
  /** Qualified-name patterns of calls that send data. */
  sends: string[];
  /** Initialisers that start background egress. */
  inits: string[];
  /** Qualified-name patterns of calls that open a connection. */
  connects: string[];
  /** Importing these modules starts egress (e.g. ddtrace.auto). */
  imports: string[];
  /** Keyword/positional arguments that carry the destination, on the call or on the client constructor. */
  hostArgs: HostArg[];
  /** Default destination hosts; the first is reported when no host is given. */
  hosts: string[];
  /** Env vars the SDK reads for credentials. */
  credentials: string[];
  /** Arguments that carry the destination only where the object is built (constructor, connect, init). */
  constructorHostArgs: HostArg[];
  /** Generic client: a host that belongs to a service re-attributes the finding; no "changed destinations". */
  generic: boolean;
  /** Building a client with a destination argument is a finding (site kind `client`). */
  clientSites: boolean;
  /** Takes over findings whose destination was decoded from an obfuscated value. */
  claimsDecoded: boolean;
  /** Globs of files whose findings this rule takes over (every `.pth` file, say). */
  claimsPaths: string[];
  /** Arguments that carry code this call runs (`exec(source)`): the code is decoded and analysed. */
  runsCode: HostArg[];
  /** Arguments that name a file this call runs (`runpy.run_path(path)`): code the module wrote there is analysed. */
  runsFile: HostArg[];
  /** What every site of this rule is, whatever pattern list matched. */
  siteKind?: SiteKind;
  /** The site is local (IPC, a local file) or sends nothing when one of these arguments matches. */
  localWhen: LocalWhen[];
  /** URL schemes the client opens over the network; a constant URL with another (or none) sends nothing. */
  schemes?: string[];
  /** Methods whose earlier call on the same object gives a later call its host (`s.connect` → `s.send`). */
  hostFromCalls: string[];
  /** CWE ids added for cleartext destinations and destinations taken from a parameter. */
  destinationCwe: { cleartext: number[]; parameter: number[] };
  /** Optional condition (used by covert/network rules). */
  when?: RuleCondition;
  /** PyPI distributions of the SDK (PEP 503 normalised): depending on one is a finding. */
  packages: string[];
  /** Reports package sources (a non-default index, a direct URL / VCS requirement) instead of packages. */
  packageSource?: 'index' | 'url';
  /** The package sends by default: what, when, how to opt out. */
  defaultOn?: DefaultOn;
  docs: RuleDocs;
}

/** One `local-when` test on an argument of the call or of its constructor. */
export interface LocalWhen {
  arg: HostArg;
  /** Dotted names the argument resolves to. */
  in: string[];
  /** Constant strings the argument equals. */
  text: string[];
  /** A constant filesystem path. */
  path: boolean;
}

/** Default-on telemetry or update checks of a package. */
export interface DefaultOn {
  sends: string;
  trigger?: string;
  optOut: OptOut;
}

export interface OptOut {
  env: string[];
  config: string[];
  cli: string[];
}

/** Manifest formats the dependency stage reads. */
export type ManifestKind =
  | 'requirements'
  | 'pyproject'
  | 'setup.cfg'
  | 'setup.py'
  | 'Pipfile'
  | 'poetry.lock'
  | 'uv.lock'
  | 'pdm.lock'
  | 'Pipfile.lock';

/** What a dependency finding is about (site kind `dependency`). */
export interface DependencyInfo {
  /** PEP 503 normalised distribution name ('' for an index source). */
  package: string;
  manifest: ManifestKind;
  /** A lock file (or pip-compile's `# via`) brings it in: the chain from a direct requirement to its parent. */
  via?: string[];
  /** Index and URL sources: the URL as written (credentials removed). */
  url?: string;
  /** Set for findings about where packages come from: a package index, a direct URL / VCS requirement. */
  source?: 'index' | 'url';
  /** The rule's default-on behaviour, so every renderer can say how to opt out. */
  defaultOn?: DefaultOn;
}

export interface HostArg {
  /** Keyword name. */
  name?: string;
  /** 0-based positional index. */
  position?: number;
}

/** One outbound integration: a service talking to a destination, with the files where it happens. */
export interface Integration {
  service: string;
  category: Category;
  /** Host, or "(dynamic: env X)" style text when unknown. */
  destination: string;
  risk: Risk;
  ruleIds: string[];
  /** Every finding is a generic client's: any host is normal for it, so none is a "changed destination". */
  generic?: boolean;
  credentials: string[];
  dataSources: string[];
  /** First site of each file, sorted. */
  sites: { file: string; line: number }[];
}

/** Base vs head, as the pull-request view shows it. */
export interface Comparison {
  /** Head findings whose fingerprint occurs more often at head than at base. */
  newFindings: Finding[];
  /** Base findings whose fingerprint occurs more often at base than at head. */
  removedFindings: Finding[];
  newIntegrations: Integration[];
  removedIntegrations: Integration[];
  /** Same service, new destination host. */
  changedDestinations: { service: string; category: Category; from: string[]; to: string[] }[];
  /** All head findings in the changed files (SARIF and the collapsed section). */
  headFindings: Finding[];
  /** Suppressions (`# egress: allow`) that the PR adds. */
  addedSuppressions: Finding[];
  /** Config / rule files changed by the PR (policy was read from base). */
  policyChanges: string[];
  /** The allow / deny entries the PR adds, removes or changes in the config file (when both sides load). */
  policyEntryChanges?: PolicyEntryChange[];
  changedFiles: string[];
  skipped: SkippedFile[];
  notes: FileNote[];
}

/** Context for rendering links: where the code lives. */
/** An allow or deny entry of the config that a pull request adds, removes or changes. */
export interface PolicyEntryChange {
  list: 'allow' | 'deny';
  change: 'added' | 'removed' | 'changed';
  /** What the entry matches, e.g. `service: Slack, host: hooks.slack.com` (the head side's when changed). */
  matches: string;
  /** The entry's other keys (`paths`, `reason`) at base and at head, as `key: value` text. */
  before?: string;
  after?: string;
  /** Line of the entry in the config at head (added, changed) or at base (removed). */
  line?: number;
}

export interface RepoContext {
  /** e.g. https://github.com; '' when unknown (no remote): sites are shown as `file:line` without links. */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** Commit the permalinks point at. */
  sha: string;
  /** Path segment between repository and commit in a file URL (default `blob`; GitLab `-/blob`). */
  blobPath?: string;
  /** Link to the workflow run (job summary), when known. */
  runUrl?: string;
}
