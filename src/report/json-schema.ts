// The JSON inventory (`--json`, `--format json`) as a versioned contract: this TypeBox schema is its one
// source. scripts/gen-schema.mjs writes it to docs/json-report.schema.json; __tests__/json-contract.test.ts
// checks that the file is fresh, that these types are exactly the pipeline's types (src/types.ts), and
// that real output validates. Bump JSON_SCHEMA_VERSION on any change a consumer could notice (a field
// removed, renamed or retyped); adding an optional field keeps the version.
import * as T from '@sinclair/typebox';
import { Enum } from '../config/typebox.js';
import { CATEGORIES, RISKS } from '../model/taxonomy.js';
import { SITE_KINDS } from '../rules/schema.js';

export const JSON_SCHEMA_VERSION = 1;
export const JSON_SCHEMA_ID = `https://github.com/egress-audit/egress-audit/blob/main/docs/json-report.schema.json`;

const opt = T.Optional;
const closed = { additionalProperties: false } as const;
const about = (description: string): T.SchemaOptions => ({ ...closed, description });
const line = T.Integer({ minimum: 1 });
const strings = T.Array(T.String());

export const DestinationSchema = T.Object(
  {
    host: opt(T.String({ description: 'Host (optionally host:port), when known.' })),
    source: Enum(['literal', 'constant', 'default', 'env', 'parameter', 'dynamic', 'decoded'] as const, {
      description: 'Where the host came from.',
    }),
    detail: opt(T.String({ description: 'For dynamic sources: "env OPENAI_BASE_URL", "parameter url".' })),
    scheme: opt(T.String({ description: 'URL scheme when a URL was seen (http, https, s3, smtp…).' })),
  },
  about('Where a site sends to.'),
);

export const TraceStepSchema = T.Object(
  { file: T.String(), line, role: Enum(['send', 'destination'] as const) },
  about('A related location: the send inside a wrapper, or where the destination is set.'),
);

export const PayloadSiteSchema = T.Object(
  {
    ruleId: T.String({ description: 'Rule of the send inside the decoded code.' }),
    service: T.String(),
    line: T.Integer({ minimum: 1, description: 'Line in the decoded code.' }),
    text: T.String({ description: "That line's text (display only)." }),
    layers: T.Array(T.String(), { description: 'Decoders applied, in order (b64decode, zlib, rot13…).' }),
    depth: T.Integer({ minimum: 1, description: 'Levels of code in a string.' }),
  },
  about('The send inside code that a call runs from a string (or from a file the module wrote).'),
);

const MANIFEST_KINDS = [
  'requirements',
  'pyproject',
  'setup.cfg',
  'setup.py',
  'Pipfile',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'Pipfile.lock',
] as const;

export const DependencySchema = T.Object(
  {
    package: T.String({ description: "PEP 503 normalised distribution name ('' for a package index)." }),
    manifest: Enum(MANIFEST_KINDS),
    via: opt(T.Array(T.String(), { description: 'Lock-file parents: from the direct requirement down.' })),
    url: opt(T.String({ description: 'Index or direct URL, without credentials.' })),
    source: opt(Enum(['index', 'url'] as const)),
    defaultOn: opt(
      T.Object(
        {
          sends: T.String(),
          trigger: opt(T.String()),
          optOut: T.Object({ env: strings, config: strings, cli: strings }, closed),
        },
        about('What the package sends by default and how to opt out.'),
      ),
    ),
  },
  about('Site kind `dependency`: a manifest or lock-file line.'),
);

export const FindingSchema = T.Object(
  {
    ruleId: T.String(),
    category: Enum(CATEGORIES),
    service: T.String(),
    destination: DestinationSchema,
    risk: Enum(RISKS),
    file: T.String({ description: 'Repository-relative path, forward slashes.' }),
    startLine: line,
    startColumn: line,
    endLine: line,
    endColumn: T.Integer({ minimum: 1, description: 'Exclusive, 1-based.' }),
    snippet: T.String({ description: 'The source line(s), for display only.' }),
    callee: T.String({ description: 'Resolved callee, e.g. "openai.OpenAI().chat.completions.create".' }),
    kind: Enum([...SITE_KINDS, 'dependency'] as const),
    credentials: strings,
    dataSources: strings,
    cwe: T.Array(T.Integer({ minimum: 1 })),
    suppressed: opt(T.Object({ justification: T.String(), line }, closed)),
    allowed: opt(T.Object({ by: T.String() }, closed)),
    denied: opt(T.Object({ by: T.String() }, closed)),
    tags: strings,
    generic: opt(T.Boolean()),
    trace: opt(T.Array(TraceStepSchema)),
    payload: opt(PayloadSiteSchema),
    trigger: opt(
      Enum(['startup', 'install', 'import'] as const, {
        description: 'Code that runs without being called: at interpreter start-up, at install, on import.',
      }),
    ),
    dependency: opt(DependencySchema),
    fingerprint: T.String({ description: 'Line-independent identity (egressFingerprint/v2).' }),
  },
  about('One outbound site.'),
);

export const SkippedFileSchema = T.Object(
  { file: T.String(), reason: T.String(), side: opt(Enum(['base', 'head'] as const)) },
  about('A file that was not analysed, and why.'),
);

export const FileNoteSchema = T.Object(
  { file: T.String(), message: T.String(), level: Enum(['note', 'warning'] as const) },
  closed,
);

export const UnusedSuppressionSchema = T.Object({ file: T.String(), line, text: T.String() }, closed);

export const IntegrationSchema = T.Object(
  {
    service: T.String(),
    category: Enum(CATEGORIES),
    destination: T.String({ description: 'Host, or "(env: X)"-style text when unknown.' }),
    risk: Enum(RISKS),
    ruleIds: strings,
    generic: opt(T.Boolean()),
    credentials: strings,
    dataSources: strings,
    sites: T.Array(T.Object({ file: T.String(), line }, closed), { description: 'First site of each file.' }),
  },
  about('Findings grouped by service × destination × category.'),
);

export const PolicyEntryChangeSchema = T.Object(
  {
    list: Enum(['allow', 'deny'] as const),
    change: Enum(['added', 'removed', 'changed'] as const),
    matches: T.String({ description: 'What the entry matches, e.g. `service: Slack, host: hooks.slack.com`.' }),
    before: opt(T.String({ description: "The entry's other keys at base, as `key: value` text." })),
    after: opt(T.String({ description: "The entry's other keys at head, as `key: value` text." })),
    line: opt(line),
  },
  about('An allow or deny entry of the config that the change adds, removes or changes.'),
);

const count = T.Integer({ minimum: 0 });
const header = {
  tool: T.Literal('egress-audit'),
  schemaVersion: T.Literal(JSON_SCHEMA_VERSION),
  version: T.String({ description: 'egress-audit version that wrote the file.' }),
};

export const ScanReportSchema = T.Object(
  {
    ...header,
    kind: T.Literal('scan'),
    findings: T.Array(FindingSchema),
    skipped: T.Array(SkippedFileSchema),
    notes: T.Array(FileNoteSchema),
    unusedSuppressions: T.Array(UnusedSuppressionSchema),
    filesScanned: count,
    filesParsed: count,
    bytesScanned: count,
  },
  about('`egress-audit scan --json`: every finding of a full scan.'),
);

export const ComparisonReportSchema = T.Object(
  {
    ...header,
    kind: T.Literal('comparison'),
    newFindings: T.Array(FindingSchema),
    removedFindings: T.Array(FindingSchema),
    newIntegrations: T.Array(IntegrationSchema),
    removedIntegrations: T.Array(IntegrationSchema),
    changedDestinations: T.Array(
      T.Object({ service: T.String(), category: Enum(CATEGORIES), from: strings, to: strings }, closed),
    ),
    headFindings: T.Array(FindingSchema),
    addedSuppressions: T.Array(FindingSchema),
    policyChanges: strings,
    policyEntryChanges: opt(T.Array(PolicyEntryChangeSchema)),
    changedFiles: strings,
    skipped: T.Array(SkippedFileSchema),
    notes: T.Array(FileNoteSchema),
  },
  about('`egress-audit diff --json`: base vs head.'),
);

export const JSON_REPORT_SCHEMA = T.Union([ScanReportSchema, ComparisonReportSchema], {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: JSON_SCHEMA_ID,
  title: 'egress-audit JSON report',
  description: `Version ${JSON_SCHEMA_VERSION} of the JSON that egress-audit writes with --json and --format json. Keys are sorted, output is deterministic.`,
});

export function jsonSchemaText(): string {
  return `${JSON.stringify(JSON_REPORT_SCHEMA, null, 2)}\n`;
}
